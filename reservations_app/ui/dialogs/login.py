"""Signing in, and creating the first administrator on a new database."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Role, User
from reservations_app.services import auth
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.session import Clock


def _password_edit(accessible_name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


class _AccountDialog(QDialog):
    """A form with an inline message on top and one main button."""

    def __init__(self, title: str, intro: str, button_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.banner = MessageBanner(self)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            button_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @Slot()
    def submit(self) -> None:
        raise NotImplementedError

    def error_text(self) -> str:
        return self.banner.text()


class FirstAdminDialog(_AccountDialog):
    """The database has no accounts yet: create the administrator who will add the others."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Create the administrator"),
            self.tr("This database has no staff accounts yet. Create the first one: an "
                    "administrator, who can later add accounts for the front desk and the "
                    "providers. The password needs at least {n} characters.").format(
                n=auth.MIN_PASSWORD),
            self.tr("&Create administrator"), parent)
        self._clock = clock
        self.user: User | None = None
        self.username_edit = QLineEdit("admin", self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = _password_edit(self.tr("Password"), self)
        self.repeat_edit = _password_edit(self.tr("Repeat password"), self)
        self.form.addRow(self.tr("&User name:"), self.username_edit)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        self.form.addRow(self.tr("&Repeat password:"), self.repeat_edit)
        self.password_edit.setFocus()

    @Slot()
    def submit(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.banner.show_message(self.tr("The two passwords differ. Type the same "
                                             "password twice."), Kind.ERROR)
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        try:
            self.user = auth.create_user(None, self.username_edit.text(),
                                         self.password_edit.text(), Role.ADMIN, self._clock())
        except DomainError as exc:
            self.banner.show_message(exc.message, Kind.ERROR)
            return
        self.accept()


class LoginDialog(_AccountDialog):
    """Who is at the desk. After `exec()` returns Accepted, `actor` is the signed-in user."""

    def __init__(self, workstation: str, clock: Clock, database: str = "",
                 username: str = "", parent: QWidget | None = None) -> None:
        intro = self.tr("Sign in to Reservations.")
        if database:
            intro += " " + self.tr("Database: {where}").format(where=database)
        super().__init__(self.tr("Sign in"), intro, self.tr("&Sign in"), parent)
        self._workstation = workstation
        self._clock = clock
        self.actor: Actor | None = None
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = _password_edit(self.tr("Password"), self)
        self.form.addRow(self.tr("&User name:"), self.username_edit)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        (self.password_edit if username else self.username_edit).setFocus()

    @Slot()
    def submit(self) -> None:
        try:
            self.actor = auth.authenticate(self.username_edit.text(), self.password_edit.text(),
                                           self._workstation, self._clock())
        except DomainError as exc:
            self.banner.show_message(exc.message, Kind.ERROR)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
