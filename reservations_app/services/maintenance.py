"""Housekeeping: the stale-hold sweep, backups and restores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import DatabaseUnusable, InvalidInput
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, booking_queries, settings
from reservations_app.store import backup as store_backup
from reservations_app.store import restore as store_restore
from reservations_app.store.connect import (
    Target,
    close_database,
    open_database,
    preflight_sqlite,
    redact,
)
from reservations_app.store.transactions import transactional

DAILY_KEEP = 14
DAILY_TAG = "daily"


@audit.denials_audited
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
def _audit_file(actor: Actor, now: dt.datetime, action: str, details: dict[str, object]) -> None:
    audit.record(actor, now, action, "database", None, None, details)


@audit.denials_audited
def backup(actor: Actor, target: Target, destination: Path, now: dt.datetime) -> Path:
    """A consistent copy made while other desks go on booking (SQLite's online backup).
    Audited once the copy exists, so the trail never names a backup that failed."""
    require(actor, Permission.BACKUP)
    source = _sqlite_path(target)
    if destination.is_dir():
        destination = destination / f"reservations-{now:%Y%m%d-%H%M%S}.sqlite3"
    saved = store_backup.copy_database(source, destination)
    _audit_file(actor, now, "database.backup", {"file": str(saved)})
    return saved


def check_health(target: Target) -> str | None:
    """PRAGMA quick_check of the SQLite file, on its own read-only connection so it may run
    on any thread while the desk works. None when healthy (or on PostgreSQL, whose server
    checks its own pages); otherwise what is wrong and what to do, in words."""
    if target.backend != "sqlite" or target.path is None:
        return None
    problems = store_backup.quick_check(target.path)
    return store_backup.damage_message(target.path, problems[0]) if problems else None


def daily_backup(target: Target, backup_dir: Path, now: dt.datetime,
                 keep: int = DAILY_KEEP, actor: Actor | None = None) -> Path | None:
    """The first start of a day backs the file up; only the newest `keep` daily copies stay.
    Other backups in the folder (manual ones, those kept by a restore) are never removed."""
    if target.backend != "sqlite" or target.path is None:
        return None
    # "The day" is the clinic's: a clinic east or west of Greenwich starts its day at its own
    # midnight, not at UTC's. The file is named by the clinic's date and time too.
    local = now.astimezone(zone(settings.get_policy().clinic_timezone or "UTC"))
    today = f"reservations-{local:%Y%m%d}-"
    daily = sorted(backup_dir.glob(f"reservations-*-{DAILY_TAG}.sqlite3"))
    made = None
    if not any(path.name.startswith(today) for path in daily):
        made = store_backup.backup_sqlite(target.path, backup_dir, DAILY_TAG, local)
        daily.append(made)
    removed = sorted(daily)[:-keep] if keep > 0 else []
    for old in removed:
        old.unlink(missing_ok=True)
    if made is not None:
        _audit_file(actor or Actor.system("app"), now, "database.backup",
                    {"file": str(made), "daily": True, "removed": [p.name for p in removed]})
    return made


@audit.denials_audited
def restore(actor: Actor, target: Target, source: Path, now: dt.datetime,
            backup_dir: Path | None = None) -> Path:
    """Replace the database's rows with the backup's: data only, into a database built by this
    version's migrations, after the backup's schema matched theirs (store.restore). The
    replaced database is kept aside first, beside it unless `backup_dir` says otherwise; the
    path of that copy is returned. The database is open again when this returns."""
    require(actor, Permission.BACKUP)
    live = _sqlite_path(target)
    source = source.absolute()
    _check_restorable(source, live)
    kept = store_backup.backup_sqlite(live, backup_dir or live.parent / "backups",
                                      "replaced-by-restore", now)
    close_database()
    try:
        store_restore.restore_sqlite(source, live)
    finally:
        open_database(target.url)
    _audit_file(actor, now, "database.restore", {"file": str(source), "kept": str(kept)})
    return kept


def _check_restorable(source: Path, live: Path) -> None:
    if not source.is_file():
        raise InvalidInput(f"There is no backup file {source}.")
    if source.resolve() == live.resolve():
        raise InvalidInput("That is the database in use, not a backup. Choose a backup file.")
    preflight_sqlite(source)
    problems = store_backup.check_sqlite_file(source)
    if problems:
        raise DatabaseUnusable(f"{source} failed its checks ({problems[0]}); nothing was "
                               "replaced.")
    store_restore.check_backup(source)
