"""Runs schedule edits for the calendar tab: asks before bookings are cancelled, pushes each
edit on the undo stack, reports refusals, and tells every screen that the schedule changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reservations_app.domain.at_risk import live_overlapping
from reservations_app.domain.errors import DomainError, ReservationInUse
from reservations_app.domain.model import Booking
from reservations_app.domain.timezones import zone
from reservations_app.services import booking
from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.commands import ScheduleCommand, WeeklyPatternCommand
from reservations_app.ui.session import Session

LISTED_BOOKINGS = 6


@dataclass(frozen=True)
class Outcome:
    done: bool
    message: str  # what to tell the user; empty when there is nothing to say


class ScheduleEditor(QObject):
    edit_refused = Signal(str)  # an undo or redo a rule refused, with the reason
    edit_reported = Signal(str)  # what an undo or redo could not do, e.g. bookings not restored
    schedule_shown = Signal(int, object)  # provider id and local date an edit touched

    def __init__(self, session: Session, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._stack = undo_stack
        self._widget = parent

    def run(self, command: ScheduleCommand) -> Outcome:
        """Do the edit once; on success it goes on the undo stack."""
        try:
            with self.session.ops.blocking_write(self):
                command.execute(cancel_bookings=False)
        except ReservationInUse as exc:
            if not self._ask_to_cancel(command, exc):
                return Outcome(False, self.tr("Nothing was changed: bookings fall in this "
                                              "time. Move or cancel them first."))
            try:
                with self.session.ops.blocking_write(self):
                    command.execute(cancel_bookings=True)
            except DomainError as again:
                return Outcome(False, again.message)
        except DomainError as exc:
            return Outcome(False, exc.message)
        if not command.changed_anything():
            return Outcome(False, self._nothing_message(command))
        self._stack.push(command)
        self.command_applied(command)
        return Outcome(True, command.summary())

    def _nothing_message(self, command: ScheduleCommand) -> str:
        if isinstance(command, WeeklyPatternCommand):
            return command.summary()
        return self.tr("There was no availability in that time; nothing was changed.")

    # --- called by the commands --------------------------------------------------------------
    def command_refused(self, command: ScheduleCommand, verb: str, message: str) -> None:
        text = self.tr("Could not %1 \u201c%2\u201d: %3").replace("%1", verb).replace(
            "%2", command.text()).replace("%3", message)
        self.edit_refused.emit(text + "\n\n" + self.tr(
            "Nothing was changed, and this step was taken off the undo history."))

    def command_reported(self, command: ScheduleCommand, message: str) -> None:
        self.edit_reported.emit(f"{command.text()}: {message}")

    def command_applied(self, command: ScheduleCommand) -> None:
        self.schedule_shown.emit(command.provider.id, command.focus_date)

    # --- asking ------------------------------------------------------------------------------
    def _ask_to_cancel(self, command: ScheduleCommand, exc: ReservationInUse) -> bool:
        hit = self._bookings_at_risk(command)
        if hit:
            text = self.tr("Bookings that fall in this time: %1").replace("%1", str(len(hit)))
            lines = [self._booking_line(b, command.provider.timezone)
                     for b in hit[:LISTED_BOOKINGS]]
            if len(hit) > LISTED_BOOKINGS:
                lines.append(self.tr("\u2026 and %1 more").replace(
                    "%1", str(len(hit) - LISTED_BOOKINGS)))
            text = "\n".join([text, *lines, "", self.tr("Cancel them too?")])
        else:
            text = "\n\n".join([exc.message, self.tr("Cancel them too?")])
        parent = QApplication.activeModalWidget() or self._widget
        answer = QMessageBox.question(
            parent, self.tr("Bookings in the way"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _bookings_at_risk(self, command: ScheduleCommand) -> list[Booking]:
        spans = command.spans_at_risk()
        if not spans:
            return []
        tz = zone(command.provider.timezone)
        first = min(start for start, _ in spans).astimezone(tz).date() - dt.timedelta(days=1)
        last = max(end for _, end in spans).astimezone(tz).date()
        week = booking.provider_week(self.session.actor, command.provider.id, first,
                                     (last - first).days + 1)
        return live_overlapping(week, spans, self.session.now())

    @staticmethod
    def _booking_line(item: Booking, timezone: str) -> str:
        start = item.reservation.start.astimezone(zone(timezone))
        when = labels.minute_text(start.hour * 60 + start.minute)
        return f"\u2022 {labels.day_text(start.date())} {when} {item.client_name}"
