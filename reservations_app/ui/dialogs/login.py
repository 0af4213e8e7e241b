"""Signing in, and creating the first administrator on a new database.

The sign-in dialog is the app's first window, shown before peewee and the services are
imported (ui/app.py): this module imports them only when a button asks for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from reservations_app.domain.errors import DomainError

if TYPE_CHECKING:
    from reservations_app.domain.access import Actor
    from reservations_app.domain.model import User
    from reservations_app.ui.message_banner import MessageBanner
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
        self._banner: MessageBanner | None = None
        self._ready = True
        self._submit_when_ready = False
        self._database_state = ""
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.form = QFormLayout()
        # By keyword: given positionally, the overloads taking Qt.Orientation make PySide build
        # every enum of the Qt namespace first (~25 ms of the first window).
        self.buttons = QDialogButtonBox(parent=self)
        self.ok_button: QPushButton = self.buttons.addButton(
            button_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    @Slot()
    def submit(self) -> None:
        if self._ready:
            self.answer()
            return
        self._submit_when_ready = True
        self.ok_button.setEnabled(False)
        from PySide6.QtCore import Qt

        self.setCursor(Qt.CursorShape.BusyCursor)
        if not self._database_state:
            self.show_message(self.tr("Opening the database…"), error=False)

    def answer(self) -> None:
        """What the main button does once the database is open."""
        raise NotImplementedError

    def wait_for_database(self) -> None:
        """The database is not open yet: the main button waits for `database_ready`."""
        self._ready = False

    def is_waiting(self) -> bool:
        """The main button was pressed and waits for the database."""
        return self._submit_when_ready

    def show_database_state(self, text: str, *, trouble: bool = False) -> None:
        """What the wait for the database is about ("Waiting for the database…"; with
        `trouble`, "Cannot reach the database server; retrying…"); empty once it answers.
        What was typed stays as it is."""
        from reservations_app.ui.message_banner import Kind

        self._database_state = text
        if text:
            self.banner.show_message(text, Kind.WARNING if trouble else Kind.INFO)
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        elif self._banner is not None and self._banner.kind is not Kind.ERROR:
            self._banner.clear()

    def database_ready(self) -> None:
        self._ready = True
        self.show_database_state("")
        if self._submit_when_ready:
            self._submit_when_ready = False
            self.unsetCursor()
            self.ok_button.setEnabled(True)
            self.submit()

    @property
    def banner(self) -> MessageBanner:
        """Made for its first message, under the intro: building it touches Qt's enums (tens
        of ms), and the sign-in dialog is the first window, which must not wait for them."""
        if self._banner is None:
            from reservations_app.ui.message_banner import MessageBanner

            self._banner = MessageBanner(self)
            self._layout.insertWidget(1, self._banner)
        return self._banner

    def show_message(self, text: str, *, error: bool = True) -> None:
        from reservations_app.ui.message_banner import Kind

        self.banner.show_message(text, Kind.ERROR if error else Kind.INFO)
        # A shown dialog grows only to its minimum for the new banner, which squeezes the
        # fields (a line edit drew 15 px high); give it the height its layout asks for.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def error_text(self) -> str:
        return self._banner.text() if self._banner is not None else ""


class FirstAdminDialog(_AccountDialog):
    """The database has no accounts yet: create the administrator who will add the others."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        from reservations_app.domain.passwords import MIN_PASSWORD

        super().__init__(
            self.tr("Create the administrator"),
            self.tr("This database has no staff accounts yet. Create the first one: an "
                    "administrator, who can later add accounts for the front desk and the "
                    "providers. The password needs at least {n} characters.").format(
                n=MIN_PASSWORD),
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

    def answer(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.show_message(self.tr("The two passwords differ. Type the same "
                                      "password twice."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        from reservations_app.domain.model import Role
        from reservations_app.services import auth

        try:
            self.user = auth.create_user(None, self.username_edit.text(),
                                         self.password_edit.text(), Role.ADMIN, self._clock())
        except DomainError as exc:
            self.show_message(exc.message)
            return
        self.accept()


class LoginDialog(_AccountDialog):
    """Who is at the desk. After `exec()` returns Accepted, `actor` is the signed-in user.

    Shown while the database is still being opened (`wait_for_database`): Sign in pressed
    before `database_ready` turns busy and signs in as soon as the database answers."""

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

    def answer(self) -> None:
        from reservations_app.services import auth

        try:
            self.actor = auth.authenticate(self.username_edit.text(), self.password_edit.text(),
                                           self._workstation, self._clock())
        except DomainError as exc:
            self.show_message(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()
