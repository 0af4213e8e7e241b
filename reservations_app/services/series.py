"""Recurring visits: preview a series, book all its visits at once, confirm or cancel them.

Each occurrence is an ordinary booking made by `booking.hold` (same rules, same database guard,
same expiry), all inside one transaction: a series is booked whole or not at all, and with
`skip_conflicts` only the visits that do not fit are left out, each in a savepoint of its own
so a refused one (even by the database's guard) undoes nothing of the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reservations_app.domain import recurrence as rec
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import (
    BookingRuleViolation,
    InvalidInput,
    NotFound,
    SlotTaken,
    SlotUnavailable,
)
from reservations_app.domain.explain import ExplainedSlot, Reason
from reservations_app.domain.model import Provider, Reservation, Status
from reservations_app.domain.status import CHANGEABLE
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, booking, day_slots
from reservations_app.services.lookups import client_row, provider_record, visit_type_offered_by
from reservations_app.store import records
from reservations_app.store.models import ReservationRow, SeriesRow, database, to_db
from reservations_app.store.transactions import fetch_values, read_snapshot, transactional

NO_SLOT = "unavailable"  # the provider has no slot starting then (no availability)


@dataclass(frozen=True)
class SeriesRequest:
    client_id: int
    provider_id: int
    visit_type_id: int
    first_start: dt.datetime  # aware
    recurrence: rec.Recurrence


@dataclass(frozen=True)
class PreviewRow:
    start: dt.datetime
    end: dt.datetime
    fits: bool
    reason: str  # "free", an explain reason, or "unavailable"
    alternative: dt.datetime | None  # the nearest free start that day, for a conflict


@dataclass(frozen=True)
class BookedSeries:
    id: int
    bookings: list[Reservation]
    skipped: list[dt.datetime]
    timezone: str


@dataclass(frozen=True)
class Series:
    id: int
    client_id: int
    provider_id: int
    visit_type_id: int
    first_start: dt.datetime
    description: str
    created_at: dt.datetime
    timezone: str
    bookings: list[Reservation]


def _occurrences(provider: Provider, request: SeriesRequest) -> list[rec.Occurrence]:
    tz = zone(provider.timezone)
    first_wall = request.first_start.astimezone(tz).replace(tzinfo=None)
    return rec.occurrences(first_wall, request.recurrence, tz)


def _check_request(request: SeriesRequest) -> Provider:
    provider = provider_record(request.provider_id)
    client_row(request.client_id)
    visit_type = visit_type_offered_by(request.visit_type_id, provider)
    if visit_type is not None and not visit_type.active:
        raise InvalidInput(f"The visit type {visit_type.name} is no longer offered.")
    return provider


def preview(actor: Actor, request: SeriesRequest, now: dt.datetime) -> list[PreviewRow]:
    """Every occurrence, whether it can be booked, why not, and the nearest free start."""
    require(actor, Permission.READ)
    with read_snapshot():
        provider = _check_request(request)
        occurrences = _occurrences(provider, request)
        days = day_slots.read_days(actor, [o.local_date for o in occurrences], now,
                                   provider_id=request.provider_id,
                                   visit_type_id=request.visit_type_id,
                                   client_id=request.client_id)
    return [_preview_row(occurrence, days[occurrence.local_date]) for occurrence in occurrences]


def _preview_row(occurrence: rec.Occurrence, reads: day_slots.DayReads) -> PreviewRow:
    found = reads.at(occurrence.start)
    if found is not None and found.reason is Reason.FREE:
        return PreviewRow(occurrence.start, found.end, True, found.reason.value, None)
    day = reads.explain()  # only a conflict needs the whole day: its nearest free start
    reason = found.reason.value if found is not None else NO_SLOT
    # No slot starts then (a day without availability too): the visit it would have been.
    end = found.end if found is not None else reads.shape.end(occurrence.start)
    return PreviewRow(occurrence.start, end, False, reason, nearest_free(day, occurrence.start))


def nearest_free(day: list[ExplainedSlot], start: dt.datetime) -> dt.datetime | None:
    """The free start closest to `start` (the earlier one on a tie), or None."""
    free = [row.start for row in day if row.reason is Reason.FREE]
    return min(free, key=lambda s: (abs(s - start), s)) if free else None


def _when(start: dt.datetime, timezone: str) -> str:
    return f"{start.astimezone(zone(timezone)):%a %d %b %H:%M}"


@audit.denials_audited
@transactional
def book(actor: Actor, request: SeriesRequest, now: dt.datetime, *,
         skip_conflicts: bool = False,
         starts: Sequence[dt.datetime] | None = None) -> BookedSeries:
    """Hold every occurrence in this one transaction; all of them, or (with `skip_conflicts`)
    those that fit. The holds share one expiry, so the series lapses as one.

    `starts` are the visits the desk chose from the preview: occurrences, or another start the
    same day in place of one (its nearest free start), at most one a day. Only those are held;
    the occurrences left out are reported as skipped."""
    require(actor, Permission.BOOK, request.provider_id)
    provider = _check_request(request)
    occurrences = _occurrences(provider, request)
    wanted, unchosen = ([o.start for o in occurrences], []) if starts is None else \
        _chosen(occurrences, starts, provider)
    series_id = _insert_series(request, provider, now)
    held: list[Reservation] = []
    refused: list[tuple[dt.datetime, str]] = []
    for start in wanted:
        try:
            with database.atomic():  # a savepoint: a refusal undoes only this visit
                held.append(booking.hold(actor, request.client_id, request.provider_id,
                                         start, now, visit_type_id=request.visit_type_id))
        except SlotTaken:
            # The hold's own words ("just taken, maybe at another desk") suit a desk that
            # picked a free slot; a series meets bookings made long before, and holds that
            # may yet lapse (the preview tells which).
            refused.append((start, "That time is already held or booked."))
        except BookingRuleViolation as exc:
            refused.append((start, str(exc)))
    _check_refusals(refused, held, provider.timezone, skip_conflicts)
    refused += [(start, "not chosen") for start in unchosen]
    ReservationRow.update(series_id=series_id).where(
        ReservationRow.id.in_([r.id for r in held])).execute()
    audit.record(actor, now, "series.book", "series", series_id, None, {
        "client_id": request.client_id, "provider_id": request.provider_id,
        "visit_type_id": request.visit_type_id, "recurrence": _describe(request, provider),
        "bookings": [r.id for r in held], "skipped": [to_db(start) for start, _ in refused]})
    return BookedSeries(series_id, held, sorted(start for start, _ in refused),
                        provider.timezone)


def _chosen(occurrences: list[rec.Occurrence], starts: Sequence[dt.datetime],
            provider: Provider) -> tuple[list[dt.datetime], list[dt.datetime]]:
    """The chosen starts in order, and the occurrences none of them stands for; InvalidInput
    for a start on no occurrence's day, or two on one day."""
    if not starts:
        raise InvalidInput("Choose at least one visit of the series to book.")
    tz = zone(provider.timezone)
    by_day = {o.local_date: o for o in occurrences}
    chosen: dict[dt.date, dt.datetime] = {}
    for start in starts:
        day = start.astimezone(tz).date()
        if day not in by_day:
            raise InvalidInput(f"{_when(start, provider.timezone)} is not on a day of the "
                               "series; preview it again.")
        if day in chosen and chosen[day] != start:
            raise InvalidInput(f"Two visits were chosen on {day:%a %d %b %Y}; the series has "
                               "one a day.")
        chosen[day] = start
    return (sorted(chosen.values()),
            [o.start for o in occurrences if o.local_date not in chosen])


