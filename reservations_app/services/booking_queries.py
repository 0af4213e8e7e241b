"""Queries over reservations that several use cases share. Called inside their transactions."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from peewee import JOIN, Case

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Booking, Reservation, Status
from reservations_app.domain.slots import Span
from reservations_app.domain.status import OCCUPYING
from reservations_app.domain.visits import REACH_AFTER, REACH_BEFORE
from reservations_app.services import audit
from reservations_app.store import records
from reservations_app.store.models import ClientRow, ProviderRow, ReservationRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import fetch_values

EXPIRE_CHUNK = 500  # ids per statement: far below any SQLite build's limit on parameters


_SETTLED = tuple(status.value for status in OCCUPYING if status is not Status.PENDING)


def live_condition(now: dt.datetime | Bind):  # type: ignore[no-untyped-def]
    """Occupying time at `now` (domain.status.OCCUPYING): confirmed, arrived or completed, or
    held and not yet past its expiry (stale holds free their slot at once)."""
    return ReservationRow.status.in_(_SETTLED) | (
        (ReservationRow.status == Status.PENDING.value)
        & (ReservationRow.hold_expires_at > (now if isinstance(now, Bind) else to_db(now))))


def live_hidden_from_the_planner(now: Bind):  # type: ignore[no-untyped-def]
    """`live_condition(now)`, written so that no index can serve it. For a range of dates
    SQLite otherwise reads it as a MULTI-INDEX OR over reservation_stale_holds (status): every
    confirmed booking of all time (340,000 rows, 170 ms on the benchmark clinic) instead of
    the few thousand of the dates' range."""
    return Case(None, [(ReservationRow.status.in_(_SETTLED), 1),
                       ((ReservationRow.status == Status.PENDING.value)
                        & (ReservationRow.hold_expires_at > now), 1)], 0) == 1


def _stale(now: dt.datetime | Bind):  # type: ignore[no-untyped-def]
    return (ReservationRow.status == Status.PENDING.value) & (
        ReservationRow.hold_expires_at <= (now if isinstance(now, Bind) else to_db(now)))


def _live_spans():  # type: ignore[no-untyped-def]
    return ReservationRow.select(ReservationRow.provider, ReservationRow.occupied_start,
                                 ReservationRow.occupied_end).where(
        (ReservationRow.local_date == Bind("day"))
        & live_condition(Bind("now")))


_LIVE_SPANS = Prepared(_live_spans)
_PROVIDER_LIVE_SPANS = Prepared(lambda: _live_spans().where(
    ReservationRow.provider == Bind("provider")))


def live_on_day(local_date: dt.date, provider_id: int | None,
                now: dt.datetime) -> list[Span]:
    """The time each live booking of the day takes, buffers included; nothing else about it
    is loaded."""
    rows = _LIVE_SPANS.rows(day=local_date, now=to_db(now)) if provider_id is None else \
        _PROVIDER_LIVE_SPANS.rows(day=local_date, now=to_db(now), provider=provider_id)
    read = records.instant_reader()
    return [Span(provider, read(start), read(end)) for provider, start, end in rows]


# Bounding start_at on both sides lets the (provider_id, start_at) index read the hours around
# the time asked for instead of the provider's whole past.
_LIVE_BETWEEN = Prepared(lambda: ReservationRow.select(*records.RESERVATION_COLUMNS).where(
    (ReservationRow.provider == Bind("provider")) & (ReservationRow.start_at > Bind("earliest"))
    & (ReservationRow.start_at < Bind("end")) & (ReservationRow.end_at > Bind("start"))
    & live_condition(Bind("now"))).order_by(ReservationRow.start_at))


def live_between(provider_id: int, start: dt.datetime, end: dt.datetime,
                 now: dt.datetime) -> list[Reservation]:
    """Live reservations of a provider whose visit (not its buffers) overlaps [start, end)."""
    return [records.reservation_of_values(values) for values in _LIVE_BETWEEN.rows(
        provider=provider_id, earliest=to_db(start - REACH_BEFORE), end=to_db(end),
        start=to_db(start), now=to_db(now))]


def _stale_hidden_from_the_planner(now: Bind):  # type: ignore[no-untyped-def]
    """`_stale(now)`, written so that no index can serve it. Otherwise SQLite answers a
    question about one provider's and one client's day by reading every stale hold in the
    clinic through reservation_stale_holds (727 of them, 0.4 ms, on the benchmark clinic)."""
    return Case(None, [(ReservationRow.status == Status.PENDING.value,
                        ReservationRow.hold_expires_at)], None) <= now


def _expired_returning_ids(condition):  # type: ignore[no-untyped-def]
    """Expire the holds `condition` matches and name them, in one statement: no read of their
    ids first. PostgreSQL locks each row as it updates it and checks `condition` again on a
    row another transaction changed meanwhile; SQLite's write transaction excludes other
    writers."""
    return ReservationRow.update(status=Status.EXPIRED.value).where(condition).returning(
        ReservationRow.id)


_EXPIRE_STALE = Prepared(lambda: _expired_returning_ids(_stale(Bind("now"))))
# The two day indexes, one per side of the OR (SQLite's MULTI-INDEX OR).
_EXPIRE_STALE_ON_DAY_OF = Prepared(lambda: _expired_returning_ids(
    (((ReservationRow.provider == Bind("provider")) & (ReservationRow.local_date == Bind("day")))
     | ((ReservationRow.client == Bind("client")) & (ReservationRow.local_date == Bind("day"))))
    & _stale_hidden_from_the_planner(Bind("now"))))


