"""Issue 12, item 3: once a database has staff accounts, the CLI signs in as one of them.

Before the fix `USER=admin reservations-app user add --role admin ...` created an
administrator with no sign-in at all, audited as `cli:admin`, a name from the environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from reservations_app.cli import signin

APP = Path(sys.executable).with_name("reservations-app")
ADMIN_PASSWORD = "admin password 1"
DESK_PASSWORD = "desk password 22"


class Cli:
    def __init__(self, db: Path) -> None:
        self.db = db

    def run(self, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
        environment.update(LOGNAME="mallory", USER="mallory", **env)
        return subprocess.run([str(APP), "--db", str(self.db), "--json", *args], input=stdin,
                              capture_output=True, text=True, env=environment, timeout=60,
                              check=False)

    def ok(self, *args: str, stdin: str = "", **env: str) -> Any:
        result = self.run(*args, stdin=stdin, **env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def fails(self, *args: str, stdin: str = "", **env: str) -> str:
        result = self.run(*args, stdin=stdin, **env)
        assert result.returncode == 1, result.stdout
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        return result.stderr


ADMIN = {"RESERVATIONS_USER": "boss", "RESERVATIONS_PASSWORD": ADMIN_PASSWORD}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    cli = Cli(tmp_path / "clinic.sqlite3")
    cli.ok("user", "add", "--username", "boss", "--role", "admin", "--password-stdin",
           stdin=ADMIN_PASSWORD + "\n")  # the first account needs no sign-in
    return cli


def test_with_accounts_nothing_changes_without_a_sign_in(cli: Cli) -> None:
    message = cli.fails("user", "add", "--username", "mallory", "--role", "admin",
                        "--password-stdin", stdin="mallory password\n")
    assert "sign in with --user" in message
    assert "sign in" in cli.fails("client", "add", "--name", "Ann")
    assert "sign in" in cli.fails("client", "list")
    assert "sign in" in cli.fails("audit", "list")
    users = cli.ok("user", "list", **ADMIN)
    assert [u["username"] for u in users] == ["boss"]
    assert cli.ok("provider", "list") == []  # no clients' data, no change: no sign-in


def test_a_signed_in_command_is_audited_with_the_account_and_the_os_user(cli: Cli) -> None:
    cli.ok("--user", "boss", "client", "add", "--name", "Ann",
           RESERVATIONS_PASSWORD=ADMIN_PASSWORD)
    cli.ok("client", "add", "--name", "Bob", "--user", "BOSS",  # after the command words
           RESERVATIONS_PASSWORD=ADMIN_PASSWORD)
    rows = cli.ok("audit", "list", "--entity", "client", **ADMIN)
    assert {(r["actor"], r["workstation"].split("@")[0]) for r in rows} == {
        ("boss", "cli:mallory")}


def test_the_role_of_the_account_holds(cli: Cli) -> None:
    cli.ok("user", "add", "--username", "desk", "--role", "front_desk", "--password-stdin",
           stdin=DESK_PASSWORD + "\n", **ADMIN)
    desk = {"RESERVATIONS_USER": "desk", "RESERVATIONS_PASSWORD": DESK_PASSWORD}
    cli.ok("client", "add", "--name", "Ann", **desk)
    assert "may not manage staff accounts" in cli.fails(
        "user", "add", "--username", "eve", "--role", "admin", "--password-stdin",
        stdin="eve password 1\n", **desk)
    assert "may not" in cli.fails("settings", "set", "hold_minutes", "5", **desk)


def test_wrong_passwords_are_counted_by_the_lockout(cli: Cli) -> None:
    for _ in range(4):
        assert "Wrong user name or password" in cli.fails(
            "client", "list", RESERVATIONS_USER="boss", RESERVATIONS_PASSWORD="guess guess")
    assert "now locked" in cli.fails("client", "list", RESERVATIONS_USER="boss",
                                     RESERVATIONS_PASSWORD="guess guess")
    assert "locked" in cli.fails("client", "list", **ADMIN)
    assert "No password for boss" in cli.fails("client", "list", RESERVATIONS_USER="boss")


def test_the_password_may_come_from_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def get_password(service: str, user: str) -> str:
        asked.append((service, user))
        return "from the keyring"

    monkeypatch.setitem(sys.modules, "keyring", types.SimpleNamespace(get_password=get_password))
    monkeypatch.delenv(signin.ENV_PASSWORD, raising=False)
    assert signin.password_for("Boss") == "from the keyring"
    assert asked == [("reservations-app", "staff:boss")]


def test_a_keyring_without_a_backend_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(service: str, user: str) -> str:
        raise RuntimeError("No recommended backend was available")

    monkeypatch.setitem(sys.modules, "keyring", types.SimpleNamespace(get_password=broken))
    assert signin.keyring_password("boss") is None
