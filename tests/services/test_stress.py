"""Eight desks booking at once: nobody ever gets a slot that is already taken."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from collections import Counter

import pytest

from reservations_app.domain.access import Actor
from reservations_app.store import connect as store_connect
from reservations_app.store.models import database
from tests.helpers.clinic import make_clinic
from tests.services.stress_worker import book_many

DESKS = 8
ATTEMPTS_PER_DESK = 200
SLOTS = 50

SAME_START_TWICE = """
SELECT provider_id, start_at, count(*) FROM reservation
WHERE status IN ('pending', 'confirmed') GROUP BY provider_id, start_at HAVING count(*) > 1
"""
OVERLAPPING = """
SELECT a.id, b.id FROM reservation a JOIN reservation b
  ON a.provider_id = b.provider_id AND a.id < b.id
 AND a.start_at < b.end_at AND b.start_at < a.end_at
WHERE a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')
"""


def _run_desks(url: str, now: dt.datetime, provider_id: int, client_ids: list[int],
               starts: list[str]) -> tuple[Counter[str], list[str], float]:
    context = multiprocessing.get_context("spawn")
    go, results = context.Event(), context.Queue()
    desks = [context.Process(target=book_many, args=(
        url, now.isoformat(), provider_id,
        client_ids[n * ATTEMPTS_PER_DESK:(n + 1) * ATTEMPTS_PER_DESK], starts, n, go, results))
        for n in range(DESKS)]
    for desk in desks:
        desk.start()
    time.sleep(1.0)  # let every desk import and connect, so that they really start together
    began = time.monotonic()
    go.set()
    totals: Counter[str] = Counter()
    problems: list[str] = []
    for _ in desks:
        counts, found = results.get(timeout=300)
        totals.update(counts)
        problems += found
    elapsed = time.monotonic() - began
    for desk in desks:
        desk.join(timeout=30)
    return totals, problems, elapsed


def test_eight_desks_never_double_book(db: store_connect.Target, admin: Actor, now: dt.datetime,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    clinic = make_clinic(admin, now, clients=DESKS * ATTEMPTS_PER_DESK)
    assert len(clinic.slots) == SLOTS
    store_connect.close_database()
    totals, problems, elapsed = _run_desks(db.url, now, clinic.provider_id, clinic.client_ids,
                                           [slot.start.isoformat() for slot in clinic.slots])
    store_connect.open_database(db.url)
    double = database.execute_sql(SAME_START_TWICE).fetchall()
    overlapping = database.execute_sql(OVERLAPPING).fetchall()
    live = database.execute_sql("SELECT count(*) FROM reservation WHERE status = "
                                "'confirmed'").fetchone()[0]
    with capsys.disabled():
        print(f"\nstress [{db.backend}]: {DESKS} desks x {ATTEMPTS_PER_DESK} attempts over "
              f"{SLOTS} slots in {elapsed:.1f} s: attempts={totals['attempts']} "
              f"successes={totals['successes']} taken={totals['taken']} "
              f"(by the database guard: {totals['taken_by_database_guard']}) "
              f"retries={totals['retries']} busy={totals['busy']} "
              f"other_refusals={totals['other_refusals']} errors={totals['errors']}")
    assert problems == []
    assert double == [] and overlapping == []
    assert totals["attempts"] == DESKS * ATTEMPTS_PER_DESK
    assert totals["successes"] == live == SLOTS
    assert totals["taken"] == totals["attempts"] - SLOTS
