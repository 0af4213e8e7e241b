"""Online backups of the SQLite file, consistent while other desks keep booking."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from reservations_app.domain.errors import DatabaseUnusable

MIGRATION_TABLE = "schema_migration"


def backup_sqlite(source: Path, backup_dir: Path, reason: str = "backup",
                  stamp: dt.datetime | None = None) -> Path:
    stamp = stamp or dt.datetime.now(dt.UTC)
    target = backup_dir / f"reservations-{stamp:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    return copy_database(source, target)


def _private_dir(folder: Path) -> None:
    """Backups hold patients' names: a folder we create is for its owner only."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnusable(f"Cannot create the backup folder {folder}: "
                               f"{exc.strerror}.") from exc


def create_private(path: Path) -> None:
    """An empty owner-only (0600) file, made before a byte of patient data goes into it."""
    _private_dir(path.parent)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise DatabaseUnusable(f"Cannot write {path}: {exc.strerror}.") from exc


def copy_database(source: Path, target: Path) -> Path:
    """SQLite's backup API: a consistent copy even while writers commit, owner-only (0600)
    before a byte is written into it. It is written under a temporary name and gets its own
    name only after it passed quick_check, so a copy killed half-way (or of a damaged file)
    never looks like a backup."""
    if target.exists():
        raise DatabaseUnusable(f"{target} exists already; choose another name.")
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    _private_dir(target.parent)
    partial.unlink(missing_ok=True)
    create_private(partial)
    try:
        _write_copy(source, partial)
        problems = quick_check(partial)
        if problems:
            raise DatabaseUnusable(damage_message(source, problems[0]) + " No backup was made.")
        _publish(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _write_copy(source: Path, partial: Path) -> None:
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseUnusable(f"Cannot read the database {source}: {exc}") from exc
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        # A backup is one self-contained file: no -wal/-shm beside it when it is read.
        dst.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        raise DatabaseUnusable(f"The backup failed: {exc}") from exc
    finally:
        src.close()
        dst.close()


def _publish(partial: Path, target: Path) -> None:
    """Give the checked copy its name, never replacing a file made meanwhile."""
    try:
        os.link(partial, target)
    except FileExistsError as exc:
        raise DatabaseUnusable(f"{target} exists already; choose another name.") from exc
    except OSError:  # no hard links (a FAT-formatted USB stick): a plain rename
        if target.exists():
            raise DatabaseUnusable(f"{target} exists already; choose another name.") from None
        os.replace(partial, target)


def quick_check(path: Path) -> list[str]:
    """PRAGMA quick_check on a read-only connection: the pages and b-trees are sound (not
    whether every index matches its table: that is integrity_check, slower). Empty: healthy."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        found = [row[0] for row in connection.execute("PRAGMA quick_check")]
        return [] if found == ["ok"] else found
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()


def damage_message(path: Path, problem: str) -> str:
    """What the administrator reads when the file is damaged, and what to do about it."""
    detail = " ".join(problem.replace("*** in database main ***", "").split())[:200]
    return (f"The database file {path} is damaged ({detail}). Stop entering bookings on "
            "this workstation, restore the newest backup that passes its check (Admin, "
            "Restore from backup), and keep the damaged file for whoever looks after the "
            "clinic's computers.")


def check_sqlite_file(path: Path) -> list[str]:
    """Problems found by integrity_check and foreign_key_check; empty means healthy."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        problems = [] if integrity == ["ok"] else integrity
        problems += [f"broken reference in {row[0]} row {row[1]}"
                     for row in connection.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()


def applied_migrations(path: Path) -> list[str]:
    """The schema migrations a SQLite file records; empty for a file that is not ours."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if MIGRATION_TABLE not in tables:
            return []
        return sorted(row[0] for row in connection.execute(
            f"SELECT name FROM {MIGRATION_TABLE}"))
    except sqlite3.DatabaseError:
        return []
    finally:
        connection.close()
