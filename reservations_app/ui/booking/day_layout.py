"""Where the appointment book draws things, as plain data: one column per provider, a time axis
of real minutes since the clinic's local midnight, availability and bookings placed on it.
No Qt, so it is tested alone; the day view only scales these numbers to pixels."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple

from reservations_app.domain.model import Booking
from reservations_app.domain.timezones import zone
from reservations_app.services.day_book import ClinicDay, ProviderDay

DEFAULT_HOURS = (8, 18)  # the axis on a day with nothing on it
MINUTES_PER_HOUR = 60


class ItemKind(StrEnum):
    AVAILABILITY = "availability"
    BOOKING = "booking"


class DayItem(NamedTuple):  # a tuple: a busy day builds a few thousand of them per switch
    kind: ItemKind
    column: int
    start_minute: float
    end_minute: float
    booking: Booking | None = None
    # the time the booking takes around the visit (buffers); equal to the visit without them
    occupied_start_minute: float | None = None
    occupied_end_minute: float | None = None


@dataclass(frozen=True)
class DayLayout:
    """A clinic day placed on the grid: one column per provider, rows of `slot_minutes`."""

    day: ClinicDay
    slot_minutes: int
    first_minute: int
    last_minute: int
    items: tuple[DayItem, ...]
    # the items of each column, so a lookup under the cursor reads one column, not the clinic
    by_column: tuple[tuple[DayItem, ...], ...] = ()

    @property
    def columns(self) -> tuple[ProviderDay, ...]:
        return self.day.columns

    @property
    def rows(self) -> int:
        return max(1, (self.last_minute - self.first_minute) // self.slot_minutes)

    def minute_of(self, instant: dt.datetime) -> float:
        return (instant - self.day.start).total_seconds() / 60

    def instant_at(self, minute: float) -> dt.datetime:
        return self.day.start + dt.timedelta(minutes=minute)

    def row_start(self, row: int) -> dt.datetime:
        return self.instant_at(self.first_minute + row * self.slot_minutes)

    def row_of(self, instant: dt.datetime) -> int:
        return int((self.minute_of(instant) - self.first_minute) // self.slot_minutes)

    def booking_at(self, column: int, row: int) -> Booking | None:
        minute = self.first_minute + row * self.slot_minutes
        for item in self._items_of(column):
            if item.kind is ItemKind.BOOKING and item.start_minute <= minute < item.end_minute:
                return item.booking
        return None

    def is_available(self, column: int, row: int) -> bool:
        minute = self.first_minute + row * self.slot_minutes
        return any(item.kind is ItemKind.AVAILABILITY and item.start_minute <= minute
                   and minute + self.slot_minutes <= item.end_minute
                   for item in self._items_of(column))

    def first_available_row(self, column: int) -> int | None:
        """The first row of `column` that is available time, from its availability alone (a
        busy column's visits are not read row by row)."""
        rows = [row for item in self._items_of(column) if item.kind is ItemKind.AVAILABILITY
                for row in [max(0, math.ceil((item.start_minute - self.first_minute)
                                              / self.slot_minutes))]
                if row < self.rows and self.is_available(column, row)]
        return min(rows, default=None)

    def last_available_row(self, column: int) -> int | None:
        """The last row of `column` that is available time."""
        rows = [row for item in self._items_of(column) if item.kind is ItemKind.AVAILABILITY
                for row in [min(self.rows, math.floor((item.end_minute - self.first_minute)
                                                       / self.slot_minutes)) - 1]
                if row >= 0 and self.is_available(column, row)]
        return max(rows, default=None)

    def _items_of(self, column: int) -> tuple[DayItem, ...]:
        if 0 <= column < len(self.by_column):
            return self.by_column[column]
        return tuple(item for item in self.items if item.column == column)

    def hour_marks(self) -> list[tuple[float, dt.datetime]]:
        """(minute on the axis, the clinic's wall clock there) for each whole local hour; a DST
        day shows 02:00 twice or not at all, as the clock on the wall does."""
        return list(self._hour_marks)

    @cached_property
    def _hour_marks(self) -> tuple[tuple[float, dt.datetime], ...]:
        """Worked out once per day (by layout_day, on the worker), not on every paint."""
        tz = zone(self.day.clinic_timezone)
        marks = []
        instant = self.day.start.replace(minute=0, second=0, microsecond=0)
        while instant < self.day.end:
            minute = self.minute_of(instant)
            local = instant.astimezone(tz)
            if self.first_minute <= minute <= self.last_minute and local.minute == 0:
                marks.append((minute, local))
            instant += dt.timedelta(minutes=30)  # half-hour zones still land on whole hours
        return tuple(marks)

    def provider_clock(self, column: int, instant: dt.datetime) -> dt.datetime | None:
        """The provider's own wall clock at `instant`, when it differs from the clinic's."""
        provider_zone = zone(self.columns[column].provider.timezone)
        clinic = instant.astimezone(zone(self.day.clinic_timezone))
        local = instant.astimezone(provider_zone)
        return None if local.utcoffset() == clinic.utcoffset() else local


def layout_day(day: ClinicDay, slot_minutes: int) -> DayLayout:
    minute, built = _Minutes(day), _BUILT.start()
    by_column = tuple(built.items(day, column, provider_day, minute)
                      for column, provider_day in enumerate(day.columns))
    items = tuple(item for column_items in by_column for item in column_items)
    first, last = _axis(day, items)
    layout = DayLayout(day, slot_minutes, first, last, items, by_column)
    layout.hour_marks()  # the axis's hours are worked out here, off the GUI thread
    return layout


class _ColumnsBuilt:
    """The columns the last layouts placed. A column whose provider, availability and very
    Booking objects are those of a column placed lately at the same place on the same day
    (services.day_book hands out the same Booking for a row read again unchanged) gets the
    items placed then: going back to a day lays out only the columns that changed. What the
    two layouts before kept, at most."""

    KEPT_LAYOUTS = 2

    def __init__(self) -> None:
        self._before: list[dict[tuple[object, ...], tuple[ProviderDay, tuple[DayItem, ...]]]] = []
        self._now: dict[tuple[object, ...], tuple[ProviderDay, tuple[DayItem, ...]]] = {}

    def start(self) -> _ColumnsBuilt:
        self._before = [self._now, *self._before][:self.KEPT_LAYOUTS]
        self._now = {}
        return self

    def items(self, day: ClinicDay, column: int, provider_day: ProviderDay,
              minute: _Minutes) -> tuple[DayItem, ...]:
        key = (day.start, day.end, column, provider_day.provider.id)
        found = next((kept[key] for kept in (self._now, *self._before) if key in kept), None)
        if found is not None and _same_column(found[0], provider_day):
            items = found[1]
        else:
            items = _column_items(minute, column, provider_day)
        self._now[key] = (provider_day, items)
        return items


def _same_column(was: ProviderDay, now: ProviderDay) -> bool:
    return (was.provider == now.provider and was.availability == now.availability
            and len(was.bookings) == len(now.bookings)
            and all(old is new for old, new in zip(was.bookings, now.bookings, strict=True)))


_BUILT = _ColumnsBuilt()
_new_item = tuple.__new__  # DayItem(...) without its generated __new__'s extra call


def _column_items(minute: _Minutes, column: int, provider_day: ProviderDay) -> tuple[DayItem, ...]:
    """A column's availability, then its bookings: one loop over a busy column's visits, as a
    switch to a busy day lays out over a thousand of them."""
    items = [DayItem(ItemKind.AVAILABILITY, column, minute[a.start], minute[a.end])
             for a in provider_day.availability]
    for booking in provider_day.bookings:
        reservation = booking.reservation
        start, end = minute[reservation.start], minute[reservation.end]
        # most visits have no buffers: their occupied time is the visit's, often the very object
        occupied_start, occupied_end = reservation.occupied_start, reservation.occupied_end
        items.append(_new_item(DayItem, (
            ItemKind.BOOKING, column, start, end, booking,
            start if occupied_start is None or occupied_start is reservation.start
            else minute[occupied_start],
            end if occupied_end is None or occupied_end is reservation.end
            else minute[occupied_end])))
    return tuple(items)


class _Minutes(dict[dt.datetime, float]):
    """An instant's minute on the day's axis, clipped to the day: `minutes[instant]`. A dict,
    as the day's bookings share their slot times: each is worked out once, on first use."""

    def __init__(self, day: ClinicDay) -> None:
        super().__init__()
        self._start = day.start
        self._day_minutes = (day.end - day.start).total_seconds() / 60

    def __missing__(self, instant: dt.datetime) -> float:
        minute = (instant - self._start).total_seconds() / 60
        found = self[instant] = 0.0 if minute < 0 else min(minute, self._day_minutes)
        return found


_START, _END = itemgetter(2), itemgetter(3)  # a DayItem's start_minute and end_minute
_OCCUPIED_START, _OCCUPIED_END = itemgetter(5), itemgetter(6)


def _axis(day: ClinicDay, items: tuple[DayItem, ...]) -> tuple[int, int]:
    """Whole hours around everything on the day (buffers included), and at least the default
    working hours."""
    day_minutes = int((day.end - day.start).total_seconds() // 60)
    first = min((DEFAULT_HOURS[0] * MINUTES_PER_HOUR, *map(_START, items),
                 *(m for m in map(_OCCUPIED_START, items) if m is not None)))
    last = max((DEFAULT_HOURS[1] * MINUTES_PER_HOUR, *map(_END, items),
                *(m for m in map(_OCCUPIED_END, items) if m is not None)))
    first_hour = math.floor(first / MINUTES_PER_HOUR) * MINUTES_PER_HOUR
    last_hour = math.ceil(last / MINUTES_PER_HOUR) * MINUTES_PER_HOUR
    return max(0, first_hour), min(day_minutes, last_hour)
