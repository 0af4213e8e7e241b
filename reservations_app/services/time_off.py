"""Time off: a whole day, a span, or a range of dates (a holiday week) in one action. It is
remembered, so a weekly pattern applied later leaves it out; the live bookings it meets are
listed with the clients' phone numbers, and cancelled only when the caller says so."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Provider
from reservations_app.domain.schedule_change import WHOLE_DAY, ScheduleChange, Shape, subtract
from reservations_app.services import audit, blocks
from reservations_app.services.blocks import RemovalResult
from reservations_app.services.settings import get_policy
from reservations_app.store.db import transactional

MAX_DAYS = 366


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        raise InvalidInput("The time off ends before it starts: --until is before --date.")
    if (last - first).days >= MAX_DAYS:
        raise InvalidInput(f"Time off can cover at most {MAX_DAYS} days at a time.")
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _cut(actor: Actor, provider: Provider, off: Shape,
         now: dt.datetime) -> tuple[list[AvailabilityBlock], list[AvailabilityBlock]]:
    """Take `off` out of that date's blocks: (blocks removed, pieces kept around it)."""
    removed, kept = [], []
    for block in blocks.blocks_on(provider.id, off.local_date, off.local_date):
        shape = blocks.shape_of(block)
        pieces = subtract(shape, [off])
        if pieces == [shape]:
            continue
        blocks.delete_block_row(actor, block, now)
        removed.append(block)
        kept += [blocks.insert_block(actor, provider, piece, now) for piece in pieces]
    return removed, kept


@audit.denials_audited
@transactional
def time_off(actor: Actor, provider_id: int, local_date: dt.date, spec: BlockSpec | None,
             now: dt.datetime, *, cancel_bookings: bool = False,
             until: dt.date | None = None) -> RemovalResult:
    """Time off on `local_date` (through `until`): whole days (spec None) or the same span each
    day. Live bookings inside refuse it, naming them, unless the caller asked to cancel them
    too (after asking the user). Remembered, so later patterns leave it out."""
    provider = blocks.provider_for_edit(actor, provider_id)
    if spec is not None:
        slot_rules.validate_spec(spec, get_policy().slot_minutes)
    offs = [Shape.of(day, spec or WHOLE_DAY) for day in _days(local_date, until or local_date)]
    hit = blocks.live_bookings_in(provider, [blocks.bounds(provider, off) for off in offs], now)
    cancelled = blocks.refuse_or_cancel(actor, provider, hit, cancel_bookings,
                                        "Provider time off", now)
    removed: list[AvailabilityBlock] = []
    kept: list[AvailabilityBlock] = []
    remembered = []
    for off in offs:
        gone, pieces = _cut(actor, provider, off, now)
        removed += gone
        kept += pieces
        if blocks.add_time_off(actor, provider, off, now):
            remembered.append(off)
    inverse = ScheduleChange(
        provider.id, f"Take back the time off from {local_date}",
        remove_blocks=tuple(blocks.shape_of(b) for b in kept),
        add_blocks=tuple(blocks.shape_of(b) for b in removed),
        remove_time_off=tuple(remembered), restore_bookings=tuple(cancelled))
    return RemovalResult(len(removed), kept, [c.reservation_id for c in cancelled], hit,
                         inverse)
