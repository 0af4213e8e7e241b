"""The admin menu actions: who may use them, backup now, restore with confirmation."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import audit, maintenance, people
from reservations_app.store.connect import Target
from reservations_app.ui.admin_actions import AdminActions, Prompts, build_admin_actions
from reservations_app.ui.audit_view import AuditView
from reservations_app.ui.dialogs.users import UsersDialog
from reservations_app.ui.ops import WAITING_AFTER_MS
from reservations_app.ui.session import Session


class ScriptedPrompts(Prompts):
    """Answers the actions' questions from a script and remembers what was said."""

    def __init__(self, path: Path | None = None, confirm: bool = False) -> None:
        self.path = path
        self.answer = confirm
        self.asked: list[str] = []
        self.told: list[tuple[str, str]] = []

    def save_path(self, parent: QWidget, title: str, suggested: Path) -> Path | None:
        self.asked.append(f"save {suggested.name}")
        return self.path

    def open_path(self, parent: QWidget, title: str, folder: Path) -> Path | None:
        self.asked.append(f"open {folder}")
        return self.path

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.told.append(("info", text))

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        self.told.append(("warning", text))

    secret: str | None = None  # the passphrase to encrypt with, or None for a plain copy
    removable: bool | None = None

    def encryption(self, parent: QWidget, removable: bool) -> tuple[bool, str | None]:
        self.removable = removable
        return True, self.secret

    def passphrase(self, parent: QWidget) -> str | None:
        return self.secret


SQLITE_FILE = pytest.mark.backends("sqlite")  # file backups; a server uses pg_dump


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


class Restarts:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def _build(session: Session, window: QMainWindow, tmp_path: Path,
           prompts: ScriptedPrompts) -> tuple[AdminActions, Restarts]:
    restarts = Restarts()
    actions = build_admin_actions(session, window, tmp_path / "backups", prompts=prompts,
                                  after_restore=restarts)
    return actions, restarts


@pytest.mark.parametrize("actor", [Actor("dan", Role.FRONT_DESK, "d"),
                                   Actor("dr", Role.PROVIDER, "d", provider_id=1)],
                         ids=["front_desk", "provider"])
def test_the_actions_are_disabled_for_other_roles(actor: Actor, db: Target,
                                                  window: QMainWindow, tmp_path: Path) -> None:
    actions, _ = _build(Session(actor, db), window, tmp_path, ScriptedPrompts())
    assert [a.isEnabled() for a in actions.actions()] == [False] * 5
    assert all("Only administrators" in a.toolTip() for a in actions.actions())


@SQLITE_FILE
def test_an_admin_backs_up_now(qtbot: QtBot, admin_session: Session, window: QMainWindow,
                               tmp_path: Path) -> None:
    target = tmp_path / "chosen.sqlite3"
    prompts = ScriptedPrompts(path=target)
    actions, _ = _build(admin_session, window, tmp_path, prompts)
    assert all(a.isEnabled() for a in actions.actions())
    actions.backup_now.trigger()
    assert prompts.asked == ["save reservations-20261124-090000.sqlite3"]
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=20_000)  # copied on the runner
    assert target.exists() and prompts.told == [
        ("info", f"The database was backed up to {target}.")]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    (row,) = audit.list_entries(admin_session.actor, action="database.backup")
    assert row.actor == "ada"


@SQLITE_FILE
def test_a_long_backup_is_no_database_trouble_and_holds_up_no_write(
        qtbot: QtBot, admin_session: Session, window: QMainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole-file copy takes seconds on a big clinic: it runs beside the desk's writes, as
    the day's first backup does, and the window does not say the database is locked."""
    release = threading.Event()
    copy = maintenance.backup
    monkeypatch.setattr(maintenance, "backup", lambda *args, **kwargs: release.wait(30)
                        and copy(*args, **kwargs))
    prompts = ScriptedPrompts(path=tmp_path / "chosen.sqlite3")
    actions, _ = _build(admin_session, window, tmp_path, prompts)
    ops = admin_session.ops
    troubles: list[str] = []
    ops.trouble_changed.connect(troubles.append)
    added: list[str] = []
    try:
        actions.backup_now.trigger()
        qtbot.wait(WAITING_AFTER_MS + 300)  # past the moment a database call is announced
        assert troubles == [] and ops.trouble == ""
        ops.write(lambda: people.add_client(admin_session.actor, "During Backup",
                                            admin_session.now()),
                  lambda client: added.append(client.name))
        qtbot.waitUntil(lambda: bool(added), timeout=20_000)
        assert not release.is_set()  # the write went through while the copy was running
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=20_000)
    assert prompts.told[0][0] == "info" and (tmp_path / "chosen.sqlite3").exists()


