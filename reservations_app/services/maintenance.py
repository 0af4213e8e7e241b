"""Housekeeping: the periodic sweep (stale holds, lapsed waitlist entries), backups and
restores."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import DatabaseUnusable, InvalidInput
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, booking_queries, settings, waitlist
from reservations_app.store import backup as store_backup
from reservations_app.store import sealed as store_sealed
from reservations_app.store.connect import (
    Target,
    close_database,
    open_database,
    preflight_sqlite,
)
from reservations_app.store.transactions import transactional

DAILY_KEEP = 14
DAILY_TAG = "daily"
SEALED_SUFFIX = ".sealed"


@audit.denials_audited
@transactional
def expire_stale(actor: Actor, now: dt.datetime) -> int:
    """Expire every hold past its time. Idempotent: a second run finds nothing."""
    require(actor, Permission.MAINTAIN)
    return booking_queries.expire_stale(actor, now)


@dataclass(frozen=True)
class Swept:
    expired: int  # holds past their time
    lapsed: int  # waitlist entries past their range


@audit.denials_audited
@transactional
def sweep(actor: Actor, now: dt.datetime) -> Swept:
    """What the app runs at start-up and every `sweep_seconds`: expire the stale holds and end
    the waitlist entries whose range has passed, each change audited. Idempotent."""
    require(actor, Permission.MAINTAIN)
    return Swept(booking_queries.expire_stale(actor, now), waitlist.lapse_past(actor, now))


def _sqlite_path(target: Target) -> Path:
    assert target.backend == "sqlite" and target.path is not None
    return target.path


def _suffix(target: Target) -> str:
    return ".sqlite3" if target.backend == "sqlite" else ".dump"


def _copier(target: Target) -> Callable[[Path], Path]:
    """Makes a checked copy of the database at a new path: SQLite's online backup, or the
    server's own pg_dump (custom format)."""
    if target.backend == "sqlite":
        return partial(store_backup.copy_database, _sqlite_path(target))
    from reservations_app.store import pgdump  # subprocess and co.: not needed on SQLite

    return partial(pgdump.dump, target.url)


@transactional
def _audit_file(actor: Actor, now: dt.datetime, action: str, details: dict[str, object]) -> None:
    audit.record(actor, now, action, "database", None, None, details)


@audit.denials_audited
def backup(actor: Actor, target: Target, destination: Path, now: dt.datetime,
           passphrase: str | None = None) -> Path:
    """A consistent copy made while other desks go on booking (SQLite's online backup),
    encrypted with `passphrase` when given (for removable media). Audited once the copy
    exists and passed its check, so the trail never names a backup that failed."""
    require(actor, Permission.BACKUP)
    if passphrase is not None:
        store_sealed.check_passphrase(passphrase)
    if _is_folder(destination):
        suffix = _suffix(target) + (SEALED_SUFFIX if passphrase is not None else "")
        destination = destination / f"reservations-{now:%Y%m%d-%H%M%S}{suffix}"
    copy = _copier(target)
    saved = copy(destination) if passphrase is None else \
        _sealed_copy(copy, destination, passphrase)
    _audit_file(actor, now, "database.backup",
                {"file": str(saved), "encrypted": passphrase is not None})
    return saved


def _is_folder(destination: Path) -> bool:
    try:
        return destination.is_dir()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise InvalidInput(f"Cannot write {destination}: {exc.strerror}.") from exc


