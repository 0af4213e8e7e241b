"""The inactivity lock: appears after the clinic's lock_minutes, hides the screen without
resetting it, and goes away only for the signed-in user's password."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import AuthenticationFailed
from reservations_app.services import audit, auth, settings
from reservations_app.ui.lock import InactivityLock
from reservations_app.ui.session import Session
from tests.ui.conftest import changed_elsewhere

from .conftest import ADMIN_PASSWORD, FakeClock

CHECK_MS = 10


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    """A stand-in for the main window with a half-typed form on it."""
    window = QMainWindow()
    form = QWidget()
    layout = QVBoxLayout(form)
    window.draft = QLineEdit()  # type: ignore[attr-defined]
    layout.addWidget(window.draft)  # type: ignore[attr-defined]
    window.setCentralWidget(form)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def lock(admin_session: Session, window: QMainWindow) -> InactivityLock:
    return InactivityLock(admin_session, window, check_interval_ms=CHECK_MS,
                          watch_input_after_ms=0)


def _unlock_with(qtbot: QtBot, lock: InactivityLock, password: str) -> None:
    assert lock.dialog is not None
    qtbot.keyClicks(lock.dialog.password, password)
    qtbot.keyClick(lock.dialog.password, Qt.Key.Key_Return)


def test_the_default_is_ten_minutes(lock: InactivityLock) -> None:
    assert lock.idle_limit == dt.timedelta(minutes=10)


def test_it_locks_after_the_idle_time_only(qtbot: QtBot, lock: InactivityLock,
                                           clock: FakeClock, window: QMainWindow) -> None:
    clock.advance(minutes=9, seconds=59)
    qtbot.wait(CHECK_MS * 5)
    assert not lock.is_locked
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(seconds=1)
    assert lock.dialog is not None and lock.dialog.isVisible()
    assert lock.dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert window.isVisible()  # covered, not closed


def _input_postpones(qtbot: QtBot, lock: InactivityLock, clock: FakeClock,
                     window: QMainWindow) -> None:
    """Typing after 8 of the 10 idle minutes: not locked 8 minutes later, locked 10 after."""
    clock.advance(minutes=8)
    qtbot.keyClicks(window.draft, "Ann")  # type: ignore[attr-defined]
    clock.advance(minutes=8)
    qtbot.wait(CHECK_MS * 5)
    assert not lock.is_locked
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(minutes=2)


def test_input_postpones_the_lock(qtbot: QtBot, lock: InactivityLock, clock: FakeClock,
                                  window: QMainWindow) -> None:
    _input_postpones(qtbot, lock, clock, window)


def test_input_is_watched_a_moment_after_the_window_opens(
        qtbot: QtBot, admin_session: Session, clock: FakeClock, window: QMainWindow) -> None:
    """Not during the window's first show and load (thousands of events, none of them input),
    but from a moment later on: then input postpones the lock as usual."""
    lock = InactivityLock(admin_session, window, check_interval_ms=CHECK_MS)
    assert not lock.watching_input
    qtbot.waitUntil(lambda: lock.watching_input, timeout=20_000)
    _input_postpones(qtbot, lock, clock, window)


def test_only_the_right_password_unlocks_and_the_screen_is_as_it_was(
        qtbot: QtBot, lock: InactivityLock, clock: FakeClock, window: QMainWindow,
        admin: Actor) -> None:
    qtbot.keyClicks(window.draft, "Half-typed note")  # type: ignore[attr-defined]
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(minutes=11)
    dialog = lock.dialog
    assert dialog is not None
    _unlock_with(qtbot, lock, "not my password")
    qtbot.waitUntil(lambda: "Wrong password" in dialog.error.text(), timeout=20_000)
    assert lock.is_locked and dialog.isVisible()
    assert "Wrong password" in dialog.error.text()
    assert dialog.password.text() == ""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # escape does not dismiss it
    assert lock.is_locked and dialog.isVisible()
    with qtbot.waitSignal(lock.window_unlocked, timeout=20_000):
        _unlock_with(qtbot, lock, ADMIN_PASSWORD)
    assert not lock.is_locked
    assert window.draft.text() == "Half-typed note"  # type: ignore[attr-defined]
    actions = [e.action for e in audit.list_entries(admin, action="unlock")]
    assert actions == ["unlock.ok", "unlock.fail"]


def test_it_locks_again_after_the_next_idle_spell(qtbot: QtBot, lock: InactivityLock,
                                                  clock: FakeClock) -> None:
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(minutes=10)
    with qtbot.waitSignal(lock.window_unlocked, timeout=20_000):
        _unlock_with(qtbot, lock, ADMIN_PASSWORD)
    clock.advance(minutes=5)
    qtbot.wait(CHECK_MS * 5)
    assert not lock.is_locked
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(minutes=5)


def test_the_setting_changes_the_idle_time(qtbot: QtBot, lock: InactivityLock,
                                           admin_session: Session, clock: FakeClock) -> None:
    settings.set_value(admin_session.actor, "lock_minutes", "2", clock())
    with qtbot.waitSignal(admin_session.ops.changed, timeout=20_000):
        changed_elsewhere(admin_session, "settings")
    assert lock.idle_limit == dt.timedelta(minutes=2)
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(minutes=2)


def test_an_open_dialog_is_covered_too_and_survives_the_lock(
        qtbot: QtBot, lock: InactivityLock, clock: FakeClock, window: QMainWindow) -> None:
    editing = QDialog(window)
    editing.setWindowTitle("Edit client")
    field = QLineEdit(editing)
    field.setText("555-0101")
    editing.open()
    qtbot.waitExposed(editing)
    with qtbot.waitSignal(lock.window_locked, timeout=20_000):
        clock.advance(minutes=10)
    covers = editing.findChildren(QWidget, "lockCover")
    assert len(covers) == 1 and covers[0].isVisible()
    assert covers[0].geometry() == editing.rect()
    assert window.findChildren(QWidget, "lockCover")
    with qtbot.waitSignal(lock.window_unlocked, timeout=20_000):
        _unlock_with(qtbot, lock, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not editing.findChildren(QWidget, "lockCover"), timeout=20_000)
    assert editing.isVisible() and field.text() == "555-0101"


def test_lockout_after_five_failed_sign_ins_is_told_to_the_user(signed_in_admin: Actor,
                                                                 now: dt.datetime) -> None:
    """The sign-in dialog belongs to another branch; this is the service behaviour it shows."""
    messages = []
    for attempt in range(5):
        with pytest.raises(AuthenticationFailed) as failed:
            auth.authenticate("ada", f"guess {attempt}", "desk-1", now)
        messages.append(str(failed.value))
    assert messages[:4] == ["Wrong user name or password."] * 4
    assert "locked for 5 minutes" in messages[4]
    with pytest.raises(AuthenticationFailed, match="Try again in 5 minute"):
        auth.authenticate("ada", ADMIN_PASSWORD, "desk-1", now)
