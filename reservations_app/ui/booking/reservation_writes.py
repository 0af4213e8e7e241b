"""The Booking tab's writes on a reservation: hold the chosen slot, confirm, cancel, move (from
the free-slot list or the appointment book), each on the operation runner, with the banner
that says what happened, and keeps saying only what is still true."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Booking, Reservation, Status
from reservations_app.domain.timezones import zone
from reservations_app.services import booking as booking_service
from reservations_app.ui.dialogs.cancel import CancelReservationDialog
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.models.formatting import day_and_time

if TYPE_CHECKING:
    from reservations_app.ui.booking.tab import BookingTab


class ReservationWrites(QObject):
    def __init__(self, tab: BookingTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self._session = tab.session
        self._moving: Booking | None = None
        # The reservation a success banner speaks of, and its status then: when that status
        # changes (the hold ran out, another desk cancelled) the banner must not stay.
        self._banner_about: tuple[int, Status] | None = None

    # --- holding and confirming -----------------------------------------------------------

    @Slot()
    def hold_or_move(self) -> None:
        if self._moving is not None:
            self.move_to_selected_slot()
        else:
            self.hold_selected_slot()

    @Slot()
    def hold_selected_slot(self) -> None:
        tab = self._tab
        tab.banner.clear()
        client, row = tab.finder.current_client(), tab.picker.current_row()
        if client is None:
            tab.banner.show_message(tab.choose_client_hint(), Kind.WARNING)
            tab.finder.focus_search()
            return
        if row is None:
            tab.banner.show_message(self.tr("Pick a free slot first."), Kind.WARNING)
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.hold(
            actor, client.id, row.provider.id, row.slot.start, now), self.tr(
                "Held {when} with {provider} for {client}. Confirm it with Ctrl+Enter.").format(
                when=day_and_time(row.local_start), provider=row.provider.name,
                client=client.name))

    def write(self, work: Callable[[], Reservation], message: str) -> None:
        self._tab.banner.clear()
        self._attempt(work, message)

    @Slot()
    def confirm_current(self) -> None:
        tab = self._tab
        tab.banner.clear()
        current = tab.current_booking()
        if current is None:
            tab.banner.show_message(self.tr("Nothing to confirm: hold a slot first."),
                                    Kind.WARNING)
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.confirm(actor, current.reservation.id, now),
                      self.tr("Confirmed: {client} with {provider}, {when}.").format(
                          client=current.client_name, provider=current.provider_name,
                          when=_when(current)))

    # --- cancelling -----------------------------------------------------------------------

    @Slot()
    def ask_and_cancel(self) -> None:
        current = self._tab.current_booking()
        if current is None:
            self._tab.banner.show_message(self.tr("Pick the reservation to cancel in the list "
                                                  "below first."), Kind.WARNING)
            return
        dialog = CancelReservationDialog(current, self._tab)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.cancel_current(dialog.reason())

    def cancel_current(self, reason: str | None = None) -> None:
        self._tab.banner.clear()
        current = self._tab.current_booking()
        if current is None:
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.cancel(actor, current.reservation.id, now, reason),
                      self.tr("Cancelled: {client} with {provider}, {when}.").format(
                          client=current.client_name, provider=current.provider_name,
                          when=_when(current)))

    # --- moving ---------------------------------------------------------------------------

    def is_moving(self) -> bool:
        return self._moving is not None

    @Slot()
    def start_move(self) -> None:
        tab = self._tab
        current = tab.current_booking()
        if current is None or not current.reservation.is_live(self._session.now()):
            tab.banner.show_message(self.tr("Pick a held or confirmed reservation to move "
                                            "first."), Kind.WARNING)
            return
        self._moving = current
        tab.hold_action.setText(self.tr("Move &here"))
        tab.stop_move_action.setEnabled(True)
        tab.banner.show_message(self.tr(
            "Moving {client}'s reservation ({when} with {provider}). Pick the new day and time, "
            "then press Enter. Esc stops moving.").format(
            client=current.client_name, when=_when(current),
            provider=current.provider_name), Kind.INFO)
        tab.focus_time_choice()

    @Slot()
    def stop_move(self) -> None:
        self._moving = None
        self._tab.hold_action.setText(self.tr("&Hold slot"))
        self._tab.stop_move_action.setEnabled(False)
        self._tab.banner.clear()

    @Slot()
    def move_to_selected_slot(self) -> None:
        moving, row = self._moving, self._tab.picker.current_row()
        if moving is None or row is None:
            return
        actor, now = self._session.actor, self._session.now()
        self._attempt(lambda: booking_service.move(
            actor, moving.reservation.id, row.slot.start, now, provider_id=row.provider.id),
            self.tr("Moved {client}'s reservation to {when} with {provider}.").format(
                client=moving.client_name, when=day_and_time(row.local_start),
                provider=row.provider.name), moving=True)

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

    # --- the banner -----------------------------------------------------------------------

    def say(self, message: str, kind: Kind) -> None:
        """A banner about no reservation in particular."""
        self._banner_about = None
        self._tab.banner.show_message(message, kind)

    @Slot()
    def keep_banner_true(self) -> None:
        """Banners describe the present: once the reservation a success banner speaks of has
        another status (its hold ran out, another desk cancelled it), the banner says so."""
        banner = self._tab.banner
        if self._banner_about is None or banner.isHidden():
            self._banner_about = None
            return
        reservation_id, status_then = self._banner_about
        current = self._tab.current_booking()
        if current is None or current.reservation.id != reservation_id:
            return  # the desk looks at another reservation now; the banner still told the truth
        status_now = current.effective_status(self._session.now())
        if status_now is status_then:
            return
        self._banner_about = None
        if status_now is Status.EXPIRED:
            banner.show_message(self.tr(
                "The hold for {client} ({when} with {provider}) ran out and the slot was "
                "freed. Hold it again if it is still free.").format(
                client=current.client_name, when=_when(current),
                provider=current.provider_name), Kind.WARNING)
        else:
            banner.clear()

    # --- internals ------------------------------------------------------------------------

    def _attempt(self, work: Callable[[], Reservation], message: str, *,
                 moving: bool = False) -> None:
        """Run a booking write on the runner; a refused rule becomes an inline message, never
        a traceback. The views refresh on the runner's change event, each once."""

        def done(reservation: Reservation) -> None:  # the change event follows, and reloads
            if moving:
                self.stop_move()
            self._tab.select_when_reloaded(reservation.id)
            self._tab.banner.show_message(message, Kind.SUCCESS)
            self._banner_about = (reservation.id,
                                  reservation.effective_status(self._session.now()))

        self._session.ops.write(work, on_success=done, on_error=self._refused,
                                initiator=self._tab, owner=self._tab)

    def _refused(self, error: DomainError) -> None:
        self._tab.banner.show_message(error.message, Kind.ERROR)
        self._tab.refresh_views()  # e.g. the slot was just taken: show what is free now


def _when(booking: Booking) -> str:
    return day_and_time(booking.reservation.start.astimezone(zone(booking.provider_timezone)))
