"""SQLite's no-overlap triggers (0005): the same answers as 0002's, at a cost that does not grow
with a provider's history."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator

import pytest

from tests.store.migration_modules import load_migration

SCHEMA = (
    "CREATE TABLE reservation (id INTEGER PRIMARY KEY, provider_id INTEGER NOT NULL, "
    "start_at TEXT NOT NULL, end_at TEXT NOT NULL, status TEXT NOT NULL)",
    "CREATE UNIQUE INDEX reservation_live_slot ON reservation (provider_id, start_at) "
    "WHERE status IN ('pending', 'confirmed')",
    "CREATE INDEX reservation_provider_start ON reservation (provider_id, start_at)",
)
STATUSES = ("pending", "confirmed", "cancelled", "expired")
FIRST = dt.datetime(2026, 1, 5, 8, 0)
MIGRATION = load_migration("0005_bounded_overlap_triggers")


def _database(triggers: tuple[str, ...]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    for statement in (*SCHEMA, *triggers):
        connection.execute(statement)
    return connection


@pytest.fixture
def bounded() -> Iterator[sqlite3.Connection]:
    connection = _database(MIGRATION.BOUNDED)
    yield connection
    connection.close()


def _text(minutes: int) -> str:
    return str(FIRST + dt.timedelta(minutes=minutes))


def _insert(connection: sqlite3.Connection, start: int, length: int,
            status: str = "pending", provider: int = 1) -> int | None:
    """The new row's id, or None when the database refused it."""
    try:
        cursor = connection.execute(
            "INSERT INTO reservation (provider_id, start_at, end_at, status) VALUES (?, ?, ?, ?)",
            (provider, _text(start), _text(start + length), status))
    except sqlite3.IntegrityError:
        return None
    return cursor.lastrowid


def _update(connection: sqlite3.Connection, row_id: int, **values: object) -> bool:
    sets = ", ".join(f"{name} = ?" for name in values)
    try:
        connection.execute(f"UPDATE reservation SET {sets} WHERE id = ?",
                           (*values.values(), row_id))
    except sqlite3.IntegrityError:
        return False
    return True


def test_overlaps_are_refused_and_neighbours_allowed(bounded: sqlite3.Connection) -> None:
    long_one = _insert(bounded, 60, 30, "confirmed")  # 09:00-09:30
    assert long_one is not None
    assert _insert(bounded, 60, 15) is None  # same start
    assert _insert(bounded, 75, 15) is None  # starts inside it
    assert _insert(bounded, 45, 30) is None  # runs into it
    assert _insert(bounded, 30, 120) is None  # covers it
    assert _insert(bounded, 45, 15) is not None  # ends as it starts
    assert _insert(bounded, 90, 15) is not None  # starts as it ends
    assert _insert(bounded, 75, 15, "cancelled") is not None  # not live
    assert _insert(bounded, 75, 15, provider=2) is not None  # another provider


def test_an_update_is_checked_against_the_others_only(bounded: sqlite3.Connection) -> None:
    held = _insert(bounded, 60, 15)
    later = _insert(bounded, 120, 15)
    assert held is not None and later is not None
    assert _update(bounded, held, status="confirmed")  # not an overlap with itself
    assert _update(bounded, held, end_at=_text(90))  # grows into free time
    assert not _update(bounded, later, start_at=_text(80), end_at=_text(95))
    assert _update(bounded, held, status="cancelled")
    assert _update(bounded, later, start_at=_text(80), end_at=_text(95))


def test_the_same_answers_as_the_unbounded_triggers() -> None:
    """Random writes against both versions: every insert and update gets the same answer."""
    bounded, unbounded = _database(MIGRATION.BOUNDED), _database(MIGRATION.UNBOUNDED)
    draw = random.Random(4)
    for _ in range(3000):
        start, length = draw.randrange(0, 600, 5), draw.choice((5, 10, 15, 30, 45, 60))
        status, provider = draw.choice(STATUSES), draw.choice((1, 2))
        if draw.random() < 0.6:
            outcomes = {_insert(db, start, length, status, provider) is None
                        for db in (bounded, unbounded)}
        else:
            row_id = draw.randrange(1, 400)
            values = draw.choice(({"status": status},
                                  {"start_at": _text(start), "end_at": _text(start + length)}))
            outcomes = {_update(db, row_id, **values) for db in (bounded, unbounded)}
        assert len(outcomes) == 1
    rows = "SELECT * FROM reservation ORDER BY id"
    assert bounded.execute(rows).fetchall() == unbounded.execute(rows).fetchall()


def _steps(connection: sqlite3.Connection, write: str, values: tuple[object, ...]) -> int:
    """SQLite virtual machine steps a statement takes (its triggers included), in hundreds."""
    counted = [0]

    def count() -> int:
        counted[0] += 1
        return 0

    connection.set_progress_handler(count, 100)
    try:
        connection.execute(write, values)
    finally:
        connection.set_progress_handler(None, 0)
    return counted[0]


@pytest.mark.parametrize("history", [100, 5000])
def test_a_booking_write_does_not_read_the_providers_past(history: int) -> None:
    connection = _database(MIGRATION.BOUNDED)
    connection.executemany(
        "INSERT INTO reservation (provider_id, start_at, end_at, status) VALUES (1, ?, ?, ?)",
        [(_text(15 * n), _text(15 * n + 15), "confirmed" if n % 3 else "cancelled")
         for n in range(history)])
    start = 15 * history + 60
    insert = _steps(connection, "INSERT INTO reservation (provider_id, start_at, end_at, "
                                "status) VALUES (1, ?, ?, 'pending')",
                    (_text(start), _text(start + 15)))
    confirm = _steps(connection, "UPDATE reservation SET status = 'confirmed' WHERE id = ?",
                     (history + 1,))
    assert insert < 5 and confirm < 5  # 0002's took 200 and 300 at 5,000


def test_the_unbounded_triggers_did_read_it() -> None:
    """The measure above can see the difference: 0002's insert trigger scans the past."""
    connection = _database(MIGRATION.UNBOUNDED)
    connection.executemany(
        "INSERT INTO reservation (provider_id, start_at, end_at, status) VALUES (1, ?, ?, ?)",
        [(_text(15 * n), _text(15 * n + 15), "confirmed") for n in range(5000)])
    start = 15 * 5000 + 60
    assert _steps(connection, "INSERT INTO reservation (provider_id, start_at, end_at, status) "
                              "VALUES (1, ?, ?, 'pending')", (_text(start), _text(start + 15))) > 50
