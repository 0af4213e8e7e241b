"""New client, with a warning about likely duplicates before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Client
from reservations_app.services import people
from reservations_app.ui.booking.views import list_table
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.phone_display import ClientRows, phone_region
from reservations_app.ui.session import Session


class NewClientDialog(QDialog):
    """After `exec()`: `client` is the client to book for, either the one just added
    (`created` True) or an existing one the desk chose instead of a duplicate."""

    def __init__(self, session: Session, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._warned_for: tuple[str, str, str] | None = None
        self.client: Client | None = None
        self.created = False
        self.setWindowTitle(self.tr("New client"))
        self._build(name)
        self._connect_signals()

    def _build(self, name: str) -> None:
        self.banner = MessageBanner(self)
        self.name_edit = self._edit(self.tr("Client's name"), self.tr("First and last name"))
        self.name_edit.setText(name)
        self.email_edit = self._edit(self.tr("Email"), self.tr("name@example.org (optional)"))
        self.phone_edit = self._edit(self.tr("Phone"), self.tr("+1 555 010 2030 (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        self.duplicates_model = ClientRows(lambda: phone_region(self._session), parent=self)
        self.duplicates_view = list_table(self.tr("Possible duplicates"), self)
        self.duplicates_view.setModel(self.duplicates_model)
        self.duplicates_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.duplicates_view.setMaximumHeight(140)
        self.duplicates_view.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_existing_button = QPushButton(self.tr("&Use the selected client"), self)
        self.use_existing_button.setAccessibleName(self.tr("Use the selected existing client"))
        self.buttons.addButton(self.use_existing_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.use_existing_button.hide()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.duplicates_view)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _edit(self, accessible_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.use_existing_button.clicked.connect(self.use_selected_duplicate)
        self.buttons.rejected.connect(self.reject)
        self.duplicates_view.doubleClicked.connect(self.use_selected_duplicate)

    def _typed(self) -> tuple[str, str, str]:
        return (self.name_edit.text().strip(), self.email_edit.text().strip(),
                self.phone_edit.text().strip())

    @Slot()
    def save(self) -> None:
        """First press: warn about likely duplicates if any. Next press: save anyway. Both
        go through the runner; Save is off until the answer is in."""
        if not self.save_button.isEnabled():
            return
        typed = self._typed()
        self.save_button.setEnabled(False)
        if self._warned_for == typed:
            self._add(typed)
            return
        name, email, phone = typed
        actor = self._session.actor
        self._session.ops.query(
            lambda: people.likely_duplicates(actor, name, email or None, phone or None),
            lambda duplicates: self._checked(duplicates, typed), self._refused, owner=self)

    def _checked(self, duplicates: list[Client], typed: tuple[str, str, str]) -> None:
        if duplicates:
            self.save_button.setEnabled(True)
            self._warn(duplicates, typed)
        else:
            self._add(typed)

    def _add(self, typed: tuple[str, str, str]) -> None:
        (name, email, phone), actor, now = typed, self._session.actor, self._session.now()
        self._session.ops.write(
            lambda: people.add_client(actor, name, now, email or None, phone or None),
            self._added, self._refused, initiator=self, owner=self)

    def _added(self, client: Client) -> None:
        self.save_button.setEnabled(True)
        self.client, self.created = client, True
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        self.banner.show_message(error.message, Kind.ERROR)

    def _warn(self, duplicates: list[Client], typed: tuple[str, str, str]) -> None:
        self._warned_for = typed
        self.duplicates_model.set_source(lambda offset, limit: duplicates[offset:offset + limit])
        self.duplicates_view.selectRow(0)
        self.duplicates_view.show()
        self.use_existing_button.show()
        self.use_existing_button.setDefault(True)  # Enter takes the safer choice now
        self.save_button.setDefault(False)
        self.save_button.setText(self.tr("&Save anyway"))
        text = self.tr("Possible duplicate: %n client(s) on file with the same name, email or "
                       "phone. If it is them, use the one below; if not, press Save anyway.",
                       "", len(duplicates))
        self.banner.show_message(text, Kind.WARNING)

    @Slot()
    def use_selected_duplicate(self) -> None:
        index = self.duplicates_view.currentIndex()
        if not index.isValid():
            return
        self.client, self.created = self.duplicates_model.item(index.row()), False
        self.accept()
