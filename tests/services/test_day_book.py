"""The clinic's day for the appointment book: providers in other zones, DST days, what is shown."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Status
from reservations_app.domain.slots import parse_block
from reservations_app.services import (
    booking,
    day_book,
    people,
    schedule,
    settings,
    visit_status,
    visit_types,
)
from reservations_app.store.connect import Target

DAY = dt.date(2026, 12, 3)  # Thursday, nine days after the `now` fixture


def _utc(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


def test_every_working_provider_with_their_bookings_in_name_order(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    zed = people.add_provider(admin, "Dr Zed", "z@c.example", "UTC", now)
    amy = people.add_provider(admin, "Dr Amy", "a@c.example", "UTC", now)
    people.add_provider(admin, "Dr Off", "o@c.example", "UTC", now)  # no time that day
    for provider in (zed, amy):
        schedule.add_availability(admin, provider.id, DAY, [parse_block("09:00-12:00")], now)
    ann = people.add_client(admin, "Ann", now, "ann@m.example")
    bob = people.add_client(admin, "Bob", now, "bob@m.example")
    held = booking.hold(admin, ann.id, zed.id, _utc(9), now)
    gone = booking.hold(admin, bob.id, zed.id, _utc(10), now)
    booking.cancel(admin, gone.id, now, "changed plans")
    day = day_book.clinic_day(admin, DAY, now)
    assert [column.provider.name for column in day.columns] == ["Dr Amy", "Dr Zed"]
    zed_day = day.columns[1]
    assert [b.reservation.id for b in zed_day.bookings] == [held.id]
    assert zed_day.bookings[0].client_name == "Ann"
    assert [(a.start, a.end) for a in zed_day.availability] == [(_utc(9), _utc(12))]
    assert (day.start, day.end) == (_utc(0), _utc(0, day=DAY + dt.timedelta(days=1)))


def test_a_provider_filter_shows_a_free_provider_too(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    free = people.add_provider(admin, "Dr Free", "f@c.example", "UTC", now)
    busy = people.add_provider(admin, "Dr Busy", "b@c.example", "UTC", now)
    schedule.add_availability(admin, busy.id, DAY, [parse_block("09:00-10:00")], now)
    day = day_book.clinic_day(admin, DAY, now, provider_ids=[free.id])
    assert [(c.provider.id, c.availability, c.bookings) for c in day.columns] == [
        (free.id, (), ())]


def test_the_clinic_day_is_the_clinics_date_whatever_the_providers_zone(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    settings.set_value(admin, "clinic_timezone", "America/New_York", now)
    tokyo = people.add_provider(admin, "Dr Tokyo", "t@c.example", "Asia/Tokyo", now)
    # Friday 4 Dec 08:00-10:00 in Tokyo is Thursday 3 Dec 18:00-20:00 in New York.
    schedule.add_availability(admin, tokyo.id, DAY + dt.timedelta(days=1),
                              [parse_block("08:00-10:00")], now)
    schedule.add_availability(admin, tokyo.id, DAY + dt.timedelta(days=2),
                              [parse_block("08:00-10:00")], now)  # Friday in New York
    day = day_book.clinic_day(admin, DAY, now)
    assert [(a.start, a.end) for a in day.columns[0].availability] == [
        (_utc(23), _utc(1, day=DAY + dt.timedelta(days=1)))]
    assert day.clinic_timezone == "America/New_York"


def test_a_dst_day_is_twenty_five_hours_long(db: Target, admin: Actor,
                                             now: dt.datetime) -> None:
    settings.set_value(admin, "clinic_timezone", "Europe/Berlin", now)
    day = day_book.clinic_day(admin, dt.date(2027, 10, 31), now)
    assert day.end - day.start == dt.timedelta(hours=25)


def test_a_hold_past_its_expiry_is_off_the_book(db: Target, admin: Actor,
                                                now: dt.datetime) -> None:
    provider = people.add_provider(admin, "Dr A", "a@c.example", "UTC", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("09:00-12:00")], now)
    client = people.add_client(admin, "Ann", now, "ann@m.example")
    held = booking.hold(admin, client.id, provider.id, _utc(9), now)
    later = now + dt.timedelta(hours=1)
    assert day_book.clinic_day(admin, DAY, later).columns[0].bookings == ()
    confirmed = day_book.clinic_day(admin, DAY, now).columns[0].bookings[0]
    assert (confirmed.reservation.id, confirmed.effective_status(now)) == (held.id,
                                                                            Status.PENDING)



def test_each_booking_on_the_book_is_the_booking_as_read_alone(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    """The book builds its thousand bookings its own way (buffers sent only where they differ
    from the visit): each must equal what reading that one booking gives."""
    provider = people.add_provider(admin, "Dr A", "a@c.example", "Europe/Berlin", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("08:00-13:00")], now)
    buffered = visit_types.add_type(admin, "Surgery", 30, now, buffer_before=15,
                                    buffer_after=15)
    clients = [people.add_client(admin, name, now, f"{name}@m.example")
               for name in ("Ann", "Bob", "Cy")]
    held = booking.hold(admin, clients[0].id, provider.id, _utc(8), now,
                        visit_type_id=buffered.id, note="bring the x-ray")
    confirmed = booking.confirm(admin, booking.hold(admin, clients[1].id, provider.id,
                                                    _utc(10), now).id, now)
    arrived = booking.confirm(admin, booking.hold(admin, clients[2].id, provider.id,
                                                  _utc(11), now).id, now)
    visit_status.arrive(admin, arrived.id, _utc(10, 55))
    shown = day_book.clinic_day(admin, DAY, now).columns[0].bookings
    assert [b.reservation.id for b in shown] == [held.id, confirmed.id, arrived.id]
    assert list(shown) == [booking.get_booking(admin, b.reservation.id) for b in shown]
    assert shown[0].reservation.occupied == (_utc(7, 45), _utc(8, 45))
    assert shown[1].reservation.occupied == (_utc(10), _utc(10, 15))


def test_a_day_read_again_reuses_unchanged_bookings_and_shows_every_change(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    """The book switching back to a day rebuilds only the bookings whose row changed: a new
    status, the client's new name, the provider's new name."""
    provider = people.add_provider(admin, "Dr A", "a@c.example", "UTC", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("08:00-13:00")], now)
    ann, bob, cy = (people.add_client(admin, name, now, f"{name}@m.example")
                    for name in ("Ann", "Bob", "Cy"))
    same, confirmed, renamed = (booking.hold(admin, client.id, provider.id, _utc(hour), now)
                                for client, hour in ((ann, 8), (bob, 9), (cy, 10)))
    before = day_book.clinic_day(admin, DAY, now).columns[0].bookings
    booking.confirm(admin, confirmed.id, now)
    people.update_client(admin, cy.id, now, name="Cyrus")
    after = day_book.clinic_day(admin, DAY, now).columns[0].bookings
    assert after[0] is before[0]
    assert after[1].reservation.status is Status.CONFIRMED
    assert after[2].client_name == "Cyrus"
    assert list(after) == [booking.get_booking(admin, reservation.id)
                           for reservation in (same, confirmed, renamed)]
    people.update_provider(admin, provider.id, now, name="Dr Alma")
    moved = day_book.clinic_day(admin, DAY, now).columns[0].bookings
    assert [b.provider_name for b in moved] == ["Dr Alma"] * 3


def test_bookings_of_days_read_long_ago_are_built_again(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    """What is kept for days read again is bounded: the reads before the last two are
    forgotten."""
    provider = people.add_provider(admin, "Dr A", "a@c.example", "UTC", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("08:00-13:00")], now)
    client = people.add_client(admin, "Ann", now, "ann@m.example")
    booking.hold(admin, client.id, provider.id, _utc(8), now)
    first = day_book.clinic_day(admin, DAY, now).columns[0].bookings[0]
    for days in (1, 2, 3):
        day_book.clinic_day(admin, DAY + dt.timedelta(days=days), now)
    again = day_book.clinic_day(admin, DAY, now).columns[0].bookings[0]
    assert again == first and again is not first
