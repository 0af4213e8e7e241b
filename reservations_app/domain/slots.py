"""Availability blocks cut into bookable slots, in the provider's zone, DST-safe.

Slots are derived on demand from blocks; nothing stores a row per slot. Slots step through real
(UTC) time from the block's start, so their count always equals the block's real duration
divided by the slot length, whatever the clocks do that night.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo

from reservations_app.domain.errors import AvailabilityConflict, InvalidInput
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Slot, make_slot
from reservations_app.domain.timezones import wall_to_utc

# The longest slot the clinic may set. A booking is one slot long, so a booking that overlaps
# a time starts less than this before it: overlap queries use it as their lower bound.
MAX_SLOT_MINUTES = 240

_BLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_block(text: str) -> BlockSpec:
    """'08:00-11:30' as a BlockSpec; '24:00' is allowed as an end."""
    match = _BLOCK.match(text or "")
    if not match:
        raise InvalidInput(f"'{text}' is not a block like 08:00-12:00.")
    sh, sm, eh, em = (int(part) for part in match.groups())
    start = _wall_time(sh, sm, text, allow_midnight_end=False)
    assert start is not None
    return BlockSpec(start, _wall_time(eh, em, text, allow_midnight_end=True))


def _wall_time(hour: int, minute: int, text: str, *, allow_midnight_end: bool) -> dt.time | None:
    if allow_midnight_end and (hour, minute) == (24, 0):
        return None
    if hour > 23 or minute > 59:
        raise InvalidInput(f"'{text}' has a time that does not exist on a clock.")
    return dt.time(hour, minute)


def _minutes(wall: dt.time | None) -> int:
    return 24 * 60 if wall is None else wall.hour * 60 + wall.minute


def validate_spec(spec: BlockSpec, slot_minutes: int) -> None:
    """End after start, both on the slot grid, and long enough for one slot."""
    start, end = _minutes(spec.start), _minutes(spec.end)
    if end <= start:
        raise InvalidInput(f"The block {spec.label()} ends before it starts.")
    if start % slot_minutes or end % slot_minutes:
        raise InvalidInput(f"The block {spec.label()} must start and end on the "
                           f"{slot_minutes}-minute grid (e.g. 08:00, 08:{slot_minutes:02d}).")


def validate_specs(specs: Sequence[BlockSpec], slot_minutes: int) -> list[BlockSpec]:
    """All specs valid and not overlapping each other; returned in time order."""
    if not specs:
        raise InvalidInput("Give at least one block, e.g. 08:00-12:00.")
    ordered = sorted(specs, key=lambda spec: _minutes(spec.start))
    for spec in ordered:
        validate_spec(spec, slot_minutes)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if _minutes(later.start) < _minutes(earlier.end):
            raise AvailabilityConflict(
                f"The blocks {earlier.label()} and {later.label()} overlap.")
    return ordered


def block_bounds(local_date: dt.date, spec: BlockSpec, tz: ZoneInfo) -> tuple[dt.datetime,
                                                                            dt.datetime]:
    """The block's real start and end in UTC, by the DST rule in `timezones`."""
    return wall_to_utc(local_date, spec.start, tz), wall_to_utc(local_date, spec.end, tz)


def overlaps(start: dt.datetime, end: dt.datetime, other_start: dt.datetime,
             other_end: dt.datetime) -> bool:
    return start < other_end and other_start < end


def check_no_overlap(new_blocks: Iterable[tuple[dt.datetime, dt.datetime, str]],
                     existing: Iterable[AvailabilityBlock]) -> None:
    existing = list(existing)
    for start, end, label in new_blocks:
        for block in existing:
            if overlaps(start, end, block.start, block.end):
                raise AvailabilityConflict(
                    f"The block {label} overlaps the existing block {block.label} "
                    f"on {block.local_date.isoformat()}.")


def slots_of_block(block: AvailabilityBlock, slot_minutes: int) -> list[Slot]:
    step = dt.timedelta(minutes=slot_minutes)
    slots: list[Slot] = []
    start = block.start
    while start + step <= block.end:
        slots.append(make_slot(start, start + step, block.provider_id))
        start += step
    return slots


def slots_of_blocks(blocks: Iterable[AvailabilityBlock], slot_minutes: int) -> list[Slot]:
    slots = [slot for block in blocks for slot in slots_of_block(block, slot_minutes)]
    return sorted(slots, key=lambda slot: (slot.start, slot.provider_id))


class ProviderSpan(Protocol):
    """A provider's stretch of time: an availability block, or the time a live booking takes."""

    @property
    def provider_id(self) -> int: ...

    @property
    def start(self) -> dt.datetime: ...

    @property
    def end(self) -> dt.datetime: ...


class Span(NamedTuple):
    """A ProviderSpan and nothing else, for reading a day's many blocks and bookings cheaply."""

    provider_id: int
    start: dt.datetime
    end: dt.datetime


def free_slots(blocks: Iterable[ProviderSpan], live: Iterable[ProviderSpan],
               slot_minutes: int, earliest_start: dt.datetime) -> list[Slot]:
    """Slots of `blocks` that start no earlier than `earliest_start` and no live booking touches,
    in time order (then by provider). A Slot is made only for the free ones: a busy day has
    thousands of slot times and most of them are taken or too soon."""
    busy = _busy_by_provider(live)
    step = dt.timedelta(minutes=slot_minutes)
    free: list[Slot] = []
    # Blocks by provider, so that a stable sort by start alone (below) leaves the slots that
    # start together in provider order: no (start, provider) tuple per slot to sort by.
    for block in sorted(blocks, key=_provider_of):
        # Locals, not attributes, in the loop: a quiet day walks ~1,500 slots.
        provider_id, start, block_end = block.provider_id, block.start, block.end
        spans = busy.get(provider_id, [])
        count = len(spans)
        # Walk the slots and the provider's bookings side by side, both in time order; a
        # provider's live bookings never overlap, so sorted by start they are sorted by end.
        index = max(bisect_left(spans, (start,)) - 1, 0)
        end = start + step
        while end <= block_end:
            while index < count and spans[index][1] <= start:
                index += 1
            free_of_bookings = index == count or spans[index][0] >= end
            if free_of_bookings and start >= earliest_start:
                free.append(make_slot(start, end, provider_id))
            start, end = end, end + step
    free.sort(key=_start_of)
    return free


_provider_of = attrgetter("provider_id")
_start_of = attrgetter("start")


def _busy_by_provider(live: Iterable[ProviderSpan]) -> dict[int, list[tuple[dt.datetime,
                                                                        dt.datetime]]]:
    spans: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for booking in live:
        spans.setdefault(booking.provider_id, []).append((booking.start, booking.end))
    for items in spans.values():
        items.sort()
    return spans


def is_slot_of(start: dt.datetime, blocks: Iterable[ProviderSpan],
               slot_minutes: int) -> Slot | None:
    """The slot that starts exactly at `start` within one of `blocks`, if there is one: one of
    `slots_of_block`, found by arithmetic instead of listing the block's slots (every hold and
    move asks)."""
    step = dt.timedelta(minutes=slot_minutes)
    for block in blocks:
        offset = start - block.start
        if offset >= dt.timedelta(0) and not offset % step and start + step <= block.end:
            return Slot(block.start + offset, block.start + offset + step, block.provider_id)
    return None
