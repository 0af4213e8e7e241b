"""Edit a client: name, email, phone, date of birth, note and household, with the duplicate
rules checked again by the service. A refusal shows in the dialog and keeps what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Client
from reservations_app.domain.people import format_phone
from reservations_app.services import people
from reservations_app.ui.booking.client_finder import ClientFinder
from reservations_app.ui.focus import label_row_of_two
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.session import Session


class EditClientDialog(QDialog):
    """After `exec()`: `client` is the client as saved."""

    def __init__(self, session: Session, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._before = session, client
        self.client: Client | None = None
        self._household: int | None = client.household_id
        self.setWindowTitle(self.tr("Edit client"))
        self._build(client)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.join_button.clicked.connect(self.choose_household)
        self.leave_button.clicked.connect(self.leave_household)
        self.born_known.toggled.connect(self.born_edit.setEnabled)

    def _build(self, client: Client) -> None:
        region = self._session.policy().phone_region
        self.banner = MessageBanner(self)
        self.name_edit = QLineEdit(client.name, self)
        self.name_edit.setAccessibleName(self.tr("Client's name"))
        self.email_edit = QLineEdit(client.email or "", self)
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.phone_edit = QLineEdit(format_phone(client.phone, region), self)
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.born_known = QCheckBox(self.tr("Known"), self)
        self.born_known.setAccessibleName(self.tr("Date of birth known"))
        self.born_edit = QDateEdit(self)
        self.born_edit.setAccessibleName(self.tr("Date of birth"))
        self.born_edit.setCalendarPopup(True)
        self.born_edit.setMaximumDate(QDate.currentDate())
        born = client.birth_date
        self.born_known.setChecked(born is not None)
        self.born_edit.setEnabled(born is not None)
        if born is not None:
            self.born_edit.setDate(QDate(born.year, born.month, born.day))
        self.note_edit = QLineEdit(client.note, self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setMaxLength(1000)
        self.household_label = QLabel(self)
        self.join_button = QPushButton(self.tr("&Join a household…"), self)
        self.leave_button = QPushButton(self.tr("&Leave household"), self)
        self._show_household()
        born_row, household_row = QHBoxLayout(), QHBoxLayout()
        born_row.addWidget(self.born_known)
        born_row.addWidget(self.born_edit, 1)
        household_row.addWidget(self.household_label, 1)
        household_row.addWidget(self.join_button)
        household_row.addWidget(self.leave_button)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("Date of &birth:"), born_row)
        label_row_of_two(form, born_row, self.born_known)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        form.addRow(self.tr("Household:"), household_row)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _show_household(self) -> None:
        self.household_label.setText(
            self.tr("Shares contact details with client {id}'s household").format(
                id=self._household) if self._household is not None else
            self.tr("Not in a household"))
        self.leave_button.setEnabled(self._household is not None)

    def birth_date(self) -> dt.date | None:
        if not self.born_known.isChecked():
            return None
        day = self.born_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    @Slot()
    def choose_household(self) -> None:
        picker = QDialog(self)
        picker.setWindowTitle(self.tr("Join a household"))
        finder = ClientFinder(self._session, picker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, picker)
        buttons.accepted.connect(picker.accept)
        buttons.rejected.connect(picker.reject)
        layout = QVBoxLayout(picker)
        layout.addWidget(QLabel(self.tr("Whose household does {client} belong to?").format(
            client=self._before.name), picker))
        layout.addWidget(finder, 1)
        layout.addWidget(buttons)
        picker.resize(520, 380)
        member = finder.current_client() if picker.exec() == QDialog.DialogCode.Accepted \
            else None
        if member is not None and member.id != self._before.id:
            self._household = member.household_id or member.id
            self._show_household()

    @Slot()
    def leave_household(self) -> None:
        self._household = None
        self._show_household()

    @Slot()
    def save(self) -> None:
        actor, now, client_id = self._session.actor, self._session.now(), self._before.id
        name, email = self.name_edit.text().strip(), self.email_edit.text().strip()
        phone, note, born = self.phone_edit.text().strip(), self.note_edit.text(), \
            self.birth_date()
        household = self._household if self._household != self._before.household_id \
            else people.KEEP
        self.save_button.setEnabled(False)
        self._session.ops.write(
            lambda: people.edit_client(actor, client_id, now, name=name, email=email,
                                       phone=phone, birth_date=born, note=note,
                                       household_id=household),
            on_success=self._saved, on_error=self._refused, initiator=self, owner=self)

    def _saved(self, saved: people.ClientSaved) -> None:
        self.client = saved.client
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        self.banner.show_message(error.message, Kind.ERROR)
