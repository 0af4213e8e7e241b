"""`reservations-app --smoke-test`: one line on success, the failing step's name otherwise."""

from __future__ import annotations

import datetime as dt
import gc
import importlib.util
import io
import sqlite3
import subprocess
import sys
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from reservations_app import __version__
from reservations_app.domain import timezones
from reservations_app.domain.model import Role
from reservations_app.services import booking
from reservations_app.store import connect as store_connect
from reservations_app.store import models as store_models
from reservations_app.store import schema as store_schema
from reservations_app.store.models import database
from reservations_app.ui import smoke
from reservations_app.ui.session import Session
from tests.helpers.clinic import make_clinic

HAS_MAIN_WINDOW = importlib.util.find_spec("reservations_app.ui.main_window") is not None
NEEDS_MAIN_WINDOW = pytest.mark.skipif(
    not HAS_MAIN_WINDOW, reason="needs reservations_app/ui/main_window.py (MainWindow), which "
                                "the GUI branch adds")


def _run(now: dt.datetime, **options: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = smoke.run_smoke_test(now, out=out, err=err, **options)
    return code, out.getvalue(), err.getvalue()


def test_a_working_build_prints_exactly_one_line(qapp: object, now: dt.datetime) -> None:
    seen: list[Session] = []

    def window(session: Session) -> QMainWindow:
        seen.append(session)
        assert store_schema.current_schema() == store_schema.known_migrations()[-1]
        return QMainWindow()

    code, out, err = _run(now, window_factory=window)
    assert (code, out, err) == (0, f"smoke-test ok {__version__}\n", "")
    session = seen[0]
    assert session.actor.role is Role.ADMIN and session.actor.username == "system"
    assert session.now() == now
    assert session.target.path is not None and "reservations-smoke-" in str(session.target.path)
    assert not session.target.path.exists()  # the scratch database is gone afterwards


def test_the_start_is_kept_out_of_the_collector_while_the_day_loads(
        qapp: object, now: dt.datetime) -> None:
    """As at the desk: once the window is shown, what start-up made is frozen, so the GUI
    thread's collector does not walk it all during the first load; handed back afterwards."""
    frozen: list[int] = []

    def window(session: Session) -> QMainWindow:
        QTimer.singleShot(0, lambda: frozen.append(gc.get_freeze_count()))
        return QMainWindow()

    code, _, _ = _run(now, window_factory=window)
    assert code == 0
    assert frozen and frozen[0] > 0
    assert gc.get_freeze_count() == 0


def test_missing_migrations_fail_the_resources_step(qapp: object, now: dt.datetime,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_schema, "MIGRATIONS_DIR", tmp_path)
    code, out, err = _run(now, window_factory=lambda session: QMainWindow())
    assert (code, out) == (1, "")
    assert err == f"smoke-test failed: find the bundled resources: FileNotFoundError: " \
                  f"no migrations in {tmp_path}\n"


def test_a_window_that_cannot_be_built_fails_its_step(qapp: object, now: dt.datetime) -> None:
    def broken(session: Session) -> QMainWindow:
        raise RuntimeError("no screen\nsecond line")

    code, out, err = _run(now, window_factory=broken)
    assert (code, out) == (1, "")
    assert err == "smoke-test failed: build the main window: RuntimeError: no screen\n"
    assert store_models.database.obj is None or store_models.database.obj.is_closed()


@pytest.fixture
def zone_search_path_empty() -> Iterator[None]:
    """As on a workstation with no zone files of its own: only the tzdata package can answer."""
    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()
    timezones.zone.cache_clear()
    yield
    zoneinfo.reset_tzpath()
    zoneinfo.ZoneInfo.clear_cache()
    timezones.zone.cache_clear()


@pytest.mark.usefixtures("zone_search_path_empty")
def test_zones_load_from_the_tzdata_package_alone() -> None:
    smoke.check_time_zone()


@pytest.mark.usefixtures("zone_search_path_empty")
def test_no_zone_database_at_all_fails_the_time_zone_step(
        qapp: object, now: dt.datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["tzdata", *(n for n in sys.modules if n.startswith("tzdata."))]:
        monkeypatch.setitem(sys.modules, name, None)  # the package is missing from the build
    code, _, err = _run(now, window_factory=lambda session: QMainWindow())
    assert code == 1
    assert err.startswith("smoke-test failed: load a time zone: InvalidInput: Unknown time "
                          "zone 'America/New_York'")


def test_a_damaged_database_fails_the_integrity_step(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    target = store_connect.Target(f"sqlite:///{broken}", "sqlite", broken)
    with pytest.raises(RuntimeError):
        smoke.check_integrity(target)


@NEEDS_MAIN_WINDOW
def test_the_real_main_window_passes(qapp: object, now: dt.datetime) -> None:
    assert _run(now) == (0, f"smoke-test ok {__version__}\n", "")


@NEEDS_MAIN_WINDOW
def test_the_installed_command_passes(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("reservations-app")
    done = subprocess.run([str(script), "--smoke-test"], capture_output=True, text=True,
                          timeout=120, check=False, cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"smoke-test ok {__version__}\n"), done.stderr


# --- on a given database: `reservations-app --db URL --smoke-test` --------------------------

@pytest.fixture
def clinic_file(tmp_path: Path, now: dt.datetime) -> Path:
    """A small clinic with a hold that is stale at `now`: a start that swept would change it."""
    from reservations_app.domain.access import Actor

    path = tmp_path / "clinic.sqlite3"
    store_connect.open_database(f"sqlite:///{path}")
    admin = Actor("admin", Role.ADMIN, "desk-1")
    clinic = make_clinic(admin, now)
    slot = clinic.slots[0]
    booking.hold(admin, clinic.client_ids[0], clinic.provider_id, slot.start,
                 now - dt.timedelta(hours=2))
    store_connect.close_database()
    return path


def _contents(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_a_given_database_is_shown_and_left_unchanged(qapp: object, now: dt.datetime,
                                                     clinic_file: Path) -> None:
    before = _contents(clinic_file)
    seen: list[Session] = []

    def window(session: Session) -> QMainWindow:
        seen.append(session)
        pending = database.execute_sql("SELECT count(*) FROM reservation "
                                       "WHERE status = 'pending'").fetchone()[0]
        assert pending == 1  # the stale hold was not swept
        return QMainWindow()

    code, out, err = _run(now, window_factory=window, db_url=f"sqlite:///{clinic_file}")
    assert (code, out, err) == (0, f"smoke-test ok {__version__}\n", "")
    assert seen[0].target.path == clinic_file and seen[0].now() == now
    assert _contents(clinic_file) == before
    assert store_models.database.obj.is_closed()


def test_a_missing_database_is_refused_not_created(qapp: object, now: dt.datetime,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    code, out, err = _run(now, window_factory=lambda session: QMainWindow(),
                          db_url=f"sqlite:///{path}")
    assert (code, out) == (1, "")
    assert err == f"smoke-test failed: open the database: DatabaseUnusable: There is no " \
                  f"database {path}.\n"
    assert not path.exists()


def test_a_database_that_needs_migrating_is_refused_and_left_as_it_is(
        qapp: object, now: dt.datetime, clinic_file: Path) -> None:
    *_, previous, latest = store_schema.known_migrations()
    with sqlite3.connect(clinic_file) as connection:
        connection.execute("DELETE FROM schema_migration WHERE name = ?", (latest,))
    connection.close()
    before = _contents(clinic_file)
    code, out, err = _run(now, window_factory=lambda session: QMainWindow(),
                          db_url=f"sqlite:///{clinic_file}")
    assert (code, out) == (1, "")
    assert err.startswith(f"smoke-test failed: open the database: DatabaseUnusable: The "
                          f"database {clinic_file} has schema {previous}, older than this "
                          f"version's {latest}.")
    assert _contents(clinic_file) == before


def test_a_database_from_a_newer_version_is_refused(qapp: object, now: dt.datetime,
                                                    clinic_file: Path) -> None:
    with sqlite3.connect(clinic_file) as connection:
        connection.execute("INSERT INTO schema_migration (name, applied) "
                           "VALUES ('9999_from_the_future', '2030-01-01')")
    connection.close()
    code, out, err = _run(now, window_factory=lambda session: QMainWindow(),
                          db_url=f"sqlite:///{clinic_file}")
    assert (code, out) == (1, "")
    assert "open the database: DatabaseUnusable: The database" in err
    assert "newer version" in err


@NEEDS_MAIN_WINDOW
def test_the_installed_command_passes_on_a_given_database(clinic_file: Path,
                                                          tmp_path: Path) -> None:
    before = _contents(clinic_file)
    script = Path(sys.executable).with_name("reservations-app")
    done = subprocess.run([str(script), "--db", f"sqlite:///{clinic_file}", "--smoke-test"],
                          capture_output=True, text=True, timeout=120, check=False,
                          cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, f"smoke-test ok {__version__}\n"), done.stderr
    assert _contents(clinic_file) == before
