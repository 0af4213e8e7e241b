"""The database part of Settings: test first, then save; the password is never on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from reservations_app import credentials
from reservations_app.paths import AppPaths
from reservations_app.store import connect as store_connect
from reservations_app.ui.dialogs.database import (
    DatabaseDialog,
    join_password,
    saved_database_url,
    split_password,
)
from tests.pg_server import PostgresServer, free_port

WAIT_MS = 15_000


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", tmp_path / "log", tmp_path / "config",
                    tmp_path / "etc" / "config.toml")


@pytest.fixture
def dialog(qtbot: QtBot, paths: AppPaths) -> DatabaseDialog:
    widget = DatabaseDialog(paths=paths)
    qtbot.addWidget(widget)
    return widget


def _test(qtbot: QtBot, dialog: DatabaseDialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    usable, message = tested.args
    return bool(usable), str(message)


def _type(qtbot: QtBot, dialog: DatabaseDialog, address: str) -> None:
    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, address)
    dialog.address_edit.editingFinished.emit()


def test_a_good_sqlite_path_is_tested_then_saved(qtbot: QtBot, dialog: DatabaseDialog,
                                                 paths: AppPaths, tmp_path: Path) -> None:
    target = tmp_path / "clinic.sqlite3"
    _type(qtbot, dialog, str(target))
    assert not dialog.save_button.isEnabled()
    usable, message = _test(qtbot, dialog)
    assert usable and str(target) in message
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved_database_url(paths) == f"sqlite:///{target}"
    assert paths.user_config.stat().st_mode & 0o777 == 0o600
    assert not target.exists()  # the test changed nothing


def test_a_bad_path_cannot_be_saved(qtbot: QtBot, dialog: DatabaseDialog, paths: AppPaths,
                                    tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("shopping list")
    _type(qtbot, dialog, str(not_a_database))
    usable, message = _test(qtbot, dialog)
    assert not usable and "not a Reservations database" in message
    assert "Cannot use this database" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert not paths.user_config.exists() and dialog.result() == 0


def test_an_unreachable_server_is_refused_and_the_password_never_shown(
        qtbot: QtBot, dialog: DatabaseDialog, paths: AppPaths) -> None:
    secret = "Hidden-Pass-99"
    _type(qtbot, dialog, f"postgresql://desk:{secret}@127.0.0.1:{free_port()}/reservations")
    assert secret not in dialog.address_edit.text()
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    usable, message = _test(qtbot, dialog)
    assert not usable and "Cannot connect to postgresql://desk:***@127.0.0.1" in message
    assert secret not in message and secret not in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()
    assert not paths.user_config.exists()


def test_changing_the_address_after_a_test_asks_for_a_new_test(
        qtbot: QtBot, dialog: DatabaseDialog, tmp_path: Path) -> None:
    _type(qtbot, dialog, str(tmp_path / "one.sqlite3"))
    assert _test(qtbot, dialog)[0]
    qtbot.keyClicks(dialog.address_edit, "x")
    assert not dialog.save_button.isEnabled()


@pytest.mark.backends("postgresql")
def test_a_real_server_is_saved_with_its_password(qtbot: QtBot, dialog: DatabaseDialog,
                                                  paths: AppPaths, db_url: str,
                                                  postgres_server: PostgresServer) -> None:
    _type(qtbot, dialog, db_url)
    assert postgres_server.password not in dialog.address_edit.text()
    usable, message = _test(qtbot, dialog)
    assert usable and "PostgreSQL 15" in message and postgres_server.password not in message
    with qtbot.waitSignal(dialog.url_saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert postgres_server.password not in saved.args[0]
    bare = saved.args[0]
    assert saved_database_url(paths) == bare
    assert postgres_server.password not in paths.user_config.read_text()
    # no keyring in the tests: the password went to libpq's own file, which only its owner reads
    assert credentials.stored_password(bare) == postgres_server.password
    assert credentials.pgpass_path().stat().st_mode & 0o777 == 0o600
    assert "password file" in dialog.saved_message
    reopened = DatabaseDialog(paths=paths)
    qtbot.addWidget(reopened)
    assert reopened.url() == bare and reopened.password_edit.text() == ""
    usable, _ = _test(qtbot, reopened)
    assert usable  # libpq found the password by itself
    store_connect.close_database()


@pytest.mark.parametrize(("url", "bare", "password"), [
    ("postgresql://desk:p%40ss%3Aword@db.clinic:5432/res", "postgresql://desk@db.clinic:5432/res",
     "p@ss:word"),
    ("postgresql://desk@db.clinic/res", "postgresql://desk@db.clinic/res", ""),
    ("sqlite:////var/lib/clinic.sqlite3", "sqlite:////var/lib/clinic.sqlite3", ""),
])
def test_split_and_join_give_the_url_back(url: str, bare: str, password: str) -> None:
    assert split_password(url) == (bare, password)
    assert join_password(bare, password) == url


def test_a_url_an_older_version_kept_in_qsettings_moves_out_of_it(
        paths: AppPaths, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from reservations_app.ui.dialogs.database import move_legacy_setting
    from reservations_app.ui.settings_keys import LEGACY_SETTINGS_KEY

    settings = QSettings(str(tmp_path / "old.conf"), QSettings.Format.IniFormat)
    settings.setValue(LEGACY_SETTINGS_KEY, "postgresql://desk:Old%40Secret@db.clinic/res")
    settings.sync()
    move_legacy_setting(paths, settings)
    assert settings.value(LEGACY_SETTINGS_KEY) is None
    assert "Old@Secret" not in (tmp_path / "old.conf").read_text()
    assert saved_database_url(paths) == "postgresql://desk@db.clinic/res"
    assert credentials.stored_password("postgresql://desk@db.clinic/res") == "Old@Secret"
