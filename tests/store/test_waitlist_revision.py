"""Migration 0016: every write of a waitlist entry draws it a new revision, on both backends, so
the waitlist's matches can tell a row read before from a changed one without reading it."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import PostgresqlDatabase

from reservations_app.services import people, visit_types, waitlist
from reservations_app.store.connect import Target
from reservations_app.store.models import WaitlistEntryRow, database
from tests.store.migration_modules import load_migration

REVISION = load_migration("0016_waitlist_entry_revision")


def _revision(entry_id: int) -> int:
    return int(WaitlistEntryRow.get_by_id(entry_id).revision)


def _entry(admin, now: dt.datetime) -> int:  # type: ignore[no-untyped-def]
    client = people.add_client(admin, "Ann Archer", now)
    kind = visit_types.add_type(admin, "Physio", 30, now)
    today = now.date()
    return waitlist.add(admin, client.id, kind.id, now, first_day=today,
                        last_day=today + dt.timedelta(days=7)).id


def test_every_write_draws_a_new_revision(db: Target, admin, now) -> None:  # type: ignore[no-untyped-def]
    entry_id = _entry(admin, now)
    seen = {_revision(entry_id)}
    assert 0 not in seen  # drawn at insert, not the column's default
    for change in ({"note": "mornings"}, {"note": "mornings"}, {"urgent": True},
                   {"status": "removed", "revision": next(iter(seen))}):  # an old one written
        WaitlistEntryRow.update(**change).where(WaitlistEntryRow.id == entry_id).execute()
        revision = _revision(entry_id)
        assert revision not in seen
        seen.add(revision)


def test_the_sqlite_trigger_watches_every_column_of_the_entry(db: Target) -> None:
    if isinstance(database.obj, PostgresqlDatabase):
        pytest.skip("PostgreSQL's trigger fires on every update, whatever it sets")
    columns = {c.name for c in database.get_columns("waitlist_entry")} - {"id", "revision"}
    assert set(REVISION.CONTENT_COLUMNS.split(", ")) == columns


def test_rows_draw_apart(db: Target, admin, now) -> None:  # type: ignore[no-untyped-def]
    first = _entry(admin, now)
    database.execute_sql(
        "INSERT INTO waitlist_entry (client_id, visit_type_id, first_day, last_day, weekdays, "
        "urgent, note, status, created_at, revision) SELECT client_id, visit_type_id, "
        "first_day, last_day, weekdays, urgent, note, status, created_at, revision "
        f"FROM waitlist_entry WHERE id = {first}")  # a copy of the row, revision and all
    revisions = [row.revision for row in
                 WaitlistEntryRow.select().order_by(WaitlistEntryRow.id)]
    assert len(revisions) == 2 and revisions[0] != revisions[1]


def test_down_and_up_again(db: Target, admin, now) -> None:  # type: ignore[no-untyped-def]
    entry_id = _entry(admin, now)
    with database.atomic():
        REVISION.down(None, database.obj)
        columns = {c.name for c in database.get_columns("waitlist_entry")}
        assert "revision" not in columns
        assert not [name for name in _objects() if "revision" in name]
        REVISION.up(None, database.obj)
    assert _revision(entry_id) != 0
    assert {"waitlist_entry_match"} <= {i.name for i in database.get_indexes("waitlist_entry")}
    match = next(i for i in database.get_indexes("waitlist_entry")
                 if i.name == "waitlist_entry_match")
    assert match.columns[-1] == "revision"


def _objects() -> list[str]:
    if isinstance(database.obj, PostgresqlDatabase):
        return [name for (name,) in database.execute_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal UNION ALL "
            "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema()").fetchall()]
    return [name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()]
