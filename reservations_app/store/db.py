"""Open a database from a URL (SQLite by default, PostgreSQL for several desks), migrate it,
and run work in transactions that retry when the database is briefly busy."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

from peewee import Database, InterfaceError, OperationalError, SqliteDatabase
from playhouse.db_url import connect as connect_url
from playhouse.migrations import Runner

from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable
from reservations_app.store import backup
from reservations_app.store.fsinfo import network_filesystem
from reservations_app.store.models import database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATION_TABLE = "schema_migration"
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "full",
}
ATTEMPTS = 6

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    """What a database URL points at, with the password never kept in a printable form."""

    url: str
    backend: str  # "sqlite" or "postgresql"
    path: Path | None = None

    @property
    def display(self) -> str:
        return str(self.path) if self.path else redact(self.url)


def redact(url: str) -> str:
    """The URL with any password replaced by ***, safe to print and log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def parse_target(url: str) -> Target:
    text = url.strip()
    if not text:
        raise DatabaseUnusable("No database given.")
    scheme = urlsplit(text).scheme.lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres", "psycopg3", "postgresql+pool"):
        return Target(text, "postgresql")
    if scheme == "sqlite":
        raw = unquote(text.split("://", 1)[1])
        path = raw[1:] if raw.startswith("/") else raw
        if not path:
            raise DatabaseUnusable(f"'{text}' names no file: use sqlite:///path/to/file.")
        return Target(text, "sqlite", Path(path).resolve())
    if scheme:
        raise DatabaseUnusable(f"Unsupported database URL '{redact(text)}': use sqlite:///path "
                               "or postgresql://user@host/dbname.")
    return Target(f"sqlite:///{Path(text).resolve()}", "sqlite", Path(text).resolve())


def open_database(url: str, backup_dir: Path | None = None) -> Target:
    """Connect the models to `url`, after refusing anything unsafe, and migrate the schema."""
    target = parse_target(url)
    close_database()
    if target.backend == "sqlite":
        assert target.path is not None
        db: Database = _open_sqlite(target.path)
    else:
        db = _open_postgres(target)
    database.initialize(db)
    try:
        _migrate(db, target, backup_dir)
    except Exception:
        close_database()
        raise
    return target


def close_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def _open_sqlite(path: Path) -> SqliteDatabase:
    if network_filesystem(path.parent if not path.exists() else path):
        raise DatabaseUnusable(
            f"{path} is on a network drive, where SQLite can corrupt data when several "
            "workstations share it. Use a PostgreSQL server for a clinic with several desks.")
    if path.exists():
        preflight_sqlite(path)
    else:
        _create_private_file(path)
    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=10)
    db.connect()
    return db


