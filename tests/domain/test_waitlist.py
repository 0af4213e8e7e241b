"""Waitlist wishes: which freed times suit a client, and who is offered first."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.waitlist import (
    TimeWindow,
    Wish,
    check_range,
    has_lapsed,
    parse_window,
    ranked,
    wants,
)

CREATED = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)


def _wish(**changes: object) -> Wish:
    values: dict[str, object] = {
        "id": 1, "client_id": 10, "visit_type_id": 3, "provider_ids": frozenset(),
        "first_day": dt.date(2026, 12, 1), "last_day": dt.date(2026, 12, 31),
        "weekdays": frozenset(), "window": None, "urgent": False, "created_at": CREATED}
    values.update(changes)
    return Wish(**values)  # type: ignore[arg-type]


def _at(day: int, hour: int, minute: int = 0, minutes: int = 30) -> tuple[dt.datetime, ...]:
    start = dt.datetime(2026, 12, day, hour, minute)
    return start, start + dt.timedelta(minutes=minutes)


def test_any_provider_any_day_any_time_inside_the_range() -> None:
    assert wants(_wish(), 7, *_at(3, 9))
    assert wants(_wish(), 99, *_at(31, 23, 30))


def test_outside_the_date_range_is_not_wanted() -> None:
    wish = _wish(first_day=dt.date(2026, 12, 5), last_day=dt.date(2026, 12, 6))
    assert [wants(wish, 7, *_at(day, 9)) for day in (4, 5, 6, 7)] == [False, True, True, False]


def test_only_the_chosen_providers_and_weekdays() -> None:
    wish = _wish(provider_ids=frozenset({7, 8}), weekdays=frozenset({3}))  # Thursdays
    assert wants(wish, 8, *_at(3, 9))  # Thursday 3 December
    assert not wants(wish, 9, *_at(3, 9))
    assert not wants(wish, 7, *_at(4, 9))


@pytest.mark.parametrize(("window", "start", "minutes", "expected"), [
    ("morning", "11:30", 30, True), ("morning", "11:45", 30, False),
    ("morning", "12:15", 15, False), ("afternoon", "12:30", 30, True),
    ("afternoon", "11:45", 30, False), ("afternoon", "23:00", 60, True),
    ("08:00-10:00", "09:00", 60, True), ("08:00-10:00", "09:00", 75, False),
    ("08:00-10:00", "07:45", 30, False),
])
def test_time_of_day_windows_hold_the_whole_visit(window: str, start: str, minutes: int,
                                                  expected: bool) -> None:
    local_start = dt.datetime.combine(dt.date(2026, 12, 3), dt.time.fromisoformat(start))
    wish = _wish(window=parse_window(window))
    assert wants(wish, 7, local_start, local_start + dt.timedelta(minutes=minutes)) is expected


def test_window_parsing_refuses_nonsense_in_words() -> None:
    assert parse_window("09:00-24:00") == TimeWindow(dt.time(9), None)
    assert parse_window(" Any ") is None  # no preference, as the "any"
    # A UTC offset or seconds cannot be kept (a window is stored as HH:MM in the provider's
    # wall clock): refused in words, not a crash comparing an aware time with a naive one.
    for bad in ("noon", "25:00-26:00", "09:00", "9-10", "10:00+05:00-11:00",
                "10:00+05:00-11:00+05:00", "10:00Z-24:00", "10:00:30-11:00"):
        with pytest.raises(InvalidInput, match="is not a time of day"):
            parse_window(bad)
    for backwards in ("10:00-09:00", "17:00-17:00"):
        with pytest.raises(InvalidInput, match="must end after it starts"):
            parse_window(backwards)


def test_urgent_first_then_longest_waiting() -> None:
    old = _wish(id=1, created_at=CREATED)
    newer = _wish(id=2, created_at=CREATED + dt.timedelta(days=1))
    urgent_newest = _wish(id=3, urgent=True, created_at=CREATED + dt.timedelta(days=5))
    assert [w.id for w in ranked([newer, old, urgent_newest])] == [3, 1, 2]


def test_range_and_lapse() -> None:
    with pytest.raises(InvalidInput, match="ends"):
        check_range(dt.date(2026, 12, 5), dt.date(2026, 12, 4))
    assert has_lapsed(_wish(), dt.date(2027, 1, 1))
    assert not has_lapsed(_wish(), dt.date(2026, 12, 31))
