"""Availability blocks and time off as stored, named by shape: the pieces every schedule edit
and its undo are made of. Called inside the edits' transactions; every write is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput, NotFound, ReservationInUse
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Booking, Provider, Status
from reservations_app.domain.people import format_phone
from reservations_app.domain.schedule_change import CancelledBooking, ScheduleChange, Shape
from reservations_app.domain.status import CHANGEABLE
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, booking_queries, waitlist_booked
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import (
    BlockRow,
    ClientRow,
    ProviderRow,
    ReservationRow,
    TimeOffRow,
    to_db,
)


@dataclass(frozen=True)
class RemovalResult:
    removed: int
    added: list[AvailabilityBlock]
    cancelled_reservations: list[int]
    affected: list[Booking] = field(default_factory=list)  # the live bookings in that time
    inverse: ScheduleChange | None = None  # hand it to schedule_undo.undo to take it back


def provider_for_edit(actor: Actor, provider_id: int) -> Provider:
    row = ProviderRow.get_or_none(ProviderRow.id == provider_id)
    if row is None:
        raise NotFound(f"There is no provider with id {provider_id}.")
    provider = records.provider(row)
    require(actor, Permission.EDIT_AVAILABILITY, provider.id)
    return provider


def bounds(provider: Provider, shape: Shape) -> tuple[dt.datetime, dt.datetime]:
    return slot_rules.block_bounds(shape.local_date, shape.spec, zone(provider.timezone))


def shape_of(block: AvailabilityBlock) -> Shape:
    return Shape.of(block.local_date, block.spec)


def blocks_between(provider_id: int, start: dt.datetime,
                   end: dt.datetime) -> list[AvailabilityBlock]:
    query = (BlockRow.select()
             .where((BlockRow.provider == provider_id) & (BlockRow.start_at < to_db(end))
                    & (BlockRow.end_at > to_db(start)))
             .order_by(BlockRow.start_at))
    return [records.block(row) for row in query]


def blocks_on(provider_id: int, first: dt.date, last: dt.date) -> list[AvailabilityBlock]:
    query = (BlockRow.select()
             .where((BlockRow.provider == provider_id) & (BlockRow.local_date >= first)
                    & (BlockRow.local_date <= last))
             .order_by(BlockRow.start_at))
    return [records.block(row) for row in query]


def find_block(provider_id: int, shape: Shape) -> AvailabilityBlock | None:
    spec = shape.spec
    row = BlockRow.get_or_none((BlockRow.provider == provider_id)
                               & (BlockRow.local_date == shape.local_date)
                               & (BlockRow.start_wall == records.wall_text(spec.start))
                               & (BlockRow.end_wall == records.wall_text(spec.end)))
    return None if row is None else records.block(row)


def insert_block(actor: Actor, provider: Provider, shape: Shape,
                 now: dt.datetime) -> AvailabilityBlock:
    start, end = bounds(provider, shape)
    spec = shape.spec
    row = BlockRow.create(provider=provider.id, local_date=shape.local_date,
                          start_wall=records.wall_text(spec.start),
                          end_wall=records.wall_text(spec.end),
                          start_at=to_db(start), end_at=to_db(end))
    block = records.block(row)
    audit.record(actor, now, "availability.add", "availability_block", block.id, None, block)
    return block


def delete_block_row(actor: Actor, block: AvailabilityBlock, now: dt.datetime) -> None:
    BlockRow.delete().where(BlockRow.id == block.id).execute()
    audit.record(actor, now, "availability.remove", "availability_block", block.id, block, None)


def time_off_on(provider_id: int, first: dt.date, last: dt.date) -> list[Shape]:
    query = (TimeOffRow.select().where((TimeOffRow.provider == provider_id)
                                       & (TimeOffRow.local_date >= first)
                                       & (TimeOffRow.local_date <= last))
             .order_by(TimeOffRow.local_date, TimeOffRow.start_wall))
    return [_off_shape(row) for row in query]


def _off_shape(row: TimeOffRow) -> Shape:
    day = row.local_date if isinstance(row.local_date, dt.date) else \
        dt.date.fromisoformat(row.local_date)
    spec_start = records.wall(row.start_wall) or dt.time(0)
    return Shape.of(day, BlockSpec(spec_start, records.wall(row.end_wall)))


def add_time_off(actor: Actor, provider: Provider, shape: Shape, now: dt.datetime) -> bool:
    """Remember the time off; False when exactly that span was remembered already."""
    if shape in time_off_on(provider.id, shape.local_date, shape.local_date):
        return False
    spec = shape.spec
    row = TimeOffRow.create(provider=provider.id, local_date=shape.local_date,
                            start_wall=records.wall_text(spec.start),
                            end_wall=records.wall_text(spec.end), created_at=to_db(now))
    audit.record(actor, now, "time_off.add", "time_off", row.id, None,
                 {"provider_id": provider.id, "time_off": shape.label()})
    return True


def remove_time_off(actor: Actor, provider: Provider, shape: Shape, now: dt.datetime) -> bool:
    spec = shape.spec
    row = TimeOffRow.get_or_none((TimeOffRow.provider == provider.id)
                                 & (TimeOffRow.local_date == shape.local_date)
                                 & (TimeOffRow.start_wall == records.wall_text(spec.start))
                                 & (TimeOffRow.end_wall == records.wall_text(spec.end)))
    if row is None:
        return False
    TimeOffRow.delete().where(TimeOffRow.id == row.id).execute()
    audit.record(actor, now, "time_off.remove", "time_off", row.id,
                 {"provider_id": provider.id, "time_off": shape.label()}, None)
    return True


def live_bookings_in(provider: Provider, spans: Iterable[tuple[dt.datetime, dt.datetime]],
                     now: dt.datetime) -> list[Booking]:
    """Live bookings of the provider overlapping any of `spans`, with the clients' names,
    in time order."""
    found: dict[int, Booking] = {}
    for start, end in spans:
        query = booking_queries.bookings_query().where(
            (ReservationRow.provider == provider.id) & (ReservationRow.start_at < to_db(end))
            & (ReservationRow.end_at > to_db(start)) & booking_queries.live_condition(now))
        for item in booking_queries.fetch_bookings(query):
            found[item.reservation.id] = item
    return sorted(found.values(), key=lambda b: b.reservation.start)


def client_phones(client_ids: Iterable[int]) -> dict[int, str | None]:
    ids = sorted(set(client_ids))
    if not ids:
        return {}
    return {row.id: row.phone for row in
            ClientRow.select(ClientRow.id, ClientRow.phone).where(ClientRow.id.in_(ids))}


def cancel_bookings(actor: Actor, bookings: Iterable[Booking], reason: str,
                    now: dt.datetime) -> list[CancelledBooking]:
    """Cancel live bookings for a schedule edit the user agreed to, remembering what each was
    so an undo can give it back. Each update is conditional on the status it was read in, so
    a booking changed at another desk meanwhile refuses the edit instead of being overwritten."""
    cancelled = []
    listed = list(bookings)
    offered = waitlist_booked.open_entries_offered([item.reservation.id for item in listed])
    for item in listed:
        reservation = item.reservation
        changed = ReservationRow.update(
            status=Status.CANCELLED.value, cancelled_at=to_db(now), cancel_reason=reason,
            hold_expires_at=None).where(
            (ReservationRow.id == reservation.id)
            & (ReservationRow.status == reservation.status.value)).execute()
        if not changed:
            raise ReservationInUse(f"Booking #{reservation.id} of {item.client_name} was just "
                                   "changed at another desk. Nothing was changed; try again.")
        audit.record(actor, now, "reservation.cancel", "reservation", reservation.id,
                     reservation, {"status": "cancelled", "reason": reason})
        cancelled.append(CancelledBooking(reservation.id, reservation.status.value,
                                          reservation.hold_expires_at,
                                          offered.get(reservation.id)))
    return cancelled


def check_on_grid(shape: Shape, slot_minutes: int) -> None:
    if shape.start_minute % slot_minutes or shape.end_minute % slot_minutes:
        raise InvalidInput(f"{shape.spec.label()} must start and end on the "
                           f"{slot_minutes}-minute grid.")


def refuse_or_cancel(actor: Actor, provider: Provider, bookings: list[Booking], cancel: bool,
                     reason: str, now: dt.datetime) -> list[CancelledBooking]:
    """Before availability goes away: refuse, naming the live bookings in it (with the phone
    numbers the desk will call), or cancel them when the user agreed to."""
    if not bookings:
        return []
    history = [b for b in bookings if b.reservation.status not in CHANGEABLE]
    if history:
        raise ReservationInUse(
            f"{len(history)} visit(s) in this time were already checked in or completed: "
            f"{booking_list(provider, history)}. Their time cannot be taken away.")
    if cancel:
        return cancel_bookings(actor, bookings, reason, now)
    raise ReservationInUse(
        f"{len(bookings)} live booking(s) fall in this time: "
        f"{booking_list(provider, bookings)}. Move or cancel them first, or cancel them "
        "together with this change.", tuple(bookings))


LISTED = 5


def booking_list(provider: Provider, bookings: list[Booking]) -> str:
    """"#12 Ann Lee Tue 01 Dec 09:00 (555) 010-2030; ..." for a message on one line."""
    region = get_policy().phone_region
    phones = client_phones(b.reservation.client_id for b in bookings[:LISTED])
    tz = zone(provider.timezone)
    parts = []
    for item in bookings[:LISTED]:
        when = item.reservation.start.astimezone(tz)
        phone = format_phone(phones.get(item.reservation.client_id), region)
        parts.append(" ".join(part for part in (
            f"#{item.reservation.id}", item.client_name, f"{when:%a %d %b %H:%M}", phone)
            if part))
    more = len(bookings) - LISTED
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
