"""Undo (and redo) of schedule edits below the UI: every edit returns its inverse as a
ScheduleChange, and `undo` applies one in a single transaction and returns the inverse of what
it did, which is the redo. An undo never cancels a booking it was not handed: bookings made
since in the time it would take away refuse it. Bookings the edit cancelled come back where
their time is still free; the others are reported with the reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import IntegrityError

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import AvailabilityConflict, NotFound, ReservationInUse
from reservations_app.domain.model import AvailabilityBlock, Provider, Reservation, Status
from reservations_app.domain.schedule_change import (
    CancelledBooking,
    NotRestored,
    ScheduleChange,
    Shape,
)
from reservations_app.domain.status import CHANGEABLE
from reservations_app.services import audit, blocks, booking_queries, waitlist_booked
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import ReservationRow, database, to_db
from reservations_app.store.transactions import transactional


@dataclass(frozen=True)
class UndoResult:
    inverse: ScheduleChange  # hand it to `undo` again to redo
    restored: list[int] = field(default_factory=list)
    not_restored: list[NotRestored] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)  # cancelled again by a redo


@audit.denials_audited
@transactional
def undo(actor: Actor, change: ScheduleChange, now: dt.datetime) -> UndoResult:
    provider = blocks.provider_for_edit(actor, change.provider_id)
    cancelled = _cancel_again(actor, provider, change.cancel_bookings, now)
    removed = [_existing(provider, shape) for shape in change.remove_blocks]
    _refuse_uncovered_bookings(provider, removed, change.add_blocks, now)
    for block in removed:
        blocks.delete_block_row(actor, block, now)
    for shape in change.add_blocks:
        _add(actor, provider, shape, now)
    off_removed = [s for s in change.remove_time_off
                   if blocks.remove_time_off(actor, provider, s, now)]
    off_added = [s for s in change.add_time_off if blocks.add_time_off(actor, provider, s, now)]
    restored, refused = _restore_all(actor, provider, change.restore_bookings, now)
    inverse = ScheduleChange(
        provider.id, f"Reverse of: {change.description}", remove_blocks=change.add_blocks,
        add_blocks=change.remove_blocks, remove_time_off=tuple(off_added),
        add_time_off=tuple(off_removed), restore_bookings=tuple(cancelled),
        cancel_bookings=tuple(restored))
    audit.record(actor, now, "availability.undo", "provider", provider.id, None,
                 {"undone": change.description, "blocks_removed": len(removed),
                  "blocks_added": len(change.add_blocks), "restored": restored,
                  "not_restored": [(n.reservation_id, n.reason) for n in refused],
                  "cancelled": [c.reservation_id for c in cancelled]})
    return UndoResult(inverse, restored, refused, [c.reservation_id for c in cancelled])


def _existing(provider: Provider, shape: Shape) -> AvailabilityBlock:
    block = blocks.find_block(provider.id, shape)
    if block is None:
        raise NotFound(f"The block {shape.label()} is no longer there; it may have been "
                       "changed at another desk.")
    return block


def _refuse_uncovered_bookings(provider: Provider, removed: list[AvailabilityBlock],
                               added: tuple[Shape, ...], now: dt.datetime) -> None:
    """Live bookings in the blocks going away must lie inside the blocks coming back."""
    spans = [blocks.bounds(provider, shape) for shape in added]
    hit = blocks.live_bookings_in(provider, [(b.start, b.end) for b in removed], now)
    stranded = [item for item in hit if not any(
        start <= item.reservation.start and item.reservation.end <= end
        for start, end in spans)]
    if stranded:
        raise ReservationInUse(f"{len(stranded)} live booking(s) were made in that time since: "
                               f"{blocks.booking_list(provider, stranded)}. Move or cancel "
                               "them first.")


def _add(actor: Actor, provider: Provider, shape: Shape, now: dt.datetime) -> None:
    start, end = blocks.bounds(provider, shape)
    clash = blocks.blocks_between(provider.id, start, end)
    if clash:
        raise AvailabilityConflict(f"The block {shape.label()} would overlap the block "
                                   f"{clash[0].label} added since.")
    blocks.insert_block(actor, provider, shape, now)


def _cancel_again(actor: Actor, provider: Provider, ids: tuple[int, ...],
                  now: dt.datetime) -> list[CancelledBooking]:
    """A redo of an edit that cancelled bookings cancels again those its undo restored."""
    if not ids:
        return []
    query = booking_queries.bookings_query().where(
        ReservationRow.id.in_(list(ids)) & (ReservationRow.provider == provider.id)
        & booking_queries.live_condition(now)
        & ReservationRow.status.in_([status.value for status in CHANGEABLE]))
    return blocks.cancel_bookings(actor, booking_queries.fetch_bookings(query),
                                  "Provider time off", now)


def _restore_all(actor: Actor, provider: Provider, wanted: tuple[CancelledBooking, ...],
                 now: dt.datetime) -> tuple[list[int], list[NotRestored]]:
    restored: list[int] = []
    refused: list[NotRestored] = []
    for item in wanted:
        reason = _restore(actor, provider, item, now)
        if reason is None:
            restored.append(item.reservation_id)
        else:
            refused.append(NotRestored(item.reservation_id, reason))
    return restored, refused


def _restore(actor: Actor, provider: Provider, item: CancelledBooking,
             now: dt.datetime) -> str | None:
    """Give a cancelled booking back; the reason when its time is not free any more."""
    row = ReservationRow.get_or_none(ReservationRow.id == item.reservation_id)
    if row is None or row.status != Status.CANCELLED.value:
        return "it is no longer cancelled"
    before = records.reservation(row)
    reason = _why_not_restorable(provider, before, item, now)
    if reason is not None:
        return reason
    try:
        with database.atomic():  # a savepoint: a refusal by the database undoes this one only
            ReservationRow.update(status=item.status, cancelled_at=None, cancel_reason=None,
                                  hold_expires_at=to_db(item.hold_expires_at)).where(
                ReservationRow.id == before.id).execute()
    except IntegrityError:
        return "its time was just taken"
    after = records.reservation(ReservationRow.get_by_id(before.id))
    audit.record(actor, now, "reservation.restore", "reservation", before.id, before, after)
    return None


def _why_not_restorable(provider: Provider, booking: Reservation, item: CancelledBooking,
                        now: dt.datetime) -> str | None:
    if booking.start <= now:
        return "its time has passed"
    if item.status == Status.PENDING.value and (item.hold_expires_at is None
                                                or item.hold_expires_at <= now):
        return "the hold had run out"
    if item.waitlist_entry_id is not None:
        waitlist_reason = waitlist_booked.why_offer_cannot_return(item.waitlist_entry_id,
                                                                  booking.id)
        if waitlist_reason is not None:
            return waitlist_reason
    inside = [b for b in blocks.blocks_between(provider.id, booking.start, booking.end)
              if b.start <= booking.start and booking.end <= b.end]
    if not inside:
        return "the provider is not available at that time any more"
    if booking_queries.live_between(provider.id, booking.start, booking.end, now):
        return "that time was booked again"
    same_day = ReservationRow.select(ReservationRow.id).where(
        (ReservationRow.client == booking.client_id)
        & (ReservationRow.local_date == booking.local_date)
        & booking_queries.live_condition(now)).count()
    if same_day >= get_policy().max_per_client_per_day:
        return "the client has booked another time that day"

    return None
