"""Queries over reservations that several use cases share. Called inside their transactions."""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import ReservationInUse
from reservations_app.domain.model import Booking, Provider, Reservation, Status
from reservations_app.domain.slots import MAX_SLOT_MINUTES, Span
from reservations_app.services import audit
from reservations_app.store import records
from reservations_app.store.db import fetch_values, for_update
from reservations_app.store.models import ClientRow, ProviderRow, ReservationRow, to_db

EXPIRE_CHUNK = 500  # ids per statement: far below any SQLite build's limit on parameters


def live_condition(now: dt.datetime):  # type: ignore[no-untyped-def]
    """Confirmed, or held and not yet past its expiry (stale holds free their slot at once)."""
    return (ReservationRow.status == Status.CONFIRMED.value) | (
        (ReservationRow.status == Status.PENDING.value)
        & (ReservationRow.hold_expires_at > to_db(now)))


def live_on_day(local_date: dt.date, provider_id: int | None,
                now: dt.datetime) -> list[Span]:
    """The time each live booking of the day takes; nothing else about it is loaded."""
    query = ReservationRow.select(ReservationRow.provider, ReservationRow.start_at,
                                  ReservationRow.end_at).where(
        (ReservationRow.local_date == local_date)
        & ReservationRow.status.in_((Status.PENDING.value, Status.CONFIRMED.value))
        & live_condition(now))
    if provider_id is not None:
        query = query.where(ReservationRow.provider == provider_id)
    read = records.instant_reader()
    return [Span(provider, read(start), read(end)) for provider, start, end in
            fetch_values(query)]


def live_for_client_on_day(client_id: int, local_date: dt.date,
                           now: dt.datetime) -> list[Reservation]:
    query = ReservationRow.select().where(
        (ReservationRow.client == client_id) & (ReservationRow.local_date == local_date)
        & live_condition(now))
    return [records.reservation(row) for row in query]


def live_between(provider_id: int, start: dt.datetime, end: dt.datetime,
                 now: dt.datetime) -> list[Reservation]:
    """Live reservations of a provider overlapping [start, end)."""
    # Bounding start_at on both sides lets the (provider_id, start_at) index read the hours
    # around the slot instead of the provider's whole past.
    earliest = start - dt.timedelta(minutes=MAX_SLOT_MINUTES)
    query = ReservationRow.select().where(
        (ReservationRow.provider == provider_id)
        & (ReservationRow.start_at > to_db(earliest)) & (ReservationRow.start_at < to_db(end))
        & (ReservationRow.end_at > to_db(start)) & live_condition(now)
    ).order_by(ReservationRow.start_at)
    return [records.reservation(row) for row in query]


def expire_stale_where(actor: Actor, now: dt.datetime, condition=None) -> int:  # type: ignore[no-untyped-def]
    """Mark stale holds expired (optionally only those matching `condition`), audited.

    A sweep after a quiet night may find a thousand holds: they are found by id only (locked
    where the backend has row locks), then expired and audited a chunk at a time with one
    statement each, not one per hold.
    """
    query = ReservationRow.select(ReservationRow.id).where(
        (ReservationRow.status == Status.PENDING.value)
        & (ReservationRow.hold_expires_at <= to_db(now)))
    if condition is not None:
        query = query.where(condition)
    ids = [values[0] for values in fetch_values(for_update(query))]
    for first in range(0, len(ids), EXPIRE_CHUNK):
        chunk = ReservationRow.id.in_(ids[first:first + EXPIRE_CHUNK])
        ReservationRow.update(status=Status.EXPIRED.value).where(
            chunk & (ReservationRow.status == Status.PENDING.value)).execute()
        audit.record_for_each(actor, now, "reservation.expire", "reservation", ReservationRow.id,
                              chunk, {"status": "pending"}, {"status": "expired"})
    return len(ids)


def clear_live_between(actor: Actor, provider: Provider, start: dt.datetime, end: dt.datetime,
                       now: dt.datetime, cancel: bool, reason: str) -> list[int]:
    """Before availability goes away: refuse if bookings sit in it, or cancel them if asked."""
    live = live_between(provider.id, start, end, now)
    if not live:
        return []
    if not cancel:
        first = live[0].start.isoformat(timespec="minutes")
        raise ReservationInUse(
            f"{len(live)} live booking(s) fall in this time (the first at {first}). "
            "Move or cancel them first, or choose to cancel them with the change.")
    for reservation in live:
        ReservationRow.update(status=Status.CANCELLED.value, cancelled_at=to_db(now),
                              cancel_reason=reason, hold_expires_at=None).where(
            ReservationRow.id == reservation.id).execute()
        audit.record(actor, now, "reservation.cancel", "reservation", reservation.id,
                     reservation, {"status": "cancelled", "reason": reason})
    return [r.id for r in live]


def bookings_query():  # type: ignore[no-untyped-def]
    """Reservations with the names a list shows; read them with `fetch_bookings`."""
    return (ReservationRow.select(*records.RESERVATION_COLUMNS, ClientRow.name, ProviderRow.name,
                                  ProviderRow.timezone)
            .join(ClientRow, JOIN.INNER, on=(ReservationRow.client == ClientRow.id))
            .switch(ReservationRow)
            .join(ProviderRow, JOIN.INNER, on=(ReservationRow.provider == ProviderRow.id)))


def fetch_bookings(query) -> list[Booking]:  # type: ignore[no-untyped-def]
    """Run a `bookings_query`, building domain objects straight from the cursor's rows."""
    width = len(records.RESERVATION_COLUMNS)
    return [Booking(records.reservation_of_values(values), *values[width:])
            for values in fetch_values(query)]