@SQLITE_FILE
def test_a_cancelled_backup_does_nothing(admin_session: Session, window: QMainWindow,
                                         tmp_path: Path) -> None:
    prompts = ScriptedPrompts(path=None)
    actions, _ = _build(admin_session, window, tmp_path, prompts)
    actions.backup_now.trigger()
    assert prompts.told == []
    assert audit.list_entries(admin_session.actor, action="database.backup") == []


@pytest.fixture
def saved(qtbot: QtBot, admin_session: Session, window: QMainWindow, tmp_path: Path) -> Path:
    people.add_client(admin_session.actor, "Before Backup", admin_session.now())
    path = tmp_path / "saved.sqlite3"
    prompts = ScriptedPrompts(path=path)
    actions, _ = _build(admin_session, window, tmp_path, prompts)
    actions.backup_now.trigger()
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=20_000)
    people.add_client(admin_session.actor, "After Backup", admin_session.now())
    return path


def _client_names(session: Session) -> list[str]:
    return [c.name for c in people.search_clients(session.actor)]


@SQLITE_FILE
def test_restore_asks_first_and_a_no_changes_nothing(admin_session: Session, saved: Path,
                                                     window: QMainWindow,
                                                     tmp_path: Path) -> None:
    prompts = ScriptedPrompts(path=saved, confirm=False)
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    actions.restore.trigger()
    assert len(prompts.asked) == 2 and "saved.sqlite3" in prompts.asked[1]
    assert "kept aside" in prompts.asked[1]
    assert _client_names(admin_session) == ["After Backup", "Before Backup"]
    assert restarts.count == 0


@SQLITE_FILE
def test_restore_replaces_the_database_keeps_the_old_one_and_restarts(
        qtbot: QtBot, admin_session: Session, saved: Path, window: QMainWindow,
        tmp_path: Path) -> None:
    prompts = ScriptedPrompts(path=saved, confirm=True)
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    with qtbot.waitSignal(actions.database_restored, timeout=20_000) as restored:
        actions.restore.trigger()
    kept = Path(restored.args[0])
    assert kept.parent == tmp_path / "backups" and kept.exists()
    assert _client_names(admin_session) == ["Before Backup"]
    assert prompts.told[-1][0] == "info" and "Start it again" in prompts.told[-1][1]
    assert restarts.count == 1
    (row,) = audit.list_entries(admin_session.actor, action="database.restore")
    assert row.actor == "ada"


@SQLITE_FILE
def test_a_bad_backup_is_refused_with_a_warning(qtbot: QtBot, admin_session: Session,
                                                window: QMainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("this is no database")
    people.add_client(admin_session.actor, "Still Here", admin_session.now())
    prompts = ScriptedPrompts(path=junk, confirm=True)
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    actions.restore.trigger()
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=20_000)
    assert prompts.told[0][0] == "warning" and "not a Reservations database" in prompts.told[0][1]
    assert restarts.count == 0
    assert admin_session.ops.trouble == ""  # the backup is bad, not the clinic's database
    assert not any(note.isVisible() for note in window.findChildren(QProgressDialog))
    assert _client_names(admin_session) == ["Still Here"]


def _hold_restores(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Restores wait (up to 30 s) until the returned event is set, then run."""
    release = threading.Event()
    restore = maintenance.restore
    monkeypatch.setattr(maintenance, "restore", lambda *args: release.wait(30)
                        and restore(*args))
    return release


@SQLITE_FILE
def test_the_window_is_drawn_while_a_restore_runs(
        qtbot: QtBot, admin_session: Session, saved: Path, window: QMainWindow,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check and copy of a big clinic take seconds: they run on the runner, behind a
    modal note, while the event loop goes on (before, the window froze until they ended)."""
    release = _hold_restores(monkeypatch)
    prompts = ScriptedPrompts(path=saved, confirm=True)
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    ticks: list[None] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(None))
    timer.start()
    try:
        actions.restore.trigger()
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=20_000)  # the loop runs meanwhile
        (note,) = window.findChildren(QProgressDialog)
        assert note.isVisible() and note.isModal() and "saved.sqlite3" in note.labelText()
        assert restarts.count == 0
    finally:
        release.set()
        timer.stop()
    qtbot.waitUntil(lambda: restarts.count == 1, timeout=20_000)
    assert not any(shown.isVisible() for shown in window.findChildren(QProgressDialog))
    assert _client_names(admin_session) == ["Before Backup"]


