"""Sending the due email reminders from the running app, every few minutes while it is open.

Every desk that may run maintenance sends: the service claims each reminder in the database
before its message leaves, so desks running together share the work and none is sent twice
(services.reminders). The sending waits on the clinic's SMTP server, so it runs on the
runner's network worker; what it audits refreshes the status bar's reminders line, which shows
the failures.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reservations_app.domain.access import Actor, Permission
from reservations_app.domain.errors import DomainError
from reservations_app.services.settings import get_policy
from reservations_app.ui.data.reminders_status import RemindersStatus
from reservations_app.ui.session import Session

SEND_EVERY_MS = 5 * 60_000
FIRST_SEND_MS = 30_000  # after start-up's own work


def _send_if_on(actor: Actor, now: dt.datetime) -> object:
    """On the network worker: the due reminders' summary, or None while reminders are off."""
    if not get_policy().reminders_enabled:
        return None
    from reservations_app.services import reminders  # smtplib and ssl, when they are on

    return reminders.send_due(actor, now)


class ReminderSender(QObject):
    sent = Signal(object)  # services.reminders.SendSummary, or None while reminders are off

    def __init__(self, session: Session, status: RemindersStatus, parent: QObject) -> None:
        super().__init__(parent)
        self.session, self.status = session, status
        self._running = False
        self.timer = QTimer(self, interval=SEND_EVERY_MS)
        self.timer.timeout.connect(self.send_now)
        self._first = QTimer(self, singleShot=True, interval=FIRST_SEND_MS)
        self._first.timeout.connect(self.send_now)

    def start(self) -> None:
        if self.session.may(Permission.MAINTAIN):
            self._first.start()
            self.timer.start()

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()

    @Slot()
    def send_now(self) -> None:
        if self._running:
            return  # the last round is still sending
        self._running = True
        actor, now = self.session.actor, self.session.now()
        self.session.ops.network(lambda: _send_if_on(actor, now), self._done, self._refused,
                                 owner=self)

    def _done(self, summary: object) -> None:
        self._running = False
        self.sent.emit(summary)

    def _refused(self, error: DomainError) -> None:
        self._running = False
        self.status.show_problem(error.message)
        self.sent.emit(None)