def _check_refusals(refused: list[tuple[dt.datetime, str]], held: list[Reservation],
                    timezone: str, skip_conflicts: bool) -> None:
    if refused and not skip_conflicts:
        first_start, first_reason = refused[0]
        others = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
        raise SlotUnavailable(
            f"{len(refused)} of the series' {len(refused) + len(held)} visits cannot be "
            f"booked, nothing was booked. {_when(first_start, timezone)}{others}: "
            f"{first_reason} Preview the series, or book it skipping the conflicts.")
    if not held:
        raise SlotUnavailable("None of the series' visits can be booked; nothing was booked.")


def _describe(request: SeriesRequest, provider: Provider) -> str:
    wall = request.first_start.astimezone(zone(provider.timezone)).replace(tzinfo=None)
    return rec.describe(wall, request.recurrence)


def _insert_series(request: SeriesRequest, provider: Provider, now: dt.datetime) -> int:
    wall = request.first_start.astimezone(zone(provider.timezone))
    recurrence = request.recurrence
    return int(SeriesRow.insert(
        client=request.client_id, provider=request.provider_id,
        visit_type=request.visit_type_id, first_start=to_db(request.first_start),
        first_wall=f"{wall:%Y-%m-%dT%H:%M}", unit=recurrence.unit.value,
        every=recurrence.every, weekdays=",".join(str(d) for d in recurrence.weekdays),
        until=recurrence.until, count=recurrence.count, created_at=to_db(now)).execute())


