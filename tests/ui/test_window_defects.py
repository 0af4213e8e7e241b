"""Defects of the main window found by a new user (issue 13, items 4, 5, 10, 12, 13)."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.store.connect import Target
from reservations_app.ui import app
from reservations_app.ui.dialogs.login import LazyRunner, LoginDialog
from reservations_app.ui.main_window import MainWindow, window_title
from reservations_app.ui.session import Session
from tests.ui.conftest import ADMIN_PASSWORD, DAY, Clinic, FakeClock
from tests.ui.signing import fill_login


@pytest.fixture
def window(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(session)
    main.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def test_alt_arrows_move_the_week_on_the_calendar_tab_and_the_day_on_the_booking_tab(
        qtbot, window: MainWindow, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.calendar_tab.grid.setFocus()
    first = window.calendar_tab.week_first_day()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert (window.calendar_tab.week_first_day() - first).days == 7
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.calendar_tab.week_first_day() == first
    window.tabs.setCurrentWidget(window.booking_tab)
    window.booking_tab.picker.table.setFocus()
    day = window.booking_tab.picker.day()
    qtbot.keyClick(window.booking_tab.picker.table, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.AltModifier)
    assert (window.booking_tab.picker.day() - day).days == 1
    assert window.calendar_tab.week_first_day() == first


def test_the_shortcut_list_names_each_key_once_in_words(window: MainWindow) -> None:
    rows = window.shortcut_rows()
    keys = [key for key, _ in rows]
    assert len(keys) == len(set(keys))
    meaning = dict(rows)
    alt_right = next(text for key, text in rows if key.replace(" ", "") == "Alt+Right")
    assert "Next day (Booking menu)" in alt_right and "Next week (Schedule menu)" in alt_right
    assert all(any(ch.isalpha() for ch in text) for text in meaning.values())
    assert not any("\u25b6" in text or "\u25c0" in text for text in meaning.values())


def test_opening_the_schedule_menu_stays_on_the_booking_tab(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.booking_tab)
    window.schedule_menu.aboutToShow.emit()
    window.schedule_menu.aboutToHide.emit()  # Esc
    assert window.tabs.currentWidget() is window.booking_tab
    window.calendar_tab.next_week_action.trigger()
    window.schedule_menu.triggered.emit(window.calendar_tab.next_week_action)
    assert window.tabs.currentWidget() is window.calendar_tab


def test_the_window_title_names_the_app_once(window: MainWindow, admin: Actor) -> None:
    assert window.windowTitle() == f"Reservations — {admin.username}"
    assert window_title("ada") == "Reservations — ada"


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An X server on a display it picks itself (no clash with another run's), returned once
    it takes connections: Xvfb writes the display's number to -displayfd only then."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    # A selector, not select.select: late in a full run this pipe's number can pass 1023.
    with os.fdopen(read) as announced, selectors.DefaultSelector() as selector:
        selector.register(announced, selectors.EVENT_READ)
        ready = selector.select(timeout=60)
        number = announced.readline().strip() if ready else ""
    if not number:
        _stop(server)
        pytest.fail("Xvfb did not start within 60 s")
    return server, f":{number}"


_TITLE_SCRIPT = (
    "import sys; from PySide6.QtWidgets import QWidget; "
    "from reservations_app.ui import app; from reservations_app.ui.main_window "
    "import window_title; a = app.application(); w = QWidget(); "
    "w.setWindowTitle(window_title('ada')); w.show(); a.processEvents(); "
    "import time; time.sleep(120)")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()  # Xvfb removes its lock file and socket on SIGTERM, not on SIGKILL
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _titles_on_a_fresh_x_server() -> list[str] | None:
    """The title lines of the window the child shows, or None when the X server or the child
    died before one appeared (another run's server can take the display under it)."""
    server, display = _start_xvfb()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen([sys.executable, "-c", _TITLE_SCRIPT], env=env)
    try:
        deadline = time.monotonic() + 60  # a loaded machine starts Python and Qt slowly
        while time.monotonic() < deadline:
            if child.poll() is not None or server.poll() is not None:
                return None
            time.sleep(0.25)
            tree = subprocess.run(["xwininfo", "-display", display, "-root", "-tree"],
                                  check=False, capture_output=True, text=True).stdout
            titles = [line for line in tree.splitlines() if "ada" in line]
            if titles:
                return titles
        return []
    finally:
        _stop(child)
        _stop(server)


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xwininfo")),
                    reason="needs Xvfb and xwininfo to read the title X windows really get")
