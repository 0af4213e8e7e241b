"""Confirm cancelling a reservation, with an optional reason for the record."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from reservations_app.domain.model import Booking
from reservations_app.domain.timezones import zone
from reservations_app.ui.models.formatting import day_and_time


class CancelReservationDialog(QDialog):
    def __init__(self, booking: Booking, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel reservation"))
        local = booking.reservation.start.astimezone(zone(booking.provider_timezone))
        question = QLabel(self.tr("Cancel {client}'s reservation with {provider} on {when}?")
                          .format(client=booking.client_name, provider=booking.provider_name,
                                  when=day_and_time(local)), self)
        question.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason (optional), e.g. client is ill"))
        self.reason_edit.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason_edit.setMaxLength(500)
        buttons = QDialogButtonBox(self)
        confirm = buttons.addButton(self.tr("Cancel &reservation"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)

    def reason(self) -> str | None:
        return self.reason_edit.text().strip() or None
