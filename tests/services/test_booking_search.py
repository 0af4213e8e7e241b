"""list_bookings(text=...): the reservation list's search runs in the database, so a page
holds the searched client's rows however many other bookings come first (issue 13, defect 2)."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.access import Actor
from reservations_app.services import booking
from reservations_app.store.connect import Target
from tests.services.conftest import DAY, build_clinic


def test_the_search_matches_client_or_provider_names_in_any_case(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    clinic = build_clinic(admin, now)
    found = booking.list_bookings(admin, now, local_date=DAY, text="ANN client")
    assert [b.reservation.id for b in found] == [clinic.held_a]
    by_provider = booking.list_bookings(admin, now, local_date=DAY, text="dr. b")
    assert [b.reservation.id for b in by_provider] == [clinic.confirmed_b]
    assert booking.list_bookings(admin, now, local_date=DAY, text="nobody") == []
    assert len(booking.list_bookings(admin, now, local_date=DAY, text="  ")) == 2


def test_the_search_pages_over_matches_only(db: Target, admin: Actor, now: dt.datetime) -> None:
    clinic = build_clinic(admin, now)
    page = booking.list_bookings(admin, now, first=DAY, last=DAY, text="bob", limit=1)
    assert [b.reservation.id for b in page] == [clinic.confirmed_b]
    assert booking.list_bookings(admin, now, first=DAY, last=DAY, text="bob", limit=1,
                                 offset=1) == []


def test_a_days_list_reads_as_the_same_list_over_a_range_of_that_day(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    """The day's list (the desk's usual ask) has a statement built once; it pages and orders
    as the general query does."""
    build_clinic(admin, now)
    for offset, limit in ((0, 50), (0, 1), (1, 1), (2, 1), (0, 0)):
        day = booking.list_bookings(admin, now, local_date=DAY, limit=limit, offset=offset)
        ranged = booking.list_bookings(admin, now, first=DAY, last=DAY, limit=limit,
                                       offset=offset)
        assert day == ranged
    assert len(booking.list_bookings(admin, now, local_date=DAY)) == 2
