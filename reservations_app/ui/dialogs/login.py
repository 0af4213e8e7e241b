"""Signing in, and creating the first administrator on a new database.

The sign-in dialog is the app's first window, shown before peewee and the services are
imported (ui/app.py): this module imports them only when a button asks for them. The buttons'
service calls (checking a password, creating an account: writes, audited) run on an operation
runner's write worker (ui/ops.py) like every other screen's, made when the first button needs
it (`LazyRunner`) and handed on to the session: a locked or silent database never freezes the
dialog, and a second press meanwhile does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    from reservations_app.ui.ops import Operations
    from reservations_app.ui.session import Clock

RunnerSource = Callable[[], "Operations"]


class LazyRunner:
    """The sign-in's operation runner, made on the first call: ui/ops.py imports peewee and the
    store, which the first window must not wait for. The session takes it over (`take`)."""

    def __init__(self, backend: str) -> None:
        self._backend = backend
        self._ops: Operations | None = None

    def __call__(self) -> Operations:
        if self._ops is None:
            from reservations_app.ui.ops import Operations

            self._ops = Operations(self._backend)
        return self._ops

    def take(self) -> Operations | None:
        """The runner made so far (None if no button needed one); it is the taker's now."""
        ops, self._ops = self._ops, None
        return ops

    def shut_down(self) -> None:
        """Nobody takes it over (the start was cancelled): finish and close its connections."""
        ops = self.take()
        if ops is not None:
            ops.shutdown()
            ops.deleteLater()


def _password_edit(accessible_name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


class _AccountDialog(QDialog):
    """A form with an inline message on top and one main button."""

    def __init__(self, title: str, intro: str, button_text: str, runner: RunnerSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.runner = runner
        self._banner: MessageBanner | None = None
        self._asking = False
        self._watching_trouble = False
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
        if self._asking:
            return  # the answer to the last press is on its way
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

    def ask(self, call: Callable[[], Any], answered: Callable[[Any], None]) -> None:
        """Run the service `call` on the runner's write worker; `answered(result)` follows on
        this thread, or `refused(error)` with the rule's message. The button is off meanwhile."""
        ops = self.runner()
        if not self._watching_trouble:
            self._watching_trouble = True
            ops.trouble_changed.connect(self._show_runner_trouble)
        self._set_asking(True)

        def done(result: Any) -> None:
            self._set_asking(False)
            answered(result)

        ops.write(call, done, self._on_refused, owner=self)

    def refused(self, error: DomainError) -> None:
        """The service said no (a wrong password, a name taken): say why."""
        self.show_message(error.message)

    def is_asking(self) -> bool:
        """A press's answer is still on its way from the runner."""
        return self._asking

    def _on_refused(self, error: DomainError) -> None:
        self._set_asking(False)
        self.refused(error)

    def _set_asking(self, asking: bool) -> None:
        self._asking = asking
        self.ok_button.setEnabled(not asking)

    @Slot(str)
    def _show_runner_trouble(self, text: str) -> None:
        self.show_database_state(text, trouble=bool(text))

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

    def __init__(self, clock: Clock, runner: RunnerSource,
                 parent: QWidget | None = None) -> None:
        from reservations_app.domain.passwords import MIN_PASSWORD

        super().__init__(
            self.tr("Create the administrator"),
            self.tr("This database has no staff accounts yet. Create the first one: an "
                    "administrator, who can later add accounts for the front desk and the "
                    "providers. The password needs at least {n} characters.").format(
                n=MIN_PASSWORD),
            self.tr("&Create administrator"), runner, parent)
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

        name, password, now = self.username_edit.text(), self.password_edit.text(), self._clock()
        self.ask(lambda: auth.create_user(None, name, password, Role.ADMIN, now), self._created)

    def _created(self, user: User) -> None:
        self.user = user
        self.accept()


class LoginDialog(_AccountDialog):
    """Who is at the desk. After `exec()` returns Accepted, `actor` is the signed-in user.

    Shown while the database is still being opened (`wait_for_database`): Sign in pressed
    before `database_ready` turns busy and signs in as soon as the database answers."""

    def __init__(self, workstation: str, clock: Clock, runner: RunnerSource, database: str = "",
                 username: str = "", parent: QWidget | None = None) -> None:
        intro = self.tr("Sign in to Reservations.")
        if database:
            intro += " " + self.tr("Database: {where}").format(where=database)
        super().__init__(self.tr("Sign in"), intro, self.tr("&Sign in"), runner, parent)
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

        name, password = self.username_edit.text(), self.password_edit.text()
        workstation, now = self._workstation, self._clock()
        self.ask(lambda: auth.authenticate(name, password, workstation, now), self._signed_in)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def refused(self, error: DomainError) -> None:
        super().refused(error)
        self.password_edit.clear()
        self.password_edit.setFocus()
