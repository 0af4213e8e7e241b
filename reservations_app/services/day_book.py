"""The clinic's day as the appointment book shows it: every provider working that day, their
availability and their bookings, on the clinic's calendar date.

Providers keep their own zones, so the clinic's day is a span of UTC time and each provider's
rows are found by the local dates that can overlap it (one either side), then clipped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.model import Booking, Provider, Status, VisitType
from reservations_app.domain.timezones import wall_to_utc, zone
from reservations_app.domain.visits import MAX_VISIT_MINUTES
from reservations_app.services import visit_types
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import BlockRow, ClientRow, ProviderRow, ReservationRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import fetch_values, read_snapshot

# A provider's local date can differ from the clinic's by up to 26 hours (UTC-12 to UTC+14).
_DATE_MARGIN = dt.timedelta(days=2)
_BEHIND_UTC, _AHEAD_OF_UTC = dt.timedelta(hours=12), dt.timedelta(hours=14)
_NOT_ON_THE_BOOK = (Status.CANCELLED.value, Status.EXPIRED.value)


@dataclass(frozen=True)
class Availability:
    """A stretch of a provider's day open for visits (UTC)."""

    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class ProviderDay:
    """One provider's column of the day: when they are available, and their bookings."""

    provider: Provider
    availability: tuple[Availability, ...]
    bookings: tuple[Booking, ...]


@dataclass(frozen=True)
class ClinicDay:
    """`start`/`end` are the UTC instants of the clinic's local midnights (23 or 25 hours apart
    on DST days)."""

    local_date: dt.date
    clinic_timezone: str
    start: dt.datetime
    end: dt.datetime
    columns: tuple[ProviderDay, ...]
    visit_types: Mapping[int, VisitType] = field(default_factory=dict)

    def visit_type_of(self, booking: Booking) -> VisitType | None:
        type_id = booking.reservation.visit_type_id
        return None if type_id is None else self.visit_types.get(type_id)


def clinic_day(actor: Actor, local_date: dt.date, now: dt.datetime,
               provider_ids: Collection[int] | None = None) -> ClinicDay:
    """Every provider with availability or a booking on the clinic's `local_date` (or only
    `provider_ids`, each shown even when free that day), in name order. Cancelled bookings,
    expired holds and holds past their expiry are not on the book."""
    require(actor, Permission.READ)
    clinic_zone = get_policy().clinic_timezone
    start, end = clinic_day_span(local_date, clinic_zone)
    with read_snapshot():
        blocks = _blocks(local_date, start, end, provider_ids)
        rows = _booking_rows(start, end, now, provider_ids)
        wanted = set(blocks) | {row[1] for row in rows} | set(provider_ids or ())
        providers = _providers(wanted)
        types = {visit_type.id: visit_type for visit_type in visit_types.list_types(actor)}
    bookings = _bookings_of(rows, providers)
    columns = tuple(ProviderDay(p, tuple(blocks.get(p.id, ())), tuple(bookings.get(p.id, ())))
                    for p in providers)
    return ClinicDay(local_date, clinic_zone, start, end, columns, types)


def clinic_day_span(local_date: dt.date, clinic_zone: str) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants of the clinic's local midnights around `local_date`."""
    tz = zone(clinic_zone)
    return wall_to_utc(local_date, dt.time(0), tz), wall_to_utc(local_date, None, tz)


def provider_dates_around(local_date: dt.date) -> tuple[dt.date, dt.date]:
    """The providers' local dates that can overlap the clinic's `local_date`: narrows an
    index read on local_date before the UTC span is checked."""
    return (local_date - _DATE_MARGIN, local_date + _DATE_MARGIN)


def _blocks(local_date: dt.date, start: dt.datetime, end: dt.datetime,
            provider_ids: Collection[int] | None) -> dict[int, list[Availability]]:
    first, last = provider_dates_around(local_date)
    if provider_ids is None:
        rows = _ALL_BLOCKS.rows(first=first, last=last, start=to_db(start), end=to_db(end))
    else:
        rows = fetch_values(_blocks_query(first, last, to_db(start), to_db(end)).where(
            BlockRow.provider.in_(list(provider_ids))))
    read = records.instant_reader()
    found: dict[int, list[Availability]] = {}
    for provider_id, block_start, block_end in rows:
        found.setdefault(provider_id, []).append(Availability(read(block_start), read(block_end)))
    return found


def _blocks_query(first: Any, last: Any, start: Any, end: Any):  # type: ignore[no-untyped-def]
    """The availability overlapping [start, end), of the local dates first to last: values,
    or Bind placeholders for the statement built once."""
    return (BlockRow.select(BlockRow.provider, BlockRow.start_at, BlockRow.end_at)
            .where(BlockRow.local_date.between(first, last)
                   & (BlockRow.start_at < end) & (BlockRow.end_at > start))
            .order_by(BlockRow.start_at))


_ALL_BLOCKS = Prepared(lambda: _blocks_query(Bind("first"), Bind("last"), Bind("start"),
                                             Bind("end")))


def _visit_dates_of_span(start: dt.datetime, end: dt.datetime) -> tuple[dt.date, dt.date]:
    """The providers' local dates a visit overlapping [start, end) can have: it starts at most
    the longest visit before `start`, and no zone is more than 12 hours behind UTC or 14
    ahead. Three dates, not five, for a busy day's index read."""
    earliest = start - dt.timedelta(minutes=MAX_VISIT_MINUTES) - _BEHIND_UTC
    return earliest.astimezone(dt.UTC).date(), (end + _AHEAD_OF_UTC).astimezone(dt.UTC).date()


