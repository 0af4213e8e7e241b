"""A series' occurrences: wall-clock time kept across DST, month positions, the limits."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.recurrence import (
    MAX_OCCURRENCES,
    Recurrence,
    Unit,
    describe,
    occurrences,
    parse_weekday,
)

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


def _weekly(**kwargs: object) -> Recurrence:
    return Recurrence(Unit.WEEK, **kwargs)  # type: ignore[arg-type]


def test_a_weekly_visit_keeps_its_wall_clock_time_across_spring_forward_in_new_york() -> None:
    first = dt.datetime(2026, 3, 2, 9, 0)  # a Monday, the week before DST starts (8 March)
    found = occurrences(first, _weekly(every=1, count=3), NEW_YORK)
    assert [o.local_start for o in found] == [first, first + dt.timedelta(days=7),
                                              first + dt.timedelta(days=14)]
    assert [o.start.hour for o in found] == [14, 13, 13]  # EST then EDT
    assert all(o.start.tzinfo == dt.UTC for o in found)


def test_a_weekly_visit_keeps_its_wall_clock_time_across_fall_back_in_berlin() -> None:
    first = dt.datetime(2026, 10, 19, 16, 30)  # Monday before clocks go back on 25 October
    found = occurrences(first, _weekly(every=1, until=dt.date(2026, 11, 2)), BERLIN)
    assert [o.local_date for o in found] == [dt.date(2026, 10, 19), dt.date(2026, 10, 26),
                                             dt.date(2026, 11, 2)]
    assert [o.start.hour for o in found] == [14, 15, 15]  # CEST then CET


def test_an_occurrence_inside_the_spring_forward_gap_starts_when_the_clocks_jump() -> None:
    first = dt.datetime(2026, 3, 1, 2, 30)  # Sunday 02:30; on 8 March 02:30 does not exist
    found = occurrences(first, _weekly(every=1, count=2), NEW_YORK)
    assert found[1].start == dt.datetime(2026, 3, 8, 7, 0, tzinfo=dt.UTC)  # 03:00 EDT


def test_every_two_weeks_on_two_weekdays() -> None:
    first = dt.datetime(2026, 12, 7, 10, 0)  # Monday
    found = occurrences(first, _weekly(every=2, weekdays=(0, 3), count=6), BERLIN)
    assert [o.local_date.isoformat() for o in found] == [
        "2026-12-07", "2026-12-10", "2026-12-21", "2026-12-24", "2027-01-04", "2027-01-07"]


def test_until_is_inclusive_and_counts_in_the_providers_local_dates() -> None:
    first = dt.datetime(2026, 12, 7, 23, 30)
    found = occurrences(first, Recurrence(Unit.DAY, every=1, until=dt.date(2026, 12, 9)),
                        NEW_YORK)
    assert [o.local_date.day for o in found] == [7, 8, 9]


def test_daily_on_weekdays_only() -> None:
    first = dt.datetime(2026, 12, 4, 8, 0)  # Friday
    found = occurrences(first, Recurrence(Unit.DAY, every=1, weekdays=(0, 1, 2, 3, 4), count=3),
                        BERLIN)
    assert [o.local_date.day for o in found] == [4, 7, 8]


def test_monthly_on_the_second_tuesday() -> None:
    first = dt.datetime(2026, 12, 8, 11, 0)  # 2nd Tuesday of December
    found = occurrences(first, Recurrence(Unit.MONTH, every=1, count=4), BERLIN)
    assert [o.local_date.isoformat() for o in found] == [
        "2026-12-08", "2027-01-12", "2027-02-09", "2027-03-09"]
    assert describe(first, Recurrence(Unit.MONTH, every=1, count=4)) == \
        "monthly on the 2nd Tuesday, 4 visits"


def test_a_fifth_tuesday_means_the_last_tuesday_of_each_month() -> None:
    first = dt.datetime(2026, 12, 29, 11, 0)  # the 5th (and last) Tuesday of December
    found = occurrences(first, Recurrence(Unit.MONTH, every=1, count=4), NEW_YORK)
    assert [o.local_date.isoformat() for o in found] == [
        "2026-12-29", "2027-01-26", "2027-02-23", "2027-03-30"]


def test_a_month_end_start_never_skips_short_months() -> None:
    first = dt.datetime(2027, 1, 31, 9, 0)  # Sunday 31 January: the 5th, so the last Sunday
    found = occurrences(first, Recurrence(Unit.MONTH, every=1, count=3), BERLIN)
    assert [o.local_date.isoformat() for o in found] == ["2027-01-31", "2027-02-28",
                                                         "2027-03-28"]


@pytest.mark.parametrize(("recurrence", "words"), [
    (_weekly(every=1, count=MAX_OCCURRENCES + 1), "1 to 52 visits"),
    (_weekly(every=1, count=3, until=dt.date(2027, 1, 1)), "either the date"),
    (_weekly(every=1), "either the date"),
    (_weekly(every=0, count=3), "every 1 to 52"),
    (_weekly(every=1, until=dt.date(2028, 6, 1)), "more than 52 visits"),
    (_weekly(every=1, weekdays=(1,), count=3), "not on one of the chosen weekdays"),
    (_weekly(every=1, until=dt.date(2026, 12, 6)), r"end \(06 Dec 2026\) before its first"),
    (Recurrence(Unit.MONTH, every=1, until=dt.date(2026, 11, 1)), "before its first visit"),
    (Recurrence(Unit.MONTH, every=1, weekdays=(1,), count=3), "leave the weekdays out"),
])
def test_series_that_cannot_be_are_refused_in_words(recurrence: Recurrence, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        occurrences(dt.datetime(2026, 12, 7, 9, 0), recurrence, BERLIN)


def test_a_first_start_between_minutes_is_refused_rather_than_shown_rounded() -> None:
    with pytest.raises(InvalidInput, match=r"starts at 09:00:30: visits start on a whole "
                                           r"minute, e\.g\. 09:00"):
        occurrences(dt.datetime(2026, 12, 7, 9, 0, 30), _weekly(every=1, count=3), BERLIN)


def test_weekday_names() -> None:
    assert [parse_weekday(n) for n in ("mon", "Tue", "wednesday", "SUN")] == [0, 1, 2, 6]
    with pytest.raises(InvalidInput, match="Unknown weekday"):
        parse_weekday("funday")


@given(every=st.integers(1, 4), count=st.integers(1, MAX_OCCURRENCES),
       day_offset=st.integers(0, 400), minute=st.sampled_from([0, 15, 30, 45]),
       hour=st.integers(7, 19))
def test_weekly_occurrences_keep_the_wall_time_and_step_whole_weeks(
        every: int, count: int, day_offset: int, minute: int, hour: int) -> None:
    first = dt.datetime(2026, 1, 1, hour, minute) + dt.timedelta(days=day_offset)
    found = occurrences(first, _weekly(every=every, count=count), NEW_YORK)
    assert len(found) == count
    for earlier, later in zip(found, found[1:], strict=False):
        assert later.local_start.time() == first.time()
        assert (later.local_date - earlier.local_date).days == 7 * every
        assert later.start > earlier.start