def test_the_title_a_real_x_server_gets_has_no_app_name_appended() -> None:
    titles = None
    for _attempt in range(3):
        titles = _titles_on_a_fresh_x_server()
        if titles is not None:
            break
    assert titles and '"Reservations — ada"' in titles[0], titles


def test_the_lock_screen_says_how_it_locked_and_offers_switch_user(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.lock_action.trigger()
    dialog = window.inactivity_lock.dialog
    assert dialog is not None
    assert "without use" not in dialog.message.text()
    assert dialog.message.text().startswith("The screen was locked.")
    with qtbot.waitSignal(window.switch_user_requested, timeout=20_000):
        dialog.switch_button.click()


def test_switch_user_signs_someone_else_in_on_a_fresh_window(
        qtbot, db: Target, clinic: Clinic, clock: FakeClock, fast_hashing: None,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    auth.create_user(None, "ada", ADMIN_PASSWORD, Role.ADMIN, clock())
    auth.create_user(auth.authenticate("ada", ADMIN_PASSWORD, "d", clock()), "bea",
                     ADMIN_PASSWORD, Role.FRONT_DESK, clock())
    seen: list[str] = []

    def log_in(name: str):  # type: ignore[no-untyped-def]
        def fill(dialog: LoginDialog) -> int:
            seen.append(dialog.username_edit.text())
            return fill_login(ADMIN_PASSWORD, name)(dialog)
        return fill

    first = Session(auth.authenticate("ada", ADMIN_PASSWORD, "d", clock()), db, clock)
    windows: list[MainWindow] = []
    old = app.open_window(first, app.app_paths(), "desk-1", windows)
    old.inactivity_lock.lock_now(manual=True)
    monkeypatch.setattr(LoginDialog, "exec", log_in("bea"))
    old.inactivity_lock.dialog.switch_button.click()
    assert seen == [""]  # nobody's name is offered to the next person
    assert len(windows) == 1 and windows[0] is not old
    assert windows[0].session.actor.username == "bea"
    assert windows[0].windowTitle() == "Reservations — bea"
    windows[0].close()


def test_the_last_user_name_is_remembered_per_database(
        db: Target, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, fast_hashing: None,
        sign_in_runner: LazyRunner) -> None:
    auth.create_user(None, "ada", ADMIN_PASSWORD, Role.ADMIN, clock())
    offered: list[str] = []

    def fill(dialog: LoginDialog) -> int:
        offered.append(dialog.username_edit.text())
        return fill_login(ADMIN_PASSWORD, "ada")(dialog)

    monkeypatch.setattr(LoginDialog, "exec", fill)
    assert app.sign_in("desk-1", clock, db, sign_in_runner) is not None
    other = Target(url="sqlite:////elsewhere/other.sqlite3", backend="sqlite",
                   path=Path("/elsewhere/other.sqlite3"))
    QSettings().setValue(app.last_user_key(other), "zed")
    assert app.last_user_key(other) != app.last_user_key(db)
    assert offered == [""]  # Switch user offers nobody's name
    assert app.remembered_name(db) == "ada"  # the next start on this database offers it
    assert app.remembered_name(other) == "zed"


def test_the_day_picker_keys_belong_to_the_booking_tab(window: MainWindow) -> None:
    picker = window.booking_tab.picker
    for action in (picker.previous_day_action, picker.next_day_action, picker.today_action):
        assert action.shortcutContext() is Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert DAY  # the clinic's first bookable day exists
    QTest.qWait(0)
