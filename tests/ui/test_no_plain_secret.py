"""No secret in plain text: a desk's whole session, GUI and CLI, with a PostgreSQL password,
then every file it wrote is searched for that password."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from psycopg import sql
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reservations_app import cli, credentials
from reservations_app.paths import app_paths
from reservations_app.store import connect as store_connect
from reservations_app.ui import app
from reservations_app.ui.dialogs.database import DatabaseDialog
from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog
from reservations_app.ui.main_window import MainWindow
from tests.helpers.memory_keyring import MemoryKeyring
from tests.pg_server import PostgresServer
from tests.ui.signing import fill_first_admin, fill_login

pytestmark = pytest.mark.backends("postgresql")

SECRET = "Desk:Pass@2026/ü"
STAFF_PASSWORD = "correct horse battery"
WAIT_MS = 20_000


@pytest.fixture
def desk_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A database owned by a role whose password is SECRET; the URL carries no password."""
    name = f"secret_{os.getpid()}_{dt.datetime.now().strftime('%H%M%S%f')}"
    with postgres_server.connect() as admin:
        admin.execute(sql.SQL("DROP ROLE IF EXISTS desk"))
        admin.execute(sql.SQL("CREATE ROLE desk LOGIN PASSWORD {}").format(sql.Literal(SECRET)))
        admin.execute(sql.SQL("CREATE DATABASE {} OWNER desk").format(sql.Identifier(name)))
    yield f"postgresql://desk@127.0.0.1:{postgres_server.port}/{name}"
    store_connect.close_database()
    postgres_server.drop_database(name)
    with postgres_server.connect() as admin:
        admin.execute(sql.SQL("DROP ROLE IF EXISTS desk"))


def _save_in_dialog(qtbot: QtBot, url: str) -> str:
    dialog = DatabaseDialog(paths=app_paths())
    qtbot.addWidget(dialog)
    dialog.address_edit.setText(url.replace("desk@", f"desk:{quote(SECRET, safe='')}@"))
    dialog.address_edit.editingFinished.emit()
    assert dialog.password_edit.text() == SECRET
    with qtbot.waitSignal(dialog.connection_tested, timeout=WAIT_MS) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args[0], tested.args[1]
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog.saved_message


def _run_the_desktop_app(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def main_loop() -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        for window in windows:
            qtbot.addWidget(window)
        return 0 if len(windows) == 1 else 1

    monkeypatch.setattr(FirstAdminDialog, "exec", fill_first_admin(STAFF_PASSWORD))
    monkeypatch.setattr(LoginDialog, "exec", fill_login(STAFF_PASSWORD))
    monkeypatch.setattr(app, "ask_for_demo", lambda parent: False)
    monkeypatch.setattr(QApplication, "exec", staticmethod(main_loop))
    assert app.run_gui(None) == 0


def _run_the_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # The GUI session made the first administrator, so the CLI signs in as that account.
    monkeypatch.setenv("RESERVATIONS_USER", "admin")
    monkeypatch.setenv("RESERVATIONS_PASSWORD", STAFF_PASSWORD)
    assert cli.main(["provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
                     "--timezone", "Europe/Paris", "--json"]) == 0
    assert cli.main(["provider", "list", "--json"]) == 0
    assert "Dr Ada" in capsys.readouterr().out
    assert cli.main(["--db", "postgresql://desk@127.0.0.1:9/none", "provider", "list"]) == 1
    capsys.readouterr()


def _files_holding_the_secret(folder: Path) -> list[Path]:
    # as typed, as in a URL, and as libpq's password file escapes it
    forms = {SECRET, quote(SECRET, safe=""), quote(SECRET), SECRET.replace(":", "\\:")}
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(form.encode() in data for form in forms):
                found.append(path)
    return found


def _written_files() -> Path:
    # conftest gives each test a folder holding its HOME and XDG_*_HOME folders
    home = Path(os.environ["HOME"]).parent
    written = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "config.toml" for p in written)
    assert any(p.name == "reservations.log" for p in written)
    return home


def _assert_private(home: Path) -> None:
    paths = app_paths()
    for folder in (paths.config_dir, paths.log_dir):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
        for path in folder.rglob("*"):
            if path.is_file():
                assert path.stat().st_mode & 0o777 == 0o600, path


def test_with_a_keyring_no_file_holds_the_password(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        memory_keyring: MemoryKeyring, desk_url: str) -> None:
    assert "the system keyring" in _save_in_dialog(qtbot, desk_url)
    _run_the_desktop_app(qtbot, monkeypatch)
    store_connect.close_database()
    _run_the_cli(capsys, monkeypatch)
    home = _written_files()
    assert _files_holding_the_secret(home) == []
    assert list(memory_keyring.entries.values()) == [SECRET]
    _assert_private(home)


def test_without_a_keyring_only_the_private_password_file_holds_it(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        desk_url: str) -> None:
    assert "the PostgreSQL password file" in _save_in_dialog(qtbot, desk_url)
    _run_the_desktop_app(qtbot, monkeypatch)
    store_connect.close_database()
    _run_the_cli(capsys, monkeypatch)
    home = _written_files()
    assert _files_holding_the_secret(home) == [credentials.pgpass_path()]
    assert credentials.pgpass_path().stat().st_mode & 0o777 == 0o600
    _assert_private(home)
