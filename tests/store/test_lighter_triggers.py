"""Migration 0015: SQLite's reservation triggers, lighter per row, give 0006's answers."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

from reservations_app.store.connect import close_database, open_database
from reservations_app.store.models import database
from tests.store.migration_modules import load_migration

LIGHTER = load_migration("0015_lighter_update_triggers")
VISIT_TYPES = load_migration("0006_visit_types")
OCCUPYING = "('pending', 'confirmed', 'arrived', 'completed')"
SCHEMA = (
    "CREATE TABLE reservation (id INTEGER PRIMARY KEY, provider_id INTEGER NOT NULL, "
    "start_at TEXT NOT NULL, end_at TEXT NOT NULL, status TEXT NOT NULL, "
    "occupied_start TEXT, occupied_end TEXT)",
    "CREATE UNIQUE INDEX reservation_occupied ON reservation (provider_id, occupied_start) "
    f"WHERE status IN {OCCUPYING}",
)
STATUSES = ("pending", "confirmed", "arrived", "completed", "cancelled", "expired", "no_show")
FIRST = dt.datetime(2026, 1, 5, 8, 0)


def _database(triggers: tuple[str, ...]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    for statement in (*SCHEMA, VISIT_TYPES._shape_trigger("INSERT"), *triggers):
        connection.execute(statement)
    return connection


def _text(minutes: int | None) -> str | None:
    return None if minutes is None else str(FIRST + dt.timedelta(minutes=minutes))


def _write(connection: sqlite3.Connection, sql: str, values: tuple[object, ...]) -> str:
    """'ok', or the message the database refused the write with."""
    try:
        connection.execute(sql, values)
    except sqlite3.IntegrityError as refused:
        return str(refused)
    return "ok"


def _random_write(draw: random.Random) -> tuple[str, tuple[object, ...]]:
    start, length = draw.randrange(0, 600, 5), draw.choice((5, 15, 30, 60))
    before, after = draw.choice((0, 0, 10, -5)), draw.choice((0, 0, 15, -5))
    occupied = (_text(start - before), _text(start + length + after))
    if draw.random() < 0.1:
        occupied = (None, occupied[1])
    kind = draw.random()
    if kind < 0.5:
        return ("INSERT INTO reservation (provider_id, start_at, end_at, status, "
                "occupied_start, occupied_end) VALUES (?, ?, ?, ?, ?, ?)",
                (draw.choice((1, 2)), _text(start), _text(start + length),
                 draw.choice(STATUSES), *occupied))
    row_id = draw.randrange(1, 300)
    if kind < 0.8:
        return "UPDATE reservation SET status = ? WHERE id = ?", (draw.choice(STATUSES), row_id)
    if kind < 0.9:
        return ("UPDATE reservation SET start_at = ?, end_at = ?, occupied_start = ?, "
                "occupied_end = ? WHERE id = ?",
                (_text(start), _text(start + length), *occupied, row_id))
    return "UPDATE reservation SET provider_id = ? WHERE id = ?", (draw.choice((1, 2)), row_id)


def test_the_same_answers_as_0006s_triggers() -> None:
    """Random inserts and updates (statuses, times, buffers that do not cover the visit, a
    missing occupied time, another provider) against both: every write gets the same answer
    and the tables end the same."""
    lighter, of_0006 = _database(LIGHTER.LIGHTER), _database(LIGHTER.OF_0006)
    draw = random.Random(15)
    answers = set()
    for _ in range(4000):
        sql, values = _random_write(draw)
        outcomes = {_write(db, sql, values) for db in (lighter, of_0006)}
        assert len(outcomes) == 1, (sql, values, outcomes)
        answers |= outcomes
    assert len(answers) == 3  # written, refused as an overlap, refused for its shape
    rows = "SELECT * FROM reservation ORDER BY id"
    assert lighter.execute(rows).fetchall() == of_0006.execute(rows).fetchall()


def test_the_when_clauses_name_the_occupying_statuses_without_an_in_list() -> None:
    for statement in LIGHTER.LIGHTER[:2]:
        when = statement.split(" AND (EXISTS", 1)[0]
        assert "IN (" not in when
        assert when.endswith(" OR ".join(f"NEW.status = '{status}'" for status in
                                         ("pending", "confirmed", "arrived", "completed")) + ")")
    assert "status" not in LIGHTER.LIGHTER[2].split(" ON reservation", 1)[0]


def _triggers() -> dict[str, str]:
    return dict(database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = 'reservation'").fetchall())


def test_up_and_down_on_a_migrated_database(tmp_path: Path) -> None:
    open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    try:
        made = _triggers()
        for statement in LIGHTER.LIGHTER:
            assert made[statement.split()[2]] == statement
        LIGHTER.down(None, database.obj)
        back = _triggers()
        for statement in VISIT_TYPES.SQLITE_TRIGGERS:
            assert back[statement.split()[2]] == statement
        LIGHTER.up(None, database.obj)
        assert _triggers() == made
    finally:
        close_database()
