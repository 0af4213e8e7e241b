"""Which waiting clients a freed time suits, and in what order they are offered it.

This module answers only the client's wishes (provider, dates, weekdays, time of day); whether the
time can be booked at all (notice, horizon, one booking a day, the visit fitting) is asked of the
booking rules by the service, so a wish is never offered time its client could not book.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.timezones import check_date_range

MORNING = (dt.time(0, 0), dt.time(12, 0))
AFTERNOON = (dt.time(12, 0), None)  # None: until midnight


class WishStatus(StrEnum):
    OPEN = "open"
    BOOKED = "booked"
    REMOVED = "removed"
    LAPSED = "lapsed"


@dataclass(frozen=True)
class TimeWindow:
    """Wall-clock times in the provider's zone; `end` None is midnight."""

    start: dt.time
    end: dt.time | None

    def holds(self, local_start: dt.datetime, local_end: dt.datetime) -> bool:
        if local_start.time() < self.start:
            return False
        if self.end is None:
            return local_end.date() == local_start.date() or local_end.time() == dt.time(0)
        return local_end.date() == local_start.date() and local_end.time() <= self.end


@dataclass(frozen=True)
class Wish:
    """A waitlist entry as the rules see it. Empty provider_ids means any provider who offers
    the type; empty weekdays means any day (0 = Monday)."""

    id: int
    client_id: int
    visit_type_id: int
    provider_ids: frozenset[int]
    first_day: dt.date
    last_day: dt.date
    weekdays: frozenset[int]
    window: TimeWindow | None
    urgent: bool
    created_at: dt.datetime


def parse_window(text: str) -> TimeWindow | None:
    """'morning', 'afternoon', 'HH:MM-HH:MM' (24:00 allowed as the end), or 'any' (None)."""
    key = text.strip().lower()
    if key == "any":
        return None
    if key == "morning":
        return TimeWindow(*MORNING)
    if key == "afternoon":
        return TimeWindow(*AFTERNOON)
    start_text, dash, end_text = key.partition("-")
    try:
        start = dt.time.fromisoformat(start_text.strip())
        end = None if end_text.strip() == "24:00" else dt.time.fromisoformat(end_text.strip())
    except ValueError:
        dash = ""
    if dash and not all(_wall_minute(t) for t in (start, end) if t is not None):
        dash = ""  # an offset or seconds: a window is kept as HH:MM of the provider's clock
    if not dash:
        raise InvalidInput(f"'{text}' is not a time of day: use morning, afternoon, any or a "
                           "window such as 08:00-11:30.")
    if end is not None and end <= start:
        raise InvalidInput(f"The time window '{text}' must end after it starts.")
    return TimeWindow(start, end)


def _wall_minute(time: dt.time) -> bool:
    return time.tzinfo is None and time.second == 0 and time.microsecond == 0


def check_range(first_day: dt.date, last_day: dt.date) -> None:
    check_date_range(first_day)  # the years every other date of the clinic keeps to
    check_date_range(last_day)
    if last_day < first_day:
        raise InvalidInput(f"The waitlist range ends ({last_day:%d %b %Y}) before it starts "
                           f"({first_day:%d %b %Y}).")


def wants(wish: Wish, provider_id: int, local_start: dt.datetime,
          local_end: dt.datetime) -> bool:
    """Whether the client of `wish` would take this visit (naive wall times in the provider's
    zone), as far as their own wishes go."""
    day = local_start.date()
    return ((not wish.provider_ids or provider_id in wish.provider_ids)
            and wish.first_day <= day <= wish.last_day
            and (not wish.weekdays or day.weekday() in wish.weekdays)
            and (wish.window is None or wish.window.holds(local_start, local_end)))


def rank(wish: Wish) -> tuple[bool, dt.datetime, int]:
    """The sort key of `ranked`, for sorting things that carry a wish."""
    return (not wish.urgent, wish.created_at, wish.id)


def ranked(wishes: Iterable[Wish]) -> list[Wish]:
    """Urgent first, then those who have waited longest."""
    return sorted(wishes, key=rank)


def has_lapsed(wish: Wish, today: dt.date) -> bool:
    return wish.last_day < today
