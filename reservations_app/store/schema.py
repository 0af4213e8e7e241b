"""The schema: which migrations a database has, running the pending ones (one process at a
time), and refusing a database made by a newer version or by another program."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database, PostgresqlDatabase

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store import backup, catalog, filelock, postgres
from reservations_app.store.models import database
from reservations_app.store.transactions import first_line

if TYPE_CHECKING:
    from reservations_app.store.connect import Target

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_TABLE = "schema_migration"
MIGRATION_LOCK = 72_350_001  # any fixed number: the advisory lock that serialises migrations


def applied_names(connection: sqlite3.Connection) -> list[str]:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if MIGRATION_TABLE not in tables:
        if tables:
            raise DatabaseUnusable("The file holds another program's database, not a "
                                   "Reservations database. It was left untouched.")
        return []
    return [row[0] for row in connection.execute(f"SELECT name FROM {MIGRATION_TABLE}")]


def known_migrations() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def refuse_newer(applied: list[str], where: str) -> None:
    unknown = sorted(set(applied) - set(known_migrations()))
    if unknown:
        raise DatabaseUnusable(
            f"The database {where} was made by a newer version of Reservations "
            f"(schema {unknown[-1]}). Install the newer version; the database was left untouched.")


def postgres_schema(db: Database, target: Target) -> list[str]:
    """The applied migrations; refuses another program's database or a newer schema."""
    tables = db.get_tables()
    if MIGRATION_TABLE not in tables:
        if tables:
            raise DatabaseUnusable(f"The database {target.display} holds another program's "
                                   "tables, not a Reservations database. It was left untouched.")
        return []
    applied = [row[0] for row in db.execute_sql(f"SELECT name FROM {MIGRATION_TABLE}")]
    refuse_newer(applied, target.display)
    return applied


def run_pending(db: Database, target: Target, backup_dir: Path | None) -> None:
    if not isinstance(db, PostgresqlDatabase):
        if not _pending(_applied_migrations(db)):
            return
        assert target.path is not None
        # Eight commands started at once on a new or old file: one migrates (and backs up),
        # the others wait here and then find nothing left to do.
        with filelock.exclusive(target.path.with_name(f"{target.path.name}.migrating")):
            _run_migrations(db, target, backup_dir)
        return
    # Two desks starting at once against a new server must not both create the tables.
    db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        _run_migrations(db, target, backup_dir)
    except DatabaseUnusable:
        raise
    except Exception as exc:  # e.g. no right to create tables: say so, without a traceback
        raise DatabaseUnusable(f"The database {target.display} could not be set up: "
                               f"{postgres.scrub(first_line(exc), target.url)}") from exc
    finally:
        if not db.is_closed():
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


def _applied_migrations(db: Database) -> list[str]:
    """The applied migrations' names, in order."""
    if MIGRATION_TABLE not in db.get_tables():
        return []
    return sorted(row[0] for row in db.execute_sql(f"SELECT name FROM {MIGRATION_TABLE}"))


def _pending(applied: list[str]) -> list[str]:
    return [name for name in known_migrations() if name not in applied]


def _run_migrations(db: Database, target: Target, backup_dir: Path | None) -> None:
    pending = _pending(_applied_migrations(db))
    if not pending:
        return
    # Only now: playhouse's migrator imports every backend's driver, psycopg included, which a
    # start on an up-to-date SQLite file must not pay for (see reservations_app._drivers).
    from playhouse.migrations import Runner

    runner = Runner(db, str(MIGRATIONS_DIR), table_name=MIGRATION_TABLE)
    if target.backend == "sqlite" and backup_dir and runner.applied():
        assert target.path is not None
        saved = backup.backup_sqlite(target.path, backup_dir, reason=f"before-{pending[0]}")
        log.info("backed up %s to %s before migrating", target.path, saved)
    log.info("applying migrations %s", ", ".join(pending))
    runner.up()


def require_current(db: Database, target: Target) -> None:
    applied = _applied_migrations(db)
    if _pending(applied):
        raise DatabaseUnusable(
            f"The database {target.display} has schema {applied[-1] if applied else 'none'}, "
            f"older than this version's {known_migrations()[-1]}. Start Reservations normally "
            "to upgrade it; it was left untouched.")


def check_objects(db: Database, target: Target) -> None:
    """Refuse a database whose schema objects differ from what the migrations build."""
    applied = _applied_migrations(db)
    if not applied:
        return
    if isinstance(db, PostgresqlDatabase):
        catalog.check_postgres(db, MIGRATIONS_DIR, target.display)
    else:
        catalog.check_sqlite(db.connection(), MIGRATIONS_DIR, MIGRATION_TABLE, applied[-1],
                             target.display)


def current_schema() -> str | None:
    applied = _applied_migrations(database.obj)
    return applied[-1] if applied else None


