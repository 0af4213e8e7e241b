"""The database, its journal files and every backup are readable by their owner only (POSIX)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reservations_app.domain.access import Actor
from reservations_app.services import maintenance, people
from reservations_app.store.connect import Target, close_database, open_database

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="POSIX permissions"),
              pytest.mark.backends("sqlite")]  # files on this machine; a server keeps its own


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would leave new files world-readable, so only our own care protects them."""
    old = os.umask(0o000)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_files_are_0600(tmp_path: Path, loose_umask: None,
                                                   admin: Actor, now: dt.datetime) -> None:
    # As at the default location, the one place whose folder is made unasked (issue 12, 9).
    target = open_database(f"sqlite:///{tmp_path / 'new' / 'clinic.sqlite3'}",
                           create_folder=True)
    try:
        people.add_client(admin, "Ann", now)
        assert target.path is not None
        files = [target.path, *target.path.parent.glob("clinic.sqlite3-*")]
        assert len(files) == 3  # the file, -wal and -shm
        assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}
    finally:
        close_database()


def test_every_kind_of_backup_is_0600_in_a_0700_folder(db: Target, tmp_path: Path,
                                                       loose_umask: None, admin: Actor,
                                                       now: dt.datetime) -> None:
    people.add_client(admin, "Ann", now)
    backups = tmp_path / "backups"
    manual = maintenance.backup(admin, db, backups / "manual.sqlite3", now)
    daily = maintenance.daily_backup(db, backups, now)
    kept = maintenance.restore(admin, db, manual, now, backups)
    assert daily is not None
    assert [mode(path) for path in (manual, daily, kept)] == [0o600] * 3
    assert mode(backups) == 0o700
    assert db.path is not None and mode(db.path) == 0o600


def test_a_backup_never_overwrites_a_file(db: Target, tmp_path: Path, admin: Actor,
                                          now: dt.datetime) -> None:
    from reservations_app.domain.errors import DatabaseUnusable

    existing = tmp_path / "notes.txt"
    existing.write_text("keep me")
    with pytest.raises(DatabaseUnusable, match="exists already"):
        maintenance.backup(admin, db, existing, now)
    assert existing.read_text() == "keep me"


def test_a_backup_folder_that_cannot_be_made_is_a_clear_error(db: Target, tmp_path: Path,
                                                               admin: Actor,
                                                               now: dt.datetime) -> None:
    from reservations_app.domain.errors import DatabaseUnusable

    in_the_way = tmp_path / "backups"
    in_the_way.write_text("a file where the folder should be")
    with pytest.raises(DatabaseUnusable, match="Cannot create the backup folder"):
        maintenance.backup(admin, db, in_the_way / "copy.sqlite3", now)
