"""Eight desks changing the same twenty reservations at once, then the database checked in SQL:
each reservation's final state is the story its audit trail tells, and no rule is broken.

Issue 12 asked for 20 s per backend; the run is DURATION_S (10 s) per backend to keep
`make test` within its budget. The figures are printed under -q.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import time
from collections import Counter
from typing import Any

import pytest

from reservations_app.domain.access import Actor
from reservations_app.services import booking, settings
from reservations_app.store import db as store_db
from reservations_app.store.models import database
from tests.conftest import Figures
from tests.helpers.clinic import make_clinic
from tests.services.lifecycle_worker import Plan, work

DESKS = 8
RESERVATIONS = 20
DURATION_S = 10.0
HOLD_STEP = dt.timedelta(minutes=1, seconds=30)  # hold n is made at now + n steps

STATUS_ACTIONS = ("reservation.hold", "reservation.confirm", "reservation.cancel",
                  "reservation.expire")
# A reservation whose status is not what its last status-changing audit row made it.
STATUS_DISAGREES = f"""
SELECT r.id, r.status, last.action FROM reservation r
JOIN audit_log last ON last.id = (
    SELECT max(a.id) FROM audit_log a WHERE a.entity = 'reservation' AND a.entity_id = r.id
    AND a.action IN {STATUS_ACTIONS})
WHERE r.status <> CASE last.action WHEN 'reservation.hold' THEN 'pending'
    WHEN 'reservation.confirm' THEN 'confirmed' WHEN 'reservation.cancel' THEN 'cancelled'
    ELSE 'expired' END
"""
NO_STORY = """
SELECT r.id FROM reservation r WHERE NOT EXISTS (SELECT 1 FROM audit_log a
    WHERE a.entity = 'reservation' AND a.entity_id = r.id AND a.action = 'reservation.hold')
"""
ACTED_AFTER_THE_END = """
SELECT later.entity_id, later.action FROM audit_log later JOIN audit_log ended
  ON ended.entity = 'reservation' AND later.entity = 'reservation'
 AND ended.entity_id = later.entity_id AND ended.id < later.id
WHERE ended.action IN ('reservation.cancel', 'reservation.expire')
"""
CONFIRMED_TWICE = """
SELECT entity_id FROM audit_log WHERE entity = 'reservation' AND action = 'reservation.confirm'
GROUP BY entity_id HAVING count(*) > 1
"""
OVERLAPPING = """
SELECT a.id, b.id FROM reservation a JOIN reservation b
  ON a.provider_id = b.provider_id AND a.id < b.id
 AND a.start_at < b.end_at AND b.start_at < a.end_at
WHERE a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')
"""
OVER_THE_DAY_LIMIT = """
SELECT client_id, local_date FROM reservation WHERE status IN ('pending', 'confirmed')
GROUP BY client_id, local_date HAVING count(*) > %d
"""
BY_DESKS = """
SELECT action, count(*) FROM audit_log WHERE entity = 'reservation'
AND actor NOT IN ('admin', 'system') GROUP BY action
"""
TRAIL = """
SELECT entity_id, action, before, after FROM audit_log WHERE entity = 'reservation'
ORDER BY entity_id, id
"""


def _rows(sql: str) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql).fetchall())


def _plan(url: str, admin: Actor, now: dt.datetime) -> Plan:
    clinic = make_clinic(admin, now, clients=RESERVATIONS)
    expiries = {}
    for n, client_id in enumerate(clinic.client_ids):
        made = booking.hold(admin, client_id, clinic.provider_id, clinic.slots[n].start,
                            now + HOLD_STEP * n)
        assert made.hold_expires_at is not None
        expiries[made.id] = made.hold_expires_at
    return Plan(url, now, DURATION_S, expiries, [slot.start for slot in clinic.slots])


def _run_desks(plan: Plan) -> tuple[Counter[str], list[str]]:
    context = multiprocessing.get_context("spawn")
    go, began, results = context.Event(), context.Value("d", 0.0), context.Queue()
    desks = [context.Process(target=work, args=(plan, n, go, began, results))
             for n in range(DESKS)]
    for desk in desks:
        desk.start()
    time.sleep(1.0)  # let every desk import and connect, so that they really start together
    began.value = time.time()
    go.set()
    totals: Counter[str] = Counter()
    problems: list[str] = []
    for _ in desks:
        counts, found = results.get(timeout=DURATION_S + 300)
        totals.update(counts)
        problems += found
    for desk in desks:
        desk.join(timeout=30)
    return totals, problems


def _same(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a change started from the state the previous change left (status, and where
    the snapshot has it, the provider and start)."""
    return all(before[key] == after[key] for key in ("status", "provider_id", "start")
               if key in before and key in after)


def _broken_chains() -> list[str]:
    """Each audit row of a reservation must start from where the previous one ended, and the
    row must end where its last audit row did."""
    last: dict[int, dict[str, Any]] = {}
    broken = []
    for entity_id, action, before, after in _rows(TRAIL):
        seen = json.loads(before) if before else None
        if seen is not None and entity_id in last and not _same(seen, last[entity_id]):
            broken.append(f"{entity_id} {action} from {seen} after {last[entity_id]}")
        last[entity_id] = {**last.get(entity_id, {}), **json.loads(after)}
    for entity_id, story in last.items():
        row = booking.get_booking(Actor.system("check"), entity_id).reservation
        final = {"status": row.status.value, "provider_id": row.provider_id,
                 "start": str(row.start)}
        if not _same(story, final):
            broken.append(f"{entity_id} is {final} but its trail ends at {story}")
    return broken


@pytest.mark.slow
def test_eight_desks_change_twenty_reservations(db: store_db.Target, admin: Actor,
                                                now: dt.datetime, figures: Figures) -> None:
    plan = _plan(db.url, admin, now)
    store_db.close_database()
    totals, problems = _run_desks(plan)
    store_db.open_database(db.url)
    by_desks = dict(_rows(BY_DESKS))
    limit = settings.get_policy().max_per_client_per_day
    figures(f"\nlifecycle stress [{db.backend}]: {DESKS} desks x {DURATION_S:.0f} s on "
            f"{RESERVATIONS} reservations: operations={totals['operations']} "
            f"conflicts={totals['conflicts']} refused={totals['refused']} "
            f"confirmed={totals['confirm']} cancelled={totals['cancel']} "
            f"moved={totals['move']} expired={totals['expired']} "
            f"sweeps={totals['expire']} retries={totals['retries']}")
    assert problems == []
    assert totals["operations"] > 0
    assert _rows(NO_STORY) == [] and _rows(STATUS_DISAGREES) == []
    assert _rows(ACTED_AFTER_THE_END) == [] and _rows(CONFIRMED_TWICE) == []
    assert _rows(OVERLAPPING) == [] and _rows(OVER_THE_DAY_LIMIT % limit) == []
    assert _broken_chains() == []
    # Every success a desk reported is in the trail, and nothing else a desk did is.
    assert by_desks.get("reservation.confirm", 0) == totals["confirm"]
    assert by_desks.get("reservation.cancel", 0) == totals["cancel"]
    assert by_desks.get("reservation.move", 0) == totals["move"]
    assert by_desks.get("reservation.expire", 0) == totals["expired"]
