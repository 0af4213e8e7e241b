"""Add or edit a waitlist entry: client, visit type, acceptable providers, dates, weekdays,
time of day, urgency and a note. The dialog only collects; the panel writes through the
operation runner and keeps the dialog open with the refusal when a rule says no."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from reservations_app.domain.recurrence import WEEKDAY_NAMES
from reservations_app.domain.waitlist import AFTERNOON, MORNING, TimeWindow
from reservations_app.services.waitlist import Entry
from reservations_app.ui.layout_parts import date_edit, row_of
from reservations_app.ui.models.formatting import pydate, qdate, weekday_short

ANY, MORNING_KEY, AFTERNOON_KEY, BETWEEN = "any", "morning", "afternoon", "between"


@dataclass(frozen=True)
class EntryForm:
    client_id: int
    visit_type_id: int
    provider_ids: list[int]
    first_day: dt.date
    last_day: dt.date
    weekdays: list[int]
    window: TimeWindow | None
    urgent: bool
    note: str


class WaitlistEntryDialog(QDialog):
    submitted = Signal()  # OK pressed: the owner writes, then accept()s or show_error()s

    def __init__(self, clients: Iterable[Any], types: Iterable[Any], providers: Iterable[Any],
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waitlist entry"))
        self.client_box, self.type_box = QComboBox(), QComboBox()
        for box, items in ((self.client_box, clients), (self.type_box, types)):
            for item in items:
                box.addItem(item.name, item.id)
        self.provider_list = QListWidget()
        for provider in providers:
            row = QListWidgetItem(provider.name)
            row.setData(Qt.ItemDataRole.UserRole, provider.id)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.provider_list.addItem(row)
        self.provider_list.setMaximumHeight(90)
        self.from_edit = date_edit(today)
        self.until_edit = date_edit(today + dt.timedelta(weeks=4))
        self.weekday_boxes = [QCheckBox(weekday_short(day)) for day in range(len(WEEKDAY_NAMES))]
        self.time_box = QComboBox()
        for key, label in ((ANY, self.tr("Any time")), (MORNING_KEY, self.tr("Morning")),
                           (AFTERNOON_KEY, self.tr("Afternoon")), (BETWEEN, self.tr("Between"))):
            self.time_box.addItem(label, key)
        self.window_start, self.window_end = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(12, 0))
        for field, name in ((self.from_edit, self.tr("From")), (self.until_edit, self.tr("Until")),
                            (self.window_start, self.tr("Earliest time")),
                            (self.window_end, self.tr("Latest time"))):
            field.setAccessibleName(name)  # in a row with another field: no label names it
        self.urgent_box = QCheckBox(self.tr("Urgent: offer first"))
        self.note_edit = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._lay_out()
        self.buttons.accepted.connect(self.submitted.emit)
        self.buttons.rejected.connect(self.reject)
        self.time_box.currentIndexChanged.connect(self._time_choice_changed)
        self._time_choice_changed()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Client:"), self.client_box)
        form.addRow(self.tr("Visit type:"), self.type_box)
        form.addRow(self.tr("With (none: anyone):"), self.provider_list)
        form.addRow(self.tr("From:"), row_of(self.from_edit, QLabel(self.tr("until")),
                                           self.until_edit))
        form.addRow(self.tr("Weekdays:"), row_of(*self.weekday_boxes))
        form.addRow(self.tr("Time of day:"), row_of(self.time_box, self.window_start,
                                                  self.window_end))
        form.addRow("", self.urgent_box)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def _time_choice_changed(self) -> None:
        between = self.time_box.currentData() == BETWEEN
        self.window_start.setEnabled(between)
        self.window_end.setEnabled(between)

    def load(self, entry: Entry) -> None:
        """Show an existing entry; its client and visit type stay as they are."""
        wish = entry.wish
        for box, wanted in ((self.client_box, wish.client_id), (self.type_box,
                                                                wish.visit_type_id)):
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.setEnabled(False)
        for index in range(self.provider_list.count()):
            row = self.provider_list.item(index)
            chosen = row.data(Qt.ItemDataRole.UserRole) in wish.provider_ids
            row.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.from_edit.setDate(qdate(wish.first_day))
        self.until_edit.setDate(qdate(wish.last_day))
        for day, check in enumerate(self.weekday_boxes):
            check.setChecked(day in wish.weekdays)
        self._show_window(wish.window)
        self.urgent_box.setChecked(wish.urgent)
        self.note_edit.setText(entry.note)

    def _show_window(self, window: TimeWindow | None) -> None:
        key = ANY if window is None else {TimeWindow(*MORNING): MORNING_KEY,
                                          TimeWindow(*AFTERNOON): AFTERNOON_KEY}.get(window,
                                                                                    BETWEEN)
        self.time_box.setCurrentIndex(self.time_box.findData(key))
        if key == BETWEEN and window is not None:
            self.window_start.setTime(QTime(window.start.hour, window.start.minute))
            end = window.end or dt.time(23, 59)
            self.window_end.setTime(QTime(end.hour, end.minute))

    def form(self) -> EntryForm:
        providers = [self.provider_list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.provider_list.count())
                     if self.provider_list.item(i).checkState() == Qt.CheckState.Checked]
        return EntryForm(self.client_box.currentData(), self.type_box.currentData(), providers,
                         pydate(self.from_edit.date()), pydate(self.until_edit.date()),
                         [d for d, box in enumerate(self.weekday_boxes) if box.isChecked()],
                         self._window(), self.urgent_box.isChecked(), self.note_edit.text())

    def _window(self) -> TimeWindow | None:
        key = self.time_box.currentData()
        if key == MORNING_KEY:
            return TimeWindow(*MORNING)
        if key == AFTERNOON_KEY:
            return TimeWindow(*AFTERNOON)
        if key == BETWEEN:
            start, end = self.window_start.time(), self.window_end.time()
            return TimeWindow(dt.time(start.hour(), start.minute()),
                              dt.time(end.hour(), end.minute()))
        return None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
