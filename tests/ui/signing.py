"""Playing the person at the sign-in: fill an account dialog, press its button and wait for
the operation runner's answer (the dialogs' service calls run on its write worker)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop

from reservations_app.store.connect import Target
from reservations_app.ui.dialogs.login import FirstAdminDialog, LazyRunner, LoginDialog

ANSWER_WAIT_S = 30.0


def wait_for(done: Callable[[], bool], timeout_s: float = ANSWER_WAIT_S) -> None:
    """Handle events until `done()`, or fail after `timeout_s` (no qtbot: these run inside a
    dialog's stand-in `exec`)."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"not done within {timeout_s} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def answered(dialog: LoginDialog | FirstAdminDialog) -> int:
    """Press the main button as typed so far; the dialog's result once the answer is in."""
    dialog.submit()
    wait_for(lambda: not dialog.is_asking())
    return dialog.result()


def pressed(dialog: LoginDialog | FirstAdminDialog) -> None:
    """Click the main button, as a person does, and wait for the answer."""
    dialog.ok_button.click()
    wait_for(lambda: not dialog.is_asking())


def fill_first_admin(password: str) -> Callable[[FirstAdminDialog], int]:
    """A stand-in for FirstAdminDialog.exec: the password twice, then Create."""
    def fill(dialog: FirstAdminDialog) -> int:
        dialog.password_edit.setText(password)
        dialog.repeat_edit.setText(password)
        return answered(dialog)

    return fill


def fill_login(password: str, name: str | None = None) -> Callable[[LoginDialog], int]:
    """A stand-in for LoginDialog.exec: (the name and) the password, then Sign in."""
    def fill(dialog: LoginDialog) -> int:
        if name is not None:
            dialog.username_edit.setText(name)
        dialog.password_edit.setText(password)
        return answered(dialog)

    return fill


@pytest.fixture
def sign_in_runner(db: Target) -> Iterator[LazyRunner]:
    """The runner account dialogs made by a test call through, shut down after it."""
    runner = LazyRunner(db.backend)
    yield runner
    runner.shut_down()
