"""The front desk's main screen: client, slot, hold, confirm; cancel and move one step away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import NotFound
from reservations_app.domain.model import Booking, Client, Reservation, Status
from reservations_app.services import booking as booking_service
from reservations_app.services.changeset import BOOKINGS
from reservations_app.ui.booking.appointment_book import AppointmentBook
from reservations_app.ui.booking.client_actions import ClientActions
from reservations_app.ui.booking.client_finder import ClientFinder
from reservations_app.ui.booking.hold_panel import HoldPanel
from reservations_app.ui.booking.reservation_writes import ReservationWrites
from reservations_app.ui.booking.reservations_panel import ReservationsPanel
from reservations_app.ui.booking.slot_picker import SlotPicker
from reservations_app.ui.booking.waitlist_hint import WaitlistHint
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.session import Session
from reservations_app.ui.steady_tabs import SteadyTabWidget

TICK_MS = 1000


class BookingTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = self._session = session
        self._current_id: int | None = None
        self._select_after_reload: int | None = None
        self.writes = ReservationWrites(self)
        self.clients = ClientActions(self)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._build_actions()
        self._build()
        self._connect_signals()
        self._set_tab_order()
        self._on_client_changed(self.finder.current_client())
        # The desk opens on today's appointment book; the free-slot list shares its day.
        today = self._session.clinic_today()
        moved = today != self.picker.day()
        self.picker.set_day(today)
        if not moved:  # a new day reaches the list through day_changed; the same one does not
            self.reservations.set_day(today)
        self.book.panel.set_day(today)
        self._ticker.start()
        self._update_actions()

    def _build_actions(self) -> None:
        self.find_client_action = self._action(self.tr("&Find client"), "Ctrl+F")
        self.new_client_action = self._action(self.tr("&New client…"), "Ctrl+N")
        self.client_history_action = self._action(self.tr("Client &history…"), "Ctrl+H")
        self.edit_client_action = self._action(self.tr("&Edit client…"), "F2")
        self.hold_action = self._action(self.tr("&Hold slot"), "Enter")
        self.hold_action.setShortcuts([QKeySequence("Enter"), QKeySequence("Return")])
        # Enter holds only from the slot list; elsewhere it keeps its usual meaning.
        self.hold_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.confirm_action = self._action(self.tr("&Confirm hold"), "Ctrl+Enter")
        self.confirm_action.setShortcuts([QKeySequence("Ctrl+Enter"),
                                          QKeySequence("Ctrl+Return")])
        self.move_action = self._action(self.tr("&Move reservation…"), "Ctrl+M")
        self.cancel_action = self._action(self.tr("Cance&l reservation…"), "Ctrl+Delete")
        self.stop_move_action = self._action(self.tr("&Stop moving"), "Escape")
        self.stop_move_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_move_action.setEnabled(False)

    def _action(self, text: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.banner = MessageBanner(self)
        self.finder = ClientFinder(self._session, self)
        self.picker = SlotPicker(self._session, self)
        self.picker.table.addAction(self.hold_action)
        self.addActions([self.picker.previous_day_action, self.picker.next_day_action,
                         self.picker.today_action, self.picker.next_free_day_action])
        self.hold_panel = HoldPanel(self._session, self.hold_action,
                                    [self.confirm_action, self.move_action, self.cancel_action],
                                    self)
        self.reservations = ReservationsPanel(self._session, self)
        self.book = AppointmentBook(self)
        self.views = SteadyTabWidget(self)
        self.views.setObjectName("bookingViews")
        self.views.setAccessibleName(self.tr("Day and time"))
        self.views.tabBar().setAccessibleName(self.tr("Appointment book or free slots"))
        self.views.addTab(self.book.panel, self.tr("Appointment &book"))
        self.views.addTab(self.picker, self.tr("&Free slots"))
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(self._boxed(self.tr("1. Client"), self.finder))
        self.left_splitter.addWidget(self.book.arrivals)
        self.left_splitter.setChildrenCollapsible(False)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.setObjectName("bookingTopSplitter")
        self.top_splitter.addWidget(self.left_splitter)
        self.waitlist_hint = WaitlistHint(self._session, self)
        self.top_splitter.addWidget(self._boxed(self.tr("2. Day and time"), self.views,
                                                self.waitlist_hint))
        self.top_splitter.addWidget(self._boxed(self.tr("3. Hold and confirm"), self.hold_panel))
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setSizes([300, 720, 260])
        self.top_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("bookingSplitter")
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(self._boxed(self.tr("Reservations"), self.reservations))
        self.splitter.setSizes([560, 160])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    def remembered_splitters(self) -> list[QSplitter]:
        """The splitters whose sizes the window keeps in its settings, under their names."""
        return [self.top_splitter, self.splitter]

    def _boxed(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is widgets[0] else 0)
        return box

    def _connect_signals(self) -> None:
        self.find_client_action.triggered.connect(self.finder.focus_search)
        self.new_client_action.triggered.connect(self.clients.add_client)
        self.finder.new_button.clicked.connect(self.new_client_action.trigger)
        self.client_history_action.triggered.connect(self.clients.show_client_history)
        self.edit_client_action.triggered.connect(self.clients.edit_client)
        self.finder.history_button.clicked.connect(self.client_history_action.trigger)
        self.hold_action.triggered.connect(self.writes.hold_or_move)
        self.confirm_action.triggered.connect(self.writes.confirm_current)
        self.move_action.triggered.connect(self.writes.start_move)
        self.cancel_action.triggered.connect(self.writes.ask_and_cancel)
        self.stop_move_action.triggered.connect(self.writes.stop_move)
        self.finder.client_changed.connect(self._on_client_changed)
        self.finder.client_accepted.connect(self.focus_time_choice)
        self.picker.slot_changed.connect(self.hold_panel.set_slot)
        self.picker.slot_changed.connect(self._update_actions)
        self.picker.slot_activated.connect(self.hold_action.trigger)
        # The book's read first: the runner's reads run in the order asked, and the day in the
        # centre is what the desk waits for; the list below follows it.
        self.picker.day_changed.connect(self.book.panel.set_day)
        self.picker.day_changed.connect(self.reservations.set_day)
        self.picker.day_changed.connect(lambda _day: self.waitlist_hint.set_free_time(None, None))
        self.picker.slot_changed.connect(self._show_free_time)
        self.views.currentChanged.connect(self._show_free_time)
        self.reservations.booking_selected.connect(self._on_booking_selected)
        self.hold_panel.hold_ran_out.connect(self.refresh_views)
        for widget in (self.finder, self.picker, self.reservations):
            widget.load_failed.connect(self._show_error)
        self._ticker.timeout.connect(self.reservations.tick)
        self._ticker.timeout.connect(self._update_actions)
        self._ticker.timeout.connect(self.writes.keep_banner_true)
        self._session.ops.watch(self, (BOOKINGS,), self._reload_current)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.finder.search_edit, self.finder.table, self.finder.new_button,
            self.finder.history_button,
            self.book.arrivals.table, self.views.tabBar(), *self.book.panel.tab_stops(),
            *self.picker.tab_stops(), *self.hold_panel.buttons,
            self.reservations.scope_combo,
            self.reservations.status_combo, self.reservations.search_edit,
            self.reservations.client_only_check, self.reservations.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # Public: the use cases ----------------------------------------------------------------
    def current_booking(self) -> Booking | None:
        return self.hold_panel.booking()

    def show_free_slots(self) -> None:
        """Bring the free-slot list forward, on the first day that has a free slot."""
        self.views.setCurrentWidget(self.picker)
        self.picker.go_to_first_free_day()

    def say(self, message: str, kind: Kind) -> None:
        """A banner about no reservation in particular."""
        self.writes.say(message, kind)

    def choose_client_hint(self) -> str:
        return self.clients.choose_client_hint()

    def show_reservation(self, reservation_id: int, booking: Booking | None = None) -> None:
        """Make this reservation the one in hand (the hold panel and the actions follow); a
        caller that has its `booking` at hand (the appointment book) saves a read."""
        if booking is not None:
            self._on_booking_selected(booking)
        elif reservation_id != self._current_id:
            self._current_id = reservation_id
            self._reload_current()

    def open_booking(self, booking: Booking) -> None:
        """Show `booking` in the appointment book on its clinic day, selected and in hand."""
        self.views.setCurrentWidget(self.book.panel)
        self.show_reservation(booking.reservation.id, booking)
        clinic_day = booking.reservation.start.astimezone(self._session.clinic_zone()).date()
        self.book.show_booking(booking, clinic_day)

    def select_when_reloaded(self, reservation_id: int) -> None:
        """A write made this reservation: it is the one in hand, and the list selects it once
        it has reloaded on the change that follows."""
        self._current_id = self._select_after_reload = reservation_id

    def write_booking(self, work: Callable[[], Reservation], message: str) -> None:
        self.writes.write(work, message)

    def move_booking(self, booking: Booking, provider_id: int, start: dt.datetime) -> None:
        self.writes.move_booking(booking, provider_id, start)

    def move_to(self, provider_id: int, start: dt.datetime) -> None:
        """Finish a move (Ctrl+M) at the time picked in the appointment book."""
        self.writes.move_to(provider_id, start)

    def is_moving(self) -> bool:
        return self.writes.is_moving()

    def hold_selected_slot(self) -> None:
        self.writes.hold_selected_slot()

    def cancel_current(self, reason: str | None = None) -> None:
        self.writes.cancel_current(reason)

    def add_client(self) -> None:
        self.clients.add_client()

    @Slot()
    def focus_time_choice(self) -> None:
        target = self.book.panel.view if self.views.currentWidget() is self.book.panel \
            else self.picker.table
        target.setFocus()

    @Slot()
    def refresh(self) -> None:
        self.finder.refresh()
        self.refresh_views()

    @Slot()
    def refresh_views(self) -> None:
        self.picker.refresh()
        self.reservations.refresh()
        self._reload_current()

    # Internals ----------------------------------------------------------------------------
    @Slot()
    def _reload_current(self) -> None:
        """Read the reservation in hand again (on the runner): the hold panel, the list's
        selection, the actions and the banner follow its answer."""
        reservation_id, actor = self._current_id, self._session.actor
        if reservation_id is None:
            self._show_current(None)
            return
        self._update_actions()  # at once for what is known now (e.g. the hold ran out)

        def read() -> Booking | None:
            try:
                return booking_service.get_booking(actor, reservation_id)
            except NotFound:
                return None

        self._session.ops.query(read, lambda booking: self._show_current_if(
            reservation_id, booking), lambda error: self._show_error(error.message), owner=self)

    def _show_current_if(self, reservation_id: int, booking: Booking | None) -> None:
        if reservation_id == self._current_id:  # else another one is in hand, and on its way
            self._show_current(booking)

    def _show_current(self, booking: Booking | None) -> None:
        self.hold_panel.show_booking(booking)
        if self._select_after_reload is not None:  # the list is reloading on the same event
            self.reservations.select_when_loaded(self._select_after_reload)
            self._select_after_reload = None
        self._update_actions()
        self.writes.keep_banner_true()

    @Slot()
    def _show_free_time(self) -> None:
        """The waitlist hint follows the free time chosen in the view in front."""
        if self.views.currentWidget() is self.book.panel:
            self.book.show_free_time()
            return
        row = self.picker.current_row()
        self.waitlist_hint.set_free_time(row.provider if row else None,
                                         row.slot.start if row else None)

    @Slot(object)
    def _on_client_changed(self, client: Client | None) -> None:
        self.hold_panel.set_client(client)
        self.reservations.set_client(client)
        self._update_actions()

    @Slot(object)
    def _on_booking_selected(self, booking: Booking | None) -> None:
        if booking is not None:
            self._current_id = booking.reservation.id
            self.hold_panel.show_booking(booking)
            self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        """Offer what can be done now, and what the signed-in role may do (a provider books
        only on their own schedule; the services refuse the rest anyway)."""
        may = self._session.may
        row = self.picker.current_row()
        self.new_client_action.setEnabled(may(Permission.MANAGE_CLIENTS))
        chosen = self.finder.current_client() is not None
        self.client_history_action.setEnabled(chosen)
        self.edit_client_action.setEnabled(chosen and may(Permission.MANAGE_CLIENTS))
        self.finder.history_button.setEnabled(chosen)
        self.hold_action.setEnabled(row is not None and may(Permission.BOOK, row.provider.id))
        current = self.current_booking()
        live = current is not None and current.reservation.is_live(self._session.now()) \
            and may(Permission.BOOK, current.reservation.provider_id)
        self.confirm_action.setEnabled(
            live and current is not None and current.reservation.status is Status.PENDING)
        self.move_action.setEnabled(live)
        self.cancel_action.setEnabled(live)
        self.book.update_actions()

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.banner.show_message(message, Kind.ERROR)