def _create_private_file(path: Path) -> None:
    """A new database file readable by its owner only: it holds patients' names."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise DatabaseUnusable(f"Cannot create the database {path}: {exc.strerror}.") from exc


def preflight_sqlite(path: Path) -> None:
    """Refuse a file that is not ours, or is newer than this app, without writing a byte."""
    if path.is_dir():
        raise DatabaseUnusable(f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnusable(f"Cannot read {path}: {exc.strerror}.") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseUnusable(f"{path} is not a Reservations database. It was left untouched.")
    if not header:
        return
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            applied = _applied_names(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnusable(f"{path} is damaged or not a database ({exc}). "
                               "It was left untouched; restore a backup.") from exc
    _refuse_newer(applied, str(path))


def _applied_names(connection: sqlite3.Connection) -> list[str]:
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


def _refuse_newer(applied: list[str], where: str) -> None:
    unknown = sorted(set(applied) - set(known_migrations()))
    if unknown:
        raise DatabaseUnusable(
            f"The database {where} was made by a newer version of Reservations "
            f"(schema {unknown[-1]}). Install the newer version; the database was left untouched.")


def _open_postgres(target: Target) -> Database:
    try:
        db = connect_url(target.url)
        db.connect()
    except Exception as exc:  # the driver's errors vary; all mean "cannot use this server"
        raise DatabaseUnusable(f"Cannot connect to {redact(target.url)}: "
                               f"{_first_line(exc)}") from exc
    try:
        if MIGRATION_TABLE in db.get_tables():
            cursor = db.execute_sql(f"SELECT name FROM {MIGRATION_TABLE}")
            _refuse_newer([row[0] for row in cursor.fetchall()], redact(target.url))
    except DatabaseUnusable:
        db.close()
        raise
    return db


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _migrate(db: Database, target: Target, backup_dir: Path | None) -> None:
    runner = Runner(db, str(MIGRATIONS_DIR), table_name=MIGRATION_TABLE)
    pending = [m.name for m in runner.status() if m.applied is None]
    if not pending:
        return
    if target.backend == "sqlite" and backup_dir and runner.applied():
        assert target.path is not None
        saved = backup.backup_sqlite(target.path, backup_dir, reason=f"before-{pending[0]}")
        log.info("backed up %s to %s before migrating", target.path, saved)
    log.info("applying migrations %s", ", ".join(pending))
    runner.up()


def current_schema() -> str | None:
    runner = Runner(database.obj, str(MIGRATIONS_DIR), table_name=MIGRATION_TABLE)
    applied = sorted(runner.applied())
    return applied[-1] if applied else None


class RetryCounter:
    """How many transactions had to be retried, for the stress figures."""

    retries = 0


def is_transient(exc: BaseException) -> bool:
    """A busy SQLite file, a serialization failure or a dropped PostgreSQL connection."""
    text = str(exc).lower()
    if any(marker in text for marker in ("database is locked", "database is busy",
                                         "database table is locked")):
        return True
    cause = exc.__cause__ or exc.__context__
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate in ("40001", "40P01"):
        return True
    return any(marker in text for marker in ("server closed the connection", "connection is closed",
                                             "connection already closed", "terminating connection",
                                             "consuming input failed", "connection is lost"))


def transactional(work: Callable[P, T]) -> Callable[P, T]:
    """Run `work` in one write transaction (BEGIN IMMEDIATE on SQLite), retried while busy."""

    @wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        if database.in_transaction():
            return work(*args, **kwargs)
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with database.atomic():
                    return work(*args, **kwargs)
            except (OperationalError, InterfaceError) as exc:
                if not is_transient(exc):
                    raise DatabaseUnusable(f"The database failed: {_first_line(exc)}") from exc
                if attempt == ATTEMPTS:
                    raise DatabaseBusy("The database is busy. Wait a moment and try again.") \
                        from exc
                RetryCounter.retries += 1
                _recover_connection()
                time.sleep(0.05 * 2 ** attempt)
        raise AssertionError("unreachable")

    return run


def _recover_connection() -> None:
    """After a dropped connection, start the next attempt on a fresh one."""
    db = database.obj
    if db is None or isinstance(db, SqliteDatabase):
        return
    try:
        db.close()
    except Exception:  # the old connection is gone already; a new one is opened on demand
        log.debug("closing a dropped connection failed", exc_info=True)


def for_update(query: T) -> T:
    """SELECT ... FOR UPDATE where the backend has row locks; SQLite's BEGIN IMMEDIATE already
    serialises writers."""
    if getattr(database.obj, "for_update", False):
        return query.for_update()  # type: ignore[attr-defined]
    return query


@contextmanager
def read_snapshot() -> Iterator[None]:
    """Several reads that see one consistent state, without taking the write lock."""
    if database.in_transaction():
        yield
        return
    lock = {"lock_type": "DEFERRED"} if isinstance(database.obj, SqliteDatabase) else {}
    with database.atomic(**lock):
        yield


def fetch_values(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as the driver returns them, in the order of its selected columns.

    Hot lists use this with `store.records.*_of_values`: building a peewee model per row costs
    more than the indexed query itself when a day holds a thousand reservations.
    """
    return list(database.execute(query).fetchall())
