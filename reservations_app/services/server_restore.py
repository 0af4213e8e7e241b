"""Restoring a PostgreSQL clinic from a pg_dump backup: only into an empty database that this
app has just built (so nothing is replaced or lost), rows only, then the schema check."""

from __future__ import annotations

from pathlib import Path

from reservations_app.domain.errors import DatabaseUnusable, InvalidInput
from reservations_app.store import pgdump
from reservations_app.store.connect import Target, close_database, open_database, redact
from reservations_app.store.models import database
from reservations_app.store.schema import MIGRATION_TABLE, known_migrations


def restore_dump(target: Target, dump: Path) -> None:
    tables = [t for t in database.get_tables() if t != MIGRATION_TABLE]
    busy = [t for t in tables if database.execute_sql(
        f'SELECT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0]]  # noqa: S608
    if busy:
        raise InvalidInput(
            f"The database {redact(target.url)} already holds data (table {busy[0]}). A "
            "PostgreSQL backup is restored into a new, empty database: create one (createdb), "
            "restore into it, then point the desks at it. Nothing was changed.")
    recorded = pgdump.migrations_of(dump, target.url)
    if recorded != known_migrations():
        made = recorded[-1] if recorded else "none"
        raise DatabaseUnusable(
            f"The backup has schema {made}, this version builds {known_migrations()[-1]}: "
            "restore it with the version of Reservations that made it. Nothing was changed.")
    close_database()
    try:
        pgdump.restore(target.url, dump, tables)
    finally:
        open_database(target.url)  # with the schema check at open
