"""Issue 12, items 8 and 9: inputs that gave a traceback, a hang or a silent surprise now give
exactly one `error:` line (exit 1, or 2 for usage) and write nothing, or simply work.

Each case was reproduced on the code before the fix: restore with a relative path (traceback),
eight commands at once on a new or an older file ("...before-0001... exists already", "index
... already exists"), `client list | head -1` (BrokenPipeError), PYTHONIOENCODING=cp1252 with
an emoji (traceback after the client was saved), --offset 2**63 (OverflowError), a 100,000
character --search, --db /dev/null, a FIFO (hung forever), a 5,000-character file name,
postgresql://u:p@[::1/db (ValueError), --db /nonexistent/dir/x.db (made the folders),
sqlite:////p/db?mode=ro (made a file named "db?mode=ro"), zones localtime, right/... and
Factory (accepted).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from reservations_app.store import schema as store_schema

APP = Path(sys.executable).with_name("reservations-app")


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
    environment.update(env or {})
    return subprocess.run([str(APP), *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=timeout, check=False)


def one_error_line(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert done.returncode == code, (done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    assert run("--db", str(path), "client", "add", "--name", "Ann").returncode == 0
    return path


def test_restore_from_a_relative_path(db: Path, tmp_path: Path) -> None:
    assert run("--db", str(db), "backup", "copy.sqlite3", cwd=tmp_path).returncode == 0
    done = run("--db", str(db), "--json", "restore", "copy.sqlite3", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def _older_file(path: Path) -> None:
    old = SqliteDatabase(str(path))
    Runner(old, str(store_schema.MIGRATIONS_DIR), table_name=store_schema.MIGRATION_TABLE) \
        .up(target=store_schema.known_migrations()[-2])
    old.close()


@pytest.mark.parametrize("kind", ["new", "older"])
def test_eight_commands_at_once_migrate_once(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "clinic.sqlite3"
    if kind == "older":
        _older_file(path)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
    environment["XDG_DATA_HOME"] = str(tmp_path / "data")  # where the before-... copy goes
    started = [subprocess.Popen([str(APP), "--db", str(path), "client", "add", "--name",
                                 f"Client {n}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=environment) for n in range(8)]
    outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in started]
    for process in started:
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in outcomes] == [0] * 8, outcomes
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM client").fetchone()[0] == 8
    connection.close()
    backups = list(tmp_path.rglob("*-before-*.sqlite3"))
    assert len(backups) == (1 if kind == "older" else 0)


def test_a_reader_that_leaves_early_is_no_traceback(db: Path) -> None:
    for n in range(300):
        with sqlite3.connect(db) as connection:
            connection.execute("INSERT INTO client (name, search_key, created_at) "
                               "VALUES (?1, lower(?1), '2026-11-24 09:00:00')", (f"C {n}",))
        connection.close()
    done = subprocess.run(f"'{APP}' --db '{db}' client list --limit 300 | head -1",
                          shell=True, capture_output=True, text=True, timeout=60, check=False)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) <= 1


def test_an_output_encoding_without_the_character_does_not_fail_the_save(db: Path) -> None:
    done = run("--db", str(db), "client", "add", "--name", "Ann \U0001f642",
               env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr
    assert "\\U0001f642" in done.stdout
    with sqlite3.connect(db) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM client")}
    connection.close()
    assert "Ann \U0001f642" in names


@pytest.mark.parametrize("words", [
    ("client", "list", "--offset", "9223372036854775808"),
    ("client", "list", "--limit", "-1"),
    ("client", "list", "--search", "x" * 100_000),
    ("confirm", "99999999999999999999999"),
    ("cancel", "-3"),
])
def test_numbers_and_lengths_beyond_reason_are_usage_errors(db: Path,
                                                            words: tuple[str, ...]) -> None:
    one_error_line(run("--db", str(db), *words), code=2)


def _fifo(tmp_path: Path) -> str:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return str(path)


@pytest.mark.parametrize("make_url", [
    lambda tmp: "/dev/null",
    _fifo,
    lambda tmp: str(tmp / ("n" * 5000)),
    lambda tmp: str(tmp / "d" / ("n" * 300) / "x.db"),
    lambda tmp: "postgresql://u:p@[::1/db",
    lambda tmp: str(tmp / "nonexistent" / "dir" / "x.db"),
    lambda tmp: f"sqlite:///{tmp}/db?mode=ro",
])
def test_unusable_databases_are_one_line_and_nothing_is_made(tmp_path: Path,
                                                             make_url: object) -> None:
    url = make_url(tmp_path)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.iterdir())
    one_error_line(run("--db", url, "client", "add", "--name", "Ann", timeout=30))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("zone", ["localtime", "right/Europe/Berlin", "posix/Asia/Tokyo",
                                  "Factory", "Europe/Nowhere"])
def test_only_place_names_are_time_zones(db: Path, zone: str) -> None:
    line = one_error_line(run("--db", str(db), "provider", "add", "--name", "Dr X", "--email",
                              "x@clinic.example", "--timezone", zone))
    assert "Unknown time zone" in line
    assert run("--db", str(db), "provider", "add", "--name", "Dr Y", "--email",
               "y@clinic.example", "--timezone", "Europe/Berlin").returncode == 0


def test_terminal_steering_characters_are_shown_not_obeyed(db: Path) -> None:
    assert run("--db", str(db), "client", "add", "--name", "Eve\u202eevil").returncode in (0, 1)
    done = run("--db", str(db), "client", "list")
    assert "\u202e" not in done.stdout and "\x1b" not in done.stdout
