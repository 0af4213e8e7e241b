"""The status bar's reminder line: "12 reminders due, 11 sent, 1 failed (mailbox unknown)"."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from reservations_app.domain.errors import DomainError
from reservations_app.services import reminders
from reservations_app.services.settings import get_policy
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
        session.bookings_changed.connect(self.refresh)
        session.settings_changed.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            found = reminders.status(self.session.actor, self.session.now())
        except DomainError as exc:
            self.setText(self.tr("Reminders: {reason}").format(reason=exc))
            return
        self.setVisible(found.enabled)
        self.setText(found.summary())
        self.setAccessibleName(found.summary())
        self.setStyleSheet("color: #b00020" if found.failed else "")
        self.setToolTip(self.tr("Email reminders of the visits in the next {hours} hours")
                        .format(hours=get_policy().reminder_hours))
