"""The database figures: each service call timed against a hand-written sqlite3 baseline that
computes the same answer (checked equal before timing)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import Figure, Target, paired, repeated
from benchmarks.make_clinic import NOW
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Booking, Slot
from reservations_app.services import booking, maintenance, people, schedule, settings
from reservations_app.store.connect import SQLITE_PRAGMAS
from reservations_app.store.models import database, to_db

# A Tuesday far enough ahead that little is booked: 1,432 free slots on the built clinic.
QUIET_SLOT_DAY = dt.date(2027, 9, 7)
SLOT_DAY = NOW.date() + dt.timedelta(days=7)  # a Tuesday a week ahead: busy, not full
WEEK_START = SLOT_DAY - dt.timedelta(days=SLOT_DAY.weekday())
WEEK_PROVIDER = 1
SEARCH_TEXT = "mar"
SEARCH_LIMIT = 50
HOLD_DAYS_FROM = 200  # holds for the throughput figure go on quiet days this far ahead
STALE_DAYS_FROM = 300  # and the stale holds for the sweep this far
STALE_COUNT = 1_000


@dataclass
class Bench:
    path: Path
    actor: Actor
    now: dt.datetime
    runs: int = 25

    def __post_init__(self) -> None:
        self.raw = raw_connection(self.path)

    @property
    def now_text(self) -> str:
        return str(to_db(self.now))


def raw_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the pragmas the app uses."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=10)
    for name, value in SQLITE_PRAGMAS.items():
        connection.execute(f"PRAGMA {name} = {value}")
    return connection


def _text(instant: dt.datetime | None) -> str | None:
    return None if instant is None else str(to_db(instant))


def _check(ours: object, theirs: object, what: str) -> None:
    if ours != theirs:
        raise AssertionError(f"{what}: the service and the baseline disagree")


# --- bookable slots of one day --------------------------------------------------------------

def baseline_slots(raw: sqlite3.Connection, day: dt.date, now: dt.datetime,
                   slot_minutes: int, notice: dt.timedelta) -> list[tuple[dt.datetime, ...]]:
    now_text = str(to_db(now))
    blocks = raw.execute("SELECT provider_id, start_at, end_at FROM availability_block "
                         "WHERE local_date = ?", (day.isoformat(),)).fetchall()
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    for provider_id, start_at, end_at in raw.execute(
            "SELECT provider_id, occupied_start, occupied_end FROM reservation "
            "WHERE local_date = ? AND (status IN ('confirmed', 'arrived', 'completed') OR "
            "(status = 'pending' AND hold_expires_at > ?)) ORDER BY provider_id, occupied_start",
            (day.isoformat(), now_text)):
        busy.setdefault(provider_id, []).append((dt.datetime.fromisoformat(start_at),
                                                 dt.datetime.fromisoformat(end_at)))
    step = dt.timedelta(minutes=slot_minutes)
    earliest = (now + notice).astimezone(dt.UTC).replace(tzinfo=None)
    free = []
    for provider_id, start_at, end_at in blocks:
        spans = busy.get(provider_id, [])
        start, end, index = dt.datetime.fromisoformat(start_at), \
            dt.datetime.fromisoformat(end_at), 0
        while start + step <= end:
            slot_end = start + step
            while index < len(spans) and spans[index][1] <= start:
                index += 1
            taken = index < len(spans) and spans[index][0] < slot_end
            if start >= earliest and not taken:
                free.append((start, slot_end, provider_id))
            start = slot_end
    free.sort()
    return free


def _slot_tuples(slots: list[Slot]) -> list[tuple[object, ...]]:
    return [(to_db(s.start), to_db(s.end), s.provider_id) for s in slots]


def slots_figure(bench: Bench, day: dt.date = SLOT_DAY, what: str = "one day") -> Figure:
    policy = settings.get_policy()

    def ours() -> list[Slot]:
        return schedule.bookable_slots(bench.actor, day, bench.now)

    def theirs() -> list[tuple[dt.datetime, ...]]:
        return baseline_slots(bench.raw, day, bench.now, policy.slot_minutes,
                              policy.min_notice)

    _check(_slot_tuples(ours()), theirs(), "bookable slots")
    runs, base = paired(ours, theirs, bench.runs)
    count = len(ours())
    if day == SLOT_DAY:
        return Figure(f"bookable slots of {what}, all providers ({count:,} free)", "ms", runs,
                      base, Target("<= 2x and < 20 ms", max_ratio=2, max_value=20))
    return Figure(f"bookable slots of {what}, all providers ({count:,} free)", "ms", runs,
                  base, Target("<= 1.5x", max_ratio=1.5))


def slots_figures(bench: Bench) -> list[Figure]:
    """A busy day (few free slots among many bookings) and a quiet one (issue 10: most of the
    cost is then making the ~1,440 free slots, against the baseline's tuples)."""
    return [slots_figure(bench), slots_figure(bench, QUIET_SLOT_DAY, "a quiet day")]


# --- one provider's week --------------------------------------------------------------------

BASELINE_WEEK_BLOCKS = (
    "SELECT id, local_date, start_wall, end_wall, start_at, end_at FROM availability_block "
    "WHERE provider_id = ? AND local_date BETWEEN ? AND ? ORDER BY start_at")
BASELINE_WEEK_BOOKINGS = (
    "SELECT r.id, r.client_id, c.name, r.start_at, r.end_at, r.local_date, r.status, "
    "r.created_at, r.hold_expires_at, r.confirmed_at, r.cancelled_at, r.cancel_reason "
    "FROM reservation r JOIN client c ON c.id = r.client_id "
    "WHERE r.provider_id = ? AND r.local_date BETWEEN ? AND ? ORDER BY r.start_at")


def _aware(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def baseline_week(raw: sqlite3.Connection, provider_id: int,
                  first: dt.date) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The same answer as plain tuples: the same columns, instants as aware UTC datetimes and
    dates as dates, as a grid needs them to place anything."""
    bounds = (provider_id, first.isoformat(), (first + dt.timedelta(days=6)).isoformat())
    blocks = [(block_id, dt.date.fromisoformat(day), start_wall, end_wall, _aware(start),
               _aware(end)) for block_id, day, start_wall, end_wall, start, end in
              raw.execute(BASELINE_WEEK_BLOCKS, bounds)]
    bookings = [(rid, client_id, name, _aware(start), _aware(end), dt.date.fromisoformat(day),
                 status, _aware(created), _aware(expires), _aware(confirmed), _aware(cancelled),
                 reason) for rid, client_id, name, start, end, day, status, created, expires,
                confirmed, cancelled, reason in raw.execute(BASELINE_WEEK_BOOKINGS, bounds)]
    return blocks, bookings


def _week_tuples(blocks: list[schedule.AvailabilityBlock],
                 bookings: list[Booking]) -> tuple[list[tuple[object, ...]],
                                                   list[tuple[object, ...]]]:
    block_rows = [(b.id, b.local_date, b.spec.start.strftime("%H:%M"), b.label.split("-")[1],
                   b.start, b.end) for b in blocks]
    booking_rows = []
    for item in bookings:
        r = item.reservation
        booking_rows.append((r.id, r.client_id, item.client_name, r.start, r.end, r.local_date,
                             r.status.value, r.created_at, r.hold_expires_at, r.confirmed_at,
                             r.cancelled_at, r.cancel_reason))
    return block_rows, booking_rows


def week_figure(bench: Bench) -> Figure:
    last = WEEK_START + dt.timedelta(days=6)

    def ours() -> tuple[list[schedule.AvailabilityBlock], list[Booking]]:
        return (schedule.list_availability(bench.actor, WEEK_PROVIDER, WEEK_START, last),
                booking.provider_week(bench.actor, WEEK_PROVIDER, WEEK_START))

    def theirs() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        return baseline_week(bench.raw, WEEK_PROVIDER, WEEK_START)

    _check(_week_tuples(*ours()), theirs(), "week grid")
    runs, base = paired(ours, theirs, bench.runs)
    blocks, bookings = ours()
    return Figure(f"one provider's week: {len(blocks)} blocks, {len(bookings)} bookings", "ms",
                  runs, base, Target("<= 2x and < 10 ms", max_ratio=2, max_value=10))


# --- client search as you type --------------------------------------------------------------

BASELINE_SEARCH = ("SELECT id, name, email, phone FROM client WHERE search_key LIKE ? "
                   "ORDER BY name, id LIMIT ?")


def search_figure(bench: Bench) -> Figure:
    def ours() -> list[people.Client]:
        return people.search_clients(bench.actor, SEARCH_TEXT, limit=SEARCH_LIMIT)

    def theirs() -> list[tuple[object, ...]]:
        return bench.raw.execute(BASELINE_SEARCH, (f"%{SEARCH_TEXT}%", SEARCH_LIMIT)).fetchall()

    _check([(c.id, c.name, c.email, c.phone) for c in ours()], theirs(), "client search")
    runs, base = paired(ours, theirs, bench.runs)
    return Figure(f"client search '{SEARCH_TEXT}', first {SEARCH_LIMIT} of 20,000", "ms", runs,
                  base, Target("<= 2x and < 15 ms", max_ratio=2, max_value=15))


# --- the stale-hold sweep -------------------------------------------------------------------

def _free_slots(bench: Bench, first_day: int, count: int) -> list[tuple[dt.date, Slot]]:
    """Free slots from `first_day` days ahead on, with the provider-local date of each."""
    found: list[tuple[dt.date, Slot]] = []
    offset = first_day
    while len(found) < count:
        day = NOW.date() + dt.timedelta(days=offset)
        found += [(day, slot) for slot in schedule.bookable_slots(bench.actor, day, bench.now)]
        offset += 1
    return found[:count]


def _insert_stale(bench: Bench, slots: list[tuple[dt.date, Slot]], client_id: int) -> None:
    created = str(to_db(bench.now - dt.timedelta(hours=1)))
    expired = str(to_db(bench.now - dt.timedelta(minutes=30)))
    rows = [(s.provider_id, client_id, _text(s.start), _text(s.end), day.isoformat(), created,
             expired, _text(s.start), _text(s.end)) for day, s in slots]
    bench.raw.execute("BEGIN IMMEDIATE")
    bench.raw.executemany(
        "INSERT INTO reservation (provider_id, client_id, start_at, end_at, local_date, status, "
        "created_at, hold_expires_at, occupied_start, occupied_end) "
        "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)", rows)
    bench.raw.execute("COMMIT")


def expiry_figures(bench: Bench) -> list[Figure]:
    swept_at_start = maintenance.expire_stale(bench.actor, bench.now)

    def sweep(expected: int) -> Callable[[], None]:
        def run() -> None:
            expired = maintenance.expire_stale(bench.actor, bench.now)
            if expired != expected:
                raise AssertionError(f"the sweep expired {expired}, expected {expected}")
        return run

    quiet = repeated(sweep(0), bench.runs)
    slots = _free_slots(bench, STALE_DAYS_FROM, STALE_COUNT)
    busy = repeated(sweep(STALE_COUNT), max(5, bench.runs // 3),
                    before=lambda: _insert_stale(bench, slots, 1))
    return [Figure(f"expiry sweep, nothing stale (first sweep expired {swept_at_start})", "ms",
                   quiet, None, Target("< 5 ms", max_value=5)),
            Figure(f"expiry sweep, {STALE_COUNT:,} stale", "ms", busy, None,
                   Target("< 50 ms", max_value=50))]


# --- hold + confirm, durable ----------------------------------------------------------------

def _bookable_pairs(bench: Bench, count: int) -> list[tuple[int, dt.date, Slot]]:
    """Free slots on quiet days, each with a client who has nothing else that day."""
    slots = _free_slots(bench, HOLD_DAYS_FROM, count)
    clients = (row[0] for row in bench.raw.execute(
        "SELECT id FROM client WHERE id NOT IN (SELECT client_id FROM reservation "
        "WHERE local_date >= ?) ORDER BY id",
        ((NOW.date() + dt.timedelta(days=HOLD_DAYS_FROM - 1)).isoformat(),)))
    return [(client_id, day, slot) for client_id, (day, slot) in zip(clients, slots,
                                                                     strict=False)]


Pair = tuple[int, dt.date, Slot]


def _raw_hold_confirm(bench: Bench, pair: Pair) -> None:
    """The same two durable transactions in plain sqlite3, on the app's own connection (its
    pragmas, and no second connection whose commits would empty the app's page cache)."""
    client_id, day, slot = pair
    created = bench.now_text
    expires = str(to_db(bench.now + dt.timedelta(minutes=30)))
    raw = database.connection()
    raw.execute("BEGIN IMMEDIATE")
    cursor = raw.execute(
        "INSERT INTO reservation (provider_id, client_id, start_at, end_at, local_date, "
        "status, created_at, hold_expires_at, occupied_start, occupied_end) "
        "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)",
        (slot.provider_id, client_id, _text(slot.start), _text(slot.end), day.isoformat(),
         created, expires, _text(slot.start), _text(slot.end)))
    raw.execute("COMMIT")
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE reservation SET status = 'confirmed', confirmed_at = ?, "
                "hold_expires_at = NULL WHERE id = ?", (created, cursor.lastrowid))
    raw.execute("COMMIT")


def _service_hold_confirm(bench: Bench, pair: Pair) -> None:
    client_id, _, slot = pair
    held = booking.hold(bench.actor, client_id, slot.provider_id, slot.start, bench.now)
    booking.confirm(bench.actor, held.id, bench.now)


def hold_confirm_figure(bench: Bench, batches: int = 9, per_batch: int = 40) -> Figure:
    """Throughput per batch. Service and raw operations alternate one by one, on different
    free slots, so that the disk's changing fsync speed hits both alike."""
    pairs = iter(_bookable_pairs(bench, 2 * (batches + 1) * per_batch))
    ours, theirs = [], []
    for number in range(batches + 1):  # the first batch warms up and is not counted
        spent = {_service_hold_confirm: 0.0, _raw_hold_confirm: 0.0}
        for _ in range(per_batch):
            for run in spent:
                started = time.perf_counter()
                run(bench, next(pairs))
                spent[run] += time.perf_counter() - started
        if number:
            ours.append(per_batch / spent[_service_hold_confirm])
            theirs.append(per_batch / spent[_raw_hold_confirm])
    return Figure(f"hold + confirm, one transaction each, durable ({per_batch} per run)",
                  "ops/s", ours, theirs, Target(">= 0.6x the raw rate", min_ratio=0.6))
