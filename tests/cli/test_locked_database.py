"""A database another program keeps locked: the CLI says it is busy (one `error:` line, exit
1) and changes nothing, instead of waiting a desk's minute on SQLite (six tries of a 10 s busy
timeout: 64 s before the fix) or for ever on PostgreSQL (no lock timeout at all before the
fix: `client add` and `client list` waited as long as the lock was held).

The lock is held for the whole run of the command; a command still running after LOCK_HELD_S
counts as hanging.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time

import psycopg
import pytest

from tests.cli.conftest import SCRIPT, Cli

LOCK_HELD_S = 50


def _run(cli: Cli, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), "--db", cli.url, *words], capture_output=True,
                          text=True, timeout=LOCK_HELD_S, check=False,
                          stdin=subprocess.DEVNULL)


def _busy(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ")
    assert "busy" in done.stderr


@pytest.mark.backends("sqlite")
def test_a_file_held_in_begin_exclusive_is_reported_busy(cli: Cli) -> None:
    cli.ok("client", "add", "--name", "Ann Lee")
    path = cli.url.removeprefix("sqlite:///")
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        _busy(_run(cli, "client", "add", "--name", "Bob Roe"))
        _busy(_run(cli, "expire"))
    finally:
        locker.close()
    assert [c["name"] for c in cli.ok("client", "list")] == ["Ann Lee"]


@pytest.mark.backends("postgresql")
@pytest.mark.parametrize("words", [("client", "add", "--name", "Bob Roe"),
                                   ("client", "list"), ("client", "show", "1")])
def test_a_table_another_session_locks_is_reported_busy(cli: Cli,
                                                        words: tuple[str, ...]) -> None:
    cli.ok("client", "add", "--name", "Ann Lee")
    with psycopg.connect(cli.url) as locker:
        locker.execute("LOCK TABLE client IN ACCESS EXCLUSIVE MODE")
        _busy(_run(cli, *words))
        locker.rollback()
    assert [c["name"] for c in cli.ok("client", "list")] == ["Ann Lee"]


@pytest.mark.backends("sqlite")
def test_a_commands_short_patience_ends_with_the_command(cli: Cli) -> None:
    """The CLI run in-process (as the fuzz test does) must not leave the rest of the process
    (a desk, the next test) with a script's two tries."""
    from reservations_app.cli.main import main
    from reservations_app.store import transactions
    from reservations_app.store.connect import close_database

    try:
        assert main(["--db", cli.url, "--json", "client", "list"]) == 0
    finally:
        close_database()
    assert transactions.Patience.attempts is None


@pytest.mark.backends("sqlite")
def test_lock_wait_sets_how_long_a_script_waits(cli: Cli) -> None:
    """--lock-wait 0.5: two tries of half a second, then 'busy'; the held lock is the same."""
    path = cli.url.removeprefix("sqlite:///")
    cli.ok("client", "list")  # the file exists, migrated, before another program locks it
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        _busy(_run(cli, "client", "add", "--name", "Bob Roe", "--lock-wait", "0.5"))
        assert time.monotonic() - started < LOCK_HELD_S
    finally:
        locker.close()
    assert cli.ok("client", "list") == []


@pytest.mark.parametrize("seconds", ["0", "-3", "nan", "soon", "3601"])
def test_a_lock_wait_that_is_no_number_of_seconds_is_a_usage_error(cli: Cli,
                                                                    seconds: str) -> None:
    done = _run(cli, "client", "list", "--lock-wait", seconds)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"error: argument --lock-wait: '{seconds}' is not a number")
