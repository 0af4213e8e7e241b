"""Backups made while another desk books, restores that check before they replace, dailies."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable, InvalidInput
from reservations_app.services import audit, maintenance, people
from reservations_app.store.backup import check_sqlite_file
from reservations_app.store.connect import Target, close_database, open_database
from reservations_app.store.models import AuditRow, ClientRow, ReservationRow
from tests import booking_worker
from tests.conftest import NOW, Figures

WORKER = Path(booking_worker.__file__)

# Backups, restores and the daily copy are of the SQLite file; a server clinic uses pg_dump.
pytestmark = pytest.mark.backends("sqlite")


class Desk:
    """The booking worker in another process, its reported lines collected as they come."""

    def __init__(self, url: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(WORKER.parents[1]))
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), url, "7", NOW.isoformat()], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env=env)
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def held(self, lines: list[str] | None = None) -> set[int]:
        return {int(line.split()[1]) for line in (lines or list(self.lines))
                if line.startswith("held ")}

    def wait_for(self, holds: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while len(self.held()) < holds:
            assert self.process.poll() is None, "the booking desk stopped"
            assert time.monotonic() < deadline, "the booking desk is too slow"
            time.sleep(0.02)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self._thread.join(10)


def _reservation_ids(path: Path) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM reservation")}
    finally:
        connection.close()


@pytest.mark.slow
def test_a_backup_taken_while_another_desk_books_restores_every_earlier_booking(figures: Figures,
        tmp_path: Path, admin: Actor) -> None:
    live = tmp_path / "clinic.sqlite3"
    url = f"sqlite:///{live}"
    booking_worker.setup_clinic(url, NOW)
    target = open_database(url)
    desk = Desk(url)
    try:
        desk.wait_for(holds=40)
        committed_before = desk.held()  # read before the backup begins
        lines_at_start = len(desk.lines)
        copy = maintenance.backup(admin, target, tmp_path / "during.sqlite3", NOW)
        during = len(desk.lines) - lines_at_start
        desk.wait_for(holds=len(committed_before) + 20)
    finally:
        desk.stop()
    everything = desk.held()
    assert check_sqlite_file(copy) == []
    assert committed_before <= _reservation_ids(copy)

    kept = maintenance.restore(admin, target, copy, NOW, tmp_path / "kept")
    restored = {row.id for row in ReservationRow.select()}
    assert committed_before <= restored
    assert check_sqlite_file(live) == []
    assert everything <= _reservation_ids(kept), "the replaced database was not kept whole"
    assert not everything <= restored  # the bookings after the backup are really gone
    (row,) = audit.list_entries(admin, action="database.restore")
    assert row.actor == admin.username
    figures(f"\nbackup while booking: {len(committed_before)} bookings committed before the "
          f"backup, all restored; the other desk reported {during} commits while the backup "
          f"ran and {len(everything)} bookings in all, kept in {kept.name}")
    close_database()


@pytest.fixture
def backup_of_one_client(db: Target, admin: Actor, now: dt.datetime, tmp_path: Path) -> Path:
    people.add_client(admin, "Before Backup", now)
    return maintenance.backup(admin, db, tmp_path / "one.sqlite3", now)


def test_restore_keeps_the_replaced_database_aside(db: Target, admin: Actor, now: dt.datetime,
                                                   tmp_path: Path,
                                                   backup_of_one_client: Path) -> None:
    people.add_client(admin, "After Backup", now)
    kept = maintenance.restore(admin, db, backup_of_one_client, now, tmp_path / "kept")
    assert [c.name for c in people.search_clients(admin)] == ["Before Backup"]
    assert kept.parent == tmp_path / "kept" and "replaced-by-restore" in kept.name
    connection = sqlite3.connect(kept)
    names = sorted(row[0] for row in connection.execute("SELECT name FROM client"))
    connection.close()
    assert names == ["After Backup", "Before Backup"]


def _damaged(path: Path, source: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    data[page * 2: page * 2 + 200] = b"\x00garbage" * 25  # a B-tree page of some table
    path.write_bytes(bytes(data))
    return path


def _foreign(path: Path, source: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    return path


def _newer(path: Path, source: Path) -> Path:
    path.write_bytes(source.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_migration (name, applied) "
                       "VALUES ('9999_future', '2030-01-01')")
    connection.commit()
    connection.close()
    return path


BAD_BACKUPS = {
    "missing": lambda path, source: path,
    "empty": lambda path, source: (path.write_bytes(b""), path)[1],
    "text": lambda path, source: (path.write_text("not a database at all"), path)[1],
    "damaged": _damaged,
    "foreign": _foreign,
    "newer": _newer,
}


@pytest.mark.parametrize("kind", sorted(BAD_BACKUPS))
def test_restore_refuses_a_bad_backup_and_replaces_nothing(kind: str, db: Target, admin: Actor,
                                                           now: dt.datetime, tmp_path: Path,
                                                           backup_of_one_client: Path) -> None:
    people.add_client(admin, "After Backup", now)
    bad = BAD_BACKUPS[kind](tmp_path / f"{kind}.sqlite3", backup_of_one_client)
    with pytest.raises((InvalidInput, DatabaseUnusable)) as refused:
        maintenance.restore(admin, db, bad, now, tmp_path / "kept")
    assert str(refused.value)
    assert ClientRow.select().count() == 2
    assert not (tmp_path / "kept").exists()


def test_restore_refuses_the_live_file_itself(db: Target, admin: Actor, now: dt.datetime) -> None:
    assert db.path is not None
    with pytest.raises(InvalidInput, match="in use"):
        maintenance.restore(admin, db, db.path, now)


def test_a_postgresql_clinic_without_pg_dump_is_told_how_to_get_it(
        admin: Actor, now: dt.datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESERVATIONS_PG_BIN", str(tmp_path))  # a folder without the tools
    server = Target("postgresql://clinic:s3cret@db.local/clinic", "postgresql")
    with pytest.raises(DatabaseUnusable, match="pg_dump was not found") as told:
        maintenance.backup(admin, server, tmp_path / "x.dump", now)
    assert "s3cret" not in str(told.value) and "postgresql-client" in str(told.value)
    assert not (tmp_path / "x.dump").exists()


def test_daily_backup_runs_once_a_day_and_keeps_the_last_14(db: Target, admin: Actor,
                                                            now: dt.datetime,
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    manual = maintenance.backup(admin, db, folder / "keep-me.sqlite3", now)
    first_day = now - dt.timedelta(days=19)
    made = []
    for day in range(20):
        morning = first_day + dt.timedelta(days=day)
        made.append(maintenance.daily_backup(db, folder, morning))
        assert maintenance.daily_backup(db, folder, morning + dt.timedelta(hours=3)) is None
    dailies = sorted(folder.glob("*-daily.sqlite3"))
    assert dailies == sorted(path for path in made if path is not None)[-14:]
    assert len(dailies) == 14 and manual.exists()
    rows = AuditRow.select().where(AuditRow.action == "database.backup")
    assert sum('"daily": true' in (row.after or "") for row in rows) == 20


def test_the_daily_backup_follows_the_clinics_day_not_utcs(db: Target, admin: Actor,
                                                           tmp_path: Path) -> None:
    """Issue 12, item 11: the day was UTC's, so a clinic in Auckland (UTC+13 in summer) got
    no backup on the morning after an evening start. Fails on the old code."""
    from reservations_app.services import settings

    settings.set_value(admin, "clinic_timezone", "Pacific/Auckland", NOW)
    evening = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # 22:00 on the 24th in Auckland
    next_morning = evening + dt.timedelta(hours=10)  # 08:00 on the 25th there, still 24th UTC
    first = maintenance.daily_backup(db, tmp_path, evening)
    second = maintenance.daily_backup(db, tmp_path, next_morning)
    assert first is not None and first.name.startswith("reservations-20261124-2200")
    assert second is not None and second.name.startswith("reservations-20261125-0800")
