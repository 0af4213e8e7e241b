"""Figures for recurring visits and the waitlist (issue 14): preview and book of a 52-visit
weekly series, and the waitlist's matches for a freed start among 5,000 open entries."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from benchmarks.figures import SLOT_DAY, Bench
from benchmarks.harness import Figure, Target, paired
from benchmarks.visit_figures import _assessment, baseline_typed_starts
from reservations_app.domain.errors import SlotUnavailable
from reservations_app.domain.explain import Reason
from reservations_app.domain.recurrence import MAX_OCCURRENCES, Recurrence, Unit
from reservations_app.domain.timezones import zone
from reservations_app.services import day_slots, people, series, settings, waitlist
from reservations_app.store.models import database, to_db

SERIES_PROVIDER = 1
WAITLIST_ENTRIES = 5_000
BOOK_RUNS = 7
WEEKLY = Recurrence(Unit.WEEK, 1, count=MAX_OCCURRENCES)


def _request(bench: Bench, client_id: int, local: dt.datetime, type_id: int,
             provider_id: int = SERIES_PROVIDER) -> series.SeriesRequest:
    tz = zone(people.get_provider(bench.actor, provider_id).timezone)
    first = dt.datetime.combine(local.date(), local.time(), tz).astimezone(dt.UTC)
    return series.SeriesRequest(client_id, provider_id, type_id, first, WEEKLY)


def preview_figure(bench: Bench) -> Figure:
    """Preview against a hand-written read of the same 52 days (blocks and occupied time, in
    plain sqlite3): what any preview must at least look at."""
    policy, kind = settings.get_policy(), _assessment(bench)
    request = _request(bench, 1, dt.datetime.combine(SLOT_DAY, dt.time(9)), kind.id)
    days = [SLOT_DAY + dt.timedelta(weeks=week) for week in range(MAX_OCCURRENCES)]

    def ours() -> list[series.PreviewRow]:
        return series.preview(bench.actor, request, bench.now)

    def theirs() -> list[list[tuple[object, ...]]]:
        return [baseline_typed_starts(bench.raw, day, bench.now, policy.slot_minutes,
                                      policy.min_notice, policy.horizon) for day in days]

    rows = ours()
    assert len(rows) == MAX_OCCURRENCES
    runs, base = paired(ours, theirs, max(5, bench.runs // 3))
    fits = sum(row.fits for row in rows)
    return Figure(f"series preview, 52 weekly visits ({fits} fit), vs a raw read of the 52 "
                  "days", "ms", runs, base, Target("< 50 ms", max_value=50))


def book_figure(bench: Bench) -> Figure:
    """Book a 52-visit weekly series (skipping conflicts) in one transaction; each run a new
    client, provider and hour, so every run books afresh."""
    kind = _assessment(bench)
    providers = [p.id for p in people.list_providers(bench.actor)]
    clients = iter(row[0] for row in bench.raw.execute("SELECT id FROM client ORDER BY id DESC"))
    spent: list[float] = []
    booked: list[int] = []
    for attempt in range(4 * (BOOK_RUNS + 1)):
        if len(spent) == BOOK_RUNS:
            break
        local = dt.datetime.combine(SLOT_DAY, dt.time(8 + attempt % 4))
        request = _request(bench, next(clients), local, kind.id,
                           provider_id=providers[attempt % len(providers)])
        started = time.perf_counter()
        try:
            made = series.book(bench.actor, request, bench.now, skip_conflicts=True)
        except SlotUnavailable:  # no visit of this one fits (a provider off on Tuesdays)
            continue
        if attempt:  # the first run warms up
            spent.append((time.perf_counter() - started) * 1000)
            booked.append(len(made.bookings))
    return Figure(f"series book, 52 weekly visits in one transaction (median "
                  f"{statistics.median(booked):.0f} held)", "ms", spent, None,
                  Target("< 1000 ms", max_value=1000))


def _fill_waitlist(bench: Bench, type_ids: list[int], provider_ids: list[int]) -> None:
    """5,000 open entries around the benchmark day, as the desk would have added them."""
    rng = random.Random(14)
    clients = [row[0] for row in bench.raw.execute("SELECT id FROM client")]
    windows = (None, ("08:00", "12:00"), ("12:00", None), ("09:00", "11:30"))
    with database.atomic():
        for number in range(WAITLIST_ENTRIES):
            first = SLOT_DAY - dt.timedelta(days=rng.randrange(0, 20))
            window = rng.choice(windows)
            entry_id = database.execute_sql(
                "INSERT INTO waitlist_entry (client_id, visit_type_id, first_day, last_day, "
                "weekdays, window_start, window_end, urgent, note, status, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'open', ?)",
                (rng.choice(clients), rng.choice(type_ids), first.isoformat(),
                 (first + dt.timedelta(days=rng.randrange(7, 60))).isoformat(),
                 rng.choice(("", "1", "1,3", "0,1,2,3,4")),
                 window[0] if window else None, window[1] if window else None,
                 rng.random() < 0.1,
                 str(to_db(bench.now - dt.timedelta(minutes=number))))).lastrowid
            for provider_id in rng.sample(provider_ids, rng.choice((0, 0, 1, 2))):
                database.execute_sql("INSERT INTO waitlist_entry_provider (entry_id, "
                                     "provider_id) VALUES (?, ?)", (entry_id, provider_id))


def matches_figures(bench: Bench) -> list[Figure]:
    """Matches for a free start against the raw read of the open entries covering its day:
    as the desk asks again and again (each entry read and built once, then known by its
    revision: services.waitlist._entries_at), and the first call after the entries changed."""
    kind = _assessment(bench)
    providers = [p.id for p in people.list_providers(bench.actor)]
    _fill_waitlist(bench, [kind.id], providers)
    free = next(row for row in day_slots.explain_slots(bench.actor, SLOT_DAY, bench.now,
                                                       visit_type_id=kind.id)
                if row.reason is Reason.FREE)

    def ours() -> list[waitlist.Entry]:
        return waitlist.matches(bench.actor, free.provider_id, free.start, bench.now)

    def theirs() -> list[tuple[object, ...]]:
        return bench.raw.execute(
            "SELECT * FROM waitlist_entry WHERE status = 'open' AND first_day <= ? "
            "AND last_day >= ?", (SLOT_DAY.isoformat(), SLOT_DAY.isoformat())).fetchall()

    def first_of_the_day() -> list[waitlist.Entry]:
        waitlist.forget_read_entries()  # as if no entry had been read since they changed
        return ours()

    found = ours()
    runs, base = paired(ours, theirs, bench.runs)
    cold, cold_base = paired(first_of_the_day, theirs, bench.runs)
    what = f"{WAITLIST_ENTRIES:,} open entries ({len(found)} match), vs a raw read of the day's"
    return [Figure(f"waitlist matches for a freed start, {what} entries", "ms", runs, base,
                   Target("< 20 ms", max_value=20)),
            Figure(f"waitlist matches, the day's first call (no entry built yet), {what} entries",
                   "ms", cold, cold_base)]


def series_figures(bench: Bench) -> list[Figure]:
    return [preview_figure(bench), book_figure(bench), *matches_figures(bench)]
