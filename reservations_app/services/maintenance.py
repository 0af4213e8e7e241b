"""Housekeeping: the stale-hold sweep, backups and restores."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import DatabaseUnusable, InvalidInput
from reservations_app.services import audit, booking_queries
from reservations_app.store import backup as store_backup
from reservations_app.store.db import (
    Target,
    open_database,
    preflight_sqlite,
    redact,
    transactional,
)

DAILY_KEEP = 14
DAILY_TAG = "daily"


@transactional
def expire_stale(actor: Actor, now: dt.datetime) -> int:
    """Expire every hold past its time. Idempotent: a second run finds nothing."""
    require(actor, Permission.MAINTAIN)
    return booking_queries.expire_stale(actor, now)


def _sqlite_path(target: Target) -> Path:
    if target.backend != "sqlite" or target.path is None:
        raise InvalidInput(
            "This clinic uses a PostgreSQL server: back it up on the server with "
            f"pg_dump --format=custom --file=reservations.dump '{redact(target.url)}' "
            "and restore with pg_restore (see the README).")
    return target.path


@transactional
def _audit_backup(actor: Actor, now: dt.datetime, action: str, path: Path) -> None:
    audit.record(actor, now, action, "database", None, None, {"file": str(path)})


def backup(actor: Actor, target: Target, destination: Path, now: dt.datetime) -> Path:
    """A consistent copy made while other desks go on booking (SQLite's online backup)."""
    require(actor, Permission.BACKUP)
    source = _sqlite_path(target)
    if destination.is_dir():
        destination = destination / f"reservations-{now:%Y%m%d-%H%M%S}.sqlite3"
    _audit_backup(actor, now, "database.backup", destination)
    return store_backup.copy_database(source, destination)


def daily_backup(target: Target, backup_dir: Path, now: dt.datetime,
                 keep: int = DAILY_KEEP) -> Path | None:
    """The first start of a day backs the file up; only the newest `keep` daily copies stay."""
    if target.backend != "sqlite" or target.path is None:
        return None
    today = f"reservations-{now:%Y%m%d}-"
    daily = sorted(backup_dir.glob(f"reservations-*-{DAILY_TAG}.sqlite3"))
    made = None
    if not any(path.name.startswith(today) for path in daily):
        made = store_backup.backup_sqlite(target.path, backup_dir, DAILY_TAG, now)
        daily.append(made)
    for old in sorted(daily)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def restore(actor: Actor, target: Target, source: Path, now: dt.datetime,
            backup_dir: Path | None = None) -> Path:
    """Replace the database with `source` once it passes integrity and foreign-key checks.
    The replaced database is kept aside first; the path of that copy is returned."""
    require(actor, Permission.BACKUP)
    live = _sqlite_path(target)
    if not source.is_file():
        raise InvalidInput(f"There is no backup file {source}.")
    problems = store_backup.check_sqlite_file(source)
    if problems:
        raise DatabaseUnusable(f"{source} failed its checks ({problems[0]}); nothing was "
                               "replaced.")
    preflight_sqlite(source)
    kept = store_backup.backup_sqlite(live, backup_dir or live.parent / "backups",
                                      "replaced-by-restore", now)
    _copy_into(source, live)
    open_database(target.url)
    _audit_backup(actor, now, "database.restore", source)
    return kept


def _copy_into(source: Path, live: Path) -> None:
    from reservations_app.store.db import close_database

    close_database()
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(live)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
