"""`series ...` and `waitlist ...` through the console script, on both backends, including two
desks (two processes) offering the same freed time at once."""

from __future__ import annotations

import datetime as dt
import subprocess

from tests.cli.conftest import SCRIPT, Cli


def clinic(cli: Cli, first: dt.date):  # type: ignore[no-untyped-def]
    doc = cli.ok("provider", "add", "--name", "Dr Okafor", "--email", "okafor@clinic.example",
                 "--timezone", "America/New_York")
    cli.ok("availability", "repeat", "--provider", str(doc["id"]), "--weekday",
           first.strftime("%a").lower(), "--block", "09:00-12:00", "--from", first.isoformat(),
           "--until", (first + dt.timedelta(weeks=5)).isoformat())
    kind = cli.ok("type", "add", "--name", "Physio", "--minutes", "30")
    people = [cli.ok("client", "add", "--name", f"Client {n}")["id"] for n in range(3)]
    return doc["id"], kind["id"], people


def start_of(cli: Cli, provider: int, day: dt.date, index: int = 0) -> str:
    return cli.ok("slots", "--date", day.isoformat(), "--provider", str(provider))[index]["start"]


def series_words(provider: int, kind: int, client: int, start: str, *extra: str) -> list[str]:
    return ["--client", str(client), "--provider", str(provider), "--type", str(kind),
            "--start", start, "--every", "1", "--unit", "week", *extra]


def test_series_preview_book_show_confirm_cancel(cli: Cli, future_day: dt.date) -> None:
    provider, kind, (ann, ben, _) = clinic(cli, future_day)
    start = start_of(cli, provider, future_day)
    later = start_of(cli, provider, future_day + dt.timedelta(weeks=2))
    cli.ok("book", "--client", str(ben), "--provider", str(provider), "--start", later,
           "--type", str(kind))
    words = series_words(provider, kind, ann, start, "--count", "4")
    preview = cli.ok("series", "preview", *words)
    assert [set(row) for row in preview] == [{"start", "end", "fits", "reason",
                                              "alternative"}] * 4
    assert [row["fits"] for row in preview] == [True, True, False, True]
    assert preview[2]["reason"] == "held" and preview[2]["alternative"] is not None
    refused = cli("series", "book", *words)
    assert refused.code == 1 and refused.out == ""
    assert refused.err.startswith("error: 1 of the series' 4 visits") and \
        refused.err.count("\n") == 1
    booked = cli.ok("series", "book", *words, "--skip-conflicts")
    assert set(booked) == {"id", "bookings", "skipped"} and booked["skipped"] == [later]
    assert [b["status"] for b in booked["bookings"]] == ["pending"] * 3
    assert len({b["hold_expires_at"] for b in booked["bookings"]}) == 1
    shown = cli.ok("series", "confirm", str(booked["id"]))
    assert [b["status"] for b in shown["bookings"]] == ["confirmed"] * 3
    cancelled = cli.ok("series", "cancel", str(booked["id"]), "--from",
                       booked["bookings"][1]["start"], "--reason", "moving")
    assert [b["status"] for b in cancelled["bookings"]] == ["confirmed", "cancelled",
                                                            "cancelled"]
    assert cli.ok("series", "show", str(booked["id"]))["recurrence"].startswith("every week")


def test_series_bad_input_is_one_error_line(cli: Cli, future_day: dt.date) -> None:
    provider, kind, (ann, _, _) = clinic(cli, future_day)
    start = start_of(cli, provider, future_day)
    both = cli("series", "preview", *series_words(provider, kind, ann, start))
    assert both.code == 1 and both.err.startswith("error: Give either") and \
        both.err.count("\n") == 1
    usage = cli("series", "preview", *series_words(provider, kind, ann, start, "--count", "2",
                                                   "--weekday", "funday"))
    assert usage.code == 2 and "funday" in usage.err
    never = cli("series", "preview", *series_words(provider, kind, ann, start, "--count", "0"))
    assert never.code == 2 and "'0' is not a number of 1 or more" in never.err
    ended = cli("series", "preview", *series_words(
        provider, kind, ann, start, "--until", (future_day - dt.timedelta(days=1)).isoformat()))
    assert ended.code == 1 and "before its first visit" in ended.err and \
        ended.err.count("\n") == 1
    missing = cli("series", "show", "999")
    assert missing.code == 1 and missing.err == "error: There is no series with id 999.\n"


def test_waitlist_add_list_matches_offer_remove(cli: Cli, future_day: dt.date) -> None:
    provider, kind, (ann, ben, cy) = clinic(cli, future_day)
    until = (future_day + dt.timedelta(weeks=4)).isoformat()
    common = ["--type", str(kind), "--from", future_day.isoformat(), "--until", until]
    first = cli.ok("waitlist", "add", "--client", str(ann), *common, "--provider",
                   str(provider), "--between", "09:00-12:00", "--note", "any time")
    assert first == {"id": first["id"], "client_id": ann, "type_id": kind,
                     "providers": [provider], "from": future_day.isoformat(), "until": until,
                     "urgent": False, "status": "open"}
    urgent = cli.ok("waitlist", "add", "--client", str(ben), *common, "--urgent",
                    "--weekday", future_day.strftime("%a").lower())
    start = start_of(cli, provider, future_day, 2)
    found = cli.ok("waitlist", "matches", "--provider", str(provider), "--start", start)
    assert [e["id"] for e in found] == [urgent["id"], first["id"]]
    held = cli.ok("waitlist", "offer", str(urgent["id"]), "--provider", str(provider),
                  "--start", start)
    assert held["status"] == "pending" and held["client_id"] == ben
    assert cli.ok("waitlist", "matches", "--provider", str(provider), "--start", start) == []
    cli.ok("confirm", str(held["id"]))
    assert cli.ok("waitlist", "list", "--status", "booked") == [{**urgent, "status": "booked"}]
    assert cli.ok("waitlist", "remove", str(first["id"]))["status"] == "removed"
    assert cli.ok("waitlist", "list", "--client", str(cy)) == []
    bad = cli("waitlist", "add", "--client", str(cy), *common, "--between", "noon")
    assert bad.code == 1 and bad.err.startswith("error: 'noon' is not a time of day")


def test_two_desks_offering_the_same_freed_time_get_one_hold(cli: Cli,
                                                             future_day: dt.date) -> None:
    provider, kind, (ann, ben, _) = clinic(cli, future_day)
    until = (future_day + dt.timedelta(weeks=1)).isoformat()
    entries = [cli.ok("waitlist", "add", "--client", str(client), "--type", str(kind),
                      "--from", future_day.isoformat(), "--until", until)["id"]
               for client in (ann, ben)]
    start = start_of(cli, provider, future_day, 1)
    desks = [subprocess.Popen([str(SCRIPT), "--db", cli.url, "--json", "waitlist", "offer",
                               str(entry), "--provider", str(provider), "--start", start],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for entry in entries]
    results = [(desk.wait(timeout=60), *desk.communicate(timeout=60)) for desk in desks]
    assert sorted(code for code, _, _ in results) == [0, 1]
    [(_, _, loser_err)] = [r for r in results if r[0] == 1]
    assert loser_err.startswith("error: This slot was just taken") and \
        loser_err.count("\n") == 1
    reservations = cli.ok("reservation", "list", "--date", future_day.isoformat())
    assert len([r for r in reservations if r["status"] == "pending"]) == 1
