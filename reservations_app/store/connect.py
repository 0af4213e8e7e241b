"""Open a database from a URL (SQLite by default, PostgreSQL for several desks): refuse what
is unsafe or not ours, set the connection up, and hand the schema work to `store.schema`."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import threading
from pathlib import Path

from peewee import Database, OperationalError, SqliteDatabase

from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable
from reservations_app.store import postgres
from reservations_app.store.fsinfo import network_filesystem
from reservations_app.store.models import database
from reservations_app.store.schema import (
    applied_names,
    check_objects,
    postgres_schema,
    refuse_newer,
    require_current,
    run_pending,
)
from reservations_app.store.target import SECRET_PARAMETERS, Target, parse_target, redact
from reservations_app.store.transactions import first_line

log = logging.getLogger(__name__)

__all__ = ["SECRET_PARAMETERS", "Target", "close_database", "close_thread_connection",
           "limit_page_cache",
           "open_database", "parse_target", "probe", "redact", "worth_retrying"]

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "full",
}


_thread_cache = threading.local()


class _SqliteDatabase(SqliteDatabase):
    """Each new connection takes the page cache its thread asked for (`limit_page_cache`)."""

    def _initialize_connection(self, conn: sqlite3.Connection) -> None:
        kib = getattr(_thread_cache, "kib", None)
        if kib is not None:
            conn.execute(f"PRAGMA cache_size = -{int(kib)}")


def limit_page_cache(kib: int) -> None:
    """The connections this thread uses (its open one, and any it opens later) keep at most
    `kib` KiB of the file's pages, against SQLite's default of about 2 MB: a thread whose
    reads are each served from a few pages need not hold on to the rest. SQLite only."""
    _thread_cache.kib = kib
    obj = database.obj
    if isinstance(obj, SqliteDatabase) and not obj.is_closed():
        obj.execute_sql(f"PRAGMA cache_size = -{int(kib)}")


def open_database(url: str, backup_dir: Path | None = None, *, migrate: bool = True,
                  create_folder: bool = False, lock_wait_s: float | None = None) -> Target:
    """Connect the models to `url`, after refusing anything unsafe, and migrate the schema.

    With `migrate=False` the database must already exist at this version's schema: it is used
    as it is, or refused with the reason, and never created, migrated or backed up. A new
    SQLite file's folder must exist unless `create_folder` (the default location only).
    `lock_wait_s` bounds how long one statement waits for a lock another connection holds
    (default: SQLite's 10 s busy timeout; no bound on PostgreSQL)."""
    target = parse_target(url)
    close_database()
    if target.backend == "sqlite":
        assert target.path is not None
        try:
            db: Database = _open_sqlite(target.path, create=migrate, create_folder=create_folder,
                                        lock_wait_s=lock_wait_s)
        except OSError as exc:  # e.g. a file name longer than the file system allows
            raise DatabaseUnusable(f"Cannot use {str(target.path)[:200]}: "
                                   f"{exc.strerror or exc}.") from exc
    else:
        db = _open_postgres(target, lock_wait_s)
    database.initialize(db)
    try:
        if migrate:
            run_pending(db, target, backup_dir)
        else:
            require_current(db, target)
        check_objects(db, target)
    except Exception:
        close_database()
        raise
    return target


def probe(url: str) -> str:
    """Check that `url` can be used, changing nothing: connect, read the schema version, close.
    Returns one line for the user; raises DatabaseUnusable with the reason otherwise."""
    target = parse_target(url)
    if target.backend == "postgresql":
        db = _connect_postgres(target)
        try:
            applied = postgres_schema(db, target)
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
            return applied_names(connection)
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


def worth_retrying(error: BaseException) -> bool:
    """Opening failed because the database is locked by another program or its server is out
    of reach now, not because it cannot be used: trying again later may succeed."""
    if isinstance(error, DatabaseBusy):
        return True
    if isinstance(error, sqlite3.OperationalError | OperationalError) and locked(error):
        return True
    return postgres.out_of_reach(error)


def locked(error: BaseException) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def close_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def close_thread_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread), as a worker does
    when it ends; a broken one may refuse, and then there is nothing to keep."""
    try:
        if database.obj is not None:
            database.obj.close()
    except Exception:  # gone already, or mid-transaction after a failure
        log.debug("closing a thread's connection failed", exc_info=True)


def _open_sqlite(path: Path, *, create: bool, create_folder: bool,
                 lock_wait_s: float | None = None) -> SqliteDatabase:
    _refuse_network(path)
    if path.exists():
        preflight_sqlite(path)
    elif not create:
        raise DatabaseUnusable(f"There is no database {path}.")
    else:
        _create_private_file(path, create_folder)
    wait_ms = BUSY_TIMEOUT_MS if lock_wait_s is None else int(lock_wait_s * 1000)
    db = _SqliteDatabase(str(path), pragmas={**SQLITE_PRAGMAS, "busy_timeout": wait_ms},
                         lock_type="IMMEDIATE", timeout=wait_ms / 1000)
    db.connect()
    return db


def _create_private_file(path: Path, create_folder: bool) -> None:
    """A new database file readable by its owner only: it holds patients' names."""
    if not create_folder and not path.parent.is_dir():
        raise DatabaseUnusable(f"The folder {path.parent} does not exist. Create it first, or "
                               "choose a database in an existing folder.")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return  # another process starting at the same moment made it: use that one
    except OSError as exc:
        raise DatabaseUnusable(f"Cannot create the database {path}: {exc.strerror}.") from exc


def preflight_sqlite(path: Path) -> None:
    """Refuse a file that is not ours, or is newer than this app, without writing a byte."""
    if path.is_dir():
        raise DatabaseUnusable(f"{path} is a folder, not a database file.")
    if not stat.S_ISREG(path.stat().st_mode):  # /dev/null, a FIFO (opening it would hang)
        raise DatabaseUnusable(f"{path} is not a regular file, so it cannot be a database.")
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
            applied = applied_names(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and locked(exc):
            raise DatabaseBusy(f"The database {path} is locked by another program.") from exc
        if "readonly" in str(exc).lower():  # not damage: "restore a backup" would be harmful
            raise DatabaseUnusable(
                f"Cannot use {path}: this user may not write to it or to its folder, where "
                "SQLite keeps its journal beside the file. Check the permissions of both."
            ) from exc
        raise DatabaseUnusable(f"{path} is damaged or not a database ({exc}). "
                               "It was left untouched; restore a backup.") from exc
    refuse_newer(applied, str(path))


def _connect_postgres(target: Target, lock_wait_s: float | None = None) -> Database:
    try:
        return postgres.open_postgres(target.url, lock_wait_s)
    except Exception as exc:  # the driver's errors vary; all mean "cannot use this server"
        reason = postgres.scrub(first_line(exc), target.url)
        raise DatabaseUnusable(f"Cannot connect to {redact(target.url)}: {reason}"
                               f"{postgres.tls_hint(str(exc))}") from exc


def _open_postgres(target: Target, lock_wait_s: float | None) -> Database:
    db = _connect_postgres(target, lock_wait_s)
    try:
        postgres_schema(db, target)
    except DatabaseUnusable:
        db.close()
        raise
    return db


