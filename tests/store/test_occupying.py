"""The statuses that occupy time are defined once, in domain/status.py: the migration that
spells them out as SQL, the indexes, triggers and constraint it built, and the queries agree."""

import re

import pytest

from reservations_app.domain.status import OCCUPYING, sql_list
from reservations_app.store import models
from reservations_app.store.models import database
from tests.store.migration_modules import load_migration


def _status_lists(sql: str) -> set[str]:
    return set(re.findall(r"status IN (\([^)]*\))", sql))


def test_the_migration_spells_out_the_same_statuses() -> None:
    assert load_migration("0006_visit_types").OCCUPYING == sql_list(OCCUPYING)
    assert models.LIVE == tuple(status.value for status in OCCUPYING)
    assert str(models.live_condition().sql) == f"status IN {sql_list(OCCUPYING)}"


@pytest.mark.backends("sqlite")
def test_every_sqlite_index_and_trigger_uses_them(db) -> None:
    rows = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'reservation' "
        "AND sql LIKE '%status IN%'").fetchall()
    names = {name for name, _ in rows}
    assert {"reservation_live_slot", "reservation_occupied", "reservation_no_overlap_insert",
            "reservation_no_overlap_update"} <= names
    for name, sql in rows:
        assert _status_lists(sql) == {sql_list(OCCUPYING)}, name


@pytest.mark.backends("postgresql")
def test_the_postgres_constraint_and_indexes_use_them(db) -> None:
    definition = database.execute_sql(
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conname = 'reservation_no_overlap'").fetchone()[0]
    assert "occupied_start" in definition
    wanted = {f"'{status.value}'" for status in OCCUPYING}
    assert set(re.findall(r"'[a-z_]+'", definition)) == wanted
    indexes = dict(database.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'reservation' "
        "AND indexdef LIKE %s", ("%status%",)).fetchall())
    assert {"reservation_live_slot", "reservation_occupied"} <= set(indexes)
    for name in ("reservation_live_slot", "reservation_occupied"):
        assert set(re.findall(r"'[a-z_]+'", indexes[name])) == wanted, name


@pytest.mark.backends("sqlite")
def test_sqlite_refuses_a_row_without_its_occupied_time(db) -> None:
    import sqlite3

    from peewee import IntegrityError

    database.execute_sql("INSERT INTO provider (name, email, timezone, color, active) "
                         "VALUES ('P', 'p@x.example', 'UTC', '#000000', 1)")
    database.execute_sql("INSERT INTO client (name, search_key, created_at) "
                         "VALUES ('C', 'c', '2026-01-01 00:00:00')")
    with pytest.raises((IntegrityError, sqlite3.IntegrityError), match="its own time"):
        database.execute_sql(
            "INSERT INTO reservation (provider_id, client_id, start_at, end_at, local_date, "
            "status, created_at) VALUES (1, 1, '2026-12-01 09:00:00', '2026-12-01 09:15:00', "
            "'2026-12-01', 'confirmed', '2026-11-24 09:00:00')")
