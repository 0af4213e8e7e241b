"""The longest event-loop stall while a service call waits on the database.

A 5 ms QTimer ticks on the GUI thread while one write goes through the operation runner and the
database makes it wait 5 s: a SQLite file locked by another connection (BEGIN EXCLUSIVE), and a
PostgreSQL server stopped with SIGSTOP and resumed with SIGCONT. The figure is the longest gap
between two ticks, less the timer's own interval: how long the window could not repaint or take
a key. Before the runner the same call ran on the GUI thread, so the stall was the whole wait.

    python -m benchmarks.stall          # these figures alone, on small fresh databases
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.harness import Figure, Target, machine, table
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import settings
from reservations_app.store.db import close_database, open_database

WAIT_S = 5.0
TICK_MS = 5
RUNS = 3
TARGET = Target("< 100 ms", max_value=100)
ADMIN = Actor("bench.admin", Role.ADMIN, "bench-1", user_id=None)


def _longest_stall(backend: str, hold_up: Callable[[], contextlib.AbstractContextManager[None]]
                   ) -> float:
    """One write through the runner while `hold_up()` makes the database wait WAIT_S."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reservations_app.ui.ops import Operations

    app = QApplication.instance() or QApplication(["benchmarks"])
    ops = Operations(backend)
    ticks: list[float] = []
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = QEventLoop()
    stack = contextlib.ExitStack()
    try:
        stack.enter_context(hold_up())
        QTimer.singleShot(int(WAIT_S * 1000), stack.close)
        timer.start()
        started = time.perf_counter()
        ops.write(lambda: settings.set_value(ADMIN, "sweep_seconds", "31", _now()),
                  on_success=lambda _: done.quit(), on_error=lambda _: done.quit())
        done.exec()
        waited = time.perf_counter() - started
    finally:
        stack.close()
        timer.stop()
        ops.shutdown()
        QCoreApplication.processEvents()
    del app
    if waited < WAIT_S * 0.9:
        raise AssertionError(f"the write did not wait for the database ({waited:.2f} s)")
    gaps = [(b - a) * 1000 - TICK_MS for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(0.0, *gaps)


def _now():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime.now(dt.UTC)


@contextlib.contextmanager
def _sqlite_locked(path: Path) -> Iterator[None]:
    other = sqlite3.connect(str(path), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def sqlite_figure(folder: Path) -> Figure:
    path = folder / "stall.sqlite3"
    open_database(f"sqlite:///{path}")
    try:
        stalls = [_longest_stall("sqlite", lambda: _sqlite_locked(path)) for _ in range(RUNS)]
    finally:
        close_database()
    return Figure(f"GUI: longest event-loop stall, a write waiting {WAIT_S:.0f} s on a SQLite "
                  "file locked by another program", "ms", stalls, None, TARGET)


def postgres_figure() -> Figure | None:
    """None where no PostgreSQL server can be started (the figure is then left out)."""
    try:
        from tests import pg_server
    except ImportError:
        return None
    try:
        server = pg_server.start_server()
    except pg_server.ServerUnavailable as exc:
        print(f"PostgreSQL stall figure skipped: {exc}", file=sys.stderr)
        return None
    try:
        server.create_database("stall")
        open_database(server.url("stall"))
        try:
            stalls = [_longest_stall("postgresql", server.frozen) for _ in range(RUNS)]
        finally:
            close_database()
    finally:
        server.stop()
    return Figure(f"GUI: longest event-loop stall, a write while the PostgreSQL server is "
                  f"stopped (SIGSTOP) {WAIT_S:.0f} s and resumed", "ms", stalls, None, TARGET)


def stall_figures(bench: object = None) -> list[Figure]:
    """On databases of their own (the stall does not depend on the clinic's size); the
    benchmark clinic's connection is opened again afterwards for the figures that follow."""
    try:
        with tempfile.TemporaryDirectory(prefix="reservations-stall-") as folder:
            found = [sqlite_figure(Path(folder))]
        pg = postgres_figure()
    finally:
        path = getattr(bench, "path", None)
        if path is not None:
            open_database(f"sqlite:///{path}")
    return found + ([pg] if pg is not None else [])


def main() -> int:
    results = stall_figures()
    print(f"\n{machine()}\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
