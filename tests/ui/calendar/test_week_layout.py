"""Placing blocks and bookings on the week, in the provider's zone, without Qt."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from reservations_app.domain.model import (
    AvailabilityBlock,
    BlockSpec,
    Booking,
    Reservation,
    Status,
)
from reservations_app.ui.calendar.week_layout import (
    ItemKind,
    first_working_minute,
    items_at,
    layout_week,
    local_minute,
    week_start,
)

NY = ZoneInfo("America/New_York")
UTC = dt.UTC
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
MONDAY = dt.date(2026, 11, 30)


def block(day: dt.date, start: int, end: int | None, block_id: int = 1) -> AvailabilityBlock:
    spec = BlockSpec(dt.time(start), None if end is None else dt.time(end))
    begin = dt.datetime.combine(day, spec.start, NY).astimezone(UTC)
    finish = dt.datetime.combine(day + dt.timedelta(days=1) if end is None else day,
                                 spec.end or dt.time(0), NY).astimezone(UTC)
    return AvailabilityBlock(block_id, 1, day, spec, begin, finish)


def booking(day: dt.date, hour: int, minute: int, status: Status,
            expires: dt.datetime | None = None, booking_id: int = 1) -> Booking:
    start = dt.datetime.combine(day, dt.time(hour, minute), NY).astimezone(UTC)
    reservation = Reservation(booking_id, 1, 7, start, start + dt.timedelta(minutes=15), day,
                              status, NOW, hold_expires_at=expires)
    return Booking(reservation, "Olivia Johnson", "Dr. Ann Lee", "America/New_York")


def test_week_starts_on_the_locale_first_weekday() -> None:
    tuesday = dt.date(2026, 12, 1)
    assert week_start(tuesday, 0) == MONDAY
    assert week_start(tuesday, 6) == dt.date(2026, 11, 29)  # Sunday-first locales
    assert week_start(MONDAY, 0) == MONDAY


def test_blocks_and_bookings_land_on_their_day_and_wall_clock_minutes() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    items = layout_week(MONDAY, [block(tuesday, 8, 12), block(MONDAY, 13, None, 2)],
                        [booking(tuesday, 9, 30, Status.CONFIRMED)], NY, NOW)
    spans = [(item.kind, item.day, item.start_minute, item.end_minute) for item in items]
    assert (ItemKind.AVAILABILITY, 1, 480, 720) in spans
    assert (ItemKind.AVAILABILITY, 0, 780, 1440) in spans  # 24:00 is the end of the column
    assert (ItemKind.BOOKING, 1, 570, 585) in spans  # 14:30 UTC shown as 09:30 in New York


def test_live_bookings_come_last_so_they_paint_on_top() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    live = booking(tuesday, 9, 0, Status.CONFIRMED, booking_id=2)
    cancelled = booking(tuesday, 9, 0, Status.CANCELLED, booking_id=1)
    items = layout_week(MONDAY, [block(tuesday, 8, 12)], [live, cancelled], NY, NOW)
    assert [item.kind for item in items] == [ItemKind.AVAILABILITY, ItemKind.BOOKING,
                                             ItemKind.BOOKING]
    assert items[-1].booking is live
    on_top = items_at(items, 1, 9 * 60 + 5)
    assert [hit.booking for hit in on_top[:2]] == [live, cancelled]
    assert on_top[-1].kind is ItemKind.AVAILABILITY
    assert items_at(items, 1, 12 * 60) == []  # the end is exclusive
    assert items_at(items, 2, 9 * 60) == []


def test_a_hold_shows_its_minutes_and_turns_expired_when_stale() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    held = booking(tuesday, 10, 0, Status.PENDING, expires=NOW + dt.timedelta(minutes=30))
    fresh = layout_week(MONDAY, [], [held], NY, NOW)[0]
    assert fresh.status is Status.PENDING and fresh.seconds_left == 30 * 60 and fresh.is_live
    stale = layout_week(MONDAY, [], [held], NY, NOW + dt.timedelta(minutes=30))[0]
    assert stale.status is Status.EXPIRED and stale.seconds_left == 0 and not stale.is_live


def test_items_outside_the_week_are_left_out() -> None:
    items = layout_week(MONDAY, [block(MONDAY + dt.timedelta(days=7), 8, 9)], [], NY, NOW)
    assert items == []


def test_local_minute_clamps_to_the_column_day() -> None:
    day = dt.date(2026, 12, 1)
    late = dt.datetime(2026, 12, 2, 5, 30, tzinfo=UTC)  # 00:30 on Dec 2 in New York
    assert local_minute(late, day, NY) == 1440
    assert local_minute(late, dt.date(2026, 12, 2), NY) == 30
    assert local_minute(late, dt.date(2026, 12, 3), NY) == 0


def test_the_day_starts_at_the_earliest_item_or_eight() -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    items = layout_week(MONDAY, [block(tuesday, 7, 9), block(MONDAY, 10, 12, 2)], [], NY, NOW)
    assert first_working_minute(items) == 7 * 60
    assert first_working_minute([]) == 8 * 60
