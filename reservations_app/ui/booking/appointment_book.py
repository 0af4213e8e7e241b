"""What the Booking tab does with the appointment book: book the free time under the cursor for
the chosen client, open a booking, its context menu, and moving by drag (with a confirmation
naming the client and both times). Every write goes through the operation runner; a refused
move leaves the book as the database has it, so the block is back where it was."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Booking, Client, Provider, Reservation
from reservations_app.domain.timezones import zone
from reservations_app.services import booking as booking_service
from reservations_app.services import front_desk
from reservations_app.ui.booking.arrivals_panel import ArrivalsPanel
from reservations_app.ui.booking.day_book_panel import DayBookPanel
from reservations_app.ui.booking.visit_actions import VisitActions
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.models.formatting import day_and_time

if TYPE_CHECKING:
    from reservations_app.ui.booking.tab import BookingTab


class AppointmentBook(QObject):
    def __init__(self, tab: BookingTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self._session = tab.session
        picker = tab.picker  # one day for the tab: the book and the slot list move together
        self.panel = DayBookPanel(self._session, tab, (
            picker.previous_day_action, picker.today_action, picker.next_day_action))
        self.arrivals = ArrivalsPanel(self._session, tab)
        self.visit_actions = VisitActions(self._session, tab, tab.current_booking, tab.say)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.panel.book_requested.connect(self.book_or_move_here)
        self.panel.booking_opened.connect(self._open)
        self.panel.booking_menu_requested.connect(self._show_menu)
        self.panel.move_requested.connect(self._confirm_drag)
        self.panel.view.cursor_moved.connect(self._cursor_moved)
        self.panel.view.day_shown.connect(self._day_shown)
        self.arrivals.booking_chosen.connect(self._show_from_arrivals)
        for widget in (self.panel, self.arrivals):
            widget.load_failed.connect(lambda message: self._tab.say(message, Kind.ERROR))

    # --- booking --------------------------------------------------------------------------

    @Slot(int, object)
    def book_or_move_here(self, provider_id: int, start: dt.datetime) -> None:
        if self._tab.is_moving():
            self._tab.move_to(provider_id, start)
            return
        client = self._tab.finder.current_client()
        if client is None:
            self._tab.say(self._tab.choose_client_hint(), Kind.WARNING)
            self._tab.finder.focus_search()
            return
        provider = self._provider(provider_id)
        if provider is None:
            return
        actor, now = self._session.actor, self._session.now()
        self._session.ops.query(
            lambda: front_desk.choices_at(actor, provider_id, start, now, client.id),
            lambda choices: self._ask_and_hold(provider, start, client, choices),
            lambda error: self._tab.say(error.message, Kind.ERROR), owner=self._tab)

    def _ask_and_hold(self, provider: Provider, start: dt.datetime, client: Client,
                      choices: list[front_desk.TypeChoice]) -> None:
        if not any(choice.fits for choice in choices):
            reasons = {choice.reason for choice in choices}
            self._tab.say(self.tr("Nothing can be booked for {client} at {when} with "
                                  "{provider}: {why}.").format(
                client=client.name, when=self._when(provider, start), provider=provider.name,
                why=_first_reason(reasons)), Kind.WARNING)
            return
        from reservations_app.ui.booking.book_visit_dialog import BookVisitDialog  # when used

        dialog = BookVisitDialog(provider, start, client, choices, self._tab,
                                 self._session.policy().phone_region)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._hold(provider, start, client, dialog.chosen_type_id(), dialog.note(),
                   dialog.confirm_now)

    def _hold(self, provider: Provider, start: dt.datetime, client: Client,
              type_id: int | None, note: str | None, confirm: bool) -> None:
        actor, now = self._session.actor, self._session.now()

        def hold_and_maybe_confirm() -> Reservation:
            held = booking_service.hold(actor, client.id, provider.id, start, now,
                                        visit_type_id=type_id, note=note)
            return booking_service.confirm(actor, held.id, now) if confirm else held

        when = self._when(provider, start)
        message = (self.tr("Booked {client} at {when} with {provider}.") if confirm else
                   self.tr("Held {when} with {provider} for {client}. Confirm it with "
                           "Ctrl+Enter.")).format(client=client.name, when=when,
                                                  provider=provider.name)
        self._tab.write_booking(hold_and_maybe_confirm, message)

    # --- moving by drag -------------------------------------------------------------------

    @Slot(int, int, object)
    def _confirm_drag(self, reservation_id: int, provider_id: int, start: dt.datetime) -> None:
        booking = self._booking(reservation_id)
        provider = self._provider(provider_id)
        if booking is None or provider is None:
            return
        old_provider = self._provider(booking.reservation.provider_id)
        before = self._when(old_provider, booking.reservation.start) if old_provider else ""
        question = self.tr("Move {client} from {before} with {old} to {after} with {new}?").format(
            client=booking.client_name, before=before, old=booking.provider_name,
            after=self._when(provider, start), new=provider.name)
        answer = QMessageBox.question(self._tab, self.tr("Move booking"), question)
        if answer != QMessageBox.StandardButton.Yes:
            self.panel.reload()
            return
        self._tab.move_booking(booking, provider_id, start)

    # --- menu and selection ---------------------------------------------------------------

    @Slot(int)
    def _open(self, reservation_id: int) -> None:
        self._tab.show_reservation(reservation_id, self._booking(reservation_id))

    @Slot(int, QPoint)
    def _show_menu(self, reservation_id: int, position: QPoint) -> None:
        self._open(reservation_id)
        menu = QMenu(self._tab)
        menu.addActions(self.visit_actions.actions)
        menu.addSeparator()
        menu.addActions([self._tab.confirm_action, self._tab.move_action,
                         self._tab.cancel_action, self._tab.client_history_action])
        menu.exec(position)

    @Slot()
    def _cursor_moved(self) -> None:
        booking = self.panel.view.current_booking()
        if booking is not None:
            self._tab.show_reservation(booking.reservation.id, booking)
        self.show_free_time()

    @Slot()
    def _day_shown(self) -> None:
        if self._tab.views.currentWidget() is self.panel:
            self.show_free_time()

    def show_free_time(self) -> None:
        """Tell the waitlist hint which free time the cursor is on, if any."""
        layout = self.panel.view.day_layout()
        shown = layout is not None and layout.day.local_date == self.panel.day()
        free = self.panel.view.current_free_time() if shown else None
        provider = self._provider(free[0]) if free else None
        self._tab.waitlist_hint.set_free_time(provider, free[1] if free else None)

    @Slot(int)
    def _show_from_arrivals(self, reservation_id: int) -> None:
        self._tab.show_reservation(reservation_id)
        today = self._session.clinic_today()
        if self.panel.day() != today:
            self.panel.set_day(today)
        self.panel.view.select_booking(reservation_id)
        self.panel.view.setFocus()

    def show_booking(self, booking: Booking, clinic_day: dt.date) -> None:
        """The book on the booking's clinic day, the cursor on the booking, the view focused
        (a booking opened elsewhere, e.g. on the Calendar tab)."""
        if self.panel.day() != clinic_day:
            self._tab.picker.set_day(clinic_day)  # the tab's one day: the book follows it
        self.panel.select_booking(booking.reservation.id)
        self.panel.view.setFocus()

    def update_actions(self) -> None:
        self.visit_actions.update()

    # --- lookups --------------------------------------------------------------------------

    def _provider(self, provider_id: int) -> Provider | None:
        layout = self.panel.view.day_layout()
        for column in layout.columns if layout else ():
            if column.provider.id == provider_id:
                return column.provider
        return None

    def _booking(self, reservation_id: int) -> Booking | None:
        layout = self.panel.view.day_layout()
        for column in layout.columns if layout else ():
            for booking in column.bookings:
                if booking.reservation.id == reservation_id:
                    return booking
        return None

    @staticmethod
    def _when(provider: Provider, start: dt.datetime) -> str:
        return day_and_time(start.astimezone(zone(provider.timezone)))


def _first_reason(reasons: set[Reason]) -> str:
    from reservations_app.ui.booking.book_visit_dialog import reason_text

    for reason in sorted(reasons, key=lambda r: r.value):
        text = reason_text(reason)
        if text:
            return text
    return ""

