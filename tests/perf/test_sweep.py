"""The sweep expires every stale hold and audits each one as before, a chunk at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.make_clinic import NOW
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Slot
from reservations_app.services import booking_queries, maintenance, schedule
from reservations_app.store.models import database
from tests.perf.queries import insert_stale_holds

DAY = NOW.date() + dt.timedelta(days=63)

pytestmark = pytest.mark.usefixtures("clinic")


def _holds(ids: list[int]) -> list[tuple[object, ...]]:
    marks = ", ".join("?" * len(ids))
    return database.execute_sql(f"SELECT id, status FROM reservation WHERE id IN ({marks}) "
                                "ORDER BY id", ids).fetchall()


def _audit_since(first_id: int) -> list[tuple[object, ...]]:
    return database.execute_sql(
        "SELECT at, actor, workstation, action, entity, entity_id, before, after "
        "FROM audit_log WHERE id > ? ORDER BY entity_id", (first_id,)).fetchall()


def _free_slots(desk: Actor, count: int) -> list[tuple[dt.date, Slot]]:
    found: list[tuple[dt.date, Slot]] = []
    day = DAY
    while len(found) < count:
        found += [(day, slot) for slot in schedule.bookable_slots(desk, day, NOW)]
        day -= dt.timedelta(days=1)
    return found[:count]


@pytest.mark.parametrize("count", [5, booking_queries.EXPIRE_CHUNK + 3])
def test_every_stale_hold_is_expired_and_audited(desk: Actor, count: int) -> None:
    maintenance.expire_stale(desk, NOW)  # the clinic's own stale holds first
    insert_stale_holds(_free_slots(desk, count), client_id=1, now=NOW)
    ids = [row[0] for row in database.execute_sql(
        "SELECT id FROM reservation WHERE status = 'pending' AND hold_expires_at <= ?",
        (str(NOW.replace(tzinfo=None)),))]
    last_audit = database.execute_sql("SELECT max(id) FROM audit_log").fetchone()[0]

    assert maintenance.expire_stale(desk, NOW) == count
    assert _holds(ids) == [(i, "expired") for i in sorted(ids)]
    assert _audit_since(last_audit) == [
        ("2026-11-24 09:00:00", "desk", "test-desk", "reservation.expire", "reservation", i,
         '{"status": "pending"}', '{"status": "expired"}') for i in sorted(ids)]
    assert maintenance.expire_stale(desk, NOW) == 0
    assert len(_audit_since(last_audit)) == count


def test_fresh_holds_are_left_alone(desk: Actor) -> None:
    fresh = database.execute_sql(
        "SELECT count(*) FROM reservation WHERE status = 'pending' AND hold_expires_at > ?",
        (str(NOW.replace(tzinfo=None)),)).fetchone()[0]
    assert fresh > 0
    maintenance.expire_stale(desk, NOW)
    assert database.execute_sql(
        "SELECT count(*) FROM reservation WHERE status = 'pending'").fetchone()[0] == fresh
