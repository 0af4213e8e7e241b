"""The clinic's "today" and a visit's note: one definition each, used by services and screens."""

import datetime as dt

import pytest

from reservations_app.domain import visits
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.timezones import clinic_today

LATE_EVENING_IN_NEW_YORK = dt.datetime(2026, 11, 25, 3, 30, tzinfo=dt.UTC)  # 22:30 on the 24th


def test_the_clinics_today_is_its_own_date_not_utcs() -> None:
    assert clinic_today("America/New_York", LATE_EVENING_IN_NEW_YORK) == dt.date(2026, 11, 24)
    assert clinic_today("Asia/Tokyo", LATE_EVENING_IN_NEW_YORK) == dt.date(2026, 11, 25)


def test_without_a_zone_the_clinics_today_is_utcs() -> None:
    assert clinic_today("", LATE_EVENING_IN_NEW_YORK) == dt.date(2026, 11, 25)


def test_a_note_is_trimmed_and_refused_when_too_long() -> None:
    assert visits.clean_note("  bring the X-ray \n") == "bring the X-ray"
    assert visits.clean_note(None) == ""
    assert visits.clean_note("x" * visits.MAX_NOTE) == "x" * visits.MAX_NOTE
    with pytest.raises(InvalidInput, match="longer than 1000"):
        visits.clean_note("x" * (visits.MAX_NOTE + 1))
