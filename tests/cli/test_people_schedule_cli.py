"""The CLI for client records (add, edit, show; households, birth dates, notes) and for the
schedule edits of the "Visits" issue (repeat --skip-conflicts, off over a range of dates)."""

from __future__ import annotations

import datetime as dt

CLIENT_KEYS = {"id", "name", "email", "phone", "birth_date", "note", "household_id"}


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.code == 1 and result.out == "", result.err
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    return lines[0]


def test_client_add_edit_show(cli, future_day) -> None:
    ann = cli.ok("client", "add", "--name", "Ann Lee", "--email", "ann@mail.example",
                 "--phone", "(555) 010-2030", "--birth-date", "1980-05-17",
                 "--note", "Needs an interpreter")
    assert set(ann) == CLIENT_KEYS
    assert (ann["phone"], ann["birth_date"], ann["note"]) == ("+15550102030", "1980-05-17",
                                                              "Needs an interpreter")
    kid = cli.ok("client", "add", "--name", "Kid Lee", "--phone", "555 010 2030",
                 "--household", str(ann["id"]))
    assert kid["household_id"] == ann["id"]
    edited = cli.ok("client", "edit", str(kid["id"]), "--name", "Kit Lee", "--birth-date",
                    "2015-02-01")
    assert (edited["name"], edited["phone"], edited["birth_date"]) == (
        "Kit Lee", "+15550102030", "2015-02-01")
    refused = cli("client", "edit", str(kid["id"]), "--no-household")
    assert "Ann Lee" in one_error_line(refused)
    shown = cli.ok("client", "show", str(ann["id"]))
    assert shown["phone_national"] == "(555) 010-2030"
    assert [m["id"] for m in shown["household"]] == [kid["id"]]
    assert shown["upcoming"] == []


def test_client_show_lists_upcoming_bookings(cli, future_day) -> None:
    doc = cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
                 "--timezone", "America/New_York")
    ann = cli.ok("client", "add", "--name", "Ann Lee", "--phone", "555 010 2030")
    cli.ok("availability", "add", "--provider", str(doc["id"]), "--date",
           future_day.isoformat(), "--block", "08:00-09:00")
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", f"{future_day.isoformat()}T08:00-05:00")
    shown = cli.ok("client", "show", str(ann["id"]))
    assert [b["id"] for b in shown["upcoming"]] == [held["id"]]
    assert shown["upcoming"][0]["provider_name"] == "Dr Ada"


def test_bad_client_input_is_one_error_line(cli) -> None:
    cli.ok("client", "add", "--name", "Ann", "--phone", "555 010 2030")
    for words in (("client", "add", "--name", "Bo", "--phone", "12"),
                  ("client", "add", "--name", "Bo", "--phone", "５５５ ０１０ ２０３０"),
                  ("client", "add", "--name", "Bo\u202eeL"),
                  ("client", "add", "--name", "Bo", "--email", "bo@localhost"),
                  ("client", "add", "--name", "Bo", "--birth-date", "yesterday"),
                  ("client", "edit", "999", "--name", "Nobody"),
                  ("client", "show", "999")):
        one_error_line(cli(*words))
    assert len(cli.ok("client", "list")) == 1
    one_error_line(cli("client", "edit", "1", "--household", "1", "--no-household"))


def test_likely_duplicate_is_saved_with_a_warning(cli) -> None:
    cli.ok("client", "add", "--name", "Ava Novak", "--birth-date", "1990-01-02")
    result = cli("client", "add", "--name", "ava novak", "--birth-date", "1990-01-02")
    assert result.code == 0 and result.json["name"] == "ava novak"
    assert result.err.startswith("warning: Ava Novak (id 1) has the same name")


def test_search_wildcards_match_only_themselves(cli) -> None:
    cli.ok("client", "add", "--name", "Ann Lee")
    assert cli.ok("client", "list", "--search", "_") == []
    assert cli.ok("client", "list", "--search", "%") == []


def test_settings_phone_region(cli) -> None:
    assert cli.ok("settings", "show")["phone_region"] == "US"
    assert cli.ok("settings", "set", "phone_region", "gb")["phone_region"] == "GB"
    uk = cli.ok("client", "add", "--name", "Jo", "--phone", "020 7946 0018")
    assert uk["phone"] == "+442079460018"
    one_error_line(cli("settings", "set", "phone_region", "XX"))


def test_repeat_names_every_clash_and_skips_them_when_asked(cli, future_day) -> None:
    doc = cli.ok("provider", "add", "--name", "Dr B", "--email", "b@clinic.example",
                 "--timezone", "Europe/Berlin")
    weekday = future_day.strftime("%a").lower()
    later = future_day + dt.timedelta(days=14)
    for day in (future_day, later):
        cli.ok("availability", "add", "--provider", str(doc["id"]), "--date", day.isoformat(),
               "--block", "10:00-12:00")
    words = ("availability", "repeat", "--provider", str(doc["id"]), "--weekday", weekday,
             "--block", "08:00-11:00", "--from", future_day.isoformat(),
             "--until", (future_day + dt.timedelta(days=21)).isoformat())
    line = one_error_line(cli(*words))
    assert future_day.isoformat() in line and later.isoformat() in line
    done = cli.ok(*words, "--skip-conflicts")
    assert done == {"created": 2, "skipped": 0,
                    "skipped_conflicts": [future_day.isoformat(), later.isoformat()]}


def test_time_off_over_a_range_names_bookings_then_cancels_them(cli, future_day) -> None:
    doc = cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
                 "--timezone", "America/New_York")
    ann = cli.ok("client", "add", "--name", "Ann Lee", "--phone", "555 010 2030")
    for offset in range(3):
        day = future_day + dt.timedelta(days=offset)
        cli.ok("availability", "add", "--provider", str(doc["id"]), "--date", day.isoformat(),
               "--block", "08:00-11:00")
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", f"{future_day.isoformat()}T09:00-05:00")
    words = ("availability", "off", "--provider", str(doc["id"]), "--date",
             future_day.isoformat(), "--until", (future_day + dt.timedelta(days=1)).isoformat())
    line = one_error_line(cli(*words))
    assert "Ann Lee" in line and "(555) 010-2030" in line and "--cancel-bookings" not in line
    off = cli.ok(*words, "--cancel-bookings")
    assert off["removed"] == 2 and off["cancelled_reservations"] == [held["id"]]
    [affected] = off["affected"]
    assert (affected["id"], affected["client_name"], affected["client_phone"]) == (
        held["id"], "Ann Lee", "+15550102030")
    assert len(cli.ok("availability", "list", "--provider", str(doc["id"]))) == 1
    again = cli.ok("availability", "repeat", "--provider", str(doc["id"]), "--weekday",
                   future_day.strftime("%a").lower(), "--block", "08:00-11:00",
                   "--from", future_day.isoformat(), "--until", future_day.isoformat())
    assert again == {"created": 0, "skipped": 0, "time_off": 1}