def _sealed_copy(copy: Callable[[Path], Path], destination: Path, passphrase: str) -> Path:
    if destination.exists():
        raise InvalidInput(f"{destination} exists already; choose another name.")
    # The clear copy lives only in a private temporary folder on this computer.
    with tempfile.TemporaryDirectory(prefix="reservations-") as folder:
        plain = copy(Path(folder) / "plain")
        try:
            store_sealed.seal(plain, destination, passphrase)
        except OSError as exc:
            destination.unlink(missing_ok=True)
            raise DatabaseUnusable(f"Cannot write the backup {destination}: "
                                   f"{exc.strerror or exc}.") from exc
    return destination


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
    # "The day" is the clinic's: a clinic east or west of Greenwich starts its day at its own
    # midnight, not at UTC's. The file is named by the clinic's date and time too.
    local = now.astimezone(zone(settings.get_policy().clinic_timezone or "UTC"))
    today = f"reservations-{local:%Y%m%d}-"
    daily = sorted(backup_dir.glob(f"reservations-*-{DAILY_TAG}{_suffix(target)}"))
    made = None
    if not any(path.name.startswith(today) for path in daily):
        name = f"reservations-{local:%Y%m%d-%H%M%S}-{DAILY_TAG}{_suffix(target)}"
        made = _copier(target)(backup_dir / name)
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
            backup_dir: Path | None = None, passphrase: str | None = None) -> Path | None:
    """Replace the database's rows with the backup's: data only, into a database built by this
    version's migrations, after the backup's schema matched theirs (store.restore). An
    encrypted backup is decrypted with `passphrase` first; a wrong one or an altered file
    changes nothing. The replaced database is kept aside first, beside it unless `backup_dir`
    says otherwise; the path of that copy is returned (None on PostgreSQL, where only an
    empty database is restored into). The database is open again when this returns."""
    require(actor, Permission.BACKUP)
    source = _backup_file(source.absolute())
    if not store_sealed.is_sealed(source):
        return _restore_plain(actor, target, source, now, backup_dir, source)
    if not passphrase:
        raise InvalidInput("This backup is encrypted: give its passphrase.")
    with tempfile.TemporaryDirectory(prefix="reservations-") as folder:
        plain = Path(folder) / "backup"
        store_sealed.unseal(source, plain, passphrase)
        return _restore_plain(actor, target, plain, now, backup_dir, source)


def _backup_file(source: Path) -> Path:
    """`source` when it is a regular file; otherwise InvalidInput saying what it is."""
    try:
        if source.is_file():
            return source
        found = source.exists()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise InvalidInput(f"Cannot read {source}: {exc.strerror}.") from exc
    raise InvalidInput(f"{source} is a folder, a device or a pipe, not a backup file."
                       if found else f"There is no backup file {source}.")


def _restore_plain(actor: Actor, target: Target, plain: Path, now: dt.datetime,
                   backup_dir: Path | None, shown: Path) -> Path | None:
    # Restores are rare: their modules (pg_restore's subprocess among them) load when asked
    # for, not with the sweep the main window imports this module for (issue 10: memory).
    from reservations_app.services import server_restore
    from reservations_app.store import restore as store_restore

    if target.backend != "sqlite":
        server_restore.restore_dump(target, plain)
        _audit_file(actor, now, "database.restore", {"file": str(shown)})
        return None
    live = _sqlite_path(target)
    _check_restorable(plain, live)
    kept = store_backup.backup_sqlite(live, backup_dir or live.parent / "backups",
                                      "replaced-by-restore", now)
    close_database()
    try:
        store_restore.restore_sqlite(plain, live)
    finally:
        open_database(target.url)
    _audit_file(actor, now, "database.restore", {"file": str(shown), "kept": str(kept)})
    return kept


def _check_restorable(source: Path, live: Path) -> None:
    from reservations_app.store import restore as store_restore

    if not source.is_file():
        raise InvalidInput(f"{source} is a folder, a device or a pipe, not a backup file."
                           if source.exists() else f"There is no backup file {source}.")
    if source.resolve() == live.resolve():
        raise InvalidInput("That is the database in use, not a backup. Choose a backup file.")
    preflight_sqlite(source)
    problems = store_backup.check_sqlite_file(source)
    if problems:
        raise DatabaseUnusable(f"{source} failed its checks ({problems[0]}); nothing was "
                               "replaced.")
    store_restore.check_backup(source)
