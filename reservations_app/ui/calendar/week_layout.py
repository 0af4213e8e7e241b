"""What the week grid shows, as plain data: availability blocks and bookings placed on a day
column and a span of wall-clock minutes in the provider's zone. No Qt, so it is tested alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from reservations_app.domain.model import (
    LIVE_STATUSES,
    AvailabilityBlock,
    Booking,
    Status,
)
from reservations_app.ui.calendar.geometry import MINUTES_PER_DAY

DAYS_PER_WEEK = 7
DEFAULT_DAY_START = 8 * 60


class ItemKind(StrEnum):
    AVAILABILITY = "availability"
    BOOKING = "booking"


@dataclass(frozen=True)
class WeekItem:
    """One rectangle of the grid: a block of availability or a booking drawn on top."""

    kind: ItemKind
    day: int  # column, 0 = first day of the week
    local_date: dt.date
    start_minute: int
    end_minute: int
    block: AvailabilityBlock | None = None
    booking: Booking | None = None
    status: Status | None = None  # a booking's status as the desk sees it at `now`
    seconds_left: int = 0  # of a live hold

    @property
    def is_live(self) -> bool:
        return self.status in LIVE_STATUSES


def week_start(day: dt.date, first_weekday: int) -> dt.date:
    """The first date of the week holding `day`; `first_weekday` 0 is Monday, 6 Sunday."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % DAYS_PER_WEEK)


def week_dates(first: dt.date, days: int = DAYS_PER_WEEK) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range(days)]


def wall_minutes(wall: dt.time | None) -> int:
    """Minutes since midnight; None is the 24:00 at the end of the day."""
    return MINUTES_PER_DAY if wall is None else wall.hour * 60 + wall.minute


def local_minute(instant: dt.datetime, local_date: dt.date, tz: ZoneInfo) -> int:
    """Wall-clock minute of `instant` on `local_date`'s column, clamped to that day."""
    local = instant.astimezone(tz)
    if local.date() < local_date:
        return 0
    if local.date() > local_date:
        return MINUTES_PER_DAY
    return local.hour * 60 + local.minute


def _block_item(block: AvailabilityBlock, first: dt.date) -> WeekItem:
    return WeekItem(ItemKind.AVAILABILITY, (block.local_date - first).days, block.local_date,
                    wall_minutes(block.spec.start), wall_minutes(block.spec.end), block=block)


def _booking_item(booking: Booking, first: dt.date, tz: ZoneInfo, now: dt.datetime) -> WeekItem:
    reservation = booking.reservation
    day = reservation.local_date
    return WeekItem(ItemKind.BOOKING, (day - first).days, day,
                    local_minute(reservation.start, day, tz),
                    local_minute(reservation.end, day, tz), booking=booking,
                    status=reservation.effective_status(now),
                    seconds_left=reservation.seconds_left(now))


def layout_week(first: dt.date, blocks: Iterable[AvailabilityBlock], bookings: Iterable[Booking],
                tz: ZoneInfo, now: dt.datetime, days: int = DAYS_PER_WEEK) -> list[WeekItem]:
    """Blocks first, then bookings with the live ones last, so painting in order puts live
    bookings on top of cancelled ones in the same slot."""
    in_week = range(days)
    items = [_block_item(block, first) for block in blocks]
    booked = [_booking_item(booking, first, tz, now) for booking in bookings]
    booked.sort(key=lambda item: (item.is_live, item.local_date, item.start_minute))
    return [item for item in items + booked if item.day in in_week]


def items_at(items: Sequence[WeekItem], day: int, minute: float) -> list[WeekItem]:
    """Items under a point, topmost first (bookings over blocks, live over past)."""
    hits = [item for item in items
            if item.day == day and item.start_minute <= minute < item.end_minute]
    return list(reversed(hits))


def first_working_minute(items: Iterable[WeekItem], default: int = DEFAULT_DAY_START) -> int:
    """Where the day starts this week: the earliest block or booking, else 08:00."""
    starts = [item.start_minute for item in items]
    return min(starts) if starts else default
