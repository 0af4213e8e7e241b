"""Figures for bookings of a visit type (issue 11): a day's bookable starts of a 45-minute
type with a 15-minute buffer, and hold + confirm of such a visit, each against a hand-written
sqlite3 baseline that computes or writes the same thing."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

from benchmarks.figures import SLOT_DAY, Bench, _check, _text
from benchmarks.harness import Figure, Target, paired
from reservations_app.domain.access import Actor
from reservations_app.domain.explain import ExplainedSlot
from reservations_app.domain.model import Role, VisitType
from reservations_app.domain.status import OCCUPYING, Status, sql_list
from reservations_app.services import booking, day_slots, settings, visit_types
from reservations_app.store.models import database, to_db

MINUTES, BUFFER_AFTER = 45, 15
TYPED_DAYS_FROM = 250  # typed holds go on quiet days this far ahead
SETTLED = sql_list(tuple(s for s in OCCUPYING if s is not Status.PENDING))


def _assessment(bench: Bench) -> VisitType:
    admin = Actor("bench.admin", Role.ADMIN, "bench-1")
    for existing in visit_types.list_types(admin):
        if existing.name == "Bench assessment":
            return existing
    return visit_types.add_type(admin, "Bench assessment", MINUTES, bench.now,
                                buffer_after=BUFFER_AFTER)


def baseline_typed_starts(raw: sqlite3.Connection, day: dt.date, now: dt.datetime,
                          slot_minutes: int, notice: dt.timedelta,
                          horizon: dt.timedelta) -> list[tuple[object, ...]]:
    """Starts on the slot grid where the whole visit, buffer included, fits: plain SQL for the
    blocks and the occupied time around the day, and a walk over each provider's intervals."""
    blocks = raw.execute("SELECT provider_id, start_at, end_at FROM availability_block "
                         "WHERE local_date = ?", (day.isoformat(),)).fetchall()
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    # `+status`: SQLite's way to keep an index from serving a term. Without it the OR is
    # read through the status index, every confirmed booking of all time (170 ms, not 6).
    for provider_id, start_at, end_at in raw.execute(
            "SELECT provider_id, occupied_start, occupied_end FROM reservation "
            "WHERE local_date BETWEEN ? AND ? AND (+status IN " + SETTLED + " OR "
            "(+status = 'pending' AND hold_expires_at > ?)) ORDER BY provider_id, occupied_start",
            ((day - dt.timedelta(days=1)).isoformat(), (day + dt.timedelta(days=1)).isoformat(),
             str(to_db(now)))):
        busy.setdefault(provider_id, []).append((dt.datetime.fromisoformat(start_at),
                                                 dt.datetime.fromisoformat(end_at)))
    step, visit = dt.timedelta(minutes=slot_minutes), dt.timedelta(minutes=MINUTES)
    after = dt.timedelta(minutes=BUFFER_AFTER)
    plain_now = to_db(now)
    assert plain_now is not None
    earliest, latest = plain_now + notice, plain_now + horizon
    starts = []
    for provider_id, start_at, end_at in blocks:
        spans, index = busy.get(provider_id, []), 0
        start, end = dt.datetime.fromisoformat(start_at), dt.datetime.fromisoformat(end_at)
        while start + visit <= end:
            while index < len(spans) and spans[index][1] <= start:
                index += 1
            free = index == len(spans) or spans[index][0] >= start + visit + after
            if free and earliest <= start <= latest:
                starts.append((start, start + visit, provider_id))
            start += step
    starts.sort()
    return starts


def _start_tuples(rows: list[ExplainedSlot]) -> list[tuple[object, ...]]:
    return [(to_db(r.start), to_db(r.end), r.provider_id) for r in rows]


def typed_starts_figure(bench: Bench) -> Figure:
    policy = settings.get_policy()
    kind = _assessment(bench)

    def ours() -> list[ExplainedSlot]:
        return day_slots.bookable_starts(bench.actor, SLOT_DAY, bench.now,
                                         visit_type_id=kind.id)

    def theirs() -> list[tuple[object, ...]]:
        return baseline_typed_starts(bench.raw, SLOT_DAY, bench.now, policy.slot_minutes,
                                     policy.min_notice, policy.horizon)

    _check(_start_tuples(ours()), theirs(), "bookable starts of a 45-minute type")
    runs, base = paired(ours, theirs, bench.runs)
    return Figure(f"bookable starts of a 45+15-minute type, one day ({len(ours())})", "ms",
                  runs, base, Target("<= 3x and < 40 ms", max_ratio=3, max_value=40))