def _series_row(series_id: int) -> SeriesRow:
    row = SeriesRow.get_or_none(SeriesRow.id == series_id)
    if row is None:
        raise NotFound(f"There is no series with id {series_id}.")
    return row


def _occurrence_rows(series_id: int) -> list[Reservation]:
    query = ReservationRow.select(*records.RESERVATION_COLUMNS).where(
        ReservationRow.series_id == series_id).order_by(ReservationRow.start_at)
    return [records.reservation_of_values(values) for values in fetch_values(query)]


def _recurrence_of(row: SeriesRow) -> rec.Recurrence:
    weekdays = tuple(int(d) for d in row.weekdays.split(",") if d)
    until = row.until if row.until is None or isinstance(row.until, dt.date) \
        else dt.date.fromisoformat(str(row.until))
    return rec.Recurrence(rec.Unit(row.unit), row.every, weekdays, until, row.count)


def show(actor: Actor, series_id: int) -> Series:
    require(actor, Permission.READ)
    with read_snapshot():
        row = _series_row(series_id)
        provider = provider_record(row.provider_id)
        bookings = _occurrence_rows(series_id)
    wall = dt.datetime.fromisoformat(row.first_wall)
    return Series(row.id, row.client_id, row.provider_id, row.visit_type_id,
                  records.instant(row.first_start), rec.describe(wall, _recurrence_of(row)),
                  records.instant(row.created_at), provider.timezone, bookings)


@audit.denials_audited
@transactional
def confirm(actor: Actor, series_id: int, now: dt.datetime) -> Series:
    """Confirm every held visit of the series, in one transaction."""
    row = _series_row(series_id)
    require(actor, Permission.BOOK, row.provider_id)
    pending = [r for r in _occurrence_rows(series_id) if r.status is Status.PENDING]
    if not pending:
        raise InvalidInput(f"Series {series_id} has no held visits to confirm.")
    for reservation in pending:
        booking.confirm(actor, reservation.id, now)
    audit.record(actor, now, "series.confirm", "series", series_id, None,
                 {"bookings": [r.id for r in pending]})
    return show(actor, series_id)


@audit.denials_audited
@transactional
def cancel(actor: Actor, series_id: int, now: dt.datetime, *,
           from_start: dt.datetime | None = None, reason: str | None = None) -> Series:
    """Cancel the series' live visits from `from_start` on ("this and the following"), or all
    those still to come. One visit alone is cancelled like any booking."""
    row = _series_row(series_id)
    require(actor, Permission.BOOK, row.provider_id)
    since = now if from_start is None else from_start
    chosen = [r for r in _occurrence_rows(series_id)
              if r.start >= since and r.effective_status(now) in CHANGEABLE]
    if not chosen:
        raise InvalidInput(f"Series {series_id} has no held or booked visits to cancel"
                           + (" from then on." if from_start is not None else "."))
    for reservation in chosen:
        booking.cancel(actor, reservation.id, now, reason)
    audit.record(actor, now, "series.cancel", "series", series_id, None,
                 {"from": to_db(from_start), "reason": reason,
                  "bookings": [r.id for r in chosen]})
    return show(actor, series_id)


