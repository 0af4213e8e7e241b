"""Changing a provider's time zone keeps availability's wall-clock times, so listing, slots
and booking agree afterwards; live bookings that would show at another local time refuse it."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.errors import ReservationInUse
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import zone
from reservations_app.services import booking, people, schedule

DAY = dt.date(2026, 12, 10)


def test_new_zone_keeps_wall_clock_times_and_slots_listing_booking_agree(db, admin,
                                                                          now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "America/New_York", now)
    schedule.add_availability(admin, doc.id, DAY, [parse_block("20:00-23:00")], now)
    people.update_provider(admin, doc.id, now, timezone="Asia/Tokyo")
    tokyo = zone("Asia/Tokyo")
    [block] = schedule.list_availability(admin, doc.id)
    assert (block.local_date, block.label) == (DAY, "20:00-23:00")
    assert block.start == dt.datetime(2026, 12, 10, 20, 0, tzinfo=tokyo)
    slots = schedule.bookable_slots(admin, DAY, now, provider_id=doc.id)
    assert len(slots) == 12 and slots[0].start == block.start
    ann = people.add_client(admin, "Ann", now)
    held = booking.hold(admin, ann.id, doc.id, slots[0].start, now)
    assert held.local_date == DAY


def test_live_bookings_that_would_move_refuse_the_change_naming_them(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "America/New_York", now)
    schedule.add_availability(admin, doc.id, DAY, [parse_block("09:00-10:00")], now)
    ann = people.add_client(admin, "Ann Lee", now, phone="555 010 2030")
    start = dt.datetime(2026, 12, 10, 9, 0, tzinfo=zone("America/New_York"))
    held = booking.hold(admin, ann.id, doc.id, start, now)
    with pytest.raises(ReservationInUse, match="Ann Lee") as refused:
        people.update_provider(admin, doc.id, now, timezone="Asia/Tokyo")
    assert f"#{held.id}" in str(refused.value)
    assert people.get_provider(admin, doc.id).timezone == "America/New_York"
    [block] = schedule.list_availability(admin, doc.id)
    assert block.start == start  # nothing re-timed
    booking.cancel(admin, held.id, now)
    people.update_provider(admin, doc.id, now, timezone="Asia/Tokyo")
    assert people.get_provider(admin, doc.id).timezone == "Asia/Tokyo"


def test_a_zone_with_the_same_local_times_does_not_refuse(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "Europe/London", now)
    schedule.add_availability(admin, doc.id, DAY, [parse_block("09:00-10:00")], now)
    ann = people.add_client(admin, "Ann", now)
    start = dt.datetime(2026, 12, 10, 9, 0, tzinfo=dt.UTC)  # London is on UTC in December
    booking.hold(admin, ann.id, doc.id, start, now)
    people.update_provider(admin, doc.id, now, timezone="Europe/Lisbon")
    assert schedule.bookable_slots(admin, DAY, now, provider_id=doc.id)[0].start == \
        start + dt.timedelta(minutes=15)


def test_bookings_already_over_do_not_refuse(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "America/New_York", now)
    schedule.add_availability(admin, doc.id, DAY, [parse_block("09:00-10:00")], now)
    ann = people.add_client(admin, "Ann", now)
    start = dt.datetime(2026, 12, 10, 9, 0, tzinfo=zone("America/New_York"))
    booking.confirm(admin, booking.hold(admin, ann.id, doc.id, start, now).id, now)
    later = start + dt.timedelta(days=1)
    people.update_provider(admin, doc.id, later, timezone="Asia/Tokyo")
    assert people.get_provider(admin, doc.id).timezone == "Asia/Tokyo"
