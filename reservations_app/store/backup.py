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
    """SQLite's backup API: a consistent copy even while writers commit. The copy is created
    owner-only (0600) before a byte is written into it."""
    if target.exists():
        raise DatabaseUnusable(f"{target} exists already; choose another name.")
    create_private(target)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise DatabaseUnusable(f"Cannot read the database {source}: {exc}") from exc
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        dst.close()
        target.unlink(missing_ok=True)
        raise DatabaseUnusable(f"The backup failed: {exc}") from exc
    finally:
        src.close()
    dst.close()
    return target


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
