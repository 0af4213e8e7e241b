"""Reports from SQL aggregates, on both backends, checked against numbers worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.reports import NO_TYPE, NewClientsRow, period_start
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, people, reports, schedule
from reservations_app.store import optional
from reservations_app.store.models import ReservationRow, database

DEC, JAN = dt.date(2026, 12, 1), dt.date(2027, 1, 5)  # a Tuesday each


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


@pytest.fixture
def month_clinic(db, admin, now):  # type: ignore[no-untyped-def]
    """Ada: 4 h open in December, 2 h in January; Ben: 2 h in December. Bookings (15 min
    each): Ada December 4 confirmed (one a no-show, one arrived), 2 cancelled (one late),
    1 live hold; Ada January 2 confirmed; Ben nothing."""
    ada = people.add_provider(admin, "Ada", "ada@clinic.example", "UTC", now)
    ben = people.add_provider(admin, "Ben", "ben@clinic.example", "UTC", now)
    schedule.add_availability(admin, ada.id, DEC, [parse_block("09:00-13:00")], now)
    schedule.add_availability(admin, ada.id, JAN, [parse_block("09:00-11:00")], now)
    schedule.add_availability(admin, ben.id, DEC, [parse_block("09:00-11:00")], now)
    clients = [people.add_client(admin, f"Client {n}", now, f"c{n}@mail.example")
               for n in range(10)]
    made = []
    for n, (day, hour, minute) in enumerate([(DEC, 9, 0), (DEC, 9, 15), (DEC, 9, 30),
                                             (DEC, 9, 45), (DEC, 10, 0), (DEC, 10, 15),
                                             (JAN, 9, 0), (JAN, 9, 15)]):
        held = booking.hold(admin, clients[n].id, ada.id, _at(day, hour, minute), now)
        made.append(booking.confirm(admin, held.id, now).id)
    booking.hold(admin, clients[8].id, ada.id, _at(DEC, 11), now)  # a live hold: not booked
    booking.cancel(admin, made[4], now, "ill")
    booking.cancel(admin, made[5], now, "changed plans")
    # The statuses and flag of the "visits" issue, as its migration stores them.
    _set(made[0], status="no_show")
    _set(made[1], status="arrived")
    if "late_cancellation" in optional.columns("reservation"):
        _set(made[5], late_cancellation=True)
    return ada.id, ben.id


def _set(reservation_id: int, **values: object) -> None:
    ReservationRow.update(**values).where(ReservationRow.id == reservation_id).execute() \
        if "status" in values else database.execute_sql(
            f"UPDATE reservation SET late_cancellation = {database.param} "
            f"WHERE id = {database.param}", [values["late_cancellation"], reservation_id])


def test_utilisation_by_month_and_week(month_clinic, admin):
    ada, ben = month_clinic
    rows = reports.utilisation(admin, DEC, dt.date(2027, 1, 31))
    assert [(r.provider_id, r.period, r.booked_hours, r.available_hours, r.utilisation)
            for r in rows] == [
        (ada, dt.date(2026, 12, 1), 1.0, 4.0, 0.25),
        (ada, dt.date(2027, 1, 1), 0.5, 2.0, 0.25),
        (ben, dt.date(2026, 12, 1), 0.0, 2.0, 0.0)]
    weeks = reports.utilisation(admin, DEC, dt.date(2027, 1, 31), provider_id=ada,
                                period="week")
    assert [(r.period, r.booked_hours) for r in weeks] == [
        (dt.date(2026, 11, 30), 1.0), (dt.date(2027, 1, 4), 0.5)]


def test_no_shows_and_late_cancellations(month_clinic, admin):
    ada, _ben = month_clinic
    (december, january) = reports.no_shows(admin, DEC, dt.date(2027, 1, 31))
    assert (december.booked, december.no_shows, december.cancellations) == (4, 1, 2)
    assert december.no_show_rate == 0.25
    late = 1 if "late_cancellation" in optional.columns("reservation") else 0
    assert december.late_cancellations == late
    assert december.late_cancellation_rate == (round(1 / 6, 4) if late else 0.0)
    assert (january.provider_id, january.booked, january.no_show_rate) == (ada, 2, 0.0)


def test_no_shows_counted_per_status_when_a_day_is_too_full_to_pack(month_clinic, admin,
                                                                    monkeypatch):
    """A provider's day with PACKED_LIMIT rows or more is counted per status instead: the
    same rows either way. With 2 bits a count, Ada's December day (7 rows) overflows its
    fields, and the rows counted on top of the sum say so."""
    packed = {period: reports.no_shows(admin, DEC, dt.date(2027, 1, 31), period=period)
              for period in ("month", "week")}
    monkeypatch.setattr(reports, "PACKED_BITS", 2)
    monkeypatch.setattr(reports, "PACKED_LIMIT", 4)
    for period, rows in packed.items():
        assert reports.no_shows(admin, DEC, dt.date(2027, 1, 31), period=period) == rows
    assert [(r.booked, r.no_shows, r.cancellations) for r in packed["month"]] == [(4, 1, 2),
                                                                                 (2, 0, 0)]


def test_visit_types_and_new_clients(month_clinic, admin, now):
    (row,) = reports.visit_types(admin, DEC, dt.date(2027, 1, 31))
    assert (row.visit_type, row.visits, row.hours) == (NO_TYPE, 6, 1.5)
    assert reports.new_clients(admin, dt.date(2026, 11, 1), dt.date(2026, 12, 31)) == [
        NewClientsRow(dt.date(2026, 11, 1), 10)]
    assert reports.new_clients(admin, DEC, dt.date(2026, 12, 31)) == []
    weekly = reports.new_clients(admin, now.date(), now.date(), period="week")
    assert weekly == [NewClientsRow(period_start(now.date(), "week"), 10)]


def test_bad_ranges_and_periods(db, admin):
    with pytest.raises(InvalidInput, match="Unknown period"):
        reports.utilisation(admin, DEC, DEC, period="year")
    with pytest.raises(InvalidInput, match="before it starts"):
        reports.no_shows(admin, JAN, DEC)


def test_visits_by_their_type(month_clinic, admin, now):
    from reservations_app.services import visit_types

    _ada, ben = month_clinic
    consult = visit_types.add_type(admin, "Consultation", 30, now)
    client = people.add_client(admin, "Typed Client", now, "typed@mail.example")
    held = booking.hold(admin, client.id, ben, _at(DEC, 9), now, visit_type_id=consult.id)
    booking.confirm(admin, held.id, now)
    rows = reports.visit_types(admin, DEC, dt.date(2027, 1, 31))
    assert [(r.visit_type, r.visits, r.hours) for r in rows] == [
        (NO_TYPE, 6, 1.5), ("Consultation", 1, 0.5)]
    (only_ben,) = reports.visit_types(admin, DEC, DEC, provider_id=ben)
    assert only_ben.visit_type == "Consultation"
