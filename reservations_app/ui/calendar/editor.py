"""Runs schedule edits for the calendar tab through the operation runner: asks before
bookings are cancelled, pushes each edit on the undo stack once it is done, runs undo and redo
as writes, reports refusals, and shows where the schedule changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import Shiboken

from reservations_app.domain.errors import DomainError, ReservationInUse
from reservations_app.domain.model import Booking
from reservations_app.domain.timezones import zone
from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.commands import ScheduleCommand, WeeklyPatternCommand
from reservations_app.ui.session import Session

LISTED_BOOKINGS = 6


@dataclass(frozen=True)
class Outcome:
    done: bool
    message: str  # what to tell the user; empty when there is nothing to say


Reply = Callable[[Outcome], None]


class ScheduleEditor(QObject):
    edit_refused = Signal(str)  # an undo or redo a rule refused, with the reason
    edit_reported = Signal(str)  # what an undo or redo could not do, e.g. bookings not restored
    schedule_shown = Signal(int, object)  # provider id and local date an edit touched

    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._stack = undo_stack
        self._widget = parent

    def run(self, command: ScheduleCommand, reply: Reply) -> None:
        """Do the edit once through the runner; on success it goes on the undo stack. `reply`
        hears the outcome on the GUI thread."""
        self._submit(command, False, reply)

    def _submit(self, command: ScheduleCommand, cancel_bookings: bool, reply: Reply) -> None:
        now = self.session.now()
        self.session.ops.write(
            lambda: command.execute(now, cancel_bookings),
            lambda _: self._done(command, reply),
            lambda error: self._refused(command, cancel_bookings, error, reply),
            initiator=self, owner=self)

    def _refused(self, command: ScheduleCommand, cancel_bookings: bool, error: DomainError,
                 reply: Reply) -> None:
        """A refusal the user can overrule by cancelling the bookings the service found in
        the way is asked about; any other is reported."""
        if cancel_bookings or not isinstance(error, ReservationInUse) or not error.cancellable:
            reply(Outcome(False, error.message))
            return
        if self._ask_to_cancel(command, error.cancellable):
            self._submit(command, True, reply)
        else:
            reply(Outcome(False, self.tr("Nothing was changed: bookings fall in this time. "
                                         "Move or cancel them first.")))

    def _done(self, command: ScheduleCommand, reply: Reply) -> None:
        if not command.changed_anything():
            reply(Outcome(False, self._nothing_message(command)))
            return
        self._stack.push(command)
        self.command_applied(command)
        reply(Outcome(True, command.summary()))

    def _nothing_message(self, command: ScheduleCommand) -> str:
        if isinstance(command, WeeklyPatternCommand):
            return command.summary()
        return self.tr("There was no availability in that time; nothing was changed.")

    # --- undo and redo ------------------------------------------------------------------------
    def step(self, command: ScheduleCommand, verb: str, *, undoing: bool) -> None:
        """The stack has moved past `command` already (QUndoStack is synchronous); the write
        follows through the runner, and a refusal takes the command off the stack."""
        now, text = self.session.now(), command.text()
        self.session.ops.write(
            lambda: command.apply_inverse(verb, now),
            lambda result: self._stepped(command, text, command.report(result)),
            lambda error: self._step_refused(command, text, verb, error.message, undoing),
            initiator=self, owner=self)

    def _stepped(self, command: ScheduleCommand, text: str, report: str) -> None:
        self.command_applied(command)
        if report:
            self.edit_reported.emit(f"{text}: {report}")

    def _step_refused(self, command: ScheduleCommand, text: str, verb: str, message: str,
                      undoing: bool) -> None:
        kept_history = self._drop(command, undoing)
        refusal = self.tr("Could not %1 \u201c%2\u201d: %3").replace("%1", verb).replace(
            "%2", text).replace("%3", message)
        outcome = (self.tr("Nothing was changed, and this step was taken off the undo history.")
                   if kept_history else
                   self.tr("Nothing was changed. The undo history was cleared, as it no longer "
                           "matches the schedule."))
        self.edit_refused.emit(refusal + "\n\n" + outcome)

    def _drop(self, command: ScheduleCommand, undoing: bool) -> bool:
        """Put the stack back where it was before the refused step, without `command`.
        False when the user moved on through the history meanwhile: then it is cleared."""
        stack = self._stack
        at = stack.index() if undoing else stack.index() - 1
        if Shiboken.isValid(command) and 0 <= at < stack.count() and stack.command(at) is command:
            command.setObsolete(True)  # the stack deletes it instead of calling it
            if undoing:
                stack.redo()
            else:
                stack.undo()
            return True
        stack.clear()
        return False

    def command_applied(self, command: ScheduleCommand) -> None:
        self.schedule_shown.emit(command.provider.id, command.focus_date)

    # --- asking ------------------------------------------------------------------------------
    def _ask_to_cancel(self, command: ScheduleCommand, hit: Sequence[Booking]) -> bool:
        text = self.tr("Bookings that fall in this time: %1").replace("%1", str(len(hit)))
        lines = [self._booking_line(b, command.provider.timezone) for b in hit[:LISTED_BOOKINGS]]
        if len(hit) > LISTED_BOOKINGS:
            lines.append(self.tr("\u2026 and %1 more").replace(
                "%1", str(len(hit) - LISTED_BOOKINGS)))
        text = "\n".join([text, *lines, "", self.tr("Cancel them too?")])
        parent = QApplication.activeModalWidget() or self._widget
        answer = QMessageBox.question(
            parent, self.tr("Bookings in the way"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _booking_line(item: Booking, timezone: str) -> str:
        start = item.reservation.start.astimezone(zone(timezone))
        when = labels.minute_text(start.hour * 60 + start.minute)
        return f"\u2022 {labels.day_text(start.date())} {when} {item.client_name}"
