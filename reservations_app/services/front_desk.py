"""Questions the desk asks about one moment: which visit types can start at this time with this
provider (and why not the others), and who is due, waiting or late today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import NotFound
from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Booking, Status, VisitType
from reservations_app.domain.timezones import clinic_today, zone
from reservations_app.services import booking_queries, visit_types
from reservations_app.services.day_book import clinic_day_span, provider_dates_around
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import AuditRow, ProviderRow, ReservationRow, to_db
from reservations_app.store.transactions import fetch_values, read_snapshot

DUE_WITHIN = dt.timedelta(hours=1)


@dataclass(frozen=True)
class TypeChoice:
    """A visit type (None: one plain slot) and whether it can start there."""

    visit_type: VisitType | None
    reason: Reason

    @property
    def fits(self) -> bool:
        return self.reason is Reason.FREE


@dataclass(frozen=True)
class Waiting:
    """A client who has arrived and waits, since `arrived_at`."""

    booking: Booking
    arrived_at: dt.datetime


@dataclass(frozen=True)
class Arrivals:
    """Today at the desk: due in the next hour, arrived and waiting, and late (start passed,
    not arrived), each in time order."""

    due: tuple[Booking, ...]
    waiting: tuple[Waiting, ...]
    late: tuple[Booking, ...]


def choices_at(actor: Actor, provider_id: int, start: dt.datetime, now: dt.datetime,
               client_id: int | None = None) -> list[TypeChoice]:
    """Every active visit type the provider offers, with the reason it can or cannot start at
    `start`; a clinic with no types gets the plain one-slot visit."""
    # Imported here: the desk's start asks for the arrivals only, and the slot rules bring
    # the whole schedule service along.
    from reservations_app.services import day_slots

    require(actor, Permission.READ)
    provider_zone = _provider_zone(provider_id)
    local_date = start.astimezone(provider_zone).date()
    offered = [t for t in visit_types.list_types(actor, include_inactive=False)
               if t.offered_by(provider_id)]
    candidates: list[VisitType | None] = [*offered] or [None]
    choices = []
    for visit_type in candidates:
        rows = day_slots.explain_slots(actor, local_date, now, provider_id=provider_id,
                                       visit_type_id=visit_type.id if visit_type else None,
                                       client_id=client_id)
        reason = next((row.reason for row in rows if row.start == start), Reason.DOES_NOT_FIT)
        choices.append(TypeChoice(visit_type, reason))
    return choices


def arrivals(actor: Actor, now: dt.datetime) -> Arrivals:
    require(actor, Permission.READ)
    clinic_zone = get_policy().clinic_timezone
    today = clinic_today(clinic_zone, now)
    day_start, day_end = clinic_day_span(today, clinic_zone)
    with read_snapshot():
        bookings = _todays(today, day_start, day_end, now)
        arrived = [b for b in bookings if b.reservation.status is Status.ARRIVED]
        arrived_at = _arrival_times([b.reservation.id for b in arrived])
    due = tuple(b for b in bookings if b.effective_status(now) in (Status.CONFIRMED,
                Status.PENDING) and now <= b.reservation.start < now + DUE_WITHIN)
    late = tuple(b for b in bookings if b.reservation.status is Status.CONFIRMED
                 and b.reservation.start < now)
    waiting = tuple(Waiting(b, arrived_at.get(b.reservation.id, b.reservation.start))
                    for b in arrived)
    return Arrivals(due, waiting, late)


def _provider_zone(provider_id: int) -> dt.tzinfo:
    row = ProviderRow.get_or_none(ProviderRow.id == provider_id)
    if row is None:
        raise NotFound(f"There is no provider {provider_id}.")
    return zone(row.timezone)


def _todays(today: dt.date, start: dt.datetime, end: dt.datetime,
            now: dt.datetime) -> list[Booking]:
    """Today's bookings that can be due, late or waiting at `now` (the caller sorts them): a
    busy clinic's day holds a thousand, of which a handful start within the hour."""
    # `|| ''`: not through the status index, which holds the clinic's whole history of those
    # statuses (0.3 s on a big clinic, against 5 ms by day)
    status = ReservationRow.status.concat("")
    starts_soon = (ReservationRow.start_at >= to_db(now)) & (
        ReservationRow.start_at < to_db(now + DUE_WITHIN))
    late = (status == Status.CONFIRMED.value) & (ReservationRow.start_at < to_db(now))
    query = (booking_queries.bookings_query()
             .where(ReservationRow.local_date.between(*provider_dates_around(today))
                    & (ReservationRow.start_at >= to_db(start))
                    & (ReservationRow.start_at < to_db(end))
                    & status.in_((Status.PENDING.value, Status.CONFIRMED.value,
                                  Status.ARRIVED.value))
                    & (starts_soon | late | (status == Status.ARRIVED.value)))
             .order_by(ReservationRow.start_at))
    return booking_queries.fetch_bookings(query)


def _arrival_times(reservation_ids: list[int]) -> dict[int, dt.datetime]:
    """When each was marked arrived: the latest arrive row of its audit trail."""
    if not reservation_ids:
        return {}
    query = (AuditRow.select(AuditRow.entity_id, AuditRow.at)
             .where((AuditRow.entity == "reservation") & (AuditRow.action == "reservation.arrive")
                    & AuditRow.entity_id.in_(reservation_ids))
             .order_by(AuditRow.id))
    read = records.instant_reader()
    return {entity_id: read(at) for entity_id, at in fetch_values(query)}
