"""Book a free time from the appointment book: the visit types that can start there (those that
cannot are listed greyed with the reason), the chosen client with their date of birth, a note.
Enter holds; Ctrl+Enter holds and confirms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Client, Provider
from reservations_app.domain.people import format_phone
from reservations_app.domain.timezones import zone
from reservations_app.services.front_desk import TypeChoice
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.models.formatting import day_and_time

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1


class BookVisitWords(TranslationContext):
    """The translation context of the booking dialog's texts outside its own methods."""


def reason_text(reason: Reason) -> str:
    """Why a visit cannot start at a time, in the desk's words."""
    texts = {
        Reason.BOOKED: BookVisitWords.tr("that time is booked"),
        Reason.HELD: BookVisitWords.tr("that time is held at another desk"),
        Reason.TOO_SOON: BookVisitWords.tr("inside the booking notice"),
        Reason.TOO_FAR: BookVisitWords.tr("beyond how far ahead the clinic books"),
        Reason.PAST: BookVisitWords.tr("that time has passed"),
        Reason.CLIENT_LIMIT: BookVisitWords.tr("the client already has a visit that day"),
        Reason.DOES_NOT_FIT: BookVisitWords.tr(
            "runs past the available time or into another visit"),
    }
    return texts.get(reason, "")


class BookVisitDialog(QDialog):
    def __init__(self, provider: Provider, start: dt.datetime, client: Client,
                 choices: list[TypeChoice], parent: QWidget | None = None,
                 phone_region: str = "US") -> None:
        super().__init__(parent)
        self.confirm_now = False
        self.setWindowTitle(self.tr("Book a visit"))
        local = start.astimezone(zone(provider.timezone))
        when = QLabel(self.tr("{when} with {provider}").format(
            when=day_and_time(local), provider=provider.name), self)
        who = QLabel(_client_line(client, phone_region), self)
        who.setAccessibleName(self.tr("Client"))
        self.types = QListWidget(self)
        self.types.setAccessibleName(self.tr("Visit type"))
        self._fill_types(choices)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(1000)
        self.note_edit.setPlaceholderText(self.tr("e.g. interpreter needed"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.buttons = QDialogButtonBox(self)
        self.hold_button = self.buttons.addButton(self.tr("&Hold"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.hold_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("When:"), when)
        form.addRow(self.tr("Client:"), who)
        form.addRow(self.tr("&Visit:"), self.types)
        form.addRow(self.tr("&Note:"), self.note_edit)
        hint = QLabel(self.tr("Enter holds the time; Ctrl+Enter holds and confirms it."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.types.currentItemChanged.connect(lambda *_: self._update_button())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._hold_and_confirm)
        self._update_button()
        self.types.setFocus()

    def chosen_type_id(self) -> int | None:
        item = self.types.currentItem()
        value = None if item is None else item.data(TYPE_ROLE)
        return value if isinstance(value, int) else None

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None

    def _fill_types(self, choices: list[TypeChoice]) -> None:
        for choice in choices:
            item = QListWidgetItem(_type_line(choice), self.types)
            item.setData(TYPE_ROLE, choice.visit_type.id if choice.visit_type else None)
            if not choice.fits:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsSelectable)
        first = next((i for i, c in enumerate(choices) if c.fits), None)
        if first is not None:
            self.types.setCurrentRow(first)

    def _update_button(self) -> None:
        item = self.types.currentItem()
        self.hold_button.setEnabled(item is not None and bool(
            item.flags() & Qt.ItemFlag.ItemIsEnabled))

    def _hold_and_confirm(self) -> None:
        if self.hold_button.isEnabled():
            self.confirm_now = True
            self.accept()


def _type_line(choice: TypeChoice) -> str:
    visit_type = choice.visit_type
    name = visit_type.name if visit_type else BookVisitWords.tr("Visit")
    minutes = f" · {visit_type.minutes} min" if visit_type else ""
    if choice.fits:
        return f"{name}{minutes}"
    return f"{name}{minutes}: {reason_text(choice.reason)}"


def _client_line(client: Client, phone_region: str) -> str:
    """Name, date of birth and phone: enough to tell two clients of one name apart."""
    parts = [client.name]
    if client.birth_date is not None:
        born = QLocale().toString(QDate(client.birth_date.year, client.birth_date.month,
                                        client.birth_date.day), QLocale.FormatType.ShortFormat)
        parts.append(BookVisitWords.tr("born {date}").format(date=born))
    if client.phone:
        parts.append(format_phone(client.phone, phone_region))
    return " · ".join(parts)
