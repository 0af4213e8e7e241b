"""The start's sign-in: the first dialog takes keys while the rest of the app is imported (in
short slices on the GUI thread) and the database opens on a thread of its own (ui/opening.py).

The first dialog is the sign-in, or the first administrator's where the database surely has no
accounts yet (ui/app.py `show_sign_in`). Once the database is open and says otherwise, the
right dialog takes the wrong one's place where it stands, with the name typed so far. A button
pressed before the database is open waits for it; trouble reaching it is shown in the dialog;
Cancel ends the start at any moment; a database that cannot be used is explained, and the
start ends with `unusable` set.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Slot
from PySide6.QtWidgets import QDialog, QWidget

from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog

if TYPE_CHECKING:
    from reservations_app.domain.access import Actor
    from reservations_app.domain.errors import DomainError
    from reservations_app.store.target import Target
    from reservations_app.ui.opening import DatabaseOpening, Opened
    from reservations_app.ui.session import Clock

log = logging.getLogger(__name__)

AccountDialog = LoginDialog | FirstAdminDialog
# A dialog's result when the database cannot be used, or when another dialog took its place
# (Accepted and Rejected are 1 and 0).
UNUSABLE = 2
REPLACED = 3
# The modules the opening thread uses, imported on the GUI thread before it starts: two threads
# importing the same modules at once could meet a half-imported one.
NEEDED_BY_THE_OPENING = 2


class StartSignIn(QObject):
    """`run()` returns the signed-in actor, or None: cancelled, or `unusable`."""

    def __init__(self, first: AccountDialog, opening: DatabaseOpening, workstation: str,
                 clock: Clock, target: Target, remembered_name: str = "") -> None:
        super().__init__(first)
        self.dialog = first
        self.target: Target | None = None  # once opened
        self.unusable = False
        self._opening = opening
        self._workstation, self._clock, self._given = workstation, clock, target
        self._remembered_name = remembered_name
        self._made: list[AccountDialog] = []
        self._settled = False
        self._waiting = QEventLoop(self)
        self._adopt(first)
        opening.opened.connect(self._opened)
        opening.refused.connect(self._refused)
        opening.crashed.connect(self._crashed)
        opening.trouble_changed.connect(self._show_trouble)

    def run(self, preparation: Sequence[str]) -> Actor | None:
        try:
            if not self._import(preparation[:NEEDED_BY_THE_OPENING]):
                return None  # cancelled before the opening began: nothing is made or migrated
            self._opening.start()
            self._import(preparation[NEEDED_BY_THE_OPENING:])
            self._wait_for_the_opening()
            return self._answers()
        finally:
            self._opening.stop()
            for dialog in self._made:
                dialog.deleteLater()

    def _import(self, modules: Sequence[str]) -> bool:
        """Import `modules` a slice at a time, the dialog's events handled in between; False
        once the dialog is closed (the rest is not needed then)."""
        for module in modules:
            if not self.dialog.isVisible():
                return False
            importlib.import_module(module)
            run_pending_events()
        return self.dialog.isVisible()

    def _wait_for_the_opening(self) -> None:
        """The dialog keeps taking keys; a button pressed meanwhile goes ahead once open."""
        if not self._settled and self.dialog.isVisible():
            self._waiting.exec()

    def _answers(self) -> Actor | None:
        while True:
            dialog = self.dialog
            if dialog.isVisible():
                dialog.exec()
            if dialog is not self.dialog:
                continue  # another dialog took its place while it was up
            if dialog.result() != QDialog.DialogCode.Accepted:
                return None  # Cancel, or a database that cannot be used (the user was told)
            if isinstance(dialog, LoginDialog):
                return dialog.actor
            assert dialog.user is not None
            self._replace(self._login(dialog.user.username))  # the new administrator signs in

    # Dialogs ------------------------------------------------------------------------------
    def _adopt(self, dialog: AccountDialog) -> None:
        self._made.append(dialog)
        dialog.finished.connect(self._waiting.quit)

    def _login(self, username: str) -> LoginDialog:
        where = (self.target or self._given).display
        login = LoginDialog(self._workstation, self._clock, self.dialog.runner, where, username)
        self._adopt(login)
        return login

    def _first_admin(self, typed_name: str) -> FirstAdminDialog:
        first = FirstAdminDialog(self._clock, self.dialog.runner)
        if typed_name:
            first.username_edit.setText(typed_name)
        self._adopt(first)
        return first

    def _replace(self, replacement: AccountDialog) -> None:
        """`replacement` shown where the current dialog is, before that one goes: no moment
        without a window, and no jump."""
        current = self.dialog
        replacement.adjustSize()
        replacement.move(current.frameGeometry().center() - replacement.rect().center())
        replacement.show()
        self.dialog = replacement
        if current.isVisible():
            current.done(REPLACED)

    # The opening's reports ----------------------------------------------------------------
    @Slot(object)
    def _opened(self, opened: Opened) -> None:
        self._settle()
        self.target = opened.target
        current = self.dialog
        if not current.isVisible():
            return  # cancelled meanwhile
        if opened.has_users and isinstance(current, FirstAdminDialog):
            self._replace(self._login(self._remembered_name))
        elif not opened.has_users and isinstance(current, LoginDialog):
            self._replace(self._first_admin(current.username_edit.text().strip()))
        else:
            current.database_ready()

    @Slot(object)
    def _refused(self, error: DomainError) -> None:
        self._settle()
        if self.dialog.isVisible():  # not cancelled meanwhile
            self.unusable = True
            explain(error, self.dialog)
            self.dialog.done(UNUSABLE)

    @Slot(object)
    def _crashed(self, error: BaseException) -> None:
        self._settle()
        self.unusable = True
        self.dialog.done(UNUSABLE)
        raise error  # a bug: the crash handler reports it

    @Slot(str, bool)
    def _show_trouble(self, text: str, trouble: bool) -> None:
        if self.dialog.isVisible():
            self.dialog.show_database_state(text, trouble=trouble)

    def _settle(self) -> None:
        self._settled = True
        self._waiting.quit()


def explain(error: DomainError, parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox  # its enums cost the first window otherwise

    log.warning("cannot open the database: %s", error.message)
    QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open the database"),
                         error.message)


def run_pending_events() -> None:
    """Returns once the events already posted (a shown window's paint among them) are done."""
    idle = QEventLoop()
    QTimer.singleShot(0, idle.quit)
    idle.exec()

