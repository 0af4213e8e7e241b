"""Issue 11's CLI contract: visit types, typed bookings, reasons per slot, the day's statuses,
notes, overrides and replace-same-day."""

import datetime as dt
from zoneinfo import ZoneInfo

from tests.cli.test_contract import setup_clinic


def test_type_add_list_edit(cli) -> None:
    doc = cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
                 "--timezone", "UTC")
    added = cli.ok("type", "add", "--name", "New patient assessment", "--minutes", "45",
                   "--buffer-after", "15", "--color", "#10B981")
    assert {key: added[key] for key in ("id", "name", "minutes", "buffer_before",
                                        "buffer_after", "providers", "active")} == {
        "id": added["id"], "name": "New patient assessment", "minutes": 45,
        "buffer_before": 0, "buffer_after": 15, "providers": [doc["id"]], "active": True}
    assert cli.ok("type", "list") == [added]
    edited = cli.ok("type", "edit", str(added["id"]), "--minutes", "60", "--active", "false",
                    "--provider", str(doc["id"]))
    assert (edited["minutes"], edited["active"], edited["providers"]) == (60, False,
                                                                          [doc["id"]])
    for words in (("type", "add", "--name", "new PATIENT assessment", "--minutes", "30"),
                  ("type", "add", "--name", "Odd", "--minutes", "20"),
                  ("type", "edit", "999", "--minutes", "30"),
                  ("type", "add", "--name", "X", "--minutes", "15", "--provider", "999")):
        result = cli(*words)
        assert result.code == 1 and len(result.err.splitlines()) == 1, words
    assert cli("type", "edit", str(added["id"]), "--active", "maybe").code == 2


def test_typed_booking_slots_explain_and_notes(cli, future_day) -> None:
    doc, ann = setup_clinic(cli, future_day)
    kind = cli.ok("type", "add", "--name", "Assessment", "--minutes", "45",
                  "--buffer-after", "15")
    day = future_day.isoformat()
    starts = cli.ok("slots", "--date", day, "--type", str(kind["id"]))
    assert set(starts[0]) == {"provider_id", "start", "end"}
    first = dt.datetime.fromisoformat(starts[0]["start"])
    assert dt.datetime.fromisoformat(starts[0]["end"]) - first == dt.timedelta(minutes=45)
    assert len(starts) == 2 * (12 - 2)  # two 3-hour blocks, 45 minutes must fit in each
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", starts[0]["start"], "--type", str(kind["id"]),
                  "--note", "interpreter needed")
    assert (held["type_id"], held["note"], held["end"], held["late"]) == (
        kind["id"], "interpreter needed", starts[0]["end"], False)
    explained = cli.ok("slots", "--date", day, "--type", str(kind["id"]), "--client",
                       str(ann["id"]), "--explain")
    assert len(explained) == 24 and set(explained[0]) == {"provider_id", "start", "end",
                                                          "reason"}
    reasons = [row["reason"] for row in explained]
    assert reasons[:4] == ["held", "held", "held", "held"]  # 45 minutes + 15 after
    assert reasons[4] == "client_limit" and reasons[11] == "does_not_fit"
    noted = cli.ok("reservation", "note", str(held["id"]), "--text", "wheelchair")
    assert noted["note"] == "wheelchair"
    listed = cli.ok("reservation", "list", "--client", str(ann["id"]))
    assert listed[0]["note"] == "wheelchair" and listed[0]["type_id"] == kind["id"]
    moved = cli.ok("move", str(held["id"]), "--start", starts[-1]["start"])
    assert moved["end"] == starts[-1]["end"]


def test_statuses_override_and_replace_same_day(cli, future_day) -> None:
    doc, ann = setup_clinic(cli, future_day)
    slots = cli.ok("slots", "--date", future_day.isoformat())
    book = ("book", "--client", str(ann["id"]), "--provider", str(doc["id"]), "--start")
    held = cli.ok(*book, slots[0]["start"])
    cli.ok("confirm", str(held["id"]))
    early = cli("arrive", str(held["id"]))
    assert early.code == 1 and "day of the visit" in early.err
    for words in (("complete", str(held["id"])), ("no-show", str(held["id"])),
                  ("undo-status", str(held["id"]))):
        result = cli(*words)
        assert result.code == 1 and result.err.startswith("error: "), words
    refused = cli(*book, slots[4]["start"])
    assert refused.code == 1 and "already has 1 booking" in refused.err
    second = cli.ok(*book, slots[4]["start"], "--replace-same-day")
    old = cli.ok("reservation", "list", "--status", "cancelled")
    assert [r["id"] for r in old] == [held["id"]]
    assert old[0]["cancel_reason"] == f"replaced by booking {second['id']}"
    assert old[0]["late"] is False
    today = dt.datetime.now(ZoneInfo("America/New_York")).date()  # the provider's today
    reasons = []
    for day in (today, today + dt.timedelta(days=1)):  # the window lies in these two days
        cli.ok("availability", "add", "--provider", str(doc["id"]), "--date", day.isoformat(),
               "--block", "00:00-24:00")
        reasons += cli.ok("slots", "--date", day.isoformat(), "--explain")
    assert reasons[0]["reason"] == "past"
    soon = next(row for row in reasons if row["reason"] == "too_soon")
    bob = cli.ok("client", "add", "--name", "Bob", "--email", "bob@mail.example")
    walk_in = cli.ok("book", "--client", str(bob["id"]), "--provider", str(doc["id"]),
                     "--start", soon["start"], "--override-notice", "walk-in")
    assert walk_in["notice_override"] == "walk-in"
    cancelled = cli.ok("cancel", str(walk_in["id"]))
    assert cancelled["status"] == "cancelled" and cancelled["late"] is True
    assert cli.ok("settings", "set", "max_days_ahead", "30")["max_days_ahead"] == 30
