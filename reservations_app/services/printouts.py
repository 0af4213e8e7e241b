"""What the printed pages say: the day sheet, tomorrow's call list and a client's appointment
card, as plain rows read in one snapshot. The ui/printing package lays them out on paper."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import NotFound
from reservations_app.domain.people import format_phone
from reservations_app.domain.status import OCCUPYING, Status
from reservations_app.domain.timezones import clinic_today
from reservations_app.services import calls
from reservations_app.services.day_book import clinic_day_span, provider_dates_around
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import (
    ClientRow,
    ProviderRow,
    ReservationRow,
    VisitTypeRow,
    to_db,
)
from reservations_app.store.transactions import fetch_values, read_snapshot

# A day sheet printed at noon still lists the morning: who came, who did not.
ON_THE_DAY = tuple(status.value for status in (*OCCUPYING, Status.NO_SHOW))
UPCOMING = (Status.PENDING.value, Status.CONFIRMED.value)
CALL_LIST_LOOKAHEAD_DAYS = 14


@dataclass(frozen=True)
class PrintedVisit:
    reservation_id: int
    start: dt.datetime
    end: dt.datetime
    provider_name: str
    provider_timezone: str
    client_name: str
    phone: str | None
    email: str | None
    status: Status
    birth_date: dt.date | None = None
    visit_type: str | None = None
    note: str = ""
    call_outcome: str | None = None  # what the reminder call gave, on the call list


@dataclass(frozen=True)
class PrintedDay:
    """Visits of one clinic day, in time order; `provider_name` None is the whole clinic."""

    local_date: dt.date
    clinic_timezone: str
    provider_name: str | None
    visits: tuple[PrintedVisit, ...]


@dataclass(frozen=True)
class AppointmentCard:
    client_name: str
    clinic_timezone: str
    notice_hours: int
    visits: tuple[PrintedVisit, ...]


def day_sheet(actor: Actor, local_date: dt.date, now: dt.datetime,
              provider_id: int | None = None) -> PrintedDay:
    """Every live visit of the clinic's `local_date` (of one provider, or all)."""
    require(actor, Permission.READ)
    clinic_zone = get_policy().clinic_timezone
    start, end = clinic_day_span(local_date, clinic_zone)
    with read_snapshot():
        provider_name = _provider_name(provider_id) if provider_id is not None else None
        visits = _visits_between(start, end, now, provider_id)
    return PrintedDay(local_date, clinic_zone, provider_name, tuple(visits))


def call_list(actor: Actor, now: dt.datetime) -> PrintedDay:
    """The next clinic day after today that has visits (tomorrow, or Monday after a Friday),
    with every visit's phone number: the desk calls to remind them."""
    require(actor, Permission.READ)
    clinic_zone = get_policy().clinic_timezone
    today = clinic_today(clinic_zone, now)
    with read_snapshot():
        for offset in range(1, CALL_LIST_LOOKAHEAD_DAYS + 1):
            day = today + dt.timedelta(days=offset)
            visits = _visits_between(*clinic_day_span(day, clinic_zone), now, None, UPCOMING)
            if visits:
                called = calls.outcomes_of([v.reservation_id for v in visits])
                marked = [dataclasses.replace(v, call_outcome=called[v.reservation_id].value)
                          if v.reservation_id in called else v for v in visits]
                return PrintedDay(day, clinic_zone, None, tuple(marked))
    return PrintedDay(today + dt.timedelta(days=1), clinic_zone, None, ())


def appointment_card(actor: Actor, client_id: int, now: dt.datetime,
                     limit: int = 6) -> AppointmentCard:
    """A client's next live visits, for the card they take home."""
    require(actor, Permission.READ)
    policy = get_policy()
    with read_snapshot():
        row = ClientRow.get_or_none(ClientRow.id == client_id)
        if row is None:
            raise NotFound(f"There is no client {client_id}.")
        query = _visits_query().where((ReservationRow.client == client_id)
                                      & (ReservationRow.start_at >= to_db(now))
                                      & ReservationRow.status.in_(UPCOMING))
        visits = _read_visits(query.limit(max(limit * 2, limit)), now)[:limit]
    return AppointmentCard(row.name, policy.clinic_timezone, policy.min_notice_hours,
                           tuple(visits))


def _provider_name(provider_id: int) -> str:
    row = ProviderRow.get_or_none(ProviderRow.id == provider_id)
    if row is None:
        raise NotFound(f"There is no provider {provider_id}.")
    return str(row.name)


def _visits_query():  # type: ignore[no-untyped-def]
    return (ReservationRow.select(*records.RESERVATION_COLUMNS, ProviderRow.name,
                                  ProviderRow.timezone, ClientRow.name, ClientRow.phone,
                                  ClientRow.email, VisitTypeRow.name, ClientRow.birth_date)
            .join(ClientRow, JOIN.INNER, on=(ReservationRow.client == ClientRow.id))
            .switch(ReservationRow)
            .join(VisitTypeRow, JOIN.LEFT_OUTER,
                  on=(ReservationRow.visit_type == VisitTypeRow.id))
            .switch(ReservationRow)
            .join(ProviderRow, JOIN.INNER, on=(ReservationRow.provider == ProviderRow.id))
            .order_by(ReservationRow.start_at, ProviderRow.name))


def _visits_between(start: dt.datetime, end: dt.datetime, now: dt.datetime,
                    provider_id: int | None,
                    statuses: tuple[str, ...] = ON_THE_DAY) -> list[PrintedVisit]:
    first, last = provider_dates_around(start.date())[0], provider_dates_around(end.date())[1]
    query = _visits_query().where(ReservationRow.local_date.between(first, last)
                                  & (ReservationRow.start_at >= to_db(start))
                                  & (ReservationRow.start_at < to_db(end))
                                  & ReservationRow.status.in_(statuses))
    if provider_id is not None:
        query = query.where(ReservationRow.provider == provider_id)
    return _read_visits(query, now)


def _date_or_none(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _read_visits(query, now: dt.datetime) -> list[PrintedVisit]:  # type: ignore[no-untyped-def]
    """Rows of `_visits_query`, phones as the desk reads them (national format)."""
    region = get_policy().phone_region
    width = len(records.RESERVATION_COLUMNS)
    visits = []
    for values in fetch_values(query):
        reservation = records.reservation_of_values(values)
        if reservation.effective_status(now) is Status.EXPIRED:
            continue  # a hold past its expiry is not a visit any more
        provider_name, provider_zone, client_name, phone, email, type_name, born = \
            values[width:]
        visits.append(PrintedVisit(reservation.id, reservation.start, reservation.end,
                                   provider_name, provider_zone, client_name,
                                   format_phone(phone, region) if phone else None, email,
                                   reservation.status, birth_date=_date_or_none(born),
                                   visit_type=type_name, note=reservation.note))
    return visits
