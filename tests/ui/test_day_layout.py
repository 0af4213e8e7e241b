"""The appointment book's layout as plain data: axis, columns, items, DST days, other zones."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.model import Booking, Provider, Reservation, Status
from reservations_app.domain.timezones import wall_to_utc, zone
from reservations_app.services.day_book import Availability, ClinicDay, ProviderDay
from reservations_app.ui.booking.day_layout import ItemKind, layout_day

DAY = dt.date(2026, 12, 3)
NOW = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)


def _utc(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


def _booking(rid: int, provider: Provider, start: dt.datetime, minutes: int) -> Booking:
    reservation = Reservation(rid, provider.id, 1, start, start + dt.timedelta(minutes=minutes),
                              start.date(), Status.CONFIRMED, NOW)
    return Booking(reservation, "Ann", provider.name, provider.timezone)


def _day(columns: tuple[ProviderDay, ...], timezone: str = "UTC",
         day: dt.date = DAY) -> ClinicDay:
    tz = zone(timezone)
    return ClinicDay(day, timezone, wall_to_utc(day, dt.time(0), tz), wall_to_utc(day, None, tz),
                     columns)


def test_an_empty_day_shows_the_default_working_hours_in_slots() -> None:
    layout = layout_day(_day(()), 15)
    assert (layout.first_minute, layout.last_minute, layout.rows) == (480, 1080, 40)
    assert [local.hour for _, local in layout.hour_marks()] == list(range(8, 19))


def test_items_sit_on_their_columns_and_minutes_and_the_axis_grows_to_hold_them() -> None:
    amy = Provider(1, "Dr Amy", "a@c", "UTC")
    zed = Provider(2, "Dr Zed", "z@c", "UTC")
    visit = _booking(7, zed, _utc(18, 30), 45)
    day = _day((ProviderDay(amy, (Availability(_utc(7, 30), _utc(12)),), ()),
                ProviderDay(zed, (Availability(_utc(13), _utc(19)),), (visit,))))
    layout = layout_day(day, 15)
    assert (layout.first_minute, layout.last_minute) == (420, 1200)  # 07:00 to 20:00
    assert [(i.kind, i.column, i.start_minute, i.end_minute) for i in layout.items] == [
        (ItemKind.AVAILABILITY, 0, 450, 720), (ItemKind.AVAILABILITY, 1, 780, 1140),
        (ItemKind.BOOKING, 1, 1110, 1155)]
    row = layout.row_of(_utc(18, 45))
    assert layout.booking_at(1, row) == visit and layout.booking_at(0, row) is None
    assert layout.row_start(row) == _utc(18, 45)
    assert layout.is_available(0, layout.row_of(_utc(11, 45)))
    assert not layout.is_available(0, layout.row_of(_utc(12)))


def test_a_fall_back_day_has_twenty_five_hours_and_shows_the_repeated_hour_twice() -> None:
    day = dt.date(2027, 10, 31)
    berlin = Provider(1, "Dr B", "b@c", "Europe/Berlin")
    start = wall_to_utc(day, dt.time(0), zone("Europe/Berlin"))
    block = Availability(start, start + dt.timedelta(hours=25))
    layout = layout_day(_day((ProviderDay(berlin, (block,), ()),), "Europe/Berlin", day), 15)
    assert (layout.first_minute, layout.last_minute) == (0, 1500)
    hours = [local.hour for _, local in layout.hour_marks()]
    assert hours == [0, 1, 2, *range(2, 24)]


def test_the_providers_own_clock_is_shown_only_when_it_differs() -> None:
    tokyo = Provider(1, "Dr T", "t@c", "Asia/Tokyo")
    here = Provider(2, "Dr H", "h@c", "America/New_York")
    layout = layout_day(_day((ProviderDay(tokyo, (), ()), ProviderDay(here, (), ())),
                             "America/New_York"), 15)
    instant = _utc(14)  # 09:00 in New York
    tokyo_clock = layout.provider_clock(0, instant)
    assert tokyo_clock is not None and tokyo_clock.hour == 23
    assert layout.provider_clock(1, instant) is None


def test_a_booking_that_started_the_evening_before_is_clipped_to_the_day() -> None:
    night = Provider(1, "Dr N", "n@c", "UTC")
    visit = _booking(3, night, _utc(23, 30, DAY - dt.timedelta(days=1)), 60)
    layout = layout_day(_day((ProviderDay(night, (), (visit,)),)), 15)
    (item,) = layout.items
    assert (item.start_minute, item.end_minute, layout.first_minute) == (0, 30, 0)


def test_the_first_and_last_available_rows_are_those_a_row_by_row_search_finds() -> None:
    amy = Provider(1, "Dr Amy", "a@c", "UTC")
    blocks = (Availability(_utc(7, 50), _utc(9, 5)),  # off the slot grid at both ends
              Availability(_utc(13), _utc(13, 15)), Availability(_utc(16, 40), _utc(16, 50)))
    visit = _booking(7, amy, _utc(8), 30)  # booked time is still available time
    layout = layout_day(_day((ProviderDay(amy, blocks, (visit,)),
                              ProviderDay(Provider(2, "Dr Off", "o@c", "UTC"), (), ()))), 15)
    available = [row for row in range(layout.rows) if layout.is_available(0, row)]
    assert (layout.first_available_row(0), layout.last_available_row(0)) == (
        available[0], available[-1]) == (layout.row_of(_utc(8)), layout.row_of(_utc(13)))
    assert (layout.first_available_row(1), layout.last_available_row(1)) == (None, None)


def test_a_day_laid_out_again_places_again_only_the_columns_that_changed() -> None:
    """Going back to a day reuses the items of a column whose provider, availability and
    Booking objects are those laid out before; a changed booking, a changed availability or
    another day is placed anew."""
    amy = Provider(1, "Dr Amy", "a@c", "UTC")
    zed = Provider(2, "Dr Zed", "z@c", "UTC")
    hours = (Availability(_utc(9), _utc(12)),)
    amy_visit, zed_visit = _booking(7, amy, _utc(9), 30), _booking(8, zed, _utc(10), 30)
    first = layout_day(_day((ProviderDay(amy, hours, (amy_visit,)),
                             ProviderDay(zed, hours, (zed_visit,)))), 15)
    layout_day(_day((), day=DAY + dt.timedelta(days=1)), 15)  # another day between
    moved = _booking(8, zed, _utc(11), 30)  # another desk moved Zed's visit
    again = layout_day(_day((ProviderDay(amy, hours, (amy_visit,)),
                             ProviderDay(zed, hours, (moved,)))), 15)
    assert again.by_column[0] is first.by_column[0]
    assert [(i.booking, i.start_minute) for i in again.by_column[1]
            if i.kind is ItemKind.BOOKING] == [(moved, 660)]
    longer = (Availability(_utc(9), _utc(13)),)
    widened = layout_day(_day((ProviderDay(amy, longer, (amy_visit,)),
                               ProviderDay(zed, hours, (moved,)))), 15)
    assert [i.end_minute for i in widened.by_column[0]
            if i.kind is ItemKind.AVAILABILITY] == [780]
    next_day = layout_day(_day((ProviderDay(amy, hours, (amy_visit,)),),
                               day=DAY + dt.timedelta(days=1)), 15)
    assert next_day.by_column[0] is not first.by_column[0]
