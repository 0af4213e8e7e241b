"""The start's order (issue 10): the first window (the sign-in dialog, or the first
administrator's on a database without accounts) is on screen before peewee, the services and the
main window are imported; a Sign in pressed while the database opens waits, then goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.store import connect as store_connect
from reservations_app.store.connect import Target
from reservations_app.ui import app
from reservations_app.ui.dialogs.login import FirstAdminDialog, LazyRunner, LoginDialog
from reservations_app.ui.signing_in import run_pending_events
from tests.ui.conftest import FakeClock
from tests.ui.signing import wait_for

PASSWORD = "correct horse battery"

# The smoke test's start on an existing database, with its first-window mark recording what the
# process had imported and which windows were up at that moment.
AT_FIRST_WINDOW = """
import json, sys
from reservations_app.ui import smoke

def mark(name):
    if name == "first-window":
        from PySide6.QtWidgets import QApplication
        windows = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        focus = QApplication.focusWidget()
        print(json.dumps({"modules": sorted(sys.modules), "windows": windows,
                          "typing_into": type(focus).__name__ if focus else None}))

smoke.mark = mark
from reservations_app.cli import main
sys.exit(main(["--db", sys.argv[1], "--smoke-test"]))
"""
NOT_YET = ("peewee", "psycopg", "reservations_app.store.connect", "reservations_app.store.models",
           "reservations_app.services", "reservations_app.ui.session", "reservations_app.ui.ops",
           "reservations_app.ui.main_window", "reservations_app.domain.model", "hashlib", "ssl",
           "reservations_app.ui.dialogs.database")


def _what_the_start_recorded(script: str, tmp_path: Path, accounts: list[str]) -> Any:
    """Runs `script` (a smoke start with a mark that prints JSON) on a new clinic file with
    these administrators, and returns what its mark printed."""
    path = tmp_path / "clinic.sqlite3"
    store_connect.open_database(f"sqlite:///{path}")
    for name in accounts:
        auth.create_user(None, name, PASSWORD, Role.ADMIN, app.system_clock())
    store_connect.close_database()
    done = subprocess.run([sys.executable, "-c", script, f"sqlite:///{path}"],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[0])


@pytest.mark.parametrize(("accounts", "first_window"),
                         [(["ada"], "LoginDialog"), ([], "FirstAdminDialog")])
def test_the_first_window_is_up_before_peewee_and_the_services_are_imported(
        accounts: list[str], first_window: str, tmp_path: Path) -> None:
    seen = _what_the_start_recorded(AT_FIRST_WINDOW, tmp_path, accounts)
    assert seen["windows"] == [first_window] and seen["typing_into"] == "QLineEdit"
    loaded = [name for name in seen["modules"]
              if any(name == early or name.startswith(f"{early}.") for early in NOT_YET)]
    assert loaded == []


# The same start, recording what was imported once the main window is shown with its day
# loaded: what only a later use needs waits for that use (each costs the start time and memory).
AT_MAIN_WINDOW = """
import json, sys
from reservations_app.ui import smoke

def mark(name):
    if name == "main-window":
        print(json.dumps(sorted(sys.modules)))

smoke.mark = mark
from reservations_app.cli import main
sys.exit(main(["--db", sys.argv[1], "--smoke-test"]))
"""
NOT_AT_MAIN_WINDOW = (
    "reservations_app.services.maintenance", "reservations_app.services.waitlist",
    "reservations_app.services.schedule", "reservations_app.services.provider_zone",
    "reservations_app.services.blocks", "reservations_app.services.reminders",
    "reservations_app.services.caldav_changes", "reservations_app.services.caldav_publish",
    "reservations_app.ui.calendar.tab", "reservations_app.ui.booking.book_visit_dialog")


def test_the_main_window_is_up_without_what_only_a_later_use_needs(tmp_path: Path) -> None:
    modules = _what_the_start_recorded(AT_MAIN_WINDOW, tmp_path, ["ada"])
    assert "reservations_app.ui.main_window" in modules
    assert [name for name in NOT_AT_MAIN_WINDOW if name in modules] == []


def test_sign_in_pressed_while_the_database_opens_waits_then_signs_in(
        qapp: QApplication, db: Target, clock: FakeClock, sign_in_runner: LazyRunner) -> None:
    auth.create_user(None, "ada", PASSWORD, Role.ADMIN, clock())
    login = LoginDialog("desk-1", clock, sign_in_runner, db.display, "ada")
    login.wait_for_database()
    login.password_edit.setText(PASSWORD)
    login.submit()
    assert login.is_waiting() and not login.ok_button.isEnabled()
    assert login.error_text() == "Opening the database…"
    assert login.actor is None
    login.database_ready()
    wait_for(lambda: not login.is_asking())
    assert login.actor is not None and login.actor.username == "ada"
    assert login.result() == LoginDialog.DialogCode.Accepted and login.ok_button.isEnabled()


def test_the_last_name_is_offered_before_the_database_is_open(
        qapp: QApplication, db: Target, clock: FakeClock, sign_in_runner: LazyRunner) -> None:
    from PySide6.QtCore import QSettings

    auth.create_user(None, "ada", PASSWORD, Role.ADMIN, clock())
    QSettings().setValue(app.last_user_key(db), "ada")
    login = app.show_sign_in("desk-1", app.parse_target(db.url), clock, sign_in_runner)
    try:
        assert isinstance(login, LoginDialog) and login.username_edit.text() == "ada"
        assert login.focusWidget() is login.password_edit
    finally:
        login.close()


def test_what_the_sign_in_prepares_exists() -> None:
    import importlib.util

    assert [name for name in app.PREPARATION if importlib.util.find_spec(name) is None] == []


def test_a_start_cancelled_before_the_database_is_opened_makes_none(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = app.show_sign_in

    def show_then_cancel(*args: object) -> LoginDialog | FirstAdminDialog:
        login = shown(*args)  # type: ignore[arg-type]
        login.reject()  # Cancel, pressed as soon as the dialog was up
        return login

    monkeypatch.setattr(app, "show_sign_in", show_then_cancel)
    path = tmp_path / "first-start.sqlite3"
    assert app.run_gui(f"sqlite:///{path}") == 0
    assert not path.exists()  # nothing made (nor an older clinic migrated) for a cancelled start


def test_an_unusable_database_still_ends_the_start_with_status_1(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    missing = tmp_path / "no-such-folder" / "clinic.sqlite3"
    assert app.run_gui(f"sqlite:///{missing}") == 1
    assert told == [f"The folder {missing.parent} does not exist. Create it first, or choose a "
                    "database in an existing folder."]


def test_a_message_on_the_shown_sign_in_dialog_leaves_its_fields_their_height(
        qapp: QApplication, clock: FakeClock) -> None:
    login = LoginDialog("desk-1", clock, LazyRunner("sqlite"), "/clinic.sqlite3", "ada")
    login.show()
    try:
        run_pending_events()
        login.show_message("Wrong user name or password.")
        run_pending_events()
        assert login.height() >= login.sizeHint().height()
    finally:
        login.close()
