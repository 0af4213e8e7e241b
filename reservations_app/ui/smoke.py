"""`reservations-app --smoke-test`: proves that a build starts on this machine, without touching
the clinic's data. It finds the bundled resources and migrations, creates a throw-away database,
migrates and checks it, loads a time zone, builds and shows the main window offscreen and waits
until the event loop is idle, then prints exactly one line `smoke-test ok <version>`. The first
failing step is named on stderr; exit status 1.

Either way it starts as the desk does (ui/app.py): the desk's real first window (the sign-in
dialog, or the first administrator's on a database without accounts, such as the throw-away
one) is shown before peewee and the services are imported; then, instead of a password, the
system actor signs in.

`reservations-app --db URL --smoke-test` does the same on an existing database instead, as the
desk would start on it (the benchmark times this start on its large clinic). It writes nothing
to it: a database that is missing, made by a newer version or in need of a migration is refused,
and the stale-hold sweep (a write) and the integrity check are left out; the quick_check that
finds damaged pages runs once the window is shown, as at the desk (it reads every page, so its
time grows with the clinic, which the first window's must not)."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reservations_app import __version__
from reservations_app.assets import resource_path
from reservations_app.paths import cache_dir
from reservations_app.store.target import Target, parse_target

if TYPE_CHECKING:  # the rest is imported after the first window is shown, as the desk does
    from reservations_app.domain.access import Actor

log = logging.getLogger(__name__)

# A zone with DST, checked on both sides of it, so a missing zone database cannot pass as UTC.
ZONE = "America/New_York"
ZONE_OFFSETS = {dt.datetime(2026, 1, 15, 17, tzinfo=dt.UTC): dt.timedelta(hours=-5),
                dt.datetime(2026, 7, 15, 16, tzinfo=dt.UTC): dt.timedelta(hours=-4)}
REQUIRED_RESOURCES = ("icons/app.png", "reservations.desktop", "translations/reservations_en.qm",
                      "translations/reservations_de.qm")
MARKS_ENV = "RESERVATIONS_STARTUP_MARKS"
XDG_FOLDERS = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")

WindowFactory = Callable[[Any], Any]  # Session -> a QMainWindow


class SmokeFailure(Exception):
    """One step of the smoke test found the build unusable."""


def run_smoke_test(now: dt.datetime, out: TextIO | None = None, err: TextIO | None = None,
                   window_factory: WindowFactory | None = None,
                   db_url: str | None = None) -> int:
    """`db_url`: start on that existing database, read only, instead of a throw-away one."""
    out, err = out or sys.stdout, err or sys.stderr
    desk_cache = cache_dir()
    try:
        with tempfile.TemporaryDirectory(prefix="reservations-smoke-") as folder, \
                confined_to(Path(folder)):
            if db_url is None:
                _run_steps(Path(folder), now, window_factory)
            else:
                _run_steps_on(db_url, now, window_factory, desk_cache)
    except SmokeFailure as exc:
        print(f"smoke-test failed: {exc}", file=err)
        return 1
    print(f"smoke-test ok {__version__}", file=out)
    return 0


@contextmanager
def confined_to(folder: Path) -> Iterator[None]:
    """Everything the process would write into the user's folders (its log, Qt's settings,
    font and shader caches) goes into `folder` instead, for as long as the test runs."""
    saved = {name: os.environ.get(name) for name in XDG_FOLDERS}
    os.environ.update({name: str(folder / name.lower()) for name in XDG_FOLDERS})
    _unstarted_log[:] = [folder / "log"]  # started after the first window, as the desk's
    try:
        yield
    finally:
        _unstarted_log.clear()
        from reservations_app.logs import HANDLER_NAME

        root = logging.getLogger()
        for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
            root.removeHandler(handler)
            handler.close()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


_unstarted_log: list[Path] = []


def _start_log() -> None:
    if _unstarted_log:
        from reservations_app.logs import configure_logging

        configure_logging(_unstarted_log.pop())


def _borrow_schema_cache(desk_cache: Path) -> None:
    """A start on an existing database, as the desk makes it, finds the expected schema in its
    cache (store/catalog.py) instead of building it again; copies, so the desk's stay as they
    are. Without them the catalog is built, correct but slower."""
    confined = cache_dir()
    for cached in desk_cache.glob("schema-*.json"):
        with suppress(OSError):
            confined.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, confined / cached.name)


def _run_steps(folder: Path, now: dt.datetime, window_factory: WindowFactory | None) -> None:
    scratch = parse_target(f"sqlite:///{folder / 'smoke.sqlite3'}")
    login = _step("show the first window", show_sign_in, scratch, now)
    try:
        _step("find the bundled resources", check_resources)
        target = _step("create and migrate a database", open_scratch_database, folder, now)
        _step("check the database's integrity", check_integrity, target)
        _step("load a time zone", check_time_zone)
        _step("build the main window", build_main_window, target, now, window_factory, login)
    finally:
        _close_sign_in(login)
        _close_database()


def _run_steps_on(url: str, now: dt.datetime, window_factory: WindowFactory | None,
                  desk_cache: Path) -> None:
    given = _step("read the database URL", parse_target, url)
    login = _step("show the first window", show_sign_in, given, now)
    try:
        _borrow_schema_cache(desk_cache)
        _step("find the bundled resources", check_resources)
        target = _step("open the database", open_existing_database, url)
        _step("load a time zone", check_time_zone)
        try:
            _step("build the main window", build_main_window, target, now, window_factory, login)
        except SmokeFailure:
            _step("check the database's pages", check_health, target)  # damage explains it
            raise
        # After the window, as the desk does it (MainWindow.start_up_work): quick_check reads
        # every page, so its time grows with the clinic and must not delay the first window.
        _step("check the database's pages", check_health, target)
    finally:
        _close_sign_in(login)
        _close_database()


def _close_sign_in(login: Any) -> None:
    from shiboken6 import Shiboken

    if login is not None and Shiboken.isValid(login):  # not yet deleted
        login.close()
        login.deleteLater()


def _close_database() -> None:
    from reservations_app.store import connect as store_connect

    store_connect.close_database()


def show_sign_in(target: Target, now: dt.datetime) -> Any:
    """The desk's first window (the sign-in dialog, or the first administrator's) on screen
    and taking keys; the system actor signs in instead of a person (build_main_window closes
    it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reservations_app.ui import app
    from reservations_app.ui.dialogs.login import LazyRunner

    app.application()  # named, translated, with its icon: as the desk's
    login = app.show_sign_in(app.workstation_name(), target, lambda: now,
                             LazyRunner(target.backend))
    mark("first-window")  # the first dialog is painted and takes keys
    _start_log()
    return login


def _step(name: str, work: Callable[..., Any], *args: Any) -> Any:
    try:
        return work(*args)
    except Exception as exc:  # any failure, expected or not, fails this step by name
        _start_log()
        log.exception("smoke test: %s failed", name)
        detail = str(exc).strip().splitlines()
        reason = f"{type(exc).__name__}: {detail[0]}" if detail else type(exc).__name__
        raise SmokeFailure(f"{name}: {reason}") from exc


def check_resources() -> None:
    from reservations_app.store import schema as store_schema

    for relative in REQUIRED_RESOURCES:
        if not resource_path(relative).is_file():
            raise FileNotFoundError(f"{resource_path(relative)} is missing")
    if not store_schema.known_migrations():
        raise FileNotFoundError(f"no migrations in {store_schema.MIGRATIONS_DIR}")


def open_scratch_database(folder: Path, now: dt.datetime) -> Target:
    from reservations_app.services import maintenance, settings
    from reservations_app.store import connect as store_connect
    from reservations_app.store import schema as store_schema

    target = store_connect.open_database(f"sqlite:///{folder / 'smoke.sqlite3'}",
                                         folder / "backups")
    expected = store_schema.known_migrations()[-1]
    if store_schema.current_schema() != expected:
        raise RuntimeError(f"schema is {store_schema.current_schema()}, expected {expected}")
    settings.get_policy()
    maintenance.expire_stale(_actor(), now)
    return target


def open_existing_database(url: str) -> Target:
    from reservations_app.services import settings
    from reservations_app.store import connect as store_connect

    target = store_connect.open_database(url, migrate=False)
    settings.get_policy()
    return target


def check_integrity(target: Target) -> None:
    from reservations_app.store.backup import check_sqlite_file

    assert target.path is not None
    problems = check_sqlite_file(target.path)
    if problems:
        raise RuntimeError("; ".join(problems[:3]))


def check_health(target: Target) -> None:
    from reservations_app.services import maintenance

    damage = maintenance.check_health(target)
    if damage:
        raise RuntimeError(damage)


def check_time_zone() -> None:
    from reservations_app.domain.timezones import zone

    tz = zone(ZONE)
    for instant, expected in ZONE_OFFSETS.items():
        offset = instant.astimezone(tz).utcoffset()
        if offset != expected:
            raise RuntimeError(f"{ZONE} on {instant:%Y-%m-%d} is UTC{offset}, expected "
                               f"UTC{expected}: the zone database is wrong")


def build_main_window(target: Target, now: dt.datetime, window_factory: WindowFactory | None,
                      login: Any = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from reservations_app.ui import app as desk
    from reservations_app.ui.session import Session

    if window_factory is None:
        from reservations_app.ui.main_window import MainWindow

        window_factory = MainWindow
    app = desk.application()  # the sign-in's, named and translated as the desk's
    if login is not None:
        # Everything is imported and open, as it is at the desk once the user has typed for a
        # moment: what follows is the wait after pressing Sign in.
        mark("signing-in")
        _close_sign_in(login)  # signed in: the system actor, no password
    session = Session(_actor(), target, clock=lambda: now)
    session.load_policy()
    window = window_factory(session)
    window.show()
    # As the desk does once its window is open (ui/app.py run_gui): what start-up made is kept
    # out of the collector, whose first pass would otherwise walk every import's objects
    # while the day loads. Handed back once the window is closed (this process may go on).
    gc.freeze()
    _run_pending_events()
    while not session.ops.is_idle():  # the day's lists load on the runner after the first paint
        turn = QEventLoop()
        QTimer.singleShot(1, turn.quit)
        turn.exec()
    _run_pending_events()
    mark("main-window")  # the day is loaded and shown
    window.close()
    session.close()
    window.deleteLater()
    app.processEvents()
    gc.unfreeze()


def _run_pending_events() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    idle = QEventLoop()
    QTimer.singleShot(0, idle.quit)  # runs once the shown window's pending events are done
    idle.exec()


def mark(name: str) -> None:
    """With $RESERVATIONS_STARTUP_MARKS naming a file, append `name monotonic-seconds peak-kB`: the
    start-up benchmark reads when each window was ready against when it spawned the process
    (CLOCK_MONOTONIC is one clock for every process on the machine)."""
    path = os.environ.get(MARKS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as marks:
            marks.write(f"{name} {time.monotonic()} {_peak_rss_kb()}\n")


def _peak_rss_kb() -> int:
    """The process's peak resident memory so far (Linux's VmHWM), 0 where it cannot be read:
    the memory figure is taken at the main window, before the page check that follows it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next((int(line.split()[1]) for line in status
                         if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def _actor() -> Actor:
    from reservations_app.domain.access import Actor
    from reservations_app.ui.app import workstation_name

    return Actor.system(workstation_name())
