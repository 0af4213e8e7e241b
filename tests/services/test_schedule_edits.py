"""Schedule edits that keep what they should: remembered time off, patterns that report every
clash, time off over a range of dates, and undo/redo of each edit through its inverse."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.errors import AvailabilityConflict, NotFound, ReservationInUse
from reservations_app.domain.model import Status
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, people, schedule, schedule_undo
from tests.services.helpers import DAY, at, provider_with_day

WEEK = dt.timedelta(days=7)
TUESDAY = 1


def labels(admin, provider_id, day=None):  # type: ignore[no-untyped-def]
    return [(b.local_date, b.label) for b in
            schedule.list_availability(admin, provider_id, day, day)]


def test_reapplying_a_pattern_does_not_bring_back_time_off(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "America/New_York", now)
    specs = [parse_block("08:00-11:00")]
    schedule.repeat_weekly(admin, doc.id, [TUESDAY], specs, DAY, DAY + 2 * WEEK, now)
    schedule.time_off(admin, doc.id, DAY + WEEK, None, now)
    schedule.time_off(admin, doc.id, DAY, parse_block("09:00-10:00"), now)
    again = schedule.repeat_weekly(admin, doc.id, [TUESDAY], specs, DAY, DAY + 2 * WEEK, now)
    assert again.created == [] and again.skipped == 3  # two pieces on DAY and DAY + 2 weeks
    assert again.time_off == 2
    assert labels(admin, doc.id, DAY + WEEK) == []
    assert [label for _, label in labels(admin, doc.id, DAY)] == ["08:00-09:00", "10:00-11:00"]


def test_time_off_taken_before_the_pattern_is_left_out(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "UTC", now)
    schedule.time_off(admin, doc.id, DAY, None, now, until=DAY + WEEK)
    result = schedule.repeat_weekly(admin, doc.id, [TUESDAY], [parse_block("08:00-11:00")],
                                    DAY, DAY + 2 * WEEK, now)
    assert [b.local_date for b in result.created] == [DAY + 2 * WEEK]


def test_a_clashing_pattern_names_every_date_and_can_skip_them(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "UTC", now)
    for day in (DAY, DAY + 2 * WEEK):
        schedule.add_availability(admin, doc.id, day, [parse_block("10:00-12:00")], now)
    specs = [parse_block("08:00-11:00")]
    with pytest.raises(AvailabilityConflict) as refused:
        schedule.repeat_weekly(admin, doc.id, [TUESDAY], specs, DAY, DAY + 3 * WEEK, now)
    assert "2 date(s)" in str(refused.value)
    assert DAY.isoformat() in str(refused.value)
    assert (DAY + 2 * WEEK).isoformat() in str(refused.value)
    assert len(schedule.list_availability(admin, doc.id)) == 2  # nothing changed
    done = schedule.repeat_weekly(admin, doc.id, [TUESDAY], specs, DAY, DAY + 3 * WEEK, now,
                                  skip_conflicts=True)
    assert done.conflicts == [DAY, DAY + 2 * WEEK]
    assert sorted(b.local_date for b in done.created) == [DAY + WEEK, DAY + 3 * WEEK]


def test_a_pattern_over_a_dst_gap_reports_it_apart_from_skipped(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "America/New_York", now)
    sunday = dt.date(2027, 3, 14)  # clocks jump from 02:00 to 03:00
    result = schedule.repeat_weekly(admin, doc.id, [6], [parse_block("02:00-02:30")],
                                    sunday - WEEK, sunday + WEEK, now)
    assert result.skipped == 0
    assert [s.local_date for s in result.not_on_clock] == [sunday]
    assert len(result.created) == 2


def test_time_off_over_a_range_lists_the_bookings_with_phones(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    schedule.add_availability(admin, doc.id, DAY + dt.timedelta(days=2),
                              [parse_block("08:00-11:00")], now)
    ann = people.add_client(admin, "Ann Lee", now, phone="555 010 2030")
    bob = people.add_client(admin, "Bob Roe", now, phone="555 010 4444")
    first = booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), now)
    second = booking.hold(admin, bob.id, doc.id, at(DAY + dt.timedelta(days=2), "08:00"), now)
    with pytest.raises(ReservationInUse, match="2 live booking") as refused:
        schedule.time_off(admin, doc.id, DAY, None, now, until=DAY + dt.timedelta(days=3))
    message = str(refused.value)
    assert "Ann Lee" in message and "(555) 010-2030" in message and "Bob Roe" in message
    assert [b.reservation.id for b in refused.value.cancellable] == [first.id, second.id]
    assert len(schedule.list_availability(admin, doc.id)) == 2
    done = schedule.time_off(admin, doc.id, DAY, None, now, until=DAY + dt.timedelta(days=3),
                             cancel_bookings=True)
    assert [b.reservation.id for b in done.affected] == [first.id, second.id]
    assert done.cancelled_reservations == [first.id, second.id]
    assert done.removed == 2 and schedule.list_availability(admin, doc.id) == []


def test_undo_of_added_blocks_and_redo(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "UTC", now)
    added = schedule.add_blocks(admin, doc.id, DAY, [parse_block("08:00-09:00")], now)
    undone = schedule_undo.undo(admin, added.inverse, now)
    assert schedule.list_availability(admin, doc.id) == []
    schedule_undo.undo(admin, undone.inverse, now)
    assert [label for _, label in labels(admin, doc.id)] == ["08:00-09:00"]


def test_undo_refuses_to_take_away_a_block_booked_since(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr", "d@c.example", "UTC", now)
    added = schedule.add_blocks(admin, doc.id, DAY, [parse_block("08:00-09:00")], now)
    ann = people.add_client(admin, "Ann", now)
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:00", "UTC"), now)
    with pytest.raises(ReservationInUse, match="Ann"):
        schedule_undo.undo(admin, added.inverse, now)
    assert len(schedule.list_availability(admin, doc.id)) == 1


def test_undo_of_a_change_and_of_a_delete_find_blocks_by_shape(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    [block] = schedule.list_availability(admin, doc.id)
    changed = schedule.edit_block(admin, block.id, parse_block("08:00-10:00"), now)
    deleted = schedule.delete_block(admin, changed.block.id, now)
    redo_delete = schedule_undo.undo(admin, deleted.inverse, now).inverse
    schedule_undo.undo(admin, changed.inverse, now)
    assert [label for _, label in labels(admin, doc.id)] == ["08:00-11:00"]
    with pytest.raises(NotFound, match="no longer there"):
        schedule_undo.undo(admin, redo_delete, now)  # its block was changed since


def test_undo_of_a_pattern_removes_only_what_it_created(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    result = schedule.repeat_weekly(admin, doc.id, [TUESDAY], [parse_block("08:00-11:00")],
                                    DAY, DAY + WEEK, now)
    assert result.skipped == 1 and len(result.created) == 1
    schedule_undo.undo(admin, result.inverse, now)
    assert labels(admin, doc.id) == [(DAY, "08:00-11:00")]


def test_undoing_time_off_restores_its_bookings_where_still_free(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    other = provider_with_day(admin, now, email="other@clinic.example")
    ann = people.add_client(admin, "Ann", now, phone="555 010 2030")
    bob = people.add_client(admin, "Bob", now)
    kept = booking.confirm(admin, booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"),
                                               now).id, now)
    lost = booking.hold(admin, bob.id, doc.id, at(DAY, "10:00"), now)
    off = schedule.time_off(admin, doc.id, DAY, None, now, cancel_bookings=True)
    booking.hold(admin, bob.id, other.id, at(DAY, "08:00"), now)  # Bob books elsewhere that day
    undone = schedule_undo.undo(admin, off.inverse, now)
    assert undone.restored == [kept.id]
    assert [(n.reservation_id, n.reason) for n in undone.not_restored] == [
        (lost.id, "the client has booked another time that day")]
    assert booking.get_booking(admin, kept.id).reservation.status is Status.CONFIRMED
    assert labels(admin, doc.id, DAY) == [(DAY, "08:00-11:00")]
    redone = schedule_undo.undo(admin, undone.inverse, now)
    assert redone.cancelled == [kept.id]
    assert booking.get_booking(admin, kept.id).reservation.status is Status.CANCELLED
    assert labels(admin, doc.id, DAY) == []
    again = schedule_undo.undo(admin, redone.inverse, now)
    assert again.restored == [kept.id]


def test_a_hold_that_ran_out_meanwhile_is_not_restored(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    ann = people.add_client(admin, "Ann", now)
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), now)
    off = schedule.time_off(admin, doc.id, DAY, parse_block("09:00-10:00"), now,
                            cancel_bookings=True)
    later = now + dt.timedelta(hours=1)
    undone = schedule_undo.undo(admin, off.inverse, later)
    assert [n.reason for n in undone.not_restored] == ["the hold had run out"]
    assert booking.get_booking(admin, held.id).reservation.status is Status.CANCELLED
    assert labels(admin, doc.id, DAY) == [(DAY, "08:00-11:00")]


def test_undo_refuses_when_the_pieces_it_would_remove_were_changed(db, admin, now) -> None:
    doc = provider_with_day(admin, now)
    off = schedule.time_off(admin, doc.id, DAY, parse_block("09:00-10:00"), now)
    first_piece = schedule.list_availability(admin, doc.id)[0]
    schedule.edit_block(admin, first_piece.id, parse_block("08:30-09:00"), now)
    with pytest.raises(NotFound, match="no longer there"):
        schedule_undo.undo(admin, off.inverse, now)
    assert [label for _, label in labels(admin, doc.id)] == ["08:30-09:00", "10:00-11:00"]


def test_time_off_never_cancels_a_visit_already_checked_in(db, admin, now) -> None:
    from reservations_app.services import visit_status

    doc = provider_with_day(admin, now)
    ann = people.add_client(admin, "Ann Lee", now)
    held = booking.confirm(admin, booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"),
                                               now).id, now)
    on_the_day = at(DAY, "08:30")
    visit_status.arrive(admin, held.id, on_the_day)
    with pytest.raises(ReservationInUse, match="checked in or completed") as refused:
        schedule.time_off(admin, doc.id, DAY, None, on_the_day, cancel_bookings=True)
    assert refused.value.cancellable == ()  # cancelling cannot make way: nothing to offer
    assert booking.get_booking(admin, held.id).reservation.status is Status.ARRIVED
    assert len(schedule.list_availability(admin, doc.id)) == 1