@SQLITE_FILE
def test_the_restore_note_cannot_be_dismissed_while_the_restore_runs(
        qtbot: QtBot, admin_session: Session, saved: Path, window: QMainWindow,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Escape or the note's close button hid it and gave the window back mid-restore: the
    desk could ask the database for more, or restore again, while the file was replaced."""
    release = _hold_restores(monkeypatch)
    prompts = ScriptedPrompts(path=saved, confirm=True)
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    try:
        actions.restore.trigger()
        (note,) = window.findChildren(QProgressDialog)
        qtbot.keyClick(note, Qt.Key.Key_Escape)
        note.close()
        qtbot.wait(50)
        assert note.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: restarts.count == 1, timeout=20_000)
    assert not any(shown.isVisible() for shown in window.findChildren(QProgressDialog))


@SQLITE_FILE
def test_a_bug_in_the_restore_is_reported_and_closes_the_note(
        qtbot: QtBot, admin_session: Session, saved: Path, window: QMainWindow,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error that is no refusal (here a disk that cannot be written) went to the crash
    handler from the runner before anyone closed the note: the window stayed blocked."""
    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(maintenance, "restore", broken)
    prompts = ScriptedPrompts(path=saved, confirm=True)
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    with qtbot.captureExceptions() as raised:
        actions.restore.trigger()
        qtbot.waitUntil(lambda: bool(raised), timeout=20_000)
    assert isinstance(raised[0][1], OSError) and restarts.count == 0
    assert not any(shown.isVisible() for shown in window.findChildren(QProgressDialog))


def test_postgresql_without_pg_dump_is_told_how_to_get_it(
        qtbot: QtBot, signed_in_admin: Actor, window: QMainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESERVATIONS_PG_BIN", str(tmp_path))  # a folder without the tools
    server = Target("postgresql://clinic:secret@db.local/clinic", "postgresql")
    prompts = ScriptedPrompts(path=tmp_path / "x.dump")
    session = Session(signed_in_admin, server)
    actions, _ = _build(session, window, tmp_path, prompts)
    actions.backup_now.trigger()
    assert prompts.asked[0].endswith(".dump")
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=20_000)
    ((kind, text),) = prompts.told
    assert kind == "warning" and "pg_dump was not found" in text and "secret" not in text
    assert session.ops.trouble == ""  # the backup failed, not the database
    session.close()


def test_audit_trail_and_users_open_their_windows(qtbot: QtBot, admin_session: Session,
                                                  window: QMainWindow, tmp_path: Path) -> None:
    actions, _ = _build(admin_session, window, tmp_path, ScriptedPrompts())
    actions.audit_trail.trigger()
    first = actions.audit_view
    assert isinstance(first, AuditView) and first.isVisible()
    actions.audit_trail.trigger()
    assert actions.audit_view is first  # raised again, not opened twice
    actions.users.trigger()
    assert isinstance(actions.users_dialog, UsersDialog) and actions.users_dialog.isVisible()
    first.close()
    qtbot.waitUntil(lambda: window.findChildren(AuditView) == [], timeout=20_000)
    actions.audit_trail.trigger()
    assert actions.audit_view is not first


@SQLITE_FILE
def test_back_up_now_offers_encryption_and_restore_asks_for_the_passphrase(
        qtbot: QtBot, window: QMainWindow, tmp_path: Path, admin_session: Session) -> None:
    """Issue 12, item 10: the GUI's backup offers a passphrase (suggested on removable
    media) and its restore decrypts. Before, every GUI backup was a plain SQLite file."""
    from reservations_app.store.fsinfo import removable_media
    from reservations_app.store.sealed import is_sealed

    prompts = ScriptedPrompts(tmp_path / "usb.sqlite3.sealed", confirm=True)
    prompts.secret = "a long passphrase"
    actions, restarts = _build(admin_session, window, tmp_path, prompts)
    people.add_client(admin_session.actor, "Ann", admin_session.now())
    actions.back_up_now()
    qtbot.waitUntil(lambda: bool(prompts.told), timeout=20_000)
    assert is_sealed(tmp_path / "usb.sqlite3.sealed")
    assert prompts.removable is False
    assert removable_media(Path("/media/nurse/USBSTICK/copy.sqlite3"))
    actions.restore_from_backup()
    qtbot.waitUntil(lambda: restarts.count == 1, timeout=20_000)

