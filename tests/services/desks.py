"""Two desks racing on one reservation, with one of them held still at a chosen point.

Issue 12 reproduced its lost updates by delaying one desk's write (a lock held on audit_log, a
slow network). These tests do the same without depending on luck: the desk named PAUSED stops
when it calls a chosen function (after its UPDATE and before its audit row, or between its read
and its write) and stays there, its transaction open, until the other desk has either finished
or is waiting for it. Each desk is a thread with its own connection, as two workstations are.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from reservations_app.store import db as store_db
from reservations_app.store.models import database

PAUSED = "paused-desk"
WAIT_S = 20.0
# SQLite lets one writer in at a time, and a desk waiting for the file lock cannot be seen from
# outside: give it this long to get there. Arriving later only makes the race a plain sequence.
SQLITE_SETTLE_S = 0.5


class Desk(threading.Thread):
    """Runs `work` once on a connection of its own; `outcome` is its result or its exception."""

    def __init__(self, name: str, work: Callable[[], Any]) -> None:
        super().__init__(name=name, daemon=True)
        self.work = work
        self.outcome: Any = None
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            self.outcome = self.work()
        except Exception as exc:  # the test looks at what each desk got
            self.outcome = exc
        finally:
            store_db.close_database()  # this thread's connection only
            self.finished.set()


class Pause:
    """Holds the PAUSED desk inside `owner.name` (once) until `release()`."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self._released = threading.Event()

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def pausing(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread().name == PAUSED and not self.reached.is_set():
                self.reached.set()
                self._released.wait(WAIT_S)
            return real(*args, **kwargs)

        return pausing

    def release(self) -> None:
        self._released.set()


@contextmanager
def pause_at(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> Iterator[Pause]:
    pause = Pause()
    monkeypatch.setattr(owner, name, pause.wrap(getattr(owner, name)))
    yield pause
    pause.release()


def _someone_waits_for_a_lock() -> bool:
    return bool(database.execute_sql(
        "SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()[0])


def _until_finished_or_waiting(backend: str, desk: Desk) -> None:
    if backend == "sqlite":
        desk.finished.wait(SQLITE_SETTLE_S)
        return
    deadline = time.monotonic() + WAIT_S
    while not desk.finished.is_set() and not _someone_waits_for_a_lock():
        assert time.monotonic() < deadline, "the second desk neither finished nor waited"
        time.sleep(0.02)


def race(backend: str, pause: Pause, paused_work: Callable[[], Any],
         other_work: Callable[[], Any]) -> tuple[Any, Any]:
    """Start the paused desk, let the other one run as far as it can, then let both finish.
    Returns both outcomes (a result or the exception raised)."""
    paused = Desk(PAUSED, paused_work)
    paused.start()
    assert pause.reached.wait(WAIT_S), f"the paused desk never got there: {paused.outcome!r}"
    other = Desk("other-desk", other_work)
    other.start()
    _until_finished_or_waiting(backend, other)
    pause.release()
    for desk in (paused, other):
        desk.join(WAIT_S)
        assert not desk.is_alive(), f"{desk.name} is stuck"
    return paused.outcome, other.outcome
