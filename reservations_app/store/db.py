"""Open a database from a URL (SQLite by default, PostgreSQL for several desks), migrate it,
and run work in transactions that retry when the database is briefly busy."""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from peewee import Database, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase

from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable
from reservations_app.store import backup, postgres
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
MIGRATION_LOCK = 72_350_001  # any fixed number: the advisory lock that serialises migrations

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    """What a database URL points at, with the password never kept in a printable form."""

    url: str = field(repr=False)
    backend: str  # "sqlite" or "postgresql"
    path: Path | None = None

    @property
    def display(self) -> str:
        return str(self.path) if self.path else redact(self.url)


    def __repr__(self) -> str:
        return f"Target({self.backend}: {self.display})"


SECRET_PARAMETERS = {"password", "sslpassword"}


def redact(url: str) -> str:
    """The URL with any password (in the address or as ?password=) replaced by ***, safe to
    print and log."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not even a URL: show nothing of it that could be a secret
        return "***" if "@" in url or "password" in url.lower() else url
    shown = url
    if password is not None:
        user, _, host = parts.netloc.rpartition("@")
        shown = shown.replace(parts.netloc, f"{user.split(':', 1)[0]}:***@{host}", 1)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key.lower() in SECRET_PARAMETERS for key, _ in query):
        cleaned = [(k, "***" if k.lower() in SECRET_PARAMETERS else v) for k, v in query]
        shown = shown.replace(parts.query, urlencode(cleaned, safe="*"), 1)
    return shown


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


def open_database(url: str, backup_dir: Path | None = None, *, migrate: bool = True) -> Target:
    """Connect the models to `url`, after refusing anything unsafe, and migrate the schema.

    With `migrate=False` the database must already exist at this version's schema: it is used
    as it is, or refused with the reason, and never created, migrated or backed up."""
    target = parse_target(url)
    close_database()
    if target.backend == "sqlite":
        assert target.path is not None
        if not migrate and not target.path.is_file():
            raise DatabaseUnusable(f"There is no database {target.path}.")
        db: Database = _open_sqlite(target.path)
    else:
        db = _open_postgres(target)
    database.initialize(db)
    try:
        if migrate:
            _migrate(db, target, backup_dir)
        else:
            _require_current(db, target)
    except Exception:
        close_database()
        raise
    return target


def _require_current(db: Database, target: Target) -> None:
    applied = _applied_migrations(db)
    if _pending(applied):
        raise DatabaseUnusable(
            f"The database {target.display} has schema {applied[-1] if applied else 'none'}, "
            f"older than this version's {known_migrations()[-1]}. Start Reservations normally "
            "to upgrade it; it was left untouched.")


def probe(url: str) -> str:
    """Check that `url` can be used, changing nothing: connect, read the schema version, close.
    Returns one line for the user; raises DatabaseUnusable with the reason otherwise."""
    target = parse_target(url)
    if target.backend == "postgresql":
        db = _connect_postgres(target)
        try:
            applied = _postgres_schema(db, target)
            version = db.execute_sql("SHOW server_version").fetchone()[0]
        finally:
            db.close()
        where = f"PostgreSQL {version.split()[0]} at {redact(target.url)}"
    else:
        assert target.path is not None
        applied = _probe_sqlite(target.path)
        where = f"SQLite file {target.path}"
    if not applied:
        return f"{where}: empty, the tables are made at the first start."
    return f"{where}: schema {sorted(applied)[-1]}."


def _probe_sqlite(path: Path) -> list[str]:
    _refuse_network(path)
    if path.exists():
        preflight_sqlite(path)
        if path.stat().st_size == 0:
            return []
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return _applied_names(connection)
        finally:
            connection.close()
    folder = next(p for p in path.parents if p.exists())
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnusable(f"Cannot create {path}: {folder} is not a folder this user "
                               "can write to.")
    return []


def _refuse_network(path: Path) -> None:
    existing = next((p for p in (path, *path.parents) if p.exists()), path)
    if network_filesystem(existing):
        raise DatabaseUnusable(
            f"{path} is on a network drive, where SQLite can corrupt data when several "
            "workstations share it. Use a PostgreSQL server for a clinic with several desks.")


def close_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def _open_sqlite(path: Path) -> SqliteDatabase:
    _refuse_network(path)
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


def _connect_postgres(target: Target) -> Database:
    try:
        return postgres.open_postgres(target.url)
    except Exception as exc:  # the driver's errors vary; all mean "cannot use this server"
        reason = postgres.scrub(_first_line(exc), target.url)
        raise DatabaseUnusable(f"Cannot connect to {redact(target.url)}: {reason}"
                               f"{postgres.tls_hint(str(exc))}") from exc


def _open_postgres(target: Target) -> Database:
    db = _connect_postgres(target)
    try:
        _postgres_schema(db, target)
    except DatabaseUnusable:
        db.close()
        raise
    return db


def _postgres_schema(db: Database, target: Target) -> list[str]:
    """The applied migrations; refuses another program's database or a newer schema."""
    tables = db.get_tables()
    if MIGRATION_TABLE not in tables:
        if tables:
            raise DatabaseUnusable(f"The database {redact(target.url)} holds another program's "
                                   "tables, not a Reservations database. It was left untouched.")
        return []
    applied = [row[0] for row in db.execute_sql(f"SELECT name FROM {MIGRATION_TABLE}")]
    _refuse_newer(applied, redact(target.url))
    return applied


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _migrate(db: Database, target: Target, backup_dir: Path | None) -> None:
    if not isinstance(db, PostgresqlDatabase):
        _run_migrations(db, target, backup_dir)
        return
    # Two desks starting at once against a new server must not both create the tables.
    db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        _run_migrations(db, target, backup_dir)
    except DatabaseUnusable:
        raise
    except Exception as exc:  # e.g. no right to create tables: say so, without a traceback
        raise DatabaseUnusable(f"The database {redact(target.url)} could not be set up: "
                               f"{postgres.scrub(_first_line(exc), target.url)}") from exc
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


def current_schema() -> str | None:
    applied = _applied_migrations(database.obj)
    return applied[-1] if applied else None


class RetryCounter:
    """How many transactions had to be retried, for the stress figures."""

    retries = 0


SQLITE_BUSY_MARKERS = ("database is locked", "database is busy", "database table is locked")


def is_transient(exc: BaseException) -> bool:
    """A busy SQLite file, a serialization failure or deadlock, or a dropped PostgreSQL
    connection: worth running the whole transaction again."""
    text = str(exc).lower()
    return any(marker in text for marker in SQLITE_BUSY_MARKERS) or postgres.retryable(exc)


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
                log.info("transaction retried after: %s", _first_line(exc))
                _recover_connection()
                # Jitter keeps desks that collided from colliding again in lockstep.
                time.sleep(0.05 * 2 ** attempt * random.uniform(0.5, 1.5))
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
    # SQLite: a read transaction is a snapshot already. PostgreSQL's default, READ COMMITTED,
    # takes a new snapshot per statement, so ask for one per transaction.
    options = ({"lock_type": "DEFERRED"} if isinstance(database.obj, SqliteDatabase)
               else {"isolation_level": "REPEATABLE READ"})
    with database.atomic(**options):
        yield


def fetch_values(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as the driver returns them, in the order of its selected columns.

    Hot lists use this with `store.records.*_of_values`: building a peewee model per row costs
    more than the indexed query itself when a day holds a thousand reservations.
    """
    return list(database.execute(query).fetchall())
