"""Pick a day and optionally a provider; see that day's bookable slots grouped by provider."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.empty_day import EmptyDay
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider
from reservations_app.domain.model import Slot as DaySlot
from reservations_app.services import people
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SCHEDULE, SETTINGS
from reservations_app.ui.booking.views import list_table
from reservations_app.ui.focus import chain_tab_order
from reservations_app.ui.models.formatting import day_label, pydate, qdate, short_time
from reservations_app.ui.models.slot_model import Row, SlotRow, SlotTableModel, slot_rows
from reservations_app.ui.session import Session

PAGE_SLOTS, PAGE_EMPTY = 0, 1


@dataclass(frozen=True)
class _Day:
    """One answer of the runner: what the picker shows for a day."""

    day: dt.date
    provider_id: int | None
    providers: list[Provider]
    clinic_timezone: str
    rows: list[Row]  # the slots as the model shows them, made on the worker
    next_free: dt.date | None
    why_empty: EmptyDay | None
    notice_hours: int


class SlotPicker(QWidget):
    slot_changed = Signal(object)  # the selected SlotRow, or None
    slot_activated = Signal()  # double-click: hold (or move to) the selected slot
    day_changed = Signal(object)  # the new dt.date
    load_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._next_free_day: dt.date | None = None
        self._why_empty: EmptyDay | None = None
        self._notice_hours = 0
        self._stale = False  # the day changed while the list was hidden: read it when shown
        self.model = SlotTableModel(self)
        self._build_actions()
        self._build()
        self._connect_signals()

    def _build_actions(self) -> None:
        self.previous_day_action = QAction(self.tr("&Previous day"), self)
        self.previous_day_action.setShortcut(QKeySequence("Alt+Left"))
        self.next_day_action = QAction(self.tr("Ne&xt day"), self)
        self.next_day_action.setShortcut(QKeySequence("Alt+Right"))
        self.today_action = QAction(self.tr("To&day"), self)
        self.today_action.setShortcut(QKeySequence("Alt+Home"))
        self.next_free_day_action = QAction(self.tr("Next day with &free slots"), self)
        self.next_free_day_action.setShortcut(QKeySequence("Alt+End"))
        # The Calendar tab gives Alt+Left/Right/Home to its weeks: each tab's keys work only
        # inside it, or Qt finds two owners and runs neither ("Ambiguous shortcut overload").
        for action in (self.previous_day_action, self.next_day_action, self.today_action,
                       self.next_free_day_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build(self) -> None:
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Day"))
        self.date_edit.setDate(qdate(self._clinic_today()))
        day_label_widget = QLabel(self.tr("&Day:"), self)
        day_label_widget.setBuddy(self.date_edit)
        self.provider_combo = QComboBox(self)
        self.provider_combo.setAccessibleName(self.tr("Provider"))
        self.provider_combo.setMinimumContentsLength(10)
        self.provider_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        provider_label = QLabel(self.tr("&Provider:"), self)
        provider_label.setBuddy(self.provider_combo)
        self.table = list_table(self.tr("Free slots"), self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)  # provider headings mark the groups instead
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SlotTableModel.COL_PROVIDER, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: measuring every row's text on each day switch costs more than it gives.
        sample = short_time(dt.datetime(2000, 1, 1, 22, 45)) + " MMMM"
        width = self.fontMetrics().horizontalAdvance(sample) + 24
        for column in (SlotTableModel.COL_TIME, SlotTableModel.COL_CLINIC_TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Free slots summary"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._build_empty_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_day_row(day_label_widget, provider_label))
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary_label)
        chain_tab_order(self.tab_stops())

    def tab_stops(self) -> list[QWidget]:
        """The day row left to right, the provider below it, then the list."""
        return [self.previous_day_button, self.date_edit, self.next_day_button,
                self.provider_combo, self.table, self.next_free_button]

    def _build_day_row(self, day_label_widget: QLabel, provider_label: QLabel) -> QGridLayout:
        """Day above provider: side by side they kept the window from narrowing to 1024 px."""
        day = QHBoxLayout()
        self.previous_day_button = self._arrow_button(self.previous_day_action,
                                                      Qt.ArrowType.LeftArrow)
        self.next_day_button = self._arrow_button(self.next_day_action, Qt.ArrowType.RightArrow)
        day.addWidget(self.previous_day_button)
        day.addWidget(self.date_edit, 1)
        day.addWidget(self.next_day_button)
        grid = QGridLayout()
        grid.addWidget(day_label_widget, 0, 0)
        grid.addLayout(day, 0, 1)
        grid.addWidget(provider_label, 1, 0)
        grid.addWidget(self.provider_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _arrow_button(self, action: QAction, arrow: Qt.ArrowType) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setArrowType(arrow)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Alt+Left/Right do it from anywhere too
        return button

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        self.empty_label = QLabel(page)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No free slots"))
        self.next_free_button = QPushButton(page)
        self.next_free_button.setAccessibleName(self.tr("Go to the next day with free slots"))
        self.next_free_button.clicked.connect(self.next_free_day_action.trigger)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.next_free_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _connect_signals(self) -> None:
        self.previous_day_action.triggered.connect(lambda: self.shift_day(-1))
        self.next_day_action.triggered.connect(lambda: self.shift_day(1))
        self.today_action.triggered.connect(lambda: self.set_day(self._clinic_today()))
        self.next_free_day_action.triggered.connect(self.go_to_next_free_day)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.provider_combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(self.slot_activated)
        self._session.ops.watch(self, (BOOKINGS, SCHEDULE, PEOPLE, SETTINGS), self.refresh)

    # Public --------------------------------------------------------------------------------
    def day(self) -> dt.date:
        return pydate(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        if day == self.day():
            self.refresh()
        else:
            self.date_edit.setDate(qdate(day))  # dateChanged refreshes

    @Slot()
    def shift_day(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))

    @Slot()
    def go_to_next_free_day(self) -> None:
        """The next day after the shown one that has free slots (for the chosen provider)."""
        if self._next_free_day is not None:
            self.set_day(self._next_free_day)
            return
        from reservations_app.services import schedule  # see refresh

        actor, day, now, provider_id = self._session.actor, self.day(), self._session.now(), \
            self.provider_id()
        self._session.ops.query(
            lambda: schedule.next_day_with_slots(actor, day, now, provider_id=provider_id),
            self._go_to_found, owner=self,
            on_error=lambda error: self.load_failed.emit(error.message))

    def _go_to_found(self, found: dt.date | None) -> None:
        if found is not None:
            self.set_day(found)

    def provider_id(self) -> int | None:
        value = self.provider_combo.currentData()
        return value if isinstance(value, int) else None

    def current_row(self) -> SlotRow | None:
        index = self.table.currentIndex()
        return self.model.slot_row(index.row()) if index.isValid() else None

    def current_slot(self) -> DaySlot | None:
        row = self.current_row()
        return row.slot if row else None

    def select_slot(self, provider_id: int, start: dt.datetime) -> bool:
        row = self.model.row_of(provider_id, start)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def go_to_first_free_day(self) -> None:
        """Today in the clinic's zone if it has free slots, else the next day that has some
        (looked for on the runner; today when there is none or the search fails)."""
        from reservations_app.services import schedule  # see refresh

        actor, now, today = self._session.actor, self._session.now(), self._clinic_today()

        def first_free_day() -> dt.date:
            if schedule.bookable_slots(actor, today, now, limit=1):
                return today
            return schedule.next_day_with_slots(actor, today, now) or today

        def failed(error: DomainError) -> None:
            self.load_failed.emit(error.message)
            self.set_day(today)

        self._session.ops.query(first_free_day, self.set_day, failed, owner=self)

    @Slot()
    def refresh(self) -> None:
        """Load the day's providers and free slots again (on the runner), keeping the selected
        slot if it is still free. What is shown stays until the answer arrives. A hidden list
        (the appointment book is in front) reads nothing until it is shown, and offers no slot
        of another day meanwhile."""
        if self.isHidden():  # a page behind the appointment book (not a window not shown yet)
            self._forget_slots()
            return
        # Imported with the first list: the desk starts on the appointment book, and the slot
        # rules bring the schedule's services and domain along.
        from reservations_app.services import schedule

        self._stale = False
        session, day, provider_id = self._session, self.day(), self.provider_id()
        actor, now = session.actor, session.now()

        def load() -> _Day:
            providers = people.list_providers(actor)
            slots = schedule.bookable_slots(actor, day, now, provider_id=provider_id)
            next_free = None if slots else schedule.next_day_with_slots(
                actor, day, now, provider_id=provider_id)
            why_empty = None if slots else schedule.why_day_is_empty(
                actor, day, now, provider_id=provider_id)
            policy = session.policy()
            rows = slot_rows(slots, {p.id: p for p in providers}, policy.clinic_timezone)
            return _Day(day, provider_id, providers, policy.clinic_timezone, rows, next_free,
                        why_empty, policy.min_notice_hours)

        session.ops.query(load, self._show_day, owner=self,
                          on_error=lambda error: self.load_failed.emit(error.message))

    def _show_day(self, loaded: _Day) -> None:
        if loaded.day != self.day():
            return  # the user moved on; the newer day's answer follows
        self._why_empty, self._notice_hours = loaded.why_empty, loaded.notice_hours
        kept = self.current_row()
        self._fill_providers(loaded.providers)
        if self.provider_id() != loaded.provider_id:  # that provider is gone: load for all
            self.refresh()
            return
        self.model.set_rows(loaded.rows)
        self._after_reset(kept)
        self._show_empty_or_slots(loaded.day, loaded.next_free)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # Internals -----------------------------------------------------------------------------
    def _forget_slots(self) -> None:
        self._stale = True
        self._next_free_day = None
        if self.model.slot_count:
            self.model.set_slots([], {}, self._session.policy().clinic_timezone)
            self._after_reset(None)

    def _clinic_today(self) -> dt.date:
        return self._session.clinic_today()

    def _fill_providers(self, providers: list[Provider]) -> None:
        keep = self.provider_id()
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        self.provider_combo.addItem(self.tr("All providers"), None)
        for provider in providers:
            self.provider_combo.addItem(provider.name, provider.id)
        index = self.provider_combo.findData(keep) if keep is not None else 0
        self.provider_combo.setCurrentIndex(max(0, index))
        self.provider_combo.blockSignals(False)

    def _after_reset(self, kept: SlotRow | None) -> None:
        self.table.clearSpans()
        for heading in self.model.heading_rows():
            self.table.setSpan(heading, 0, 1, self.model.columnCount())
        hide_clinic_time = not self.model.shows_clinic_time
        if self.table.isColumnHidden(SlotTableModel.COL_CLINIC_TIME) != hide_clinic_time:
            self.table.setColumnHidden(SlotTableModel.COL_CLINIC_TIME, hide_clinic_time)
        # The same slot, or the provider's next free one (e.g. after holding it), or the first.
        row = self.model.nearest_row(kept.provider.id, kept.slot.start) if kept \
            else self.model.first_slot_row()
        if row >= 0:
            self._select_row(row)
        else:
            self.slot_changed.emit(None)

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, SlotTableModel.COL_TIME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, SlotTableModel.COL_TIME))

    def _show_empty_or_slots(self, day: dt.date, next_free: dt.date | None) -> None:
        self._next_free_day = next_free  # known only for an empty day; else asked when wanted
        count = self.model.slot_count
        self.summary_label.setText(self.tr("%n free slot(s) on {day}", "", count)
                                   .format(day=day_label(day)))
        if count:
            self.stack.setCurrentIndex(PAGE_SLOTS)
            return
        self.stack.setCurrentIndex(PAGE_EMPTY)
        text = self._empty_reason(day)
        if next_free is None:
            text += " " + self.tr("No later day in the next four months has free slots.")
        else:
            text += " " + self.tr("The next day with free slots is {day}.").format(
                day=day_label(next_free))
            self.next_free_button.setText(self.tr("&Go to {day}").format(
                day=day_label(next_free)))
        self.next_free_button.setVisible(next_free is not None)
        self.empty_label.setText(text)

    def _empty_reason(self, day: dt.date) -> str:
        """Why the day has nothing to book, in the desk's words."""
        weekday = QLocale().dayName(qdate(day).dayOfWeek())
        reason = self._why_empty
        if reason is EmptyDay.INSIDE_NOTICE:
            return self.tr("No free slots: all of {weekday} is inside the {hours}-hour notice "
                           "({day}).").format(weekday=weekday, hours=self._notice_hours,
                                              day=day_label(day))
        if reason is EmptyDay.PAST:
            return self.tr("No free slots: the free times of {day} are already past.").format(
                day=day_label(day))
        if reason is EmptyDay.FULLY_BOOKED:
            return self.tr("No free slots: {day} is fully booked.").format(day=day_label(day))
        if reason is EmptyDay.NO_AVAILABILITY and self.provider_id() is not None:
            return self.tr("No free slots: {provider} has no availability on {day}.").format(
                provider=self.provider_combo.currentText(), day=day_label(day))
        if reason is EmptyDay.NO_AVAILABILITY:
            return self.tr("No free slots: nobody has availability on {day}.").format(
                day=day_label(day))
        return self.tr("No free slots on {day}.").format(day=day_label(day))

    @Slot(QDate)
    def _on_date_changed(self, _date: QDate) -> None:
        self.refresh()
        self.day_changed.emit(self.day())

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.slot_changed.emit(self.model.slot_row(current.row()) if current.isValid() else None)
