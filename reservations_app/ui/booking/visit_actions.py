"""The day's status actions on the current booking (Arrived F5, Completed F6, No-show F7, Undo
status F8, Note… Ctrl+E), each one write through the operation runner. The rules (who may,
when) live in domain/status.py; the actions are only offered where the rule would allow them,
and a refusal comes back as the service's own words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Booking, Reservation
from reservations_app.domain.status import VisitChange, allowed_changes
from reservations_app.domain.timezones import zone
from reservations_app.services import visit_status
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.session import Session

Say = Callable[[str, Kind], None]


class VisitActions(QObject):
    def __init__(self, session: Session, window: QWidget, current: Callable[[], Booking | None],
                 say: Say) -> None:
        super().__init__(window)
        self._session, self._window, self._current, self._say = session, window, current, say
        self.arrived_action = self._action(self.tr("&Arrived"), "F5", self.mark_arrived)
        self.completed_action = self._action(self.tr("C&ompleted"), "F6", self.mark_completed)
        self.no_show_action = self._action(self.tr("&No-show"), "F7", self.mark_no_show)
        self.undo_action = self._action(self.tr("&Undo status"), "F8", self.undo_status)
        self.note_action = self._action(self.tr("No&te…"), "Ctrl+E", self.edit_note)
        self.actions = [self.arrived_action, self.completed_action, self.no_show_action,
                        self.undo_action, self.note_action]
        session.ops.guard_writes(*self.actions)

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def update(self) -> None:
        """Offer each action only where it could succeed for the current booking."""
        booking = self._current()
        may = booking is not None and self._session.may(Permission.BOOK,
                                                        booking.reservation.provider_id)
        allowed = allowed_changes(booking.reservation, zone(booking.provider_timezone),
                                  self._session.now()) if booking and may else frozenset()
        self.arrived_action.setEnabled(VisitChange.ARRIVE in allowed)
        self.completed_action.setEnabled(VisitChange.COMPLETE in allowed)
        self.no_show_action.setEnabled(VisitChange.NO_SHOW in allowed)
        self.undo_action.setEnabled(VisitChange.UNDO in allowed)
        self.note_action.setEnabled(may)

    @Slot()
    def mark_arrived(self) -> None:
        self._change(visit_status.arrive, self.tr("{client} has arrived."))

    @Slot()
    def mark_completed(self) -> None:
        self._change(visit_status.complete, self.tr("{client}'s visit is completed."))

    @Slot()
    def mark_no_show(self) -> None:
        self._change(visit_status.no_show, self.tr("{client} is marked as a no-show."))

    @Slot()
    def undo_status(self) -> None:
        self._change(visit_status.undo_status, self.tr("{client} is back to confirmed."))

    @Slot()
    def edit_note(self) -> None:
        booking = self._current()
        if booking is None:
            return
        text, accepted = QInputDialog.getText(
            self._window, self.tr("Note"), self.tr("Note for {client}'s visit:").format(
                client=booking.client_name), QLineEdit.EchoMode.Normal,
            booking.reservation.note)
        if not accepted:
            return
        actor, now, rid = self._session.actor, self._session.now(), booking.reservation.id
        self._write(lambda: visit_status.set_note(actor, rid, text, now),
                    self.tr("Note saved for {client}.").format(client=booking.client_name))

    def _change(self, service: Callable[..., Reservation], message: str) -> None:
        booking = self._current()
        if booking is None:
            self._say(self.tr("Pick a booking in the appointment book first."), Kind.WARNING)
            return
        actor, now, rid = self._session.actor, self._session.now(), booking.reservation.id
        self._write(lambda: service(actor, rid, now), message.format(client=booking.client_name))

    def _write(self, call: Callable[[], Reservation], message: str) -> None:
        def refused(error: DomainError) -> None:
            self._say(error.message, Kind.ERROR)

        self._session.ops.write(call, on_success=lambda _: self._say(message, Kind.SUCCESS),
                                on_error=refused, initiator=self, owner=self._window)
