"""Why each slot of a day can or cannot be booked: one reason per slot, decided in the same
order as `services.booking.hold` checks its rules, so a slot said to be free books, and a slot
refused says what `hold` would say."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from reservations_app.domain.model import Policy
from reservations_app.domain.slots import ProviderSpan
from reservations_app.domain.visits import Shape


class Reason(StrEnum):
    FREE = "free"
    BOOKED = "booked"
    HELD = "held"
    TOO_SOON = "too_soon"  # inside the notice window
    TOO_FAR = "too_far"  # beyond the booking horizon
    PAST = "past"
    CLIENT_LIMIT = "client_limit"  # the client has as many bookings that day as allowed
    DOES_NOT_FIT = "does_not_fit"  # the visit runs past the block or into another booking


class Taken(NamedTuple):
    """Time a booking occupies (buffers included), and whether it is only held."""

    provider_id: int
    start: dt.datetime
    end: dt.datetime
    held: bool = False


class ExplainedSlot(NamedTuple):
    provider_id: int
    start: dt.datetime
    end: dt.datetime  # the start plus the visit's length
    reason: Reason


class _Timeline:
    """One provider's occupied intervals. They never overlap, so sorted by start they are
    sorted by end: the first that ends after a time is found by bisection."""

    def __init__(self, taken: Sequence[Taken]) -> None:
        self.taken = sorted(taken, key=lambda item: item.start)
        self.ends = [item.end for item in self.taken]

    def first_overlapping(self, start: dt.datetime, end: dt.datetime) -> Taken | None:
        index = bisect_right(self.ends, start)
        if index < len(self.taken) and self.taken[index].start < end:
            return self.taken[index]
        return None


def _timelines(taken: Iterable[Taken]) -> dict[int, _Timeline]:
    grouped: dict[int, list[Taken]] = {}
    for item in taken:
        grouped.setdefault(item.provider_id, []).append(item)
    return {provider_id: _Timeline(items) for provider_id, items in grouped.items()}


class _Bounds(NamedTuple):
    """The policy's limits for a moment `now`, worked out once for a day's slots."""

    now: dt.datetime
    earliest: dt.datetime  # the notice
    latest: dt.datetime  # the horizon
    slot: dt.timedelta

    @classmethod
    def of(cls, policy: Policy, now: dt.datetime) -> _Bounds:
        return cls(now, now + policy.min_notice, now + policy.horizon, policy.slot_duration)


def reason_for(start: dt.datetime, block_end: dt.datetime, shape: Shape, timeline: _Timeline,
               policy: Policy, now: dt.datetime, client_full: bool) -> Reason:
    """The one reason for a slot starting at `start` in a block ending at `block_end`."""
    return _reason(start, block_end, shape, timeline, _Bounds.of(policy, now), client_full)


def _reason(start: dt.datetime, block_end: dt.datetime, shape: Shape, timeline: _Timeline,
            bounds: _Bounds, client_full: bool) -> Reason:
    if start < bounds.now:
        return Reason.PAST
    if start < bounds.earliest:
        return Reason.TOO_SOON
    if start > bounds.latest:
        return Reason.TOO_FAR
    in_slot = timeline.first_overlapping(start, start + bounds.slot)
    if in_slot is not None:
        return Reason.HELD if in_slot.held else Reason.BOOKED
    if shape.end(start) > block_end or timeline.first_overlapping(*shape.occupied(start)):
        return Reason.DOES_NOT_FIT
    return Reason.CLIENT_LIMIT if client_full else Reason.FREE


def explain_day(blocks: Iterable[ProviderSpan], taken: Iterable[Taken], shape: Shape,
                policy: Policy, now: dt.datetime,
                client_full: bool = False) -> list[ExplainedSlot]:
    """Every slot of `blocks` on the slot grid, with its reason, in time order (then by
    provider). Slots step through real minutes, so DST nights keep their true length."""
    timelines = _timelines(taken)
    empty = _Timeline([])
    bounds = _Bounds.of(policy, now)
    step = bounds.slot
    visit = dt.timedelta(minutes=shape.minutes)
    rows: list[ExplainedSlot] = []
    for block in blocks:
        timeline = timelines.get(block.provider_id, empty)
        start = block.start
        while start + step <= block.end:
            reason = _reason(start, block.end, shape, timeline, bounds, client_full)
            rows.append(ExplainedSlot(block.provider_id, start, start + visit, reason))
            start += step
    rows.sort(key=lambda row: (row.start, row.provider_id))
    return rows


def explain_start(blocks: Iterable[ProviderSpan], taken: Iterable[Taken], shape: Shape,
                  policy: Policy, now: dt.datetime, start: dt.datetime,
                  client_full: bool = False) -> ExplainedSlot | None:
    """The row `explain_day` has for `start` (the earliest provider's, if several), or None
    when no slot of the grid starts then; without explaining the rest of the day."""
    step = policy.slot_duration
    found = [block for block in blocks if block.start <= start and start + step <= block.end
             and (start - block.start) % step == dt.timedelta(0)]
    if not found:
        return None
    block = min(found, key=lambda b: b.provider_id)
    timeline = _timelines(item for item in taken if item.provider_id == block.provider_id)
    reason = _reason(start, block.end, shape, timeline.get(block.provider_id, _Timeline([])),
                     _Bounds.of(policy, now), client_full)
    return ExplainedSlot(block.provider_id, start, start + dt.timedelta(minutes=shape.minutes),
                         reason)
