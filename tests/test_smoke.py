"""`reservations-app --smoke-test`: one line on success, the failing step's name otherwise."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import subprocess
import sys
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from reservations_app import __version__, smoke
from reservations_app.domain import timezones
from reservations_app.domain.model import Role
from reservations_app.store import db as store_db
from reservations_app.ui.session import Session

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
        assert store_db.current_schema() == store_db.known_migrations()[-1]
        return QMainWindow()

    code, out, err = _run(now, window_factory=window)
    assert (code, out, err) == (0, f"smoke-test ok {__version__}\n", "")
    session = seen[0]
    assert session.actor.role is Role.ADMIN and session.actor.username == "system"
    assert session.now() == now
    assert session.target.path is not None and "reservations-smoke-" in str(session.target.path)
    assert not session.target.path.exists()  # the scratch database is gone afterwards


def test_missing_migrations_fail_the_resources_step(qapp: object, now: dt.datetime,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db, "MIGRATIONS_DIR", tmp_path)
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
    assert store_db.database.obj is None or store_db.database.obj.is_closed()


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
    target = store_db.Target(f"sqlite:///{broken}", "sqlite", broken)
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
