"""The data-in-and-out commands' CLI contract."""

from __future__ import annotations

import csv

from icalendar import Calendar

from tests.cli.test_contract import setup_clinic


def test_ics_export_prints_or_writes_a_calendar(cli, future_day, tmp_path):
    doc, ann = setup_clinic(cli, future_day)
    slots = cli.ok("slots", "--date", future_day.isoformat())
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", slots[0]["start"])
    day = future_day.isoformat()
    printed = cli("ics", "--provider", str(doc["id"]), "--from", day, "--until", day,
                  json_output=False)
    assert printed.code == 0, printed.err
    (event,) = Calendar.from_ical(printed.out).walk("VEVENT")
    assert str(event["summary"]) == "A. L. - Visit" and str(event["status"]) == "TENTATIVE"
    target = tmp_path / "doc.ics"
    written = cli.ok("ics", "--provider", str(doc["id"]), "--from", day, "--until", day,
                     "--full-names", "--output", str(target))
    assert written == {"provider_id": doc["id"], "events": 1, "output": str(target)}
    (event,) = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Ann Lee - Visit"
    assert held["id"] > 0


def test_exports_and_their_errors(cli, future_day, tmp_path):
    setup_clinic(cli, future_day)
    target = tmp_path / "clients.csv"
    assert cli.ok("client", "export", str(target)) == {"clients": 1, "output": str(target)}
    with target.open(encoding="utf-8", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["Ann Lee"]
    day = future_day.isoformat()
    bookings = tmp_path / "b.csv"
    assert cli.ok("reservation", "export", str(bookings), "--from", day, "--until", day) == {
        "reservations": 0, "output": str(bookings)}
    bad = cli("reservation", "export", str(bookings), "--from", day, "--until", "2001-01-01")
    assert bad.code == 1 and bad.err.startswith("error: ") and bad.err.count("\n") == 1
    missing = cli("ics", "--provider", "99", "--from", day, "--until", day)
    assert missing.code == 1 and "no provider" in missing.err
    usage = cli("ics", "--from", day)
    assert usage.code == 2


def test_reminders_commands(cli, tmp_path):
    assert cli.ok("reminders", "send", "--dry-run") == {"due": 0, "sent": 0, "failed": []}
    off = cli("reminders", "send")
    assert off.code == 1 and off.err == ("error: Email reminders are off: turn them on with "
                                         "'settings set reminders_enabled 1'.\n")
    body = tmp_path / "body.txt"
    body.write_text("Dear $client_name, see you on $date.", encoding="utf-8")
    saved = cli.ok("reminders", "configure", "--host", "smtp.clinic.example", "--security",
                   "ssl", "--sender", "desk@clinic.example", "--body-file", str(body))
    assert saved["port"] == 465 and saved["security"] == "ssl"
    body.write_text("Dear $nobody", encoding="utf-8")
    bad = cli("reminders", "configure", "--body-file", str(body))
    assert bad.code == 1 and "unknown placeholder" in bad.err
    status = cli.ok("reminders", "status")
    assert status["summary"] == "Email reminders are off."


def test_client_import_dry_run_then_import(cli, tmp_path):
    source = tmp_path / "clients.csv"
    source.write_bytes("Nom;Courriel\r\nZoë Dupré;zoe@mail.example\r\n;x@mail.example\r\n"
                       "Zoé Twin;ZOE@mail.example\r\n".encode("cp1252"))
    words = ("client", "import", str(source), "--map", "Nom=name", "--map", "Courriel=email")
    dry = cli.ok(*words, "--dry-run")
    assert dry["added"] == 1 and [d["line"] for d in dry["duplicates"]] == [4]
    assert [i["line"] for i in dry["invalid"]] == [3]
    assert cli.ok("client", "list") == []
    assert cli.ok(*words) == dry
    assert [c["name"] for c in cli.ok("client", "list")] == ["Zoë Dupré"]
    missing = cli("client", "import", str(tmp_path / "nope.csv"))
    assert missing.code == 1 and missing.err.startswith("error: Cannot read")


def test_reports_as_json_and_csv(cli, future_day, tmp_path):
    doc, ann = setup_clinic(cli, future_day)
    slots = cli.ok("slots", "--date", future_day.isoformat())
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", slots[0]["start"])
    cli.ok("confirm", str(held["id"]))
    day = future_day.isoformat()
    (row,) = cli.ok("report", "utilisation", "--from", day, "--until", day)
    assert (row["booked_hours"], row["available_hours"]) == (0.25, 6.0)
    assert row["utilisation"] == round(0.25 / 6, 4)
    (shows,) = cli.ok("report", "no-shows", "--from", day, "--until", day, "--period", "week")
    assert shows["booked"] == 1 and shows["no_show_rate"] == 0.0
    target = tmp_path / "types.csv"
    assert cli.ok("report", "types", "--from", day, "--until", day, "--csv", str(target)) == {
        "rows": 1, "output": str(target)}
    assert target.read_text(encoding="utf-8").splitlines() == ["type,visits,hours",
                                                                "(no type),1,0.25"]
    bad = cli("report", "weather", "--from", day, "--until", day)
    assert bad.code == 2
