"""The provider calendar tab: pick a provider, see their week, lay out their availability."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QDate, QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import AvailabilityBlock, Booking, Provider
from reservations_app.domain.timezones import local_date_of, zone
from reservations_app.services import booking, people, schedule
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SCHEDULE, SETTINGS
from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.actions import CalendarActions
from reservations_app.ui.calendar.dialog_parts import InlineError
from reservations_app.ui.calendar.editing import ScheduleActions
from reservations_app.ui.calendar.editor import ScheduleEditor
from reservations_app.ui.calendar.legend import Legend
from reservations_app.ui.calendar.month import MonthCalendar
from reservations_app.ui.calendar.provider_panel import ProviderPanel
from reservations_app.ui.calendar.week_grid import WeekGrid
from reservations_app.ui.calendar.week_layout import (
    DAYS_PER_WEEK,
    first_working_minute,
    layout_week,
    week_start,
)
from reservations_app.ui.calendar.week_model import WeekModel
from reservations_app.ui.models.formatting import pydate
from reservations_app.ui.session import Session

TICK_MS = 30_000
SIDE_WIDTH = 270


class CalendarTab(QWidget):
    """`actions`: its undo stack and actions, when its owner made them first (the main window
    does, so that its menus hold them before the tab is built); else the tab makes its own."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 actions: CalendarActions | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.calendar_actions = actions or CalendarActions(self)
        self.undo_stack = self.calendar_actions.undo_stack
        self.editor = ScheduleEditor(session, self.undo_stack, self)
        self.week_model = WeekModel(self)
        self._provider: Provider | None = None
        self._day = session.clinic_today()
        self._slot_minutes = session.policy().slot_minutes
        self._blocks: list[AvailabilityBlock] = []
        self._bookings: list[Booking] = []
        self._first_weekday = QLocale().firstDayOfWeek().value - 1
        # Whose week, from which day, the blocks and bookings on screen are.
        self._shown: tuple[Provider | None, dt.date] = (None, self.week_first_day())
        # Each load counts its requests: an answer to an older one is dropped.
        self._provider_request = self._week_request = self._month_request = 0
        self._wanted_provider: int | None = None
        self._take_actions()
        self.providers = ProviderPanel(self.new_provider_action, self.edit_provider_action, self)
        self.calendar = MonthCalendar(self)
        self.calendar.set_first_weekday(self._first_weekday)
        self.legend = Legend(self)
        self.grid = WeekGrid(self.week_model, self)
        self.title = QLabel(self)
        self.message = InlineError(self)
        self.schedule_actions = ScheduleActions(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._lay_out()
        self._connect_signals()
        if actions is None:  # its own: the owner of shared ones routes them
            self.calendar_actions.route_to(lambda: self)
        self._timer.start()
        self._relayout()  # an empty week at once; the providers and their week follow

    # --- building -----------------------------------------------------------------------------
    def _take_actions(self) -> None:
        """The actions' keys work while the focus is in this tab."""
        actions = self.calendar_actions
        self.previous_week_action, self.today_action = actions.previous_week, actions.today
        self.next_week_action, self.add_blocks_action = actions.next_week, actions.add_blocks
        self.weekly_pattern_action, self.time_off_action = (actions.weekly_pattern,
                                                            actions.time_off)
        self.new_provider_action = actions.new_provider
        self.edit_provider_action = actions.edit_provider
        self.addActions(actions.all())

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.toolTip())
        return button

    def _lay_out(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.providers, 1)
        side_layout.addWidget(self.calendar)
        side_layout.addWidget(self.legend)
        side.setMinimumWidth(SIDE_WIDTH - 30)
        bar = QHBoxLayout()
        buttons = [self._tool_button(action) for action in (
            self.previous_week_action, self.today_action, self.next_week_action,
            self.add_blocks_action, self.weekly_pattern_action, self.time_off_action)]
        for index, button in enumerate(buttons):
            bar.addWidget(button)
            if index == 2:
                bar.addStretch(1)
        # The title (provider, week, zone) on a line of its own that may wrap: beside the
        # buttons it kept the window wider than a 1024-pixel screen.
        self.title.setWordWrap(True)
        self._set_tab_order([self.providers.search, self.providers.view,
                             *self.providers.buttons, self.calendar,
                             *buttons, self.grid])
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(4, 0, 0, 0)
        main_layout.addWidget(self.title)
        main_layout.addLayout(bar)
        main_layout.addWidget(self.message)
        main_layout.addWidget(self.grid, 1)
        self.splitter.addWidget(side)
        self.splitter.addWidget(main)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDE_WIDTH, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _set_tab_order(self, widgets: list[QWidget]) -> None:
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.providers.provider_selected.connect(self._provider_selected)
        self.calendar.clicked.connect(self._calendar_clicked)
        self.calendar.activated.connect(self._calendar_clicked)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.grid.day_clicked.connect(self._day_clicked)
        self.grid.week_step_requested.connect(self.step_week)
        self.schedule_actions.connect_to(self.grid)
        self.editor.edit_refused.connect(self._edit_refused)
        self.editor.edit_reported.connect(self._edit_reported)
        self.editor.schedule_shown.connect(self._schedule_shown)
        # Hidden behind the Booking tab at start: the providers and their week load when the
        # tab is first shown, so the start-up's reads are the day's alone.
        self.session.ops.watch(self, (PEOPLE,), self.reload_providers, load_when_shown=True)
        self.session.ops.watch(self, (SCHEDULE, BOOKINGS, SETTINGS), self.reload_week)
        self._timer.timeout.connect(self._tick)

    # --- what the tab shows -------------------------------------------------------------------
    def current_provider(self) -> Provider | None:
        return self._provider

    def selected_day(self) -> dt.date:
        return self._day

    def slot_minutes(self) -> int:
        return self._slot_minutes

    def week_first_day(self) -> dt.date:
        return week_start(self._day, self._first_weekday)

    def select_provider(self, provider_id: int) -> None:
        """Select that provider; one the list does not hold yet (just added, its reload
        still on the way) is selected when the list arrives."""
        if self.providers.model.row_of(provider_id) is None:
            self._wanted_provider = provider_id
            return
        self._wanted_provider = None
        self.providers.select(provider_id)

    def show_date(self, day: dt.date, scroll: bool = False) -> None:
        """Select `day`; a day in another week loads that week (scrolled to its first
        working minute when `scroll`)."""
        same_week = week_start(day, self._first_weekday) == self.week_first_day()
        self._day = day
        if not same_week:
            self.calendar.show_day(day)
            self.reload_week(scroll=scroll)
        else:
            self._show_in_calendar(day)
            if scroll:
                self.grid.scroll_to_minute(first_working_minute(self.week_model.items()))

    def _show_in_calendar(self, day: dt.date) -> None:
        page = (self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.show_day(day)
        if page != (self.calendar.yearShown(), self.calendar.monthShown()):
            self._mark_month()

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.show_message(text, error=error)

    def save_state(self) -> QByteArray:
        """The splitter position, for the main window's QSettings."""
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)

    @Slot()
    def reload_providers(self) -> None:
        """Ask for the providers; the list on screen stays until they arrive."""
        self._provider_request += 1
        request, actor = self._provider_request, self.session.actor
        self.session.ops.query(lambda: people.list_providers(actor),
                               lambda providers: self._providers_loaded(request, providers),
                               self._load_refused, owner=self)

    def _providers_loaded(self, request: int, providers: list[Provider]) -> None:
        if request != self._provider_request:
            return  # a later request will answer
        keep = self._wanted_provider or (self._provider.id if self._provider
                                         else self.session.actor.provider_id)
        self._wanted_provider = None
        self.providers.set_providers(providers, keep)
        if self.providers.current() is None:
            self._provider_selected(None)

    def _load_refused(self, error: DomainError) -> None:
        self.show_message(error.message, error=True)

    @Slot()
    def reload_week(self, scroll: bool = False) -> None:
        """Ask for the week's blocks and bookings; the grid keeps the old week until the
        answer arrives, and only the latest request's answer is shown."""
        self._slot_minutes = self.session.policy().slot_minutes
        self._week_request += 1
        request, provider, first = self._week_request, self._provider, self.week_first_day()
        self._update_enabled()
        self._mark_month()
        if provider is None:
            self._week_loaded(request, (None, first), scroll, ([], []))
            return
        actor = self.session.actor
        last = first + dt.timedelta(days=DAYS_PER_WEEK - 1)
        self.session.ops.query(
            lambda: (schedule.list_availability(actor, provider.id, first, last),
                     booking.provider_week(actor, provider.id, first)),
            lambda week: self._week_loaded(request, (provider, first), scroll, week),
            self._load_refused,
            owner=self)

    def _week_loaded(self, request: int, shown: tuple[Provider | None, dt.date], scroll: bool,
                     week: tuple[list[AvailabilityBlock], list[Booking]]) -> None:
        if request != self._week_request:
            return
        self._blocks, self._bookings = week
        self._shown = shown
        self._relayout()
        if scroll:
            self.grid.scroll_to_minute(first_working_minute(self.week_model.items()))

    def _relayout(self) -> None:
        (provider, first), now = self._shown, self.session.now()
        tz = zone(provider.timezone if provider else self.session.policy().clinic_timezone)
        self.week_model.set_items(layout_week(first, self._blocks, self._bookings, tz, now))
        local_now = now.astimezone(tz)
        offset = labels.offset_text(tz.utcoffset(dt.datetime.combine(first, dt.time(12))))
        self.grid.set_week(first, local_now.date(), local_now.hour * 60 + local_now.minute,
                           self._slot_minutes, provider.color if provider else "#808080",
                           offset)
        last = first + dt.timedelta(days=DAYS_PER_WEEK - 1)
        name = provider.name if provider else self.tr("No provider selected")
        self.title.setText(labels.week_title(name, first, last, tz.key, offset))

    def _mark_month(self) -> None:
        self._month_request += 1
        request, provider = self._month_request, self._provider
        if provider is None:
            self.calendar.mark([], [])
            return
        first, last = self.calendar.page_range()
        actor, now = self.session.actor, self.session.now()
        self.session.ops.query(
            lambda: (schedule.days_with_availability(actor, provider.id, first, last),
                     booking.days_with_live_bookings(actor, provider.id, first, last, now)),
            lambda days: self._month_loaded(request, days), self._load_refused, owner=self)

    def _month_loaded(self, request: int, days: tuple[list[dt.date], list[dt.date]]) -> None:
        if request == self._month_request:
            self.calendar.mark(*days)

    def _update_enabled(self) -> None:
        provider = self._provider
        editable = provider is not None and self.session.may(Permission.EDIT_AVAILABILITY,
                                                             provider.id)
        for action in (self.add_blocks_action, self.weekly_pattern_action,
                       self.time_off_action):
            action.setEnabled(editable)
        self.grid.set_editable(editable)
        manage = self.session.may(Permission.MANAGE_PROVIDERS)
        self.new_provider_action.setEnabled(manage)
        self.edit_provider_action.setEnabled(manage and provider is not None)

    # --- reacting -----------------------------------------------------------------------------
    @Slot(object)
    def _provider_selected(self, provider: Provider | None) -> None:
        changed = (provider.id if provider else None) != (
            self._provider.id if self._provider else None)
        self._provider = provider
        self.legend.show_provider_color(QColor(provider.color if provider else "#808080"))
        if changed:
            self.message.show_message("")
        self.reload_week(scroll=changed)

    @Slot(QDate)
    def _calendar_clicked(self, day: QDate) -> None:
        self.show_date(pydate(day))

    @Slot(int, int)
    def _page_changed(self, year: int, month: int) -> None:
        self._mark_month()

    @Slot(object)
    def _day_clicked(self, day: dt.date) -> None:
        self._day = day
        self._show_in_calendar(day)

    @Slot(int)
    def step_week(self, step: int) -> None:
        self.show_date(self._day + dt.timedelta(days=DAYS_PER_WEEK * step))

    @Slot()
    def go_today(self) -> None:
        tz = zone(self._provider.timezone if self._provider
                  else self.session.policy().clinic_timezone)
        self.show_date(local_date_of(self.session.now(), tz), scroll=True)

    @Slot()
    def _tick(self) -> None:
        """Countdowns and the current-time line move on; the data is reloaded on signals."""
        self._relayout()

    @Slot(str)
    def _edit_refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo or redo"), message)

    @Slot(str)
    def _edit_reported(self, message: str) -> None:
        self.show_message(message, error=False)

    @Slot(int, object)
    def _schedule_shown(self, provider_id: int, day: dt.date) -> None:
        if self._provider is None or self._provider.id != provider_id:
            self.select_provider(provider_id)
        self.show_date(day)
