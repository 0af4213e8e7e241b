"""Book a recurring visit: the series' form, its preview table (each visit: fits, or why not,
and the nearest free start that day), and Book, all through the session's operation runner.

After a preview, Book holds the ticked visits only (a ticked conflict at its nearest free
start); changing the form drops the preview, and Book without one asks for the whole series.

    dialog = SeriesDialog(session, parent)
    dialog.preset(client_id=7, provider_id=2, type_id=3, local_start=dt.datetime(2026, 12, 1, 9))
    dialog.series_booked.connect(lambda series_id: ...)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.recurrence import MAX_OCCURRENCES, WEEKDAY_NAMES, Recurrence, Unit
from reservations_app.domain.timezones import zone
from reservations_app.services import people, series, visit_types
from reservations_app.ui.layout_parts import date_edit, row_of
from reservations_app.ui.models.formatting import pydate, qdate, weekday_short
from reservations_app.ui.models.series_preview_model import SeriesPreviewModel


class SeriesDialog(QDialog):
    series_booked = Signal(int)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Recurring visit"))
        self.model = SeriesPreviewModel(self)
        self._providers: dict[int, Any] = {}
        self._previewed: series.SeriesRequest | None = None  # what the table shows
        self._build()
        # Opened from the menu the series starts tomorrow (the notice rules out today);
        # preset() moves it to the time chosen in the day view.
        self._first_day(session.clinic_today() + dt.timedelta(days=1))
        self._connect_signals()
        self._load_choices()

    def _build(self) -> None:
        self.client_box, self.provider_box, self.type_box = QComboBox(), QComboBox(), QComboBox()
        self.date_edit = date_edit()
        self.time_edit = QTimeEdit(QTime(9, 0))
        self.every_spin = QSpinBox(minimum=1, maximum=52)
        self.unit_box = QComboBox()
        for unit, label in ((Unit.WEEK, self.tr("weeks")), (Unit.DAY, self.tr("days")),
                            (Unit.MONTH, self.tr("months (same weekday)"))):
            self.unit_box.addItem(label, unit)
        self.weekday_boxes = [QCheckBox(weekday_short(day)) for day in range(len(WEEKDAY_NAMES))]
        self.count_radio = QRadioButton(self.tr("Visits:"))
        self.until_radio = QRadioButton(self.tr("Until:"))
        self.count_radio.setChecked(True)
        self.count_spin = QSpinBox(minimum=1, maximum=MAX_OCCURRENCES, value=6)
        self.until_edit = date_edit()
        self.skip_box = QCheckBox(self.tr("Book the visits that fit, skip the others"))
        self.table = QTableView()
        self._name_fields()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.book_button = QPushButton(self.tr("&Book series"))
        self.close_button = QPushButton(self.tr("Close"))
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Client:"), self.client_box)
        form.addRow(self.tr("Provider:"), self.provider_box)
        form.addRow(self.tr("Visit type:"), self.type_box)
        form.addRow(self.tr("First visit:"), row_of(self.date_edit, self.time_edit))
        form.addRow(self.tr("Repeat every:"), row_of(self.every_spin, self.unit_box))
        form.addRow(self.tr("On (none: the first visit's day):"), row_of(*self.weekday_boxes))
        form.addRow(self.tr("Ends:"), row_of(self.count_radio, self.count_spin,
                                          self.until_radio, self.until_edit))
        form.addRow("", self.skip_box)
        buttons = row_of(self.preview_button, self.book_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for part in (self.table, self.summary, self.error, buttons):
            layout.addWidget(part)
        self.resize(640, 560)

    def _name_fields(self) -> None:
        """For a screen reader: these sit in a row with another field, so no label names them."""
        for field, name in ((self.date_edit, self.tr("Date of the first visit")),
                            (self.time_edit, self.tr("Time of the visits")),
                            (self.every_spin, self.tr("Repeat every")),
                            (self.count_spin, self.tr("Number of visits")),
                            (self.until_edit, self.tr("Until")),
                            (self.table, self.tr("Preview of the visits"))):
            field.setAccessibleName(name)

    def _connect_signals(self) -> None:
        self.preview_button.clicked.connect(self.preview)
        self.book_button.clicked.connect(self.book)
        self.close_button.clicked.connect(self.reject)
        self.unit_box.currentIndexChanged.connect(self._unit_changed)
        self.model.chosen_changed.connect(self._show_summary)
        for box in (self.client_box, self.provider_box, self.type_box, self.unit_box):
            box.currentIndexChanged.connect(self._form_changed)
        for edit in (self.date_edit, self.until_edit):
            edit.dateChanged.connect(self._form_changed)
        self.time_edit.timeChanged.connect(self._form_changed)
        for spin in (self.every_spin, self.count_spin):
            spin.valueChanged.connect(self._form_changed)
        for check in (*self.weekday_boxes, self.count_radio, self.until_radio):
            check.toggled.connect(self._form_changed)

    @Slot()
    def _form_changed(self) -> None:
        """The preview (and its ticks) described another series: drop it."""
        if self._previewed is not None:
            self._previewed = None
            self.model.set_rows([], self.model.zone())

    def _load_choices(self) -> None:
        actor = self.session.actor
        self.session.ops.query(lambda: (people.list_providers(actor),
                                        people.search_clients(actor, "", limit=500),
                                        visit_types.list_types(actor, include_inactive=False)),
                               self._show_choices, owner=self)

    def _show_choices(self, found: tuple[list[Any], list[Any], list[Any]]) -> None:
        providers, clients, types = found
        self._providers = {p.id: p for p in providers}
        for box, items in ((self.provider_box, providers), (self.client_box, clients),
                           (self.type_box, types)):
            chosen = box.currentData()
            box.clear()
            for item in items:
                box.addItem(item.name, item.id)
            if chosen is not None:
                box.setCurrentIndex(max(0, box.findData(chosen)))

    def preset(self, *, client_id: int | None = None, provider_id: int | None = None,
               type_id: int | None = None, local_start: dt.datetime | None = None) -> None:
        """Choose the form's values, e.g. from the day view's selected time and client."""
        for box, wanted in ((self.client_box, client_id), (self.provider_box, provider_id),
                            (self.type_box, type_id)):
            if wanted is not None and box.findData(wanted) >= 0:
                box.setCurrentIndex(box.findData(wanted))
        if local_start is not None:
            self._first_day(local_start.date())
            self.time_edit.setTime(QTime(local_start.hour, local_start.minute))

    def _first_day(self, day: dt.date) -> None:
        self.date_edit.setDate(qdate(day))
        self.until_edit.setDate(qdate(day + dt.timedelta(weeks=12)))

    @Slot()
    def _unit_changed(self) -> None:
        monthly = Unit(self.unit_box.currentData()) is Unit.MONTH
        for box in self.weekday_boxes:
            box.setEnabled(not monthly)

    def request(self) -> series.SeriesRequest:
        """The series the form describes; DomainError when a choice is missing."""
        ids = [box.currentData() for box in (self.client_box, self.provider_box, self.type_box)]
        if None in ids:
            raise DomainError(self.tr("Choose a client, a provider and a visit type."))
        client_id, provider_id, type_id = ids
        tz = zone(self._providers[provider_id].timezone)
        time = self.time_edit.time()
        local = dt.datetime.combine(pydate(self.date_edit.date()),
                                    dt.time(time.hour(), time.minute()), tz)
        unit = Unit(self.unit_box.currentData())  # Qt hands the enum back as its text
        weekdays = () if unit is Unit.MONTH else tuple(
            day for day, box in enumerate(self.weekday_boxes) if box.isChecked())
        recurrence = Recurrence(
            unit, self.every_spin.value(), weekdays,
            until=pydate(self.until_edit.date()) if self.until_radio.isChecked() else None,
            count=self.count_spin.value() if self.count_radio.isChecked() else None)
        return series.SeriesRequest(client_id, provider_id, type_id, local.astimezone(dt.UTC),
                                    recurrence)

    @Slot()
    def preview(self) -> None:
        request = self._request_or_say_why()
        if request is None:
            return
        actor, now = self.session.actor, self.session.now()
        tz = zone(self._providers[request.provider_id].timezone)
        self.session.ops.query(lambda: series.preview(actor, request, now),
                               lambda rows: self._show_preview(request, rows, tz), owner=self,
                               on_error=self._refused)

    def _show_preview(self, request: series.SeriesRequest, rows: list[series.PreviewRow],
                      tz: dt.tzinfo) -> None:
        if self._current_request() != request:
            return  # the form changed while the preview was read
        self._previewed = None
        self.model.set_rows(rows, tz)
        self._previewed = request

    def _request_or_say_why(self) -> series.SeriesRequest | None:
        """The form's series, or None with the reason shown under the form."""
        self.error.clear()
        try:
            return self.request()
        except DomainError as exc:
            self.error.setText(str(exc))
            return None

    def _current_request(self) -> series.SeriesRequest | None:
        try:
            return self.request()
        except DomainError:
            return None

    @Slot()
    def _show_summary(self) -> None:
        rows = self.model.rowCount()
        if not rows:
            self.summary.clear()
            return
        conflicts = self.model.conflicts()
        text = self.tr("%n visit(s)", "", rows)
        if conflicts:
            text += self.tr(", %1 of them cannot be booked as asked").replace("%1",
                                                                          str(conflicts))
        else:
            text += self.tr(", all fit")
        self.summary.setText(text + "; " + self.tr("%n ticked to book", "",
                                                    len(self.model.chosen_starts())))

    @Slot()
    def book(self) -> None:
        request = self._request_or_say_why()
        if request is None:
            return
        actor, now, skip = self.session.actor, self.session.now(), self.skip_box.isChecked()
        starts = self.model.chosen_starts() if request == self._previewed else None
        self.session.ops.write(
            lambda: series.book(actor, request, now, skip_conflicts=skip, starts=starts),
            on_success=self._booked, on_error=self._refused, initiator=self)

    def _booked(self, booked: series.BookedSeries) -> None:
        self.series_booked.emit(booked.id)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.error.setText(str(error))
