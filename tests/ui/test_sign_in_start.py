"""The start's sign-in (issue 10): the database opens on a thread of its own while the first
dialog takes keys, trouble reaching it is shown in the dialog, Cancel works at any moment, a
first start goes straight to the first administrator's dialog, and no dialog outlives its
sign-in. Each start here is the desk's own (`run_gui`), its user played by a timer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.store import connect as store_connect
from reservations_app.store.connect import Target
from reservations_app.ui import app
from reservations_app.ui.dialogs.login import FirstAdminDialog, LazyRunner, LoginDialog
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.opening import DatabaseOpening
from tests.pg_server import PostgresServer, free_port
from tests.ui.conftest import FakeClock
from tests.ui.signing import fill_first_admin, fill_login

PASSWORD = "correct horse battery"
WAIT_S = 30.0

AccountDialog = LoginDialog | FirstAdminDialog


_fill_first_admin = fill_first_admin(PASSWORD)
_fill_login = fill_login(PASSWORD)


def _deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _account_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstAdminDialog | LoginDialog)]


def _shown_dialog() -> AccountDialog | None:
    shown = [w for w in _account_dialogs() if w.isVisible()]
    return shown[-1] if shown else None  # type: ignore[return-value]


class Shows:
    """The account dialogs as they are shown, and whether another was still up then."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[tuple[str, bool]] = []
        for kind in (LoginDialog, FirstAdminDialog):
            monkeypatch.setattr(kind, "show", self._recorded(kind.show))

    def _recorded(self, show: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
        def recorded(dialog: QWidget) -> None:
            others = [w for w in _account_dialogs() if w is not dialog and w.isVisible()]
            self.seen.append((type(dialog).__name__, bool(others)))
            show(dialog)

        return recorded

    def names(self) -> list[str]:
        return [name for name, _ in self.seen]


class Desk:
    """Plays the user while `run_gui` runs: every 50 ms `act(dialog)` on the dialog shown."""

    def __init__(self, act: Callable[[AccountDialog], None]) -> None:
        self.act = act
        self.beats_while_waiting = 0
        self._timer = QTimer(interval=50)
        self._timer.timeout.connect(self._turn)

    def _turn(self) -> None:
        dialog = _shown_dialog()
        if dialog is not None:
            self.act(dialog)

    def run(self, url: str) -> int:
        self._timer.start()
        try:
            return app.run_gui(url)
        finally:
            self._timer.stop()


@pytest.fixture
def openings(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[DatabaseOpening]]:
    """Each opening a start began; waited for at the end, so that none outlives its test."""
    started: list[DatabaseOpening] = []
    start = DatabaseOpening.start

    def recorded(self: DatabaseOpening) -> None:
        started.append(self)
        start(self)

    monkeypatch.setattr(DatabaseOpening, "start", recorded)
    yield started
    assert all(opening.wait(WAIT_S) for opening in started)
    store_connect.close_database()


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the start said in a message box (none stays open to block the test)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def main_loop(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """The main windows a start opened; its event loop returns at once."""
    windows: list[MainWindow] = []

    def fake_exec() -> int:
        windows.extend(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible())
        for window in windows:
            qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setattr(app, "ask_for_demo", lambda parent: False)
    return windows


def _clinic_with(path: Path, *users: str) -> str:
    url = f"sqlite:///{path}"
    store_connect.open_database(url)
    for name in users:
        auth.create_user(None, name, PASSWORD, Role.ADMIN, FakeClock(app.system_clock())())
    store_connect.close_database()
    return url


@pytest.fixture
def legacy_locked(tmp_path: Path) -> Iterator[tuple[str, sqlite3.Connection]]:
    """A clinic with an account in a rollback-journal file (as older versions left it) that
    another program holds locked: nothing can read it until that program lets go."""
    path = tmp_path / "clinic.sqlite3"
    url = _clinic_with(path, "ada")
    with sqlite3.connect(path) as setting:
        setting.execute("PRAGMA journal_mode=delete")
    setting.close()
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield url, other
    other.close()


@pytest.mark.backends("sqlite")
def test_a_locked_file_is_waited_for_in_the_dialog_and_what_was_typed_signs_in(
        legacy_locked: tuple[str, sqlite3.Connection], main_loop: list[MainWindow],
        openings: list[DatabaseOpening], told: list[str], fast_hashing: None) -> None:
    url, other = legacy_locked
    said: list[str] = []

    def user(dialog: AccountDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        if not said:
            dialog.username_edit.setText("ada")
            dialog.password_edit.setText(PASSWORD)
            dialog.ok_button.click()  # before the database is open: it waits
        said.append(dialog.error_text())
        if "locked by another program" in said[-1] and other.in_transaction:
            assert dialog.is_waiting() and not dialog.ok_button.isEnabled()
            other.execute("ROLLBACK")  # the other program lets go

    assert Desk(user).run(url) == 0
    assert told == []
    assert "Opening the database…" in said
    assert any("locked by another program; retrying" in text for text in said)
    assert [w.session.actor.username for w in main_loop] == ["ada"]


@pytest.mark.backends("sqlite")
def test_cancel_ends_a_start_that_waits_for_a_locked_file(
        legacy_locked: tuple[str, sqlite3.Connection], main_loop: list[MainWindow],
        openings: list[DatabaseOpening]) -> None:
    url, other = legacy_locked

    def user(dialog: AccountDialog) -> None:
        if "Waiting for the database" in dialog.error_text():
            dialog.reject()  # Cancel

    assert Desk(user).run(url) == 0
    assert main_loop == []
    other.execute("ROLLBACK")


def test_cancel_ends_a_start_whose_server_is_out_of_reach(
        qapp: QApplication, main_loop: list[MainWindow], openings: list[DatabaseOpening],
        told: list[str]) -> None:
    said: list[str] = []

    def user(dialog: AccountDialog) -> None:
        said.append(dialog.error_text())
        if "Cannot reach the database server; retrying" in said[-1]:
            dialog.reject()

    nobody = f"postgresql://desk:secret@127.0.0.1:{free_port()}/clinic"  # nothing listens
    assert Desk(user).run(nobody) == 0
    assert "Connection refused" in said[-1] and "secret" not in said[-1]
    assert told == [] and main_loop == []


@pytest.mark.backends("postgresql")
def test_a_silent_server_leaves_the_dialog_answering_and_cancel_works(
        db_url: str, main_loop: list[MainWindow], openings: list[DatabaseOpening],
        postgres_server: PostgresServer) -> None:
    typed: list[str] = []

    def user(dialog: AccountDialog) -> None:
        dialog.username_edit.insert("a")  # typing goes on while the server says nothing
        typed.append(dialog.username_edit.text())
        if "Waiting for the database" in dialog.error_text() and len(typed) > 3:
            dialog.reject()

    with postgres_server.frozen():
        assert Desk(user).run(db_url) == 0
    assert len(typed) > 3 and typed[-1].endswith("aaaa")
    assert main_loop == []


@pytest.mark.backends("postgresql")
def test_a_server_refusing_the_password_is_explained_and_the_start_ends(
        postgres_server: PostgresServer, db_url: str, main_loop: list[MainWindow],
        openings: list[DatabaseOpening], told: list[str]) -> None:
    wrong = db_url.replace(postgres_server.password, "not-the-password")
    assert Desk(lambda dialog: None).run(wrong) == 1
    assert len(told) == 1 and "password authentication failed" in told[0]
    assert "not-the-password" not in told[0]


def test_an_unusable_file_is_explained_and_left_untouched(
        tmp_path: Path, main_loop: list[MainWindow], openings: list[DatabaseOpening],
        told: list[str]) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_bytes(b"shopping list, not a database")
    assert app.run_gui(str(bogus)) == 1
    assert len(told) == 1 and "is not a Reservations database" in told[0]
    assert bogus.read_bytes() == b"shopping list, not a database"


@pytest.mark.parametrize("made", ["not yet", "empty", "without accounts"])
def test_a_first_start_opens_with_the_first_administrators_dialog(
        made: str, tmp_path: Path, main_loop: list[MainWindow],
        openings: list[DatabaseOpening], monkeypatch: pytest.MonkeyPatch,
        fast_hashing: None) -> None:
    path = tmp_path / "clinic.sqlite3"
    if made == "empty":
        path.touch()
    elif made == "without accounts":
        _clinic_with(path)
    monkeypatch.setattr(FirstAdminDialog, "exec", _fill_first_admin)
    monkeypatch.setattr(LoginDialog, "exec", _fill_login)
    shows = Shows(monkeypatch)
    assert app.run_gui(f"sqlite:///{path}") == 0
    assert shows.names() == ["FirstAdminDialog", "LoginDialog"]  # no sign-in before it
    assert [w.session.actor.username for w in main_loop] == ["admin"]


@pytest.mark.backends("postgresql")
def test_where_accounts_cannot_be_counted_first_the_dialog_is_replaced_in_place(
        db_url: str, main_loop: list[MainWindow], openings: list[DatabaseOpening],
        monkeypatch: pytest.MonkeyPatch, fast_hashing: None) -> None:
    monkeypatch.setattr(FirstAdminDialog, "exec", _fill_first_admin)
    monkeypatch.setattr(LoginDialog, "exec", _fill_login)
    shows = Shows(monkeypatch)
    recorded_show = LoginDialog.show

    def typed_at_once(dialog: LoginDialog) -> None:
        # Typed as soon as the dialog is up, before the server answers: a timer's first beat
        # could come after a fast server had already answered.
        recorded_show(dialog)
        if not dialog.username_edit.text():
            dialog.username_edit.setText("boss")

    monkeypatch.setattr(LoginDialog, "show", typed_at_once)
    assert app.run_gui(db_url) == 0
    # The first administrator's dialog came up while the sign-in was still there: no moment
    # without a window; it offers the name typed, and its account signs in.
    assert shows.seen[:2] == [("LoginDialog", False), ("FirstAdminDialog", True)]
    assert [w.session.actor.username for w in main_loop] == ["boss"]


def test_a_sign_in_leaves_no_dialog_behind(
        qapp: QApplication, db: Target, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,
        fast_hashing: None, sign_in_runner: LazyRunner) -> None:
    auth.create_user(None, "admin", PASSWORD, Role.ADMIN, clock())
    monkeypatch.setattr(LoginDialog, "exec", fill_login(PASSWORD, "admin"))
    before = set(map(id, _account_dialogs()))
    window = QWidget()  # the locked main window a Switch user starts from
    try:
        assert app.sign_in("desk-1", clock, db, sign_in_runner, window) is not None
        assert app.sign_in("desk-1", clock, db, sign_in_runner, window) is not None
        assert app.sign_in("desk-1", clock, db, sign_in_runner) is not None
        _deleted_later()
        assert window.findChildren(QDialog) == []
        assert [w for w in _account_dialogs() if id(w) not in before] == []
    finally:
        window.deleteLater()


def test_a_start_leaves_no_dialog_behind(
        tmp_path: Path, main_loop: list[MainWindow], openings: list[DatabaseOpening],
        monkeypatch: pytest.MonkeyPatch, fast_hashing: None) -> None:
    monkeypatch.setattr(FirstAdminDialog, "exec", _fill_first_admin)
    monkeypatch.setattr(LoginDialog, "exec", _fill_login)
    before = set(map(id, _account_dialogs()))
    assert app.run_gui(f"sqlite:///{tmp_path / 'clinic.sqlite3'}") == 0
    _deleted_later()
    assert [w for w in _account_dialogs() if id(w) not in before] == []
