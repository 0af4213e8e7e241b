"""The sign-in's buttons call their services (checking a password, creating the first
administrator: both write and audit) through an operation runner, off the GUI thread, like
every other screen (issue 10): a locked database never freezes the dialog, a second press
meanwhile does nothing, and the session takes the runner over."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.store.connect import Target
from reservations_app.ui import app
from reservations_app.ui.dialogs.login import FirstAdminDialog, LazyRunner, LoginDialog
from reservations_app.ui.main_window import MainWindow
from tests.ui.conftest import FakeClock
from tests.ui.signing import fill_first_admin, fill_login, pressed
from tests.ui.test_database_trouble import Heartbeat, locked_by_another_program

PASSWORD = "correct horse battery"
WAIT_MS = 30_000


class Watched:
    """A service function wrapped to note the thread of each call, and optionally to wait for
    `release` before running."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.on_gui_thread: list[bool] = []
        self.release = threading.Event()
        self.release.set()
        original: Callable[..., Any] = getattr(module, name)

        def watched(*args: Any, **kwargs: Any) -> Any:
            self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
            assert self.release.wait(60)
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)


def _ada_signs_in(qtbot: QtBot, db: Target, clock: FakeClock,
                  runner: LazyRunner) -> LoginDialog:
    """The sign-in dialog of a database whose one account is ada's."""
    auth.create_user(None, "ada", PASSWORD, Role.ADMIN, clock())
    login = LoginDialog("desk-1", clock, runner, db.display, "ada")
    qtbot.addWidget(login)
    return login


def test_sign_in_checks_the_password_on_a_worker_and_ignores_a_second_press(
        qtbot: QtBot, db: Target, clock: FakeClock, fast_hashing: None,
        sign_in_runner: LazyRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    login = _ada_signs_in(qtbot, db, clock, sign_in_runner)
    calls = Watched(monkeypatch, auth, "authenticate")
    calls.release.clear()
    login.password_edit.setText(PASSWORD)
    login.ok_button.click()
    qtbot.waitUntil(lambda: calls.on_gui_thread == [False], timeout=WAIT_MS)
    assert login.is_asking() and not login.ok_button.isEnabled()
    login.submit()  # Enter pressed again while the answer is on its way
    calls.release.set()
    qtbot.waitUntil(lambda: login.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    assert login.actor is not None and login.actor.username == "ada"
    assert calls.on_gui_thread == [False]  # once, and not on the GUI thread


def test_a_wrong_password_answers_in_the_dialog_and_turns_the_button_back_on(
        qtbot: QtBot, db: Target, clock: FakeClock, fast_hashing: None,
        sign_in_runner: LazyRunner) -> None:
    login = _ada_signs_in(qtbot, db, clock, sign_in_runner)
    login.password_edit.setText("not the password")
    pressed(login)
    assert login.error_text() == "Wrong user name or password."
    assert login.ok_button.isEnabled() and login.password_edit.text() == ""
    assert login.result() != QDialog.DialogCode.Accepted


def test_the_first_administrator_is_created_on_a_worker(
        qtbot: QtBot, db: Target, clock: FakeClock, fast_hashing: None,
        sign_in_runner: LazyRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Watched(monkeypatch, auth, "create_user")
    first = FirstAdminDialog(clock, sign_in_runner)
    qtbot.addWidget(first)
    first.password_edit.setText(PASSWORD)
    first.repeat_edit.setText(PASSWORD)
    pressed(first)
    assert first.result() == QDialog.DialogCode.Accepted
    assert first.user is not None and first.user.role is Role.ADMIN
    assert calls.on_gui_thread == [False]


@pytest.mark.backends("sqlite")
def test_signing_in_to_a_locked_file_waits_with_the_dialog_running(
        qtbot: QtBot, db: Target, clock: FakeClock, fast_hashing: None,
        sign_in_runner: LazyRunner) -> None:
    login = _ada_signs_in(qtbot, db, clock, sign_in_runner)
    login.show()
    with locked_by_another_program(db):
        heartbeat = Heartbeat()
        login.password_edit.setText(PASSWORD)
        login.ok_button.click()
        qtbot.waitUntil(lambda: login.error_text().startswith("Waiting for the database"),
                        timeout=WAIT_MS)
        beats = heartbeat.beats
        qtbot.keyClicks(login.username_edit, "x")  # the dialog takes keys meanwhile
        qtbot.wait(300)
        assert heartbeat.beats > beats and login.username_edit.text() == "adax"
        assert login.is_asking() and login.actor is None
    qtbot.waitUntil(lambda: not login.is_asking(), timeout=WAIT_MS)
    assert login.result() == QDialog.DialogCode.Accepted  # the name typed before the press
    assert login.actor is not None and login.actor.username == "ada"


def test_the_session_takes_over_the_sign_in_runner(
        qtbot: QtBot, tmp_path: Path, fast_hashing: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[object] = []
    login = fill_login(PASSWORD)

    def watched_login(dialog: LoginDialog) -> int:
        answer = login(dialog)
        used.append(dialog.runner())
        return answer

    def main_loop() -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        for window in windows:
            qtbot.addWidget(window)
        used.extend(window.session.ops for window in windows)
        return 0

    monkeypatch.setattr(FirstAdminDialog, "exec", fill_first_admin(PASSWORD))
    monkeypatch.setattr(LoginDialog, "exec", watched_login)
    monkeypatch.setattr(QApplication, "exec", staticmethod(main_loop))
    assert app.run_gui(f"sqlite:///{tmp_path / 'clinic.sqlite3'}") == 0
    assert len(used) == 2 and used[0] is used[1]
