"""The front desk's main screen: client, slot, hold, confirm; cancel and move one step away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QGroupBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DomainError, NotFound
from reservations_app.domain.model import Booking, Client, Reservation, Status
from reservations_app.domain.timezones import zone
from reservations_app.services import booking as booking_service
from reservations_app.services.changeset import BOOKINGS
from reservations_app.ui.booking.appointment_book import AppointmentBook
from reservations_app.ui.booking.client_finder import ClientFinder
from reservations_app.ui.booking.hold_panel import HoldPanel
from reservations_app.ui.booking.reservations_panel import ReservationsPanel
from reservations_app.ui.booking.slot_picker import SlotPicker
from reservations_app.ui.dialogs.cancel import CancelReservationDialog
from reservations_app.ui.dialogs.client import NewClientDialog
from reservations_app.ui.dialogs.client_edit import EditClientDialog
from reservations_app.ui.dialogs.client_history import ClientHistoryDialog
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.models.formatting import day_and_time
from reservations_app.ui.session import Session

TICK_MS = 1000


class BookingTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = self._session = session
        self._current_id: int | None = None
        self._select_after_reload: int | None = None
        self._moving: Booking | None = None
        # The reservation a success banner speaks of, and its status then: when that status
        # changes (the hold ran out, another desk cancelled) the banner must not stay.
        self._banner_about: tuple[int, Status] | None = None
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
        self.views = QTabWidget(self)
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
        self.top_splitter.addWidget(self._boxed(self.tr("2. Day and time"), self.views))
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

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(widget)
        return box

    def _connect_signals(self) -> None:
        self.find_client_action.triggered.connect(self.finder.focus_search)
        self.new_client_action.triggered.connect(self.add_client)
        self.finder.new_button.clicked.connect(self.new_client_action.trigger)
        self.client_history_action.triggered.connect(self.show_client_history)
        self.edit_client_action.triggered.connect(self.edit_client)
        self.finder.history_button.clicked.connect(self.client_history_action.trigger)
        self.hold_action.triggered.connect(self.hold_or_move)
        self.confirm_action.triggered.connect(self.confirm_current)
        self.move_action.triggered.connect(self.start_move)
        self.cancel_action.triggered.connect(self.ask_and_cancel)
        self.stop_move_action.triggered.connect(self.stop_move)
        self.finder.client_changed.connect(self._on_client_changed)
        self.finder.client_accepted.connect(self._focus_time_choice)
        self.picker.slot_changed.connect(self.hold_panel.set_slot)
        self.picker.slot_changed.connect(self._update_actions)
        self.picker.slot_activated.connect(self.hold_action.trigger)
        self.picker.day_changed.connect(self.reservations.set_day)
        self.picker.day_changed.connect(self.book.panel.set_day)
        self.reservations.booking_selected.connect(self._on_booking_selected)
        self.hold_panel.hold_ran_out.connect(self._refresh_views)
        for widget in (self.finder, self.picker, self.reservations):
            widget.load_failed.connect(self._show_error)
        self._ticker.timeout.connect(self.reservations.tick)
        self._ticker.timeout.connect(self._update_actions)
        self._ticker.timeout.connect(self._keep_banner_true)
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
        self.picker.set_day(self.picker.first_free_day())

    def say(self, message: str, kind: Kind) -> None:
        """A banner about no reservation in particular."""
        self._say(message, kind)

    def choose_client_hint(self) -> str:
        return self._choose_client_hint()

    def show_reservation(self, reservation_id: int) -> None:
        """Make this reservation the one in hand (the hold panel and the actions follow)."""
        if reservation_id != self._current_id:
            self._current_id = reservation_id
            self._reload_current()

    def write_booking(self, work: Callable[[], Reservation], message: str) -> None:
        self.banner.clear()
        self._attempt(work, message)

    def move_booking(self, booking: Booking, provider_id: int, start: dt.datetime) -> None:
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.move(
            actor, booking.reservation.id, start, now, provider_id=provider_id),
            self.tr("Moved {client}'s reservation to {when}.").format(
                client=booking.client_name, when=day_and_time(
                    start.astimezone(zone(booking.provider_timezone)))), moving=True)

    def move_to(self, provider_id: int, start: dt.datetime) -> None:
        """Finish a move (Ctrl+M) at the time picked in the appointment book."""
        if self._moving is not None:
            self.move_booking(self._moving, provider_id, start)

    @Slot()
    def _focus_time_choice(self) -> None:
        target = self.book.panel.view if self.views.currentWidget() is self.book.panel \
            else self.picker.table
        target.setFocus()

    def is_moving(self) -> bool:
        return self._moving is not None

    @Slot()
    def refresh(self) -> None:
        self.finder.refresh()
        self._refresh_views()

    @Slot()
    def add_client(self) -> None:
        typed = self.finder.search_edit.text().strip()
        looks_like_name = typed and "@" not in typed and not any(ch.isdigit() for ch in typed)
        dialog = NewClientDialog(self._session, typed if looks_like_name else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client is not None:
            self.finder.select_client(dialog.client)
            self._say(self.tr("Added {client}. Pick a free slot and hold it (Enter).").format(
                client=dialog.client.name), Kind.SUCCESS)
            self.picker.table.setFocus()

    @Slot()
    def hold_or_move(self) -> None:
        if self._moving is not None:
            self.move_to_selected_slot()
        else:
            self.hold_selected_slot()

    @Slot()
    def hold_selected_slot(self) -> None:
        self.banner.clear()
        client, row = self.finder.current_client(), self.picker.current_row()
        if client is None:
            self.banner.show_message(self._choose_client_hint(), Kind.WARNING)
            self.finder.focus_search()
            return
        if row is None:
            self.banner.show_message(self.tr("Pick a free slot first."), Kind.WARNING)
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.hold(
            actor, client.id, row.provider.id, row.slot.start, now), self.tr(
                "Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.").format(
                when=day_and_time(row.local_start), provider=row.provider.name,
                client=client.name))

    def _choose_client_hint(self) -> str:
        if self.finder.model.rowCount() > 1 and self.finder.search_edit.text().strip():
            return self.tr("Several clients match \u201c{typed}\u201d. Pick the right one in "
                           "the Client list (Up/Down, then Enter), then hold.").format(
                typed=self.finder.search_edit.text().strip())
        return self.tr("Choose a client first: type a name, email or phone in the Client box "
                       "(Ctrl+F).")

    @Slot()
    def confirm_current(self) -> None:
        self.banner.clear()
        current = self.current_booking()
        if current is None:
            self.banner.show_message(self.tr("Nothing to confirm: hold a slot first."),
                                     Kind.WARNING)
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.confirm(actor, current.reservation.id, now),
                      self.tr("Confirmed: {client} with {provider}, {when}.").format(
                          client=current.client_name, provider=current.provider_name,
                          when=self._when(current)))

    @Slot()
    def ask_and_cancel(self) -> None:
        current = self.current_booking()
        if current is None:
            self.banner.show_message(self.tr("Pick the reservation to cancel in the list "
                                             "below first."), Kind.WARNING)
            return
        dialog = CancelReservationDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.cancel_current(dialog.reason())

    def cancel_current(self, reason: str | None = None) -> None:
        self.banner.clear()
        current = self.current_booking()
        if current is None:
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.cancel(actor, current.reservation.id, now, reason),
                      self.tr("Cancelled: {client} with {provider}, {when}.").format(
                          client=current.client_name, provider=current.provider_name,
                          when=self._when(current)))

    @Slot()
    def start_move(self) -> None:
        current = self.current_booking()
        if current is None or not current.reservation.is_live(self._session.now()):
            self.banner.show_message(self.tr("Pick a held or confirmed reservation to move "
                                             "first."), Kind.WARNING)
            return
        self._moving = current
        self.hold_action.setText(self.tr("Move &here"))
        self.stop_move_action.setEnabled(True)
        self.banner.show_message(self.tr(
            "Moving {client}'s reservation ({when} with {provider}). Pick the new day and time, "
            "then press Enter. Esc stops moving.").format(
            client=current.client_name, when=self._when(current),
            provider=current.provider_name), Kind.INFO)
        self._focus_time_choice()

    @Slot()
    def stop_move(self) -> None:
        self._moving = None
        self.hold_action.setText(self.tr("&Hold slot"))
        self.stop_move_action.setEnabled(False)
        self.banner.clear()

    @Slot()
    def move_to_selected_slot(self) -> None:
        moving, row = self._moving, self.picker.current_row()
        if moving is None or row is None:
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.move(
            actor, moving.reservation.id, row.slot.start, now, provider_id=row.provider.id),
            self.tr("Moved {client}'s reservation to {when} with {provider}.").format(
                client=moving.client_name, when=day_and_time(row.local_start),
                provider=row.provider.name), moving=True)

    # Internals ----------------------------------------------------------------------------
    def _attempt(self, work: Callable[[], Reservation], message: str, *,
                 moving: bool = False) -> None:
        """Run a booking write on the runner; a refused rule becomes an inline message, never
        a traceback. The views refresh on the runner's change event, each once."""

        def done(reservation: Reservation) -> None:  # the change event follows, and reloads
            if moving:
                self.stop_move()
            self._current_id = self._select_after_reload = reservation.id
            self.banner.show_message(message, Kind.SUCCESS)
            self._banner_about = (reservation.id,
                                  reservation.effective_status(self._session.now()))

        self._session.ops.write(work, on_success=done, on_error=self._refused,
                                initiator=self, owner=self)

    def _refused(self, error: DomainError) -> None:
        self.banner.show_message(error.message, Kind.ERROR)
        self._refresh_views()  # e.g. the slot was just taken: show what is free now

    def _say(self, message: str, kind: Kind) -> None:
        """A banner about no reservation in particular."""
        self._banner_about = None
        self.banner.show_message(message, kind)

    @Slot()
    def _keep_banner_true(self) -> None:
        """Banners describe the present: once the reservation a success banner speaks of has
        another status (its hold ran out, another desk cancelled it), the banner says so."""
        if self._banner_about is None or self.banner.isHidden():
            self._banner_about = None
            return
        reservation_id, status_then = self._banner_about
        current = self.current_booking()
        if current is None or current.reservation.id != reservation_id:
            return  # the desk looks at another reservation now; the banner still told the truth
        status_now = current.effective_status(self._session.now())
        if status_now is status_then:
            return
        self._banner_about = None
        if status_now is Status.EXPIRED:
            self.banner.show_message(self.tr(
                "The hold for {client} ({when} with {provider}) ran out and the slot was "
                "freed. Hold it again if it is still free.").format(
                client=current.client_name, when=self._when(current),
                provider=current.provider_name), Kind.WARNING)
        else:
            self.banner.clear()

    @Slot()
    def _refresh_views(self) -> None:
        self.picker.refresh()
        self.reservations.refresh()
        self._reload_current()

    @Slot()
    def _reload_current(self) -> None:
        booking = None
        if self._current_id is not None:
            try:
                booking = booking_service.get_booking(self._session.actor, self._current_id)
            except NotFound:
                booking = None
            except DomainError as exc:
                self._show_error(exc.message)
                return
        self.hold_panel.show_booking(booking)
        if self._select_after_reload is not None:  # the list is reloading on the same event
            self.reservations.select_when_loaded(self._select_after_reload)
            self._select_after_reload = None
        self._update_actions()
        self._keep_banner_true()

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
    def edit_client(self) -> None:
        """Correct the chosen client's record (duplicate rules checked again)."""
        client = self.finder.current_client()
        if client is None:
            self._say(self.tr("Choose the client to edit first (Ctrl+F)."), Kind.WARNING)
            return
        dialog = EditClientDialog(self._session, client, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client is not None:
            self.finder.select_client(dialog.client)
            self._say(self.tr("Saved {client}.").format(client=dialog.client.name),
                      Kind.SUCCESS)

    @Slot()
    def show_client_history(self) -> None:
        """The chosen client's reservations (and, for admins, their audit trail)."""
        client = self.finder.current_client()
        if client is not None:
            ClientHistoryDialog(self._session, client.id, self).exec()

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

    @staticmethod
    def _when(booking: Booking) -> str:
        return day_and_time(booking.reservation.start.astimezone(zone(booking.provider_timezone)))
