"""Add or change a provider: name, email, time zone from the IANA list, and a colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider
from reservations_app.domain.timezones import all_zone_names
from reservations_app.services import people
from reservations_app.ui.calendar.dialog_parts import InlineError
from reservations_app.ui.session import Session

DEFAULT_COLOR = "#4a90d9"
SWATCH = 16


def zone_picker(current: str, parent: QWidget) -> QComboBox:
    """An editable list of every IANA zone; typing any part of a name narrows it."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    combo.setModel(QStringListModel(list(all_zone_names()), combo))
    completer = QCompleter(combo)
    completer.setModel(combo.model())
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentText(current)
    return combo


class ProviderDialog(QDialog):
    """Saves through the people service; a duplicate email or bad input shows inline."""

    def __init__(self, session: Session, provider: Provider | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._original = provider
        self.provider: Provider | None = None
        self.setWindowTitle(self.tr("New provider") if provider is None
                            else self.tr("Edit provider"))
        self.name_edit = QLineEdit(provider.name if provider else "", self)
        self.email_edit = QLineEdit(provider.email if provider else "", self)
        zone = provider.timezone if provider else self._session.policy().clinic_timezone
        self.zone_combo = zone_picker(zone, self)
        self.color = QColor(provider.color if provider else DEFAULT_COLOR)
        self.color_button = QPushButton(self.tr("Choose…"), self)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self._lay_out()
        self._show_color()
        self._connect_signals()

    def _lay_out(self) -> None:
        for widget, name in ((self.name_edit, self.tr("Name")), (self.email_edit,
                             self.tr("Email")), (self.zone_combo, self.tr("Time zone")),
                             (self.color_button, self.tr("Colour"))):
            widget.setAccessibleName(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Dr. Ann Lee"))
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.zone_combo.setToolTip(self.tr("Type part of a name, e.g. Berlin or New_York."))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Time zone:"), self.zone_combo)
        form.addRow(self.tr("&Colour:"), self.color_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.color_button.clicked.connect(self._choose_color)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _show_color(self) -> None:
        swatch = QPixmap(SWATCH, SWATCH)
        swatch.fill(self.color)
        self.color_button.setIcon(QIcon(swatch))
        self.color_button.setText(self.color.name())

    @Slot()
    def _choose_color(self) -> None:
        chosen = QColorDialog.getColor(self.color, self, self.tr("Provider colour"))
        if chosen.isValid():
            self.color = chosen
            self._show_color()

    def accept(self) -> None:
        """Save through the runner: Save is off meanwhile, the dialog closes once saved and
        otherwise keeps what was typed and says why."""
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if not save.isEnabled():
            return
        save.setEnabled(False)
        self._session.ops.write(self._save_call(), self._saved, self._refused,
                                initiator=self, owner=self)

    def _save_call(self) -> Callable[[], Provider]:
        actor, now = self._session.actor, self._session.now()
        name, email = self.name_edit.text(), self.email_edit.text()
        zone, color = self.zone_combo.currentText(), self.color.name()
        original = self._original
        if original is None:
            return lambda: people.add_provider(actor, name, email, zone, now, color)
        return lambda: people.update_provider(actor, original.id, now, name=name, email=email,
                                              timezone=zone, color=color)

    def _saved(self, provider: Provider) -> None:
        self.provider = provider
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        super().accept()

    def _refused(self, error: DomainError) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.error.show_message(error.message)