Pair = tuple[int, dt.date, ExplainedSlot]


def _typed_pairs(bench: Bench, kind: VisitType, count: int) -> list[Pair]:
    """Starts whose occupied times do not touch one another, on quiet days, each with a client
    who has nothing those days."""
    found: list[tuple[dt.date, ExplainedSlot]] = []
    offset = TYPED_DAYS_FROM
    while len(found) < count:
        day = bench.now.date() + dt.timedelta(days=offset)
        last_end: dict[int, dt.datetime] = {}
        for row in day_slots.bookable_starts(bench.actor, day, bench.now, visit_type_id=kind.id):
            if row.start >= last_end.get(row.provider_id, row.start):
                found.append((day, row))
                last_end[row.provider_id] = row.end + dt.timedelta(minutes=BUFFER_AFTER)
        offset += 1
    clients = (row[0] for row in bench.raw.execute(
        "SELECT id FROM client WHERE id NOT IN (SELECT client_id FROM reservation "
        "WHERE local_date >= ?) ORDER BY id",
        ((bench.now.date() + dt.timedelta(days=TYPED_DAYS_FROM - 1)).isoformat(),)))
    return [(client_id, day, row) for client_id, (day, row) in zip(clients, found[:count],
                                                                  strict=False)]


def _raw_typed_hold_confirm(bench: Bench, kind: VisitType, pair: Pair) -> None:
    """The same two durable transactions in plain sqlite3, on the app's own connection."""
    client_id, day, row = pair
    created = bench.now_text
    expires = str(to_db(bench.now + dt.timedelta(minutes=30)))
    raw = database.connection()
    raw.execute("BEGIN IMMEDIATE")
    cursor = raw.execute(
        "INSERT INTO reservation (provider_id, client_id, start_at, end_at, local_date, "
        "status, created_at, hold_expires_at, visit_type_id, note, occupied_start, "
        "occupied_end) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, '', ?, ?)",
        (row.provider_id, client_id, _text(row.start), _text(row.end), day.isoformat(),
         created, expires, kind.id, _text(row.start),
         _text(row.end + dt.timedelta(minutes=BUFFER_AFTER))))
    raw.execute("COMMIT")
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE reservation SET status = 'confirmed', confirmed_at = ?, "
                "hold_expires_at = NULL WHERE id = ?", (created, cursor.lastrowid))
    raw.execute("COMMIT")


def _service_typed_hold_confirm(bench: Bench, kind: VisitType, pair: Pair) -> None:
    client_id, _, row = pair
    held = booking.hold(bench.actor, client_id, row.provider_id, row.start, bench.now,
                        visit_type_id=kind.id)
    booking.confirm(bench.actor, held.id, bench.now)


def typed_hold_confirm_figure(bench: Bench, batches: int = 9, per_batch: int = 40) -> Figure:
    """As `figures.hold_confirm_figure`, for a 45-minute visit with its buffer."""
    kind = _assessment(bench)
    pairs = iter(_typed_pairs(bench, kind, 2 * (batches + 1) * per_batch))
    ours, theirs = [], []
    for number in range(batches + 1):  # the first batch warms up and is not counted
        spent = {_service_typed_hold_confirm: 0.0, _raw_typed_hold_confirm: 0.0}
        for _ in range(per_batch):
            for run in spent:
                started = time.perf_counter()
                run(bench, kind, next(pairs))
                spent[run] += time.perf_counter() - started
        if number:
            ours.append(per_batch / spent[_service_typed_hold_confirm])
            theirs.append(per_batch / spent[_raw_typed_hold_confirm])
    return Figure(f"hold + confirm of a 45+15-minute visit, durable ({per_batch} per run)",
                  "ops/s", ours, theirs, Target(">= 0.6x the raw rate", min_ratio=0.6))


def visit_figures(bench: Bench) -> list[Figure]:
    return [typed_starts_figure(bench), typed_hold_confirm_figure(bench)]
