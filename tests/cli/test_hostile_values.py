"""Values a careless script passes: each is one clear `error:` line (exit 1) or simply works.

Each case was reproduced on the code before the fix: `caldav configure --url https://[::1`
was an "unexpected failure (ValueError: Invalid IPv6 URL)" and a port of 99999 was saved; a
value ending in a carriage return (read from a Windows file) cut the error line short
("error: Unknown status 'bogus"); `--status 'confirmed\\r'` was refused although every other
value is trimmed; `--db ""` (an unset variable) quietly used the default database;
`postgresql://` gave peewee's "database must be initialized before opening a connection";
the waitlist kept entries from 0001-01-01 to 9999-12-31, outside the years every other date
keeps to.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reservations_app.domain import waitlist
from reservations_app.domain.errors import InvalidInput
from tests.cli.conftest import Cli

APP = Path(sys.executable).with_name("reservations-app")


def one_error_line(code: int, out: str, err: str) -> str:
    assert code == 1, (out, err)
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "unexpected failure" not in lines[0]
    return lines[0]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("url", ["https://[::1", "https://cal.example:99999/x/",
                                 "https://cal.example/\x1b[2J/"])
def test_a_calendar_address_that_cannot_work_is_refused(cli: Cli, url: str) -> None:
    cli.ok("provider", "add", "--name", "Dr A", "--email", "a@clinic.example",
           "--timezone", "Europe/Berlin")
    done = cli("caldav", "configure", "--provider", "1", "--url", url, "--caldav-user", "ann")
    assert "is not a calendar address" in one_error_line(done.code, done.out, done.err)


@pytest.mark.backends("sqlite")
def test_a_line_break_in_a_value_is_shown_not_taken_as_the_end_of_the_message(cli: Cli) -> None:
    done = cli("reservation", "list", "--status", "bogus\r")
    line = one_error_line(done.code, done.out, done.err)
    assert "bogus\\u000d" in line and line.endswith("no_show.")
    done = cli("reminders", "configure", "--host", "smtp\r\nx.example")
    assert "smtp\\u000d\\u000ax.example" in one_error_line(done.code, done.out, done.err)


@pytest.mark.backends("sqlite")
def test_a_status_is_trimmed_like_every_other_value(cli: Cli) -> None:
    assert cli.ok("reservation", "list", "--status", " Confirmed\r") == []


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
    return subprocess.run([str(APP), *args], capture_output=True, text=True, timeout=60,
                          env=environment, check=False, stdin=subprocess.DEVNULL)


def test_an_empty_db_option_is_refused_not_replaced_by_the_default() -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    done = _run("--db", "", "client", "add", "--name", "Ann")
    assert "No database given" in one_error_line(done.returncode, done.stdout, done.stderr)
    assert not data_home.exists() or not any(data_home.rglob("*.sqlite3"))


@pytest.mark.parametrize("url", ["postgresql://", "postgresql://db.clinic.lan/",
                                 "postgres://desk:secret@db.clinic.lan:5432"])
def test_a_server_address_without_a_database_name_says_so(url: str) -> None:
    done = _run("--db", url, "client", "list")
    line = one_error_line(done.returncode, done.stdout, done.stderr)
    assert "names no database" in line and "secret" not in line


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(("first", "last"), [("0001-01-01", "2026-12-20"),
                                             ("2026-12-10", "9999-12-31")])
def test_a_waitlist_range_keeps_to_the_clinics_years(cli: Cli, first: str, last: str) -> None:
    cli.ok("client", "add", "--name", "Ann Lee")
    kind = cli.ok("type", "add", "--name", "Check", "--minutes", "30")
    done = cli("waitlist", "add", "--client", "1", "--type", str(kind["id"]), "--from", first,
               "--until", last)
    assert "out of range" in one_error_line(done.code, done.out, done.err)
    assert cli.ok("waitlist", "list") == []


def test_the_waitlist_rule_refuses_dates_outside_the_clinics_years() -> None:
    with pytest.raises(InvalidInput, match="out of range"):
        waitlist.check_range(dt.date(1, 1, 1), dt.date(2026, 12, 1))
    with pytest.raises(InvalidInput, match="out of range"):
        waitlist.check_range(dt.date(2026, 12, 1), dt.date(9999, 12, 31))


@pytest.mark.backends("sqlite")
def test_booking_notes_and_reasons_refuse_control_characters_as_client_notes_do(
        cli: Cli, future_day: dt.date) -> None:
    """Before: a client's note refused ESC and bidi overrides, but a booking's note, a
    waitlist note and a cancel reason stored them (and every export and printout carried
    them on)."""
    from tests.cli.test_contract import setup_clinic

    doc, ann = setup_clinic(cli, future_day)
    start = cli.ok("slots", "--date", future_day.isoformat(),
                   "--provider", str(doc["id"]))[0]["start"]
    book = ("book", "--client", str(ann["id"]), "--provider", str(doc["id"]), "--start", start)
    done = cli(*book, "--note", "\x1b[2Jcleared")
    assert "control character" in one_error_line(done.code, done.out, done.err)
    held = cli.ok(*book, "--note", "interpreter\r\nneeded\tplease")
    assert held["note"] == "interpreter\nneeded\tplease"
    done = cli("cancel", str(held["id"]), "--reason", "client \u202eevil")
    assert "control character" in one_error_line(done.code, done.out, done.err)
    assert cli.ok("reservation", "list", "--status", "pending")[0]["id"] == held["id"]
