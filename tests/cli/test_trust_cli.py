"""The console script for accounts, the audit trail and backups, run as a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

APP = Path(sys.executable).with_name("reservations-app")
OS_USER = "nurse.jo"
PASSWORD = "first admin password"


class Cli:
    def __init__(self, db: Path) -> None:
        self.db = db

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        # getpass.getuser() reads LOGNAME first: the audit trail should name this user.
        # Once "boss" exists, commands sign in as boss (ignored while there are no accounts).
        env = dict(os.environ, LOGNAME=OS_USER, USER=OS_USER, RESERVATIONS_USER="boss",
                   RESERVATIONS_PASSWORD=PASSWORD)
        return subprocess.run([str(APP), "--db", str(self.db), "--json", *args], input=stdin,
                              capture_output=True, text=True, env=env, timeout=60, check=False)

    def ok(self, *args: str, stdin: str | None = None) -> Any:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def fails(self, *args: str, stdin: str | None = None) -> str:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 1, result.stdout
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
        return result.stderr


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "clinic.sqlite3")


def test_the_first_admin_is_added_from_stdin_and_attributed_to_the_os_user(cli: Cli) -> None:
    user = cli.ok("user", "add", "--username", "Boss", "--role", "admin", "--password-stdin",
                  stdin=PASSWORD + "\n")
    assert user == {"id": 1, "username": "boss", "role": "admin", "provider_id": None,
                    "active": True}
    (entry,) = cli.ok("audit", "list", "--action", "user")
    assert (entry["actor"], entry["action"], entry["entity_id"]) == (f"cli:{OS_USER}",
                                                                    "user.add", 1)
    assert PASSWORD not in json.dumps(entry)
    assert stat.S_IMODE(cli.db.stat().st_mode) == 0o600


def test_account_mistakes_are_one_clear_line(cli: Cli) -> None:
    assert "at least 10 characters" in cli.fails(
        "user", "add", "--username", "boss", "--role", "admin", "--password-stdin",
        stdin="short\n")
    assert "first account must be an administrator" in cli.fails(
        "user", "add", "--username", "desk", "--role", "front_desk", "--password-stdin",
        stdin=PASSWORD + "\n")
    cli.ok("user", "add", "--username", "boss", "--role", "admin", "--password-stdin",
           stdin=PASSWORD + "\n")
    assert "is taken" in cli.fails("user", "add", "--username", "BOSS", "--role", "admin",
                                   "--password-stdin", stdin=PASSWORD + "\n")
    assert "must name its provider" in cli.fails(
        "user", "add", "--username", "doc", "--role", "provider", "--password-stdin",
        stdin=PASSWORD + "\n")
    assert "No terminal" in cli.fails("user", "add", "--username", "x", "--role", "admin")
    users = cli.ok("user", "list")
    assert [u["username"] for u in users] == ["boss"]


def _book_one(cli: Cli) -> int:
    day = (dt.datetime.now(dt.UTC) + dt.timedelta(days=7)).date().isoformat()
    provider = cli.ok("provider", "add", "--name", "Dr. A", "--email", "a@clinic.example",
                      "--timezone", "UTC")
    cli.ok("availability", "add", "--provider", str(provider["id"]), "--date", day,
           "--block", "09:00-12:00")
    client = cli.ok("client", "add", "--name", "Ann Client")
    held = cli.ok("book", "--client", str(client["id"]), "--provider", str(provider["id"]),
                  "--start", f"{day}T09:00+00:00")
    cli.ok("confirm", str(held["id"]))
    return int(held["id"])


def test_audit_list_filters_by_entity_id_and_date(cli: Cli) -> None:
    reservation = _book_one(cli)
    rows = cli.ok("audit", "list", "--entity", "reservation", "--id", str(reservation))
    assert [row["action"] for row in rows] == ["reservation.confirm", "reservation.hold"]
    assert {row["actor"] for row in rows} == {f"cli:{OS_USER}"}
    assert json.loads(rows[0]["after"])["status"] == "confirmed"
    today = dt.datetime.now(dt.UTC).date()
    assert len(cli.ok("audit", "list", "--since", today.isoformat())) >= 5
    assert cli.ok("audit", "list", "--since", (today + dt.timedelta(days=2)).isoformat()) == []
    assert [r["action"] for r in cli.ok("audit", "list", "--action", "client")] == ["client.add"]
    client_rows = cli.ok("audit", "list", "--client", "1")
    assert {r["entity"] for r in client_rows} == {"client", "reservation"}
    assert "needs --entity" in cli.fails("audit", "list", "--id", str(reservation))
    assert "not a date" in cli.fails("audit", "list", "--since", "yesterday")


def test_backup_and_restore_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    reservation = _book_one(cli)
    copy = cli.ok("backup", str(tmp_path / "copy.sqlite3"))["backup"]
    assert stat.S_IMODE(Path(copy).stat().st_mode) == 0o600
    cli.ok("cancel", str(reservation))
    restored = cli.ok("restore", copy)
    kept = Path(restored["previous_kept_at"])
    assert kept.exists() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    (booking,) = cli.ok("reservation", "list")
    assert booking["status"] == "confirmed"  # the cancellation came after the backup
    actions = [row["action"] for row in cli.ok("audit", "list", "--limit", "3")]
    assert actions[0] == "database.restore"
    with sqlite3.connect(kept) as connection:
        status = connection.execute("SELECT status FROM reservation").fetchone()[0]
    assert status == "cancelled"
    assert "no backup file" in cli.fails("restore", str(tmp_path / "nothing.sqlite3"))
    into_folder = Path(cli.ok("backup", f"{tmp_path / 'new-folder'}/")["backup"])
    assert into_folder.parent == tmp_path / "new-folder" and into_folder.suffix == ".sqlite3"
