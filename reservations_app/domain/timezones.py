"""Wall-clock times in a provider's zone <-> UTC instants, with one rule for DST edges.

The rule, documented once and used everywhere:
- A wall-clock time that does not exist (the spring-forward gap) resolves to the instant the
  clocks jump, so a block that starts or ends inside the gap simply loses the missing part.
- A wall-clock time that happens twice (the fall-back overlap) means its first occurrence.
  A block spanning the repeated hour therefore contains both occurrences: its slots follow real
  time, so none is missing and none is doubled.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from reservations_app.domain.errors import InvalidInput

UTC = dt.UTC
# Far wider than any clinic needs, and far enough from date.min/max that converting between
# zones or adding a day never overflows.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(9998, 12, 31)


def check_date_range(day: dt.date) -> dt.date:
    """`day` itself, or InvalidInput when it is too far in the past or future to schedule."""
    if not EARLIEST <= day <= LATEST:
        raise InvalidInput(f"The date {day.isoformat()} is out of range: use a date between "
                           f"{EARLIEST.year} and {LATEST.year}.")
    return day


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`, or InvalidInput naming the bad value."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError) as exc:
        # OSError: the name was looked up as a file path (far too long, or a folder)
        raise InvalidInput(f"Unknown time zone '{name}'. Use an IANA name such as "
                           "Europe/Berlin or America/New_York.") from exc


# Names the zone database answers to that are not places: the machine's own setting, a zone
# with no offset history, and the "posix/" and "right/" (leap-second) copies of real zones.
NOT_PLACES = frozenset({"Factory", "localtime", "posixrules"})


def canonical_zone(name: str) -> ZoneInfo:
    """`zone(name)` for a name a user typed: only IANA place names (Europe/Berlin, UTC, ...)."""
    cleaned = (name or "").strip()
    if cleaned in NOT_PLACES or cleaned.startswith(("posix/", "right/")) \
            or cleaned not in all_zone_names():
        raise InvalidInput(f"Unknown time zone '{cleaned[:80]}'. Use an IANA name such as "
                           "Europe/Berlin or America/New_York.")
    return zone(cleaned)


@lru_cache(maxsize=1)
def all_zone_names() -> tuple[str, ...]:
    return tuple(sorted(name for name in available_timezones()
                        if name not in NOT_PLACES and not name.startswith(("posix/", "right/"))))


def wall_to_utc(local_date: dt.date, wall: dt.time | None, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant of a wall-clock time on `local_date` (None is 24:00), by the rule above."""
    check_date_range(local_date)
    if wall is None:
        naive = dt.datetime.combine(local_date + dt.timedelta(days=1), dt.time(0))
    else:
        naive = dt.datetime.combine(local_date, wall)
    first = naive.replace(tzinfo=tz, fold=0)
    if _exists(first):
        return first.astimezone(UTC)
    return _transition_in_gap(naive, tz)


def _exists(local: dt.datetime) -> bool:
    round_trip = local.astimezone(UTC).astimezone(local.tzinfo)
    return round_trip.replace(tzinfo=None) == local.replace(tzinfo=None)


def _transition_in_gap(naive: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Binary-search the instant the clocks jumped over `naive` (to the second)."""
    low = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    high = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    low, high = min(low, high), max(low, high)
    before = low.astimezone(tz).utcoffset()
    while high - low > dt.timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == before:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0)


def local_day_bounds(local_date: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants where the provider's local day starts and ends (23, 24 or 25 hours apart)."""
    return wall_to_utc(local_date, dt.time(0), tz), wall_to_utc(local_date, None, tz)


def local_date_of(instant: dt.datetime, tz: ZoneInfo) -> dt.date:
    return instant.astimezone(tz).date()


def clinic_today(clinic_timezone: str, now: dt.datetime) -> dt.date:
    """The date at the clinic at `now`: the one definition of the clinic's "today" (UTC while
    no zone is set)."""
    return local_date_of(now, zone(clinic_timezone or "UTC"))


def to_utc(instant: dt.datetime) -> dt.datetime:
    """An aware instant in UTC; a naive one is refused, since its zone would be a guess."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidInput(f"The time {instant.isoformat()} has no UTC offset; "
                           "give one, e.g. 2026-12-01T09:00-05:00.")
    check_date_range(instant.date())
    return instant.astimezone(UTC)


def parse_instant(text: str) -> dt.datetime:
    """An ISO 8601 date-time with offset (or Z), as UTC."""
    try:
        parsed = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"'{text}' is not a date and time like "
                           "2026-12-01T09:00-05:00.") from exc
    return to_utc(parsed)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"'{text}' is not a date like 2026-12-01.") from exc