# The reservation's columns (occupied time NULL where it is the visit's own) and the client's
# name; the provider's name and zone come from the day's providers, read anyway.
_BOOKING_COLUMNS = (*records.RESERVATION_COLUMNS_SPARSE, ClientRow.name)


def _booking_rows(start: dt.datetime, end: dt.datetime, now: dt.datetime,
                  provider_ids: Collection[int] | None) -> list[tuple[Any, ...]]:
    """The rows of the bookings on the book in [start, end), by start."""
    first, last = _visit_dates_of_span(start, end)
    if provider_ids is None:
        return _ALL_BOOKINGS.rows(first=first, last=last, start=to_db(start), end=to_db(end),
                                  now=to_db(now))
    return fetch_values(_bookings_query(first, last, to_db(start), to_db(end), to_db(now)).where(
        ReservationRow.provider.in_(list(provider_ids))))


def _bookings_query(first: Any, last: Any, start: Any, end: Any,  # type: ignore[no-untyped-def]
                    now: Any):
    """As _blocks_query, for the bookings. A stale hold frees its time at once, as everywhere
    else, so the query leaves it out too."""
    return (ReservationRow.select(*_BOOKING_COLUMNS)
            .join(ClientRow, JOIN.INNER, on=(ReservationRow.client == ClientRow.id))
            .where(ReservationRow.local_date.between(first, last)
                   & (ReservationRow.start_at < end) & (ReservationRow.end_at > start)
                   & ReservationRow.status.not_in(_NOT_ON_THE_BOOK)
                   & ((ReservationRow.status != Status.PENDING.value)
                      | (ReservationRow.hold_expires_at > now)))
            .order_by(ReservationRow.start_at))


_ALL_BOOKINGS = Prepared(lambda: _bookings_query(Bind("first"), Bind("last"), Bind("start"),
                                                 Bind("end"), Bind("now")))


def _bookings_of(rows: list[tuple[Any, ...]],
                 providers: list[Provider]) -> dict[int, list[Booking]]:
    """Each provider's bookings, by start. A row read lately with the same values (and the
    same provider's name and zone) gives the Booking built then (see _Built); only the others
    are built."""
    by_id = {provider.id: provider for provider in providers}
    built = _BUILT.start()
    known = [built.known(values, by_id[values[1]]) for values in rows]
    made = iter(_new_bookings([values for values, booking in zip(rows, known, strict=True)
                               if booking is None], by_id))
    found: dict[int, list[Booking]] = {}
    for values, known_booking in zip(rows, known, strict=True):
        booking = known_booking or next(made)
        built.keep(values, booking)
        found.setdefault(booking.reservation.provider_id, []).append(booking)
    return found


def _new_bookings(rows: list[tuple[Any, ...]], by_id: dict[int, Provider]) -> list[Booking]:
    """Built as records.fields_constructor builds (a frozen Booking's fields set at once),
    inline: a busy day has over a thousand."""
    name_at, new = len(records.RESERVATION_COLUMNS_SPARSE), object.__new__
    made = []
    for reservation, values in zip(records.reservations_of_values(rows), rows, strict=True):
        provider = by_id[reservation.provider_id]
        booking = new(Booking)
        booking.__dict__.update(zip(_BOOKING_FIELDS, (
            reservation, values[name_at], provider.name, provider.timezone), strict=True))
        made.append(booking)
    return made


_Kept = dict[int, tuple[tuple[Any, ...], Booking]]  # reservation id -> (its row, its Booking)


class _Built:
    """The Bookings the last reads built, by reservation id with the row each was built from.
    The desk goes back and forth between days and most rows come back unchanged: their Booking
    (immutable) is the one built before, not a thousand parsed again, and the day shown before
    is not freed object by object on the GUI thread when the new one replaces it. A changed
    row (status, times, note, the client's name, any column) is built anew, and so is one
    whose provider was renamed or moved zones. What the two reads before kept, at most."""

    KEPT_READS = 2  # e.g. the day before and the day after the one shown

    def __init__(self) -> None:
        self._before: list[_Kept] = []
        self._now: _Kept = {}

    def start(self) -> _Built:
        """A new read begins: the reads before it are remembered, the oldest forgotten."""
        self._before = [self._now, *self._before][:self.KEPT_READS]
        self._now = {}
        return self

    def known(self, values: tuple[Any, ...], provider: Provider) -> Booking | None:
        for kept in (self._now, *self._before):
            found = kept.get(values[0])
            if found is not None:
                break
        else:
            return None
        booking = found[1]
        if found[0] != values or booking.provider_name != provider.name \
                or booking.provider_timezone != provider.timezone:
            return None
        return booking

    def keep(self, values: tuple[Any, ...], booking: Booking) -> None:
        self._now[values[0]] = (values, booking)


_BUILT = _Built()


_BOOKING_FIELDS = tuple(f.name for f in dataclasses.fields(Booking))


def _providers(ids: set[int]) -> list[Provider]:
    """These providers, in name order. A clinic has tens of providers: reading them all by a
    statement built once costs a quarter of building one that names fifty ids."""
    if not ids:
        return []
    return [records.provider_of_values(values) for values in _ALL_PROVIDERS.rows()
            if values[0] in ids]


_ALL_PROVIDERS = Prepared(lambda: ProviderRow.select(*records.PROVIDER_COLUMNS).order_by(
    ProviderRow.name, ProviderRow.id))
