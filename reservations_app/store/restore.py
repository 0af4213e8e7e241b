"""Restore takes data only: a backup's rows go into a database freshly built by this app's own
migrations, table by table, with every constraint and guard trigger enforced as they go in.

A backup is a file anybody could have edited. Copying it whole would bring along whatever
triggers, views or altered indexes it carries; here its schema is first compared with what the
migrations build, then only rows cross over.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store import backup, catalog
from reservations_app.store.schema import MIGRATION_TABLE, MIGRATIONS_DIR, refuse_newer

log = logging.getLogger(__name__)


def check_backup(source: Path) -> str:
    """Refuse a backup that is not ours, is newer, or whose schema differs from what the
    migrations build; returns its schema version. Reads only."""
    applied = backup.applied_migrations(source)
    if not applied:
        raise DatabaseUnusable(f"{source} is not a Reservations backup (it has no schema); "
                               "nothing was replaced.")
    refuse_newer(applied, str(source))
    connection = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        catalog.check_sqlite(connection, MIGRATIONS_DIR, MIGRATION_TABLE, applied[-1],
                             str(source))
    finally:
        connection.close()
    return applied[-1]


def restore_sqlite(source: Path, live: Path) -> None:
    """Replace the rows of `live` (closed by the caller) with those of the backup `source`."""
    applied = [check_backup(source)]
    fresh = live.with_name(f"{live.name}.restoring")
    fresh.unlink(missing_ok=True)
    try:
        _build(fresh, applied[-1])
        _copy_rows(source, fresh, applied[-1])
        problems = backup.check_sqlite_file(fresh)
        if problems:
            raise DatabaseUnusable(f"The restored data failed its checks ({problems[0]}); "
                                   "nothing was replaced.")
        _replace(fresh, live)
    finally:
        fresh.unlink(missing_ok=True)


def _build(fresh: Path, upto: str) -> None:
    from peewee import SqliteDatabase

    backup.create_private(fresh)
    db = SqliteDatabase(str(fresh), pragmas={"foreign_keys": 1})
    try:
        catalog.build_sqlite(MIGRATIONS_DIR, MIGRATION_TABLE, upto, into=db)
    finally:
        db.close()


def _copy_rows(source: Path, fresh: Path, upto: str) -> None:
    connection = sqlite3.connect(fresh.as_uri(), uri=True, isolation_level=None)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("ATTACH DATABASE ? AS backup", (f"{source.as_uri()}?mode=ro",))
        catalog.check_sqlite(connection, MIGRATIONS_DIR, MIGRATION_TABLE, upto, str(source),
                             schema="backup")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("PRAGMA defer_foreign_keys = ON")
        for table in _tables(connection):
            columns = ", ".join(f'"{name}"' for name in _columns(connection, table))
            connection.execute(f'INSERT INTO main."{table}" ({columns}) '  # noqa: S608
                               f'SELECT {columns} FROM backup."{table}"')
        connection.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise DatabaseUnusable(f"The backup {source} holds rows this version refuses ({exc}); "
                               "nothing was replaced.") from exc
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> list[str]:
    """The app's tables in the order the migrations made them (parents before children)."""
    return [row[0] for row in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
        "'sqlite\\_%' ESCAPE '\\' AND name != ? ORDER BY rowid", (MIGRATION_TABLE,))]


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA main.table_info("{table}")')]


def _replace(fresh: Path, live: Path) -> None:
    """SQLite's backup API writes the new pages into the live file as one transaction, so a
    process still holding the file open sees either the old or the new database."""
    src = sqlite3.connect(f"{fresh.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(live)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise DatabaseUnusable(f"The restore failed ({exc}); the database was not "
                               "changed.") from exc
    finally:
        src.close()
        dst.close()