class AroundSlot(NamedTuple):
    """What a new booking of a slot must know, read in one statement."""

    stale_on_the_day: bool  # a stale hold of the provider or the client that local date
    in_the_way: list[Reservation]  # the provider's bookings whose time overlaps the asked time
    client_that_day: list[Reservation]  # the client's live reservations that local date


def _around_slot():  # type: ignore[no-untyped-def]
    provider_day = (ReservationRow.provider == Bind("provider")) & (
        ReservationRow.local_date == Bind("day"))
    client_day = (ReservationRow.client == Bind("client")) & (
        ReservationRow.local_date == Bind("day"))
    # As _LIVE_BETWEEN: bounded on both sides, and by instant, not by local date; the bounds
    # on start_at are as wide as a booking's occupied time can reach from its start.
    window = (ReservationRow.provider == Bind("provider")) & (
        ReservationRow.start_at > Bind("earliest")) & (ReservationRow.start_at < Bind("latest")) & (
        ReservationRow.occupied_start < Bind("end")) & (ReservationRow.occupied_end > Bind("start"))
    stale, live = _stale_hidden_from_the_planner(Bind("now")), live_condition(Bind("now"))
    return ReservationRow.select(
        *records.RESERVATION_COLUMNS,
        Case(None, [((provider_day | client_day) & stale, 1)], 0),
        Case(None, [(window & live, 1)], 0),
        Case(None, [(client_day & live, 1)], 0),
    ).where((provider_day & stale) | client_day | window)  # MULTI-INDEX OR: three day/range seeks


_AROUND_SLOT = Prepared(_around_slot)


def around_slot(provider_id: int, client_id: int, local_date: dt.date, start: dt.datetime,
                end: dt.datetime, now: dt.datetime) -> AroundSlot:
    """The stale-hold, overlap and one-per-day questions of a booking, in one statement where
    three would each pay a round trip; each row says which questions it answers. `start` and
    `end` are the time the new booking would occupy, buffers included."""
    rows = _AROUND_SLOT.rows(provider=provider_id, client=client_id, day=local_date,
                             earliest=to_db(start - REACH_BEFORE),
                             latest=to_db(end + REACH_AFTER),
                             end=to_db(end), start=to_db(start), now=to_db(now))
    width = len(records.RESERVATION_COLUMNS)
    return AroundSlot(
        any(row[width] for row in rows),
        [records.reservation_of_values(row) for row in rows if row[width + 1]],
        [records.reservation_of_values(row) for row in rows if row[width + 2]])


def expire_stale(actor: Actor, now: dt.datetime) -> int:
    """Mark every stale hold expired, audited."""
    return _audit_expired(actor, now, _EXPIRE_STALE.rows(now=to_db(now)))


def expire_stale_on_day_of(actor: Actor, now: dt.datetime, local_date: dt.date,
                           provider_id: int, client_id: int) -> int:
    """Before a booking: expire the stale holds of its provider or its client on its day."""
    return _audit_expired(actor, now, _EXPIRE_STALE_ON_DAY_OF.rows(
        now=to_db(now), day=local_date, provider=provider_id, client=client_id))


# One chunk of ids, as placeholders: the chunk statement is built once, and a last, short
# chunk repeats its final id to fill it (IN ignores the repeats).
_CHUNK = [Bind(f"id{n}") for n in range(EXPIRE_CHUNK)]
_AUDIT_CHUNK = Prepared(lambda: audit.for_each_query(ReservationRow.id,
                                                     ReservationRow.id.in_(_CHUNK)))


def _audit_expired(actor: Actor, now: dt.datetime, expired: list[tuple[Any, ...]]) -> int:
    """One audit row per hold just expired (the rows of an UPDATE ... RETURNING id), written
    a chunk at a time, one statement each, not one per hold."""
    ids = sorted(values[0] for values in expired)
    for first in range(0, len(ids), EXPIRE_CHUNK):
        chunk = ids[first:first + EXPIRE_CHUNK]
        chunk += chunk[-1:] * (EXPIRE_CHUNK - len(chunk))
        bound = {f"id{n}": reservation_id for n, reservation_id in enumerate(chunk)}
        audit.record_each(_AUDIT_CHUNK, actor, now, "reservation.expire", "reservation",
                          {"status": "pending"}, {"status": "expired"}, **bound)
    return len(ids)


def bookings_query():  # type: ignore[no-untyped-def]
    """Reservations with the names a list shows; read them with `fetch_bookings`."""
    return (ReservationRow.select(*records.RESERVATION_COLUMNS, ClientRow.name, ProviderRow.name,
                                  ProviderRow.timezone)
            .join(ClientRow, JOIN.INNER, on=(ReservationRow.client == ClientRow.id))
            .switch(ReservationRow)
            .join(ProviderRow, JOIN.INNER, on=(ReservationRow.provider == ProviderRow.id)))


def fetch_bookings(query) -> list[Booking]:  # type: ignore[no-untyped-def]
    """Run a `bookings_query`, building domain objects straight from the cursor's rows."""
    return bookings_of_values(fetch_values(query))


def bookings_of_values(rows: list[tuple[Any, ...]]) -> list[Booking]:
    width = len(records.RESERVATION_COLUMNS)
    read = records.instant_reader()  # the rows share their slot times: parse each once
    return [_booking(records.reservation_of_values(values, read), *values[width:])
            for values in rows]


_booking = records.fields_constructor(Booking)
