"""Times, dates and weeks as the user's locale writes them (issue 17)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics

from reservations_app.ui.calendar.labels import minute_text
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.calendar.week_grid import WeekGrid
from reservations_app.ui.calendar.week_model import WeekModel
from reservations_app.ui.models.formatting import (
    day_label,
    local_dates,
    month_label,
    short_time,
    weekday_short,
)
from reservations_app.ui.session import Session


@pytest.fixture
def locale(qapp: object) -> Iterator[object]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_the_clock_follows_the_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("de_DE")
    assert minute_text(13 * 60 + 30) == "13:30"
    assert minute_text(24 * 60) == "24:00"
    locale("en_US")
    assert minute_text(13 * 60 + 30).replace("\u202f", " ") == "1:30 PM"
    assert minute_text(24 * 60).replace("\u202f", " ") == "12:00 AM"


def test_dates_in_service_messages_are_written_the_users_way(locale) -> None:  # type: ignore[no-untyped-def]
    locale("fr_FR")
    assert day_label(dt.date(2026, 12, 3)) == "jeu. 3 déc. 2026"
    assert local_dates("Closed on 2026-12-03.") == "Closed on jeu. 3 déc. 2026."


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(("name", "first"), [("en_US", Qt.DayOfWeek.Sunday),
                                             ("de_DE", Qt.DayOfWeek.Monday)])
def test_the_calendar_week_starts_on_the_locales_first_day(
        qtbot, locale, session: Session, name: str,  # type: ignore[no-untyped-def]
        first: Qt.DayOfWeek) -> None:
    locale(name)
    tab = CalendarTab(session)
    qtbot.addWidget(tab)
    tab.show_date(dt.date(2026, 12, 2))  # a Wednesday
    assert tab.calendar.firstDayOfWeek() == first
    assert tab.week_first_day().isoweekday() % 7 == first.value % 7


def test_weekday_boxes_times_and_chart_months_follow_the_locale(locale) -> None:  # type: ignore[no-untyped-def]
    locale("de_DE")
    assert [weekday_short(day) for day in (0, 6)] == ["Mo.", "So."]
    assert short_time(dt.time(14, 5)) == "14:05"
    assert month_label(dt.date(2026, 12, 1)) == "Dez. 2026"
    locale("en_US")
    assert weekday_short(0) == "Mon"
    assert short_time(dt.time(14, 5)).replace("\u202f", " ") == "2:05 PM"


def test_the_series_and_waitlist_dialogs_name_weekdays_in_the_locale(
        locale, qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.ui.booking.series_dialog import SeriesDialog
    from reservations_app.ui.booking.waitlist_entry_dialog import WaitlistEntryDialog

    locale("fr_FR")
    dialogs = [SeriesDialog(session), WaitlistEntryDialog([], [], [], dt.date(2026, 12, 1))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert [box.text() for box in dialog.weekday_boxes][:2] == ["lun.", "mar."]


def test_the_day_views_time_axis_is_as_wide_as_the_locales_clock(locale) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    from reservations_app.ui.booking.day_paint import Metrics

    metrics = QFontMetrics(QFont())
    for name in ("en_US", "de_DE"):
        locale(name)
        widest = max(metrics.horizontalAdvance(short_time(dt.time(hour))) for hour in (10, 22))
        assert Metrics.of(metrics).axis_width > widest  # "10:00 PM" was cut to "0:00 PM"


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
def test_the_week_grids_hour_labels_fit_their_column_on_either_clock(
        qtbot, locale, name: str) -> None:  # type: ignore[no-untyped-def]
    locale(name)
    grid = WeekGrid(WeekModel())
    qtbot.addWidget(grid)
    grid.resize(900, 600)
    room = grid.grid_geometry().gutter - 6  # the label's rectangle (grid_painter._hour_labels)
    metrics = QFontMetrics(grid.font())
    assert all(metrics.horizontalAdvance(minute_text(hour * 60)) <= room for hour in range(24))
