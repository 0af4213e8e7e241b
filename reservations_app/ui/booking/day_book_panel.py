"""The appointment book: the clinic's day with a day switcher and a provider filter around the
day view. It loads through the operation runner, reloads once per change that touches bookings
or the schedule, and keeps the receptionist's place when it does."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider
from reservations_app.services import day_book, people
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SCHEDULE, SETTINGS
from reservations_app.ui.booking.day_caption import DayCaption
from reservations_app.ui.booking.day_layout import DayLayout, layout_day
from reservations_app.ui.booking.day_view import DayView
from reservations_app.ui.menu_arrow import make_room_for_menu_arrow
from reservations_app.ui.session import Session
from reservations_app.ui.settings_keys import sha256_hex

TICK_MS = 30_000  # the now line and the holds' minutes left
MY_PROVIDERS_KEY = "day_book/my_providers/{database}"


class DayBookPanel(QWidget):
    book_requested = Signal(int, object)  # provider id, UTC start
    booking_opened = Signal(int)  # reservation id
    booking_menu_requested = Signal(int, QPoint)
    move_requested = Signal(int, int, object)  # reservation id, provider id, UTC start
    day_changed = Signal(object)  # the clinic date shown
    load_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 day_actions: tuple[QAction, QAction, QAction] | None = None) -> None:
        """`day_actions` (previous, today, next): the owner's own day keys to show as this
        panel's buttons, when the owner keeps one day for several views."""
        super().__init__(parent)
        self._session = session
        self._shared_day_actions = day_actions is not None
        self._day = session.clinic_today()
        self._providers: list[Provider] = []
        self._loading: dt.date | None = None
        self._stale = False  # the day changed while the book was hidden: read it when shown
        self._select_on_load: int | None = None  # a reservation to put the cursor on
        self._my_providers: list[int] | None = None  # as stored, once read
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        if day_actions is None:
            self._build_actions()
        else:
            self.previous_day_action, self.today_action, self.next_day_action = day_actions
        self._build()
        self._connect_signals()
        session.ops.watch(self, {BOOKINGS, SCHEDULE, PEOPLE, SETTINGS}, self.reload)
        self._ticker.start()
        self.reload()

    def _build_actions(self) -> None:
        self.previous_day_action = self._action(self.tr("Previous day"), "Alt+Left")
        self.next_day_action = self._action(self.tr("Next day"), "Alt+Right")
        self.today_action = self._action(self.tr("Today"), "Alt+Home")
        self.previous_day_action.setIconText("◀")
        self.next_day_action.setIconText("▶")

    def _action(self, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({native})")
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.day_label = DayCaption(self)  # wraps on a small screen
        self.day_label.setAccessibleName(self.tr("Day shown"))
        self.providers_button = QToolButton(self)
        self.providers_button.setText(self.tr("&Providers"))
        self.providers_button.setAccessibleName(self.tr("Which providers to show"))
        self.providers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.providers_button.setMenu(QMenu(self.providers_button))
        make_room_for_menu_arrow(self.providers_button)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Why there is no bookable time"))
        self.reason_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.view = DayView(self)
        self.day_buttons: list[QToolButton] = []  # ◀ Today ▶, in Tab order
        bar = QHBoxLayout()
        arrows = {self.previous_day_action: Qt.ArrowType.LeftArrow,
                  self.next_day_action: Qt.ArrowType.RightArrow}
        for action in (self.previous_day_action, self.today_action, self.next_day_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            if action in arrows:  # the tool tip still names the action and its key
                button.setArrowType(arrows[action])
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            bar.addWidget(button)
            self.day_buttons.append(button)
        bar.addWidget(self.day_label, 1)
        bar.addWidget(self.providers_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.view, 1)
        self.reason_label.hide()

    def _connect_signals(self) -> None:
        if not self._shared_day_actions:
            self.previous_day_action.triggered.connect(lambda: self.set_day(
                self._day - dt.timedelta(days=1)))
            self.next_day_action.triggered.connect(lambda: self.set_day(
                self._day + dt.timedelta(days=1)))
            self.today_action.triggered.connect(lambda: self.set_day(
                self._session.clinic_today()))
        self.providers_button.menu().aboutToShow.connect(self._fill_provider_menu)
        self.view.free_time_activated.connect(self.book_requested)
        self.view.booking_activated.connect(self.booking_opened)
        self.view.booking_menu_requested.connect(self.booking_menu_requested)
        self.view.move_dropped.connect(self.move_requested)
        self._ticker.timeout.connect(lambda: self.view.set_now(self._session.now()))

    # --- public ---------------------------------------------------------------------------

    def tab_stops(self) -> list[QWidget]:
        """The header left to right, then the day itself."""
        return [*self.day_buttons, self.providers_button, self.view]


    def day(self) -> dt.date:
        return self._day

    def set_day(self, day: dt.date) -> None:
        if day != self._day:
            self._day = day
            self.day_changed.emit(day)
            self.reload()

    def select_booking(self, reservation_id: int) -> None:
        """Put the cursor on this booking: now if the day shown has it, else once the day
        being loaded is shown."""
        if self._loading is None and self.view.select_booking(reservation_id):
            return
        self._select_on_load = reservation_id

    @Slot()
    def reload(self) -> None:
        """Read the day again on the runner. A book hidden behind the free-slot list reads
        nothing until it is shown: a day switch there costs the list's read, not the whole
        clinic's day as well."""
        self._loading = self._day
        self._show_day_label()
        if self.isHidden():  # a page behind the free slots (not a window not shown yet)
            self._stale = True
            return
        self._stale = False
        actor, day, now = self._session.actor, self._day, self._session.now()
        chosen = self.my_providers() or None
        slot_minutes = self._session.policy().slot_minutes
        # laid out on the worker too: a busy day's thousand blocks are placed off the GUI thread
        self._session.ops.query(
            lambda: layout_day(day_book.clinic_day(actor, day, now, chosen), slot_minutes),
            self._loaded, self._failed, owner=self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def my_providers(self) -> list[int]:
        """The providers this desk chose to see (empty: everyone working that day)."""
        if self._my_providers is None:  # read once: every day switch asks
            stored = QSettings().value(self._settings_key(), [])
            values = stored if isinstance(stored, list) else [stored] if stored else []
            self._my_providers = [int(str(value)) for value in values if str(value).isdigit()]
        return list(self._my_providers)

    def set_my_providers(self, provider_ids: list[int]) -> None:
        QSettings().setValue(self._settings_key(), [str(i) for i in sorted(provider_ids)])
        self._my_providers = sorted(provider_ids)
        self.reload()

    # --- internals ------------------------------------------------------------------------

    def _loaded(self, layout: DayLayout) -> None:
        if layout.day.local_date != self._day:
            return  # the desk has moved on to another day; its answer is on its way
        self._loading = None
        self.view.set_day(layout, self._session.now())
        self._show_reason(layout.day)
        chosen, self._select_on_load = self._select_on_load, None
        if chosen is not None:
            self.view.select_booking(chosen)

    def _failed(self, error: DomainError) -> None:
        self._loading = None
        self.load_failed.emit(error.message)

    def _show_day_label(self) -> None:
        day = QDate(self._day.year, self._day.month, self._day.day)
        text = QLocale().toString(day, "ddd d MMM yyyy")  # the locale's own day and month names
        if self._day == self._session.clinic_today():
            text = self.tr("Today, %1").replace("%1", text)
        self.day_label.setText(text)

    def _show_reason(self, day: day_book.ClinicDay) -> None:
        if day.columns:
            self.reason_label.hide()
            return
        self.reason_label.setText(self.tr(
            "Nobody has availability on this day. Add it on the Calendar tab, or go to another "
            "day (Alt+Right)."))
        self.reason_label.show()

    def _settings_key(self) -> str:
        where = sha256_hex(self._session.target.display)[:16]
        return MY_PROVIDERS_KEY.format(database=where)

    @Slot()
    def _fill_provider_menu(self) -> None:
        menu = self.providers_button.menu()
        menu.clear()
        everyone = menu.addAction(self.tr("Everyone working that day"))
        everyone.setCheckable(True)
        chosen = set(self.my_providers())
        everyone.setChecked(not chosen)
        everyone.triggered.connect(lambda: self.set_my_providers([]))
        menu.addSeparator()
        actor = self._session.actor
        self._session.ops.query(lambda: people.list_providers(actor),
                                lambda found: self._add_providers(menu, found, chosen),
                                owner=menu)

    def _add_providers(self, menu: QMenu, providers: list[Provider], chosen: set[int]) -> None:
        for provider in providers:
            action = menu.addAction(provider.name)
            action.setCheckable(True)
            action.setChecked(provider.id in chosen)
            action.toggled.connect(lambda on, pid=provider.id: self._toggle_provider(pid, on))

    def _toggle_provider(self, provider_id: int, on: bool) -> None:
        chosen = set(self.my_providers())
        chosen = chosen | {provider_id} if on else chosen - {provider_id}
        self.set_my_providers(sorted(chosen))
