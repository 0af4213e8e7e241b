import datetime as dt

import pytest

from reservations_app.domain.errors import AvailabilityConflict, InvalidInput, ReservationInUse
from reservations_app.domain.model import Status
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, people, schedule
from tests.services.helpers import DAY, at, clients, provider_with_day


def test_several_blocks_on_one_date_in_one_call(db, admin, now) -> None:
    doc = provider_with_day(admin, now, blocks=("08:00-11:00", "12:00-15:00"))
    slots = schedule.bookable_slots(admin, DAY, now)
    assert len(slots) == 24
    assert slots[0].start == at(DAY, "08:00")
    assert all(s.provider_id == doc.id for s in slots)
    assert [s.start for s in slots] == sorted(s.start for s in slots)


def test_overlapping_an_existing_block_is_refused(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    with pytest.raises(AvailabilityConflict, match="08:00-11:00"):
        schedule.add_availability(admin, doc.id, DAY, [parse_block("10:00-12:00")], now)
    assert len(schedule.list_availability(admin, doc.id)) == 1


def test_past_dates_are_refused(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "UTC", now)
    with pytest.raises(InvalidInput, match="past"):
        schedule.add_availability(admin, doc.id, dt.date(2026, 11, 1),
                                  [parse_block("08:00-09:00")], now)


def test_weekly_pattern_applied_twice_does_not_duplicate(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "Europe/Berlin", now)
    specs = [parse_block("08:00-12:00")]
    first = schedule.repeat_weekly(admin, doc.id, [0, 2], specs, dt.date(2026, 12, 1),
                                   dt.date(2027, 3, 31), now)
    again = schedule.repeat_weekly(admin, doc.id, [0, 2], specs, dt.date(2026, 12, 1),
                                   dt.date(2027, 3, 31), now)
    blocks = schedule.list_availability(admin, doc.id)
    assert len(first.created) == len(blocks) == again.skipped
    assert again.created == []
    assert {b.local_date.weekday() for b in blocks} == {0, 2}
    assert blocks[0].local_date == dt.date(2026, 12, 2)  # the first Wednesday


def test_pattern_clashing_with_a_different_block_refuses_everything(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    with pytest.raises(AvailabilityConflict):
        schedule.repeat_weekly(admin, doc.id, [1], [parse_block("10:00-12:00")], DAY,
                               DAY + dt.timedelta(days=21), now)
    assert len(schedule.list_availability(admin, doc.id)) == 1


def test_time_off_span_keeps_the_rest_of_the_block(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    result = schedule.time_off(admin, doc.id, DAY, parse_block("09:00-10:00"), now)
    labels = [b.label for b in schedule.list_availability(admin, doc.id)]
    assert labels == ["08:00-09:00", "10:00-11:00"]
    assert result.removed == 1 and len(result.added) == 2


def test_time_off_whole_day(db, admin, now) -> None:
    doc = provider_with_day(admin, now, blocks=("08:00-11:00", "12:00-15:00"))
    schedule.time_off(admin, doc.id, DAY, None, now)
    assert schedule.list_availability(admin, doc.id) == []
    assert schedule.bookable_slots(admin, DAY, now) == []


def test_time_off_over_a_booking_refuses_unless_asked_to_cancel(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    [ann] = clients(admin, now, 1)
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), now)
    with pytest.raises(ReservationInUse, match="1 live booking"):
        schedule.time_off(admin, doc.id, DAY, None, now)
    assert len(schedule.list_availability(admin, doc.id)) == 1
    result = schedule.time_off(admin, doc.id, DAY, None, now, cancel_bookings=True)
    assert result.cancelled_reservations == [held.id]
    assert booking.get_booking(admin, held.id).reservation.status is Status.CANCELLED


def test_change_and_delete_block(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    [block] = schedule.list_availability(admin, doc.id)
    changed = schedule.change_block(admin, block.id, parse_block("08:00-09:00"), now)
    assert changed.label == "08:00-09:00"
    assert len(schedule.bookable_slots(admin, DAY, now)) == 4
    schedule.delete_block(admin, block.id, now)
    assert schedule.list_availability(admin, doc.id) == []


def test_shrinking_a_block_under_a_booking_refuses(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    [ann] = clients(admin, now, 1)
    booking.hold(admin, ann.id, doc.id, at(DAY, "10:30"), now)
    [block] = schedule.list_availability(admin, doc.id)
    with pytest.raises(ReservationInUse):
        schedule.change_block(admin, block.id, parse_block("08:00-10:00"), now)


def test_slots_are_paginated_in_time_order_and_filtered(db, admin, now) -> None:
    provider_with_day(admin, now, blocks=("08:00-11:00",))
    other = provider_with_day(admin, now, tz="Europe/Berlin", blocks=("08:00-09:00",),
                              email="two@clinic.example")
    every = schedule.bookable_slots(admin, DAY, now)
    assert len(every) == 16
    page = schedule.bookable_slots(admin, DAY, now, limit=5, offset=3)
    assert page == every[3:8]
    mine = schedule.bookable_slots(admin, DAY, now, provider_id=other.id)
    assert {s.provider_id for s in mine} == {other.id} and len(mine) == 4


def test_slots_respect_notice_and_live_bookings(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    [ann] = clients(admin, now, 1)
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:00"), now)
    assert at(DAY, "08:00") not in {s.start for s in schedule.bookable_slots(admin, DAY, now)}
    late = at(DAY, "09:30") - dt.timedelta(hours=24)
    starts = [s.start for s in schedule.bookable_slots(admin, DAY, late)]
    assert starts[0] == at(DAY, "09:30")


def test_next_day_with_slots(db, admin, now) -> None:
    provider_with_day(admin, now, day=DAY + dt.timedelta(days=3))
    assert schedule.next_day_with_slots(admin, DAY, now) == DAY + dt.timedelta(days=3)
    assert schedule.next_day_with_slots(admin, DAY + dt.timedelta(days=3), now) is None


def test_days_with_availability(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    days = schedule.days_with_availability(admin, doc.id, dt.date(2026, 12, 1),
                                           dt.date(2026, 12, 31))
    assert days == {DAY}
