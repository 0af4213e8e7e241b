"""A clinic's database made by the previous release opens in this one: it is backed up first and
keeps every row. Written for any number of migrations: the "previous release" is the schema up to
the second-to-last migration, and the rows are generated from whatever tables that schema has."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from reservations_app.store import connect as store_connect
from reservations_app.store import schema as store_schema
from reservations_app.store.backup import check_sqlite_file

ROWS_PER_TABLE = 3
Dump = dict[str, dict[tuple[Any, ...], dict[str, Any]]]  # table -> primary key -> row

# Columns whose values the app reads as a vocabulary; anything else gets a value by its type.
VOCABULARY = {
    "status": ("confirmed", "pending", "cancelled"),
    "role": ("admin", "front_desk", "provider"),
    "timezone": ("America/New_York", "Europe/Berlin", "Asia/Tokyo"),
    "color": ("#4a90d9", "#10b981", "#ef4444"),
    "start_wall": ("09:00", "10:00", "11:00"),
    "end_wall": ("09:30", "10:30", "11:30"),
    "outcome": ("reached", "left_message", "no_answer"),  # call_mark (0011)
}


@pytest.fixture
def migrations() -> list[str]:
    names = store_schema.known_migrations()
    if len(names) < 2:
        pytest.skip(f"only one migration ({', '.join(names)}): there is no previous schema to "
                    "upgrade from yet; this test runs as soon as a second migration exists")
    return names


@pytest.fixture
def previous_release(tmp_path: Path, migrations: list[str]) -> Iterator[tuple[Path, Dump]]:
    """A file at schema N-1, as the previous release left it, with rows in every table."""
    path = tmp_path / "clinic.sqlite3"
    old = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(old, str(store_schema.MIGRATIONS_DIR), table_name=store_schema.MIGRATION_TABLE) \
        .up(target=migrations[-2])
    old.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        for table in _tables_in_dependency_order(connection):
            _fill(connection, table)
    connection.close()
    yield path, _dump(path)
    store_connect.close_database()


def test_the_previous_schema_upgrades_after_a_backup_and_keeps_every_row(
        previous_release: tuple[Path, Dump], migrations: list[str], tmp_path: Path) -> None:
    path, before = previous_release
    assert all(len(rows) == ROWS_PER_TABLE for rows in before.values())
    backups = tmp_path / "backups"

    store_connect.open_database(f"sqlite:///{path}", backups)
    assert store_schema.current_schema() == migrations[-1]
    store_connect.close_database()

    [copy] = list(backups.iterdir())
    assert f"before-{migrations[-1]}" in copy.name
    assert _applied(copy) == migrations[:-1]
    assert _dump(copy) == before  # the backup is the untouched previous release

    after = _dump(path)
    assert _applied(path) == migrations
    assert check_sqlite_file(path) == []
    for table, rows in before.items():
        assert after[table].keys() == rows.keys(), f"rows of {table} were lost or added"
        for key, old_row in rows.items():
            kept = {column: after[table][key].get(column) for column in old_row
                    if column in after[table][key]}
            assert kept == {c: old_row[c] for c in kept}, f"{table} row {key} changed"


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != ? ORDER BY name", (store_schema.MIGRATION_TABLE,))]


def _references(connection: sqlite3.Connection, table: str) -> dict[str, str]:
    """column -> the table it references"""
    return {row[3]: row[2] for row in connection.execute(f"PRAGMA foreign_key_list('{table}')")}


def _tables_in_dependency_order(connection: sqlite3.Connection) -> list[str]:
    pending, ordered = _tables(connection), []
    while pending:
        ready = [t for t in pending
                 if all(ref in ordered or ref == t
                        for ref in _references(connection, t).values())]
        assert ready, f"circular references among {pending}"
        ordered += ready
        pending = [t for t in pending if t not in ready]
    return ordered


def _fill(connection: sqlite3.Connection, table: str) -> None:
    references = _references(connection, table)
    columns = list(connection.execute(f"PRAGMA table_info('{table}')"))
    # Only a lone integer primary key is SQLite's rowid; a composite key's columns are data.
    numbered = sum(1 for column in columns if column[5]) == 1
    for index in range(ROWS_PER_TABLE):
        values = {}
        for _, name, kind, _, _, primary in columns:
            if primary and numbered and "INT" in kind.upper():
                continue  # SQLite numbers it
            if name in references:
                values[name] = _existing_key(connection, references[name], index)
            else:
                values[name] = _value(table, name, kind.upper(), index)
        names = ", ".join(f'"{n}"' for n in values)
        marks = ", ".join("?" for _ in values)
        connection.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                           list(values.values()))


def _existing_key(connection: sqlite3.Connection, table: str, index: int) -> Any:
    keys = [row[0] for row in connection.execute(f'SELECT rowid FROM "{table}" ORDER BY rowid')]
    return keys[index % len(keys)] if keys else None


def _value(table: str, column: str, kind: str, index: int) -> Any:
    if column in VOCABULARY:
        return VOCABULARY[column][index % len(VOCABULARY[column])]
    if "DATETIME" in kind or "TIMESTAMP" in kind:
        return f"2026-0{index + 1}-15 09:{index}5:00"
    if "DATE" in kind:
        return f"2026-0{index + 1}-15"
    if "INT" in kind or "BOOL" in kind:
        return index + 1
    if any(word in kind for word in ("REAL", "FLOA", "DOUB", "DECIMAL", "NUMERIC")):
        return index + 0.5
    return f"{table}.{column}.{index}"


def _dump(path: Path) -> Dump:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        dump: Dump = {}
        for table in _tables(connection):
            key_columns = [row[1] for row in connection.execute(
                f"PRAGMA table_info('{table}')") if row[5]]
            # without a declared key, rowid is the only identity a row has
            select = "*" if key_columns else 'rowid AS "rowid", *'
            rows = connection.execute(f'SELECT {select} FROM "{table}"')
            dump[table] = {tuple(row[c] for c in key_columns or ["rowid"]): dict(row)
                           for row in rows}
        return dump
    finally:
        connection.close()


def _applied(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in connection.execute(
            f"SELECT name FROM {store_schema.MIGRATION_TABLE}"))
    finally:
        connection.close()


BEFORE_VISIT_TYPES = "0005_bounded_overlap_triggers"


def test_a_clinic_from_before_visit_types_keeps_every_booking(tmp_path: Path) -> None:
    """Issue 11's migration (0006) from the schema before it, whatever came after it: every
    reservation keeps its values and takes exactly its own time, untyped, with no note."""
    path = tmp_path / "clinic.sqlite3"
    old = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(old, str(store_schema.MIGRATIONS_DIR), table_name=store_schema.MIGRATION_TABLE) \
        .up(target=BEFORE_VISIT_TYPES)
    old.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        for table in _tables_in_dependency_order(connection):
            _fill(connection, table)
    connection.close()
    before = _dump(path)
    store_connect.open_database(f"sqlite:///{path}", tmp_path / "backups")
    store_connect.close_database()
    after = _dump(path)
    assert after["reservation"].keys() == before["reservation"].keys()
    for key, old_row in before["reservation"].items():
        row = after["reservation"][key]
        assert {column: row[column] for column in old_row} == old_row
        assert (row["occupied_start"], row["occupied_end"]) == (row["start_at"], row["end_at"])
        assert (row["visit_type_id"], row["note"], row["late_cancellation"],
                row["notice_override"]) == (None, "", 0, None)
    assert after["visit_type"] == {} and check_sqlite_file(path) == []
