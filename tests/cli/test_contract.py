"""The CLI's contract, exactly as automation relies on it."""

import datetime as dt
import re

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d$")


def setup_clinic(cli, day: dt.date):  # type: ignore[no-untyped-def]
    doc = cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
                 "--timezone", "America/New_York")
    ann = cli.ok("client", "add", "--name", "Ann Lee", "--email", "ann@mail.example",
                 "--phone", "555 010 2030")
    cli.ok("availability", "add", "--provider", str(doc["id"]), "--date", day.isoformat(),
           "--block", "08:00-11:00", "--block", "12:00-15:00")
    return doc, ann


def test_people_commands(cli) -> None:
    doc = cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
                 "--timezone", "America/New_York")
    assert set(doc) == {"id", "name", "email", "timezone"}
    ann = cli.ok("client", "add", "--name", "Ann Lee", "--phone", "555 010 2030")
    assert ann == {"id": ann["id"], "name": "Ann Lee", "email": None, "phone": "+15550102030",
                   "birth_date": None, "note": "", "household_id": None}  # phone in E.164
    assert cli.ok("provider", "list") == [doc]
    assert cli.ok("client", "list", "--search", "0102030") == [ann]
    assert cli.ok("client", "list", "--search", "zzz") == []


def test_book_confirm_cancel_move_and_list(cli, future_day) -> None:
    doc, ann = setup_clinic(cli, future_day)
    slots = cli.ok("slots", "--date", future_day.isoformat(), "--provider", str(doc["id"]))
    assert len(slots) == 24 and set(slots[0]) == {"provider_id", "start", "end"}
    assert all(ISO_WITH_OFFSET.match(s["start"]) for s in slots)
    assert cli.ok("slots", "--date", future_day.isoformat(), "--limit", "2", "--offset", "1") \
        == slots[1:3]
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", slots[0]["start"])
    assert set(held) == {"id", "status", "provider_id", "client_id", "start", "end",
                         "hold_expires_at", "type_id", "note", "late", "notice_override"}
    assert held["status"] == "pending" and ISO_WITH_OFFSET.match(held["hold_expires_at"])
    assert held["start"] == slots[0]["start"]
    confirmed = cli.ok("confirm", str(held["id"]))
    assert confirmed["status"] == "confirmed"
    moved = cli.ok("move", str(held["id"]), "--start", slots[5]["start"])
    assert moved["start"] == slots[5]["start"] and moved["status"] == "confirmed"
    cancelled = cli.ok("cancel", str(held["id"]), "--reason", "feeling better")
    assert cancelled["status"] == "cancelled"
    listed = cli.ok("reservation", "list", "--status", "cancelled")
    assert [r["id"] for r in listed] == [held["id"]]
    assert cli.ok("expire") == {"expired": 0}


def test_availability_repeat_off_and_list(cli, future_day) -> None:
    doc = cli.ok("provider", "add", "--name", "Dr B", "--email", "b@clinic.example",
                 "--timezone", "Europe/Berlin")
    until = future_day + dt.timedelta(days=27)
    words = ("availability", "repeat", "--provider", str(doc["id"]), "--weekday", "mon",
             "--weekday", "wed", "--block", "08:00-12:00", "--from", future_day.isoformat(),
             "--until", until.isoformat())
    first = cli.ok(*words)
    assert first["created"] > 0 and first["skipped"] == 0
    assert cli.ok(*words) == {"created": 0, "skipped": first["created"]}
    listed = cli.ok("availability", "list", "--provider", str(doc["id"]))
    assert len(listed) == first["created"]
    day = listed[0]["date"]
    off = cli.ok("availability", "off", "--provider", str(doc["id"]), "--date", day,
                 "--block", "09:00-10:00")
    assert off["removed"] == 1 and len(off["kept"]) == 2
    assert len(cli.ok("availability", "list", "--provider", str(doc["id"]), "--from", day,
                      "--until", day)) == 2


def test_settings_show_and_set(cli) -> None:
    assert cli.ok("settings", "show")["hold_minutes"] == 30
    assert cli.ok("settings", "set", "hold_minutes", "20")["hold_minutes"] == 20
    bad = cli("settings", "set", "hold_minutes", "soon")
    assert bad.code == 1 and bad.err.startswith("error: ") and bad.out == ""


def test_demo_fills_an_empty_database_once(cli, future_day) -> None:
    summary = cli.ok("demo")
    assert summary["providers"] == 5 and summary["reservations"] > 50
    again = cli("demo")
    assert again.code == 1 and "empty" in again.err


def test_flags_are_accepted_after_the_command_words(cli) -> None:
    result = cli("provider", "list", db_first=False)
    assert result.code == 0 and result.json == []


def test_text_output_without_json(cli) -> None:
    cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
           "--timezone", "UTC")
    result = cli("provider", "list", json_output=False)
    assert result.code == 0 and 'name="Dr Ada"' in result.out


def test_rule_violations_exit_1_with_one_error_line(cli, future_day) -> None:
    doc, ann = setup_clinic(cli, future_day)
    start = f"{future_day.isoformat()}T08:00-05:00"
    cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]), "--start", start)
    for words in (
        ("book", "--client", str(ann["id"]), "--provider", str(doc["id"]), "--start", start),
        ("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
         "--start", "yesterday"),
        ("client", "add", "--name", "Ann Again", "--email", "ANN@mail.example"),
        ("confirm", "999"),
        ("availability", "add", "--provider", str(doc["id"]), "--date", "2026-02-30",
         "--block", "08:00-09:00"),
        ("slots", "--date", "next tuesday"),
    ):
        result = cli(*words)
        assert result.code == 1, words
        assert result.out == ""
        lines = result.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), result.err
        assert "Traceback" not in result.err


def test_usage_errors_exit_2(cli) -> None:
    assert cli("provider", "add", "--name", "x").code == 2
    assert cli("bogus").code == 2
    assert cli("confirm", "abc").code == 2


def test_a_bad_database_is_a_clean_error(tmp_path) -> None:
    from tests.cli.conftest import Cli

    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    result = Cli(str(not_db))("provider", "list")
    assert result.code == 1 and "not a Reservations database" in result.err
    assert not_db.read_text() == "hello"


def test_python_dash_m_works_too(db_url) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "reservations_app", "--db", db_url, "--json",
                           "provider", "list"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "[]"
