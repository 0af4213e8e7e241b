"""Issue 12, item 6: after one index page of the SQLite file was overwritten the app worked
on, `--smoke-test` said ok and `backup` exited 0 writing a copy that failed integrity_check.
Now the damage is found (PRAGMA quick_check), said in words with what to do, and no damaged
copy is called a backup. Each test here fails on the code before the fix."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.services import maintenance
from reservations_app.store.connect import close_database, open_database
from tests.conftest import NOW

APP = Path(sys.executable).with_name("reservations-app")
pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    open_database(str(path))
    close_database()
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO client (name, search_key, created_at) "
            "VALUES (?1, lower(?1), '2026-11-24 09:00:00')",
            [(f"Client number {i:05d} with a longish name",) for i in range(3000)])
        leaf = connection.execute("SELECT max(pageno) FROM dbstat "
                                  "WHERE name = 'client_name' AND pagetype = 'leaf'").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()  # the last connection's close checkpoints the WAL into the file
    with path.open("r+b") as handle:
        handle.seek((leaf - 1) * page_size)  # one leaf page of the index on client names
        handle.write(b"\xff" * page_size)
    return path


def test_the_damage_is_said_in_words_with_what_to_do(damaged: Path) -> None:
    target = open_database(str(damaged))
    try:
        message = maintenance.check_health(target)
    finally:
        close_database()
    assert message is not None
    assert "is damaged" in message and "restore the newest backup" in message


def test_a_damaged_file_is_never_called_backed_up(damaged: Path, tmp_path: Path,
                                                  admin: Actor) -> None:
    target = open_database(str(damaged))
    try:
        with pytest.raises(DatabaseUnusable, match="No backup was made"):
            maintenance.backup(admin, target, tmp_path / "copy.sqlite3", NOW)
        assert not (tmp_path / "copy.sqlite3").exists()
        with pytest.raises(DatabaseUnusable, match="No backup was made"):
            maintenance.daily_backup(target, tmp_path / "daily", NOW)
        assert list((tmp_path / "daily").glob("*")) == []
    finally:
        close_database()


def test_the_cli_and_the_smoke_test_say_so(damaged: Path, tmp_path: Path) -> None:
    backup = subprocess.run([str(APP), "--db", str(damaged), "backup",
                             str(tmp_path / "copy.sqlite3")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert backup.returncode == 1 and backup.stdout == ""
    assert backup.stderr.startswith("error: The database file") and \
        backup.stderr.count("\n") == 1
    smoke = subprocess.run([str(APP), "--db", str(damaged), "--smoke-test"],
                           capture_output=True, text=True, timeout=120, check=False,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert smoke.returncode == 1 and "is damaged" in smoke.stderr


def test_a_healthy_file_passes(tmp_path: Path) -> None:
    target = open_database(str(tmp_path / "fine.sqlite3"))
    try:
        assert maintenance.check_health(target) is None
    finally:
        close_database()


def test_a_copy_stopped_half_way_never_looks_like_a_backup(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12, item 9: a backup killed before a migration left a truncated
    `…-before-…` file that looked like a backup (the copy was written under its final name)."""
    from reservations_app.store import backup

    source = tmp_path / "clinic.sqlite3"
    open_database(str(source))
    close_database()

    def killed(path: Path) -> list[str]:
        assert path.stat().st_size > 0  # bytes were written when the process died
        raise KeyboardInterrupt

    monkeypatch.setattr(backup, "quick_check", killed)
    with pytest.raises(KeyboardInterrupt):
        backup.backup_sqlite(source, tmp_path / "backups", "before-0009", NOW)
    assert list((tmp_path / "backups").glob("*before-0009.sqlite3")) == []
