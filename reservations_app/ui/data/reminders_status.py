"""The status bar's reminder line: "12 reminders due, 11 sent, 1 failed (mailbox unknown)"."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from reservations_app.domain.errors import DomainError
from reservations_app.domain.reminders import ReminderStatus
from reservations_app.services.changeset import BOOKINGS, SETTINGS, Changes
from reservations_app.ui.session import Session

REFRESH_MS = 60_000


class RemindersStatus(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("remindersStatus")
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        # Not ops.watch: that skips hidden views, and the line is hidden while reminders are off.
        session.ops.changed.connect(self._changed)
        self.timer.start()
        self.refresh()

    @Slot(object, object)
    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(BOOKINGS, SETTINGS):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Count on the runner; with reminders off (the session's policy, fresh after each
        settings change) there is nothing to count, and the line stays hidden."""
        if not self._reminders_on():
            self._show(ReminderStatus(enabled=False, due=0, sent=0, failed=0))
            return
        # Imported once reminders are on: a desk that sends none never needs the service.
        from reservations_app.services import reminders

        actor, now = self.session.actor, self.session.now()
        self.session.ops.query(lambda: reminders.status(actor, now), self._show, self._refused,
                               owner=self)

    def _reminders_on(self) -> bool:
        try:
            return bool(self.session.policy().reminders_enabled)
        except DomainError:
            return True  # the service's answer says what is wrong

    def _refused(self, error: DomainError) -> None:
        self.setText(self.tr("Reminders: {reason}").format(reason=error))

    def show_problem(self, reason: str) -> None:
        """Sending stopped before any reminder (the next refresh shows the counts again)."""
        self.setText(self.tr("Reminders: {reason}").format(reason=reason))
        self.setStyleSheet("color: #b00020")
        self.show()

    def _show(self, found: ReminderStatus) -> None:
        hours = self.session.policy().reminder_hours  # the session's, fresh after each change
        self.setVisible(found.enabled)
        self.setText(found.summary())
        self.setAccessibleName(found.summary())
        self.setStyleSheet("color: #b00020" if found.failed else "")
        self.setToolTip(self.tr("Email reminders of the visits in the next {hours} hours")
                        .format(hours=hours))
