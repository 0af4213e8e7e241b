"""No N+1: the hot services send the same number of statements however many rows they touch."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.make_clinic import NOW
from reservations_app.domain.access import Actor
from reservations_app.services import booking, maintenance, people, schedule
from reservations_app.store.models import database
from tests.perf.queries import insert_stale_holds, query_count

BUSY = NOW.date() + dt.timedelta(days=7)  # a Tuesday a week ahead, well booked
QUIET = NOW.date() + dt.timedelta(days=63)  # a Tuesday nine weeks ahead, mostly free

pytestmark = pytest.mark.usefixtures("clinic")


def _bookings_on(day: dt.date) -> int:
    return database.execute_sql("SELECT count(*) FROM reservation WHERE local_date = ?",
                                (day.isoformat(),)).fetchone()[0]


def test_the_two_days_really_differ() -> None:
    assert _bookings_on(BUSY) > 2 * _bookings_on(QUIET) > 0


def test_bookable_slots(desk: Actor) -> None:
    busy = query_count(lambda: schedule.bookable_slots(desk, BUSY, NOW))
    quiet = query_count(lambda: schedule.bookable_slots(desk, QUIET, NOW))
    assert busy == quiet <= 3


def test_provider_week_and_availability(desk: Actor) -> None:
    def week(first: dt.date) -> int:
        first -= dt.timedelta(days=first.weekday())
        return query_count(lambda: (
            schedule.list_availability(desk, 1, first, first + dt.timedelta(days=6)),
            booking.provider_week(desk, 1, first)))

    assert week(BUSY) == week(QUIET) <= 3


def test_list_bookings(desk: Actor) -> None:
    busy = query_count(lambda: booking.list_bookings(desk, NOW, local_date=BUSY))
    quiet = query_count(lambda: booking.list_bookings(desk, NOW, local_date=QUIET))
    assert busy == quiet == 1


def test_search_clients(desk: Actor) -> None:
    many = people.search_clients(desk, "a", limit=50)
    none = people.search_clients(desk, "qqq", limit=50)
    assert len(many) == 50 and not none
    assert query_count(lambda: people.search_clients(desk, "a", limit=50)) == \
        query_count(lambda: people.search_clients(desk, "qqq", limit=50)) == 1


def test_expire_stale(desk: Actor) -> None:
    free = [(QUIET, slot) for slot in schedule.bookable_slots(desk, QUIET, NOW)]
    maintenance.expire_stale(desk, NOW)  # the clinic's own stale holds
    assert query_count(lambda: maintenance.expire_stale(desk, NOW)) == 1  # nothing stale

    counts = {}
    for wanted, slots in ((1, free[:1]), (20, free[1:21])):
        insert_stale_holds(slots, client_id=1, now=NOW)
        counts[wanted] = query_count(
            lambda wanted=wanted: _expect(maintenance.expire_stale(desk, NOW), wanted))
    assert counts[1] == counts[20] <= 3


def _expect(got: int, wanted: int) -> None:
    assert got == wanted


def test_hold_and_confirm(desk: Actor) -> None:
    """The hold reads the policy, the provider with the client's row, the provider's blocks
    and what lies around the time, then writes the booking and its audit row; the confirmation
    reads the booking (and whether the waitlist offered it), changes it and audits it."""
    slot = schedule.bookable_slots(desk, QUIET, NOW)[0]
    client_id = database.execute_sql(
        "SELECT min(id) FROM client WHERE id NOT IN (SELECT client_id FROM reservation "
        "WHERE local_date = ?)", (QUIET.isoformat(),)).fetchone()[0]
    held: list[int] = []
    assert query_count(lambda: held.append(
        booking.hold(desk, client_id, slot.provider_id, slot.start, NOW).id)) == 6
    assert query_count(lambda: booking.confirm(desk, held[0], NOW)) == 3
