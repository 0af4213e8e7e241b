"""Kill a booking desk with SIGKILL at random moments, 50 times, and check nothing is lost.

After each kill: the file passes integrity_check and foreign_key_check, every reservation the
worker reported as committed is there in the state reported (the one in flight may be one step
ahead), and no provider has two live reservations on one slot or overlapping ones.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import booking_worker
from tests.conftest import NOW, Figures

WORKER = Path(booking_worker.__file__)
KILLS = 50
MAX_DELAY = 0.5  # seconds of booking before the kill, drawn uniformly


@dataclass
class Reported:
    """What the worker said it committed, across all its lives."""

    status: dict[int, str] = field(default_factory=dict)
    start: dict[int, dt.datetime] = field(default_factory=dict)
    ops: int = 0
    in_flight_kills: int = 0

    def read(self, lines: list[str]) -> tuple[str, int] | None:
        """Apply one life's lines; returns the change that was in flight at the kill."""
        in_flight = None
        for line in lines:
            word, *rest = line.split()
            if word == "try":
                in_flight = (rest[0], int(rest[1]))
                continue
            if word in ("held", "moved"):
                self.start[int(rest[0])] = _naive_utc(rest[1])
            if word in ("held", "confirmed", "cancelled"):
                self.status[int(rest[0])] = {"held": "pending"}.get(word, word)
            if word != "ready":
                self.ops += 1
                in_flight = None
        self.in_flight_kills += in_flight is not None
        return in_flight

    def settle(self, change: tuple[str, int], status: str, start: dt.datetime) -> None:
        """The change killed in flight either committed whole or not at all; learn which."""
        op, reservation_id = change
        old = (self.status[reservation_id], self.start[reservation_id])
        done = {"confirm": ("confirmed", old[1]), "cancel": ("cancelled", old[1])}.get(op)
        if op == "move":
            assert status == old[0], "a move changed the status"
        else:
            assert (status, start) in (old, done), f"half a {op} of {reservation_id}"
        self.status[reservation_id], self.start[reservation_id] = status, start


def _naive_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC).replace(tzinfo=None)


def _one_life(url: str, seed: int, delay: float) -> list[str]:
    """Start the worker, let it book for `delay` seconds after it is ready, SIGKILL it."""
    env = dict(os.environ, PYTHONPATH=str(WORKER.parents[1]))
    process = subprocess.Popen([sys.executable, str(WORKER), url, str(seed), NOW.isoformat()],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env)
    assert process.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.strip())
            ready.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    assert ready.wait(30), process.stderr.read() if process.stderr else "worker never started"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    thread.join(10)
    assert process.returncode == -signal.SIGKILL, "the worker died before it was killed"
    assert lines and lines[0] == "ready"
    return lines


def _check(path: Path, reported: Reported, in_flight: tuple[str, int] | None) -> int:
    """All the promises after one kill; returns how many reservations the file holds."""
    connection = sqlite3.connect(path)
    try:
        assert [r[0] for r in connection.execute("PRAGMA integrity_check")] == ["ok"]
        assert list(connection.execute("PRAGMA foreign_key_check")) == []
        rows = {row[0]: (row[1], dt.datetime.fromisoformat(row[2])) for row in connection.execute(
            "SELECT id, status, start_at FROM reservation")}
        for reservation_id in reported.status:
            assert reservation_id in rows, f"committed reservation {reservation_id} was lost"
            if in_flight and reservation_id == in_flight[1]:
                reported.settle(in_flight, *rows[reservation_id])
            expected = (reported.status[reservation_id], reported.start[reservation_id])
            assert rows[reservation_id] == expected, \
                f"reservation {reservation_id} is not as the worker last committed it"
        doubles = list(connection.execute(
            "SELECT provider_id, start_at FROM reservation WHERE status IN "
            "('pending', 'confirmed') GROUP BY provider_id, start_at HAVING COUNT(*) > 1"))
        assert doubles == [], f"two live reservations on one slot: {doubles}"
        overlaps = connection.execute(
            "SELECT COUNT(*) FROM reservation a JOIN reservation b "
            "ON a.provider_id = b.provider_id AND a.id < b.id "
            "AND a.start_at < b.end_at AND b.start_at < a.end_at "
            "WHERE a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')"
        ).fetchone()[0]
        assert overlaps == 0
        return len(rows)
    finally:
        connection.close()


@pytest.mark.slow
def test_bookings_survive_sigkill_at_random_moments(figures: Figures, tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{path}"
    booking_worker.setup_clinic(url, NOW)
    rng = random.Random(20261124)
    reported = Reported()
    started = time.monotonic()
    rows = 0
    lives = 0
    for _ in range(KILLS):
        lines = _one_life(url, rng.randrange(1 << 30), rng.uniform(0.0, MAX_DELAY))
        in_flight = reported.read(lines)
        rows = _check(path, reported, in_flight)
        lives += 1
    elapsed = time.monotonic() - started
    statuses = list(reported.status.values())
    unreported = rows - len(reported.status)
    figures(f"\ncrash test: {lives} SIGKILLs in {elapsed:.1f} s; {reported.ops} committed "
          f"operations reported; {len(statuses)} reservations reported "
          f"({statuses.count('confirmed')} confirmed, {statuses.count('pending')} held, "
          f"{statuses.count('cancelled')} cancelled); {reported.in_flight_kills} kills landed "
          f"during a change; {unreported} holds committed but killed before they were "
          f"reported; all {rows} reservations checked after every kill")
    assert len(reported.status) > KILLS, "the worker hardly booked anything; the test proves little"
    assert lives == KILLS
