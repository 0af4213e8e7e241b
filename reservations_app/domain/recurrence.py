"""A series' occurrences: every N weeks on given weekdays, every N days, or monthly on the same
weekday of the month ("2nd Tuesday"), until a date or for a count.

Occurrences are computed with dateutil's `rrule` on wall-clock times in the provider's zone, so a
09:00 visit stays at 09:00 across a DST change; each wall time is then turned into its UTC instant
by the one DST rule of `timezones.wall_to_utc`.

Monthly series keep the weekday and its position in the month. A first visit on the 5th Tuesday
of a month means "the last Tuesday", since most months have no 5th one; the 1st to 4th keep
their number, so "the 4th Tuesday" stays the 4th even in a month that has five.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.timezones import wall_to_utc

if TYPE_CHECKING:  # imported by the first series computed: ~1.5 MB a desk's start need not hold
    from dateutil import rrule

MAX_OCCURRENCES = 52
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Recurrence:
    """How often a series repeats. Weekdays are 0 = Monday .. 6 = Sunday; empty means the first
    visit's weekday for weekly series and every day for daily ones."""

    unit: Unit
    every: int
    weekdays: tuple[int, ...] = ()
    until: dt.date | None = None
    count: int | None = None


@dataclass(frozen=True)
class Occurrence:
    local_start: dt.datetime  # naive wall-clock time in the provider's zone
    start: dt.datetime  # the UTC instant

    @property
    def local_date(self) -> dt.date:
        return self.local_start.date()


def parse_weekday(name: str) -> int:
    """0-6 from 'mon'..'sun' (or the full English name), or InvalidInput."""
    key = name.strip().lower()[:3]
    if key not in WEEKDAY_NAMES or not name.strip().isalpha():
        raise InvalidInput(f"Unknown weekday '{name}'. Use mon, tue, wed, thu, fri, sat or sun.")
    return WEEKDAY_NAMES.index(key)


def check_recurrence(recurrence: Recurrence) -> None:
    """InvalidInput, in words, for a recurrence that cannot describe a series."""
    if not 1 <= recurrence.every <= 52:
        raise InvalidInput("Repeat every 1 to 52 days, weeks or months.")
    if (recurrence.until is None) == (recurrence.count is None):
        raise InvalidInput("Give either the date the series ends or its number of visits.")
    if recurrence.count is not None and not 1 <= recurrence.count <= MAX_OCCURRENCES:
        raise InvalidInput(f"A series has 1 to {MAX_OCCURRENCES} visits.")
    if any(not 0 <= day <= 6 for day in recurrence.weekdays):
        raise InvalidInput("Weekdays are Monday to Sunday.")
    if recurrence.unit is Unit.MONTH and recurrence.weekdays:
        raise InvalidInput("A monthly series repeats on the first visit's weekday of the month; "
                           "leave the weekdays out.")


def occurrences(first_local_start: dt.datetime, recurrence: Recurrence,
                tz: ZoneInfo) -> list[Occurrence]:
    """Every occurrence of the series starting at the naive wall time `first_local_start`,
    the first one included. InvalidInput when the first visit is not itself an occurrence
    (a weekday not chosen) or when the series would have more than MAX_OCCURRENCES visits."""
    check_recurrence(recurrence)
    if first_local_start.second or first_local_start.microsecond:
        # Shown and booked to the minute, it would read as a start it is not.
        raise InvalidInput(f"The first visit starts at {first_local_start:%H:%M:%S}: visits "
                           f"start on a whole minute, e.g. {first_local_start:%H:%M}.")
    if recurrence.until is not None and recurrence.until < first_local_start.date():
        raise InvalidInput(f"The series would end ({recurrence.until:%d %b %Y}) before its first "
                           f"visit ({first_local_start:%d %b %Y}).")
    rule = _rule(first_local_start, recurrence)
    walls = list(rule.xafter(first_local_start, count=MAX_OCCURRENCES + 1, inc=True))
    if not walls or walls[0] != first_local_start:
        raise InvalidInput(f"The first visit, {first_local_start:%A %d %B}, is not on one of the "
                           "chosen weekdays.")
    if len(walls) > MAX_OCCURRENCES:
        raise InvalidInput(f"That series would have more than {MAX_OCCURRENCES} visits: "
                           "end it sooner or repeat less often.")
    return [Occurrence(wall, wall_to_utc(wall.date(), wall.time(), tz)) for wall in walls]


def _rule(first: dt.datetime, recurrence: Recurrence) -> rrule.rrule:
    from dateutil import rrule

    until = (dt.datetime.combine(recurrence.until, dt.time.max)
             if recurrence.until is not None else None)
    common = {"dtstart": first, "interval": recurrence.every, "until": until,
              "count": recurrence.count}
    if recurrence.unit is Unit.MONTH:
        return rrule.rrule(rrule.MONTHLY, byweekday=_same_weekday_of_month(first), **common)
    weekdays = recurrence.weekdays
    if recurrence.unit is Unit.WEEK:
        weekdays = weekdays or (first.weekday(),)
        return rrule.rrule(rrule.WEEKLY, byweekday=_rrule_days(weekdays), wkst=rrule.MO,
                           **common)
    return rrule.rrule(rrule.DAILY, byweekday=_rrule_days(weekdays) if weekdays else None,
                       **common)


def _rrule_days(weekdays: tuple[int, ...]) -> list[rrule.weekday]:
    from dateutil import rrule

    return [rrule.weekdays[day] for day in sorted(set(weekdays))]  # Monday first, as ours


def _same_weekday_of_month(first: dt.datetime) -> rrule.weekday:
    from dateutil import rrule

    position = (first.day - 1) // 7 + 1
    return rrule.weekdays[first.weekday()](-1 if position == 5 else position)


def describe(first_local_start: dt.datetime, recurrence: Recurrence) -> str:
    """The recurrence in words for a receptionist, e.g. 'every 2 weeks on Mon, Thu, 6 visits'."""
    if recurrence.unit is Unit.MONTH:
        position = (first_local_start.day - 1) // 7 + 1
        ordinal = "last" if position == 5 else ("1st", "2nd", "3rd", "4th")[position - 1]
        how = f"monthly on the {ordinal} {first_local_start:%A}"
        if recurrence.every > 1:
            how = f"every {recurrence.every} months on the {ordinal} {first_local_start:%A}"
    else:
        unit = recurrence.unit.value
        how = f"every {unit}" if recurrence.every == 1 else f"every {recurrence.every} {unit}s"
        days = recurrence.weekdays or ((first_local_start.weekday(),)
                                       if recurrence.unit is Unit.WEEK else ())
        if days:
            how += " on " + ", ".join(WEEKDAY_NAMES[d].title() for d in sorted(set(days)))
    if recurrence.count is not None:
        return f"{how}, {recurrence.count} visit{'s' if recurrence.count != 1 else ''}"
    assert recurrence.until is not None
    return f"{how}, until {recurrence.until:%d %b %Y}"

