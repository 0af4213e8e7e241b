"""Issue 12, item 4: a database or backup whose schema differs from what the migrations build
is refused, and restore takes data only.

Before the fix a backup with its guard triggers dropped, the unique slot index removed and
triggers of its own added (new holds become confirmed, cancel audit rows are deleted) was
restored with exit 0 and its triggers then ran; and such a file opened as the database without
a word. Both tests below fail on that code.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.services import maintenance, people
from reservations_app.store.connect import Target, close_database, open_database
from reservations_app.store.models import ClientRow, database
from tests.conftest import NOW

TAMPERING = {
    "guards dropped": ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"],
    "slot index dropped": ["DROP INDEX reservation_live_slot"],
    "trigger added": [
        "CREATE TRIGGER sneaky AFTER INSERT ON reservation BEGIN "
        "UPDATE reservation SET status = 'confirmed' WHERE id = NEW.id; END"],
    "view added": ["CREATE VIEW everyone AS SELECT * FROM client"],
    "column added": ["ALTER TABLE client ADD COLUMN secret TEXT"],
}


def _tampered_copy(good: Path, to: Path, statements: list[str]) -> Path:
    shutil.copy(good, to)
    with sqlite3.connect(to) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return to


@pytest.fixture
def good_file(tmp_path: Path, admin: Actor) -> Path:
    path = tmp_path / "good.sqlite3"
    open_database(str(path))
    people.add_client(admin, "Ann Backup", NOW)
    close_database()
    return path


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_a_tampered_database_is_refused_at_open(good_file: Path, tmp_path: Path,
                                                kind: str) -> None:
    bad = _tampered_copy(good_file, tmp_path / "bad.sqlite3", TAMPERING[kind])
    with pytest.raises(DatabaseUnusable, match="differs from what Reservations builds"):
        open_database(str(bad))
    with pytest.raises(DatabaseUnusable, match="differs from what Reservations builds"):
        open_database(str(bad), migrate=False)
    open_database(str(good_file))  # the untouched one still opens
    close_database()


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_a_tampered_backup_is_refused_and_nothing_changes(good_file: Path, tmp_path: Path,
                                                          admin: Actor, kind: str) -> None:
    bad = _tampered_copy(good_file, tmp_path / "bad.sqlite3", TAMPERING[kind])
    live = tmp_path / "live.sqlite3"
    target: Target = open_database(str(live))
    people.add_client(admin, "Bob Live", NOW)
    try:
        with pytest.raises(DatabaseUnusable, match="differs from what Reservations builds"):
            maintenance.restore(admin, target, bad, NOW, tmp_path / "kept")
        assert [c.name for c in ClientRow.select()] == ["Bob Live"]
        assert not (tmp_path / "kept").exists()
    finally:
        close_database()


def test_restore_copies_rows_into_a_freshly_built_schema(good_file: Path, tmp_path: Path,
                                                         admin: Actor) -> None:
    live = tmp_path / "live.sqlite3"
    target = open_database(str(live))
    try:
        maintenance.restore(admin, target, good_file, NOW)
        assert [c.name for c in ClientRow.select()] == ["Ann Backup"]
        triggers = {row[0] for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "audit_log_no_update" in triggers
        assert (tmp_path / "backups").is_dir()  # kept beside the database it replaced
    finally:
        close_database()


@pytest.mark.backends("postgresql")
def test_a_postgresql_database_with_a_foreign_trigger_is_refused(db_url: str) -> None:
    open_database(db_url)
    database.execute_sql(
        "CREATE FUNCTION sneaky() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.status := 'confirmed'; RETURN NEW; END $$")
    database.execute_sql("CREATE TRIGGER sneaky BEFORE INSERT ON reservation "
                         "FOR EACH ROW EXECUTE FUNCTION sneaky()")
    close_database()
    with pytest.raises(DatabaseUnusable, match="did not create"):
        open_database(db_url)
