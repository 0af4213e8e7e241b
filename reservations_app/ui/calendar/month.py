"""The month mini-calendar beside the grid: bold days have availability, underlined days
have live bookings. It navigates the grid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QToolButton, QWidget

from reservations_app.ui.menu_arrow import make_room_for_menu_arrow
from reservations_app.ui.models.formatting import pydate, qdate

PAGE_MARGIN_DAYS = 14


class MonthCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self.setAccessibleName(self.tr("Month"))
        self.setAccessibleDescription(self.tr(
            "Bold days have availability; underlined days have bookings."))
        self._available: set[dt.date] = set()
        self._booked: set[dt.date] = set()
        self._fit_month_button()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.LocaleChange:
            self._fit_month_button()

    def _fit_month_button(self) -> None:
        """Qt's own month button pops its menu at once: room for its arrow beside every
        month's name, so turning the page does not move the arrow onto "December"."""
        button = self.findChild(QToolButton, "qt_calendar_monthbutton")
        if button is not None:
            make_room_for_menu_arrow(button, (self.locale().standaloneMonthName(month)
                                              for month in range(1, 13)))

    def page_range(self) -> tuple[dt.date, dt.date]:
        """Every date the current page can show, with margin for the spill-over weeks."""
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        return (first - dt.timedelta(days=PAGE_MARGIN_DAYS),
                first + dt.timedelta(days=31 + PAGE_MARGIN_DAYS))

    def mark(self, available: Iterable[dt.date], booked: Iterable[dt.date]) -> None:
        self._available, self._booked = set(available), set(booked)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every format
        for day in self._available | self._booked:
            self.setDateTextFormat(qdate(day), self._format(day))

    def _format(self, day: dt.date) -> QTextCharFormat:
        text_format = QTextCharFormat()
        if day in self._available:
            text_format.setFontWeight(700)
        if day in self._booked:
            text_format.setFontUnderline(True)
            text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            text_format.setForeground(self.palette().color(QPalette.ColorRole.Link))
        return text_format

    def is_available(self, day: dt.date) -> bool:
        return day in self._available

    def is_booked(self, day: dt.date) -> bool:
        return day in self._booked

    def day_format(self, day: dt.date) -> QTextCharFormat:
        return self.dateTextFormat(qdate(day))

    def selected_day(self) -> dt.date:
        return pydate(self.selectedDate())

    def show_day(self, day: dt.date) -> None:
        """Select `day` without telling listeners, who asked for it."""
        self.blockSignals(True)
        try:
            self.setSelectedDate(qdate(day))
            self.setCurrentPage(day.year, day.month)
        finally:
            self.blockSignals(False)

    def set_first_weekday(self, weekday: int) -> None:
        self.setFirstDayOfWeek(Qt.DayOfWeek(weekday + 1))
