"""The composition root: which database, start-up housekeeping, first run, demo, the CLI hook."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reservations_app import cli
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role, Status
from reservations_app.paths import app_paths
from reservations_app.services import auth, booking, demo, people, schedule
from reservations_app.services.changeset import BOOKINGS, Changes
from reservations_app.store.connect import Target
from reservations_app.ui import app
from reservations_app.ui.dialogs.login import FirstAdminDialog, LazyRunner, LoginDialog
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, Clinic, FakeClock, settle
from tests.ui.signing import fill_first_admin, fill_login

PASSWORD = "correct horse battery"


@pytest.mark.backends("sqlite")  # the daily file backup is SQLite's; a server uses pg_dump
def test_start_up_sweeps_stale_holds_and_backs_up_once_the_window_is_up(
        qtbot: QtBot, db: Target, clinic: Clinic, admin: Actor, clock: FakeClock) -> None:
    slot = schedule.bookable_slots(admin, DAY, clock())[0]
    held = booking.hold(admin, clinic.ann.id, slot.provider_id, slot.start, clock())
    clock.advance(hours=2)  # the app was closed while the hold lapsed
    paths = app_paths()
    window = MainWindow(Session(admin, db, clock), backup_dir=paths.backup_dir)
    qtbot.addWidget(window)
    window.show()
    backup = app.daily_backup(db, paths, clock)
    with qtbot.waitSignal(window.holds_expired, timeout=20_000):
        window.start_up_work(backup)
    settle(qtbot, window.session)
    assert booking.get_booking(admin, held.id).reservation.status is Status.EXPIRED
    assert list(paths.backup_dir.glob("reservations-*-daily.sqlite3"))


@pytest.mark.backends("sqlite")
def test_a_slow_start_up_backup_holds_up_neither_reads_nor_holds(
        qtbot: QtBot, db: Target, clinic: Clinic, admin: Actor, clock: FakeClock) -> None:
    window = MainWindow(Session(admin, db, clock), backup_dir=app_paths().backup_dir)
    qtbot.addWidget(window)
    release = threading.Event()
    window.start_up_work(lambda: release.wait(30))  # a whole-file copy that takes its time
    ops = window.session.ops
    slot = schedule.bookable_slots(admin, DAY, clock())[0]
    held: list[int] = []
    ops.write(lambda: booking.hold(admin, clinic.ann.id, slot.provider_id, slot.start, clock()),
              lambda hold: held.append(hold.id))
    qtbot.waitUntil(lambda: bool(held), timeout=20_000)
    assert not release.is_set()  # the hold went through while the backup was still running
    release.set()
    settle(qtbot, window.session)


def test_first_run_creates_the_admin_then_signs_in(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    login = fill_login(PASSWORD)

    def watched_login(dialog: LoginDialog) -> int:
        seen.append(dialog.username_edit.text())
        return login(dialog)

    monkeypatch.setattr(FirstAdminDialog, "exec", fill_first_admin(PASSWORD))
    monkeypatch.setattr(LoginDialog, "exec", watched_login)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: _adopt_windows(qtbot)))
    assert app.run_gui(f"sqlite:///{tmp_path / 'new.sqlite3'}") == 0
    assert seen == ["admin"]  # the login offers the account just made
    assert auth.has_users()


def _adopt_windows(qtbot: QtBot) -> int:
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            qtbot.addWidget(window)
    return 0


def test_cancelling_the_login_quits(db: Target, clock: FakeClock, sign_in_runner: LazyRunner,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    auth.create_user(None, "admin", PASSWORD, Role.ADMIN, clock())
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: 0)
    assert app.sign_in("desk-1", clock, db, sign_in_runner) is None


def test_the_demo_is_built_while_the_event_loop_keeps_running(
        qtbot, db: Target, admin: Actor, clock: FakeClock,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "ask_for_demo", lambda parent: True)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    session = Session(admin, db, clock=clock)
    window = QWidget()
    qtbot.addWidget(window)
    # Asked over the main window once a read found the clinic empty; the window then reloads.
    with qtbot.waitSignal(session.ops.changed, timeout=120_000):
        app.offer_demo(session, window)
    heartbeat.stop()
    session.close()
    assert len(people.list_providers(admin)) == len(demo.PROVIDERS)
    assert booking.list_bookings(admin, clock(), first=clock().date())
    assert len(ticks) > 5  # the GUI thread kept handling events during the build


@pytest.mark.backends("sqlite")
def test_the_demo_is_one_write_on_the_runner_and_one_change(
        qtbot, db: Target, admin: Actor, clock: FakeClock,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Like every other service call, the demo's goes through the runner: on its write worker,
    after the writes asked before it, and announced once as the change it made."""
    monkeypatch.setattr(app, "ask_for_demo", lambda parent: True)
    threads: list[str] = []
    create = demo.create_demo
    monkeypatch.setattr(demo, "create_demo", lambda *args, **kwargs: threads.append(
        threading.current_thread().name) or create(*args, **kwargs))
    session = Session(admin, db, clock=clock)
    heard: list[Changes] = []
    session.ops.changed.connect(lambda changes, _initiator: heard.append(changes))
    window = QWidget()
    qtbot.addWidget(window)
    app.offer_demo(session, window)
    qtbot.waitUntil(lambda: bool(heard) and session.ops.is_idle(), timeout=120_000)
    session.close()
    assert threads == ["reservations-writes"]
    assert len(heard) == 1 and heard[0].touches(BOOKINGS)


def test_the_demo_is_not_offered_on_a_clinic_with_data(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    looked: list[bool] = []
    monkeypatch.setattr(app, "ask_for_demo", lambda parent: asked.append(True) or True)
    monkeypatch.setattr(demo, "is_empty", lambda: looked.append(True) or False)
    window = QWidget()
    qtbot.addWidget(window)
    app.offer_demo(session, window)
    qtbot.waitUntil(lambda: bool(looked), timeout=20_000)
    settle(qtbot, session)
    assert asked == []


def test_run_gui_opens_the_main_window(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        shown.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MainWindow) and w.isVisible())
        for window in shown:
            qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(FirstAdminDialog, "exec", fill_first_admin(PASSWORD))
    monkeypatch.setattr(LoginDialog, "exec", fill_login(PASSWORD))
    monkeypatch.setattr(app, "ask_for_demo", lambda parent: False)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app.run_gui(f"sqlite:///{tmp_path / 'new.sqlite3'}") == 0
    assert len(shown) == 1 and shown[0].session.actor.username == "admin"


def test_the_cli_without_a_command_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    monkeypatch.setattr(app, "run_gui", lambda db: calls.append(db) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--db", "sqlite:///x.db"]) == 0
    assert calls == [None, "sqlite:///x.db"]


def test_run_gui_exits_1_on_an_unusable_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert app.run_gui(str(folder)) == 1
    assert shown == [f"{folder} is a folder, not a database file."]
