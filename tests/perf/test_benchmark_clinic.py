"""The benchmark clinic holds data the app itself could have written, and the same every time."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from benchmarks import make_clinic
from benchmarks.clinic_history import reservation_json
from benchmarks.make_clinic import NOW
from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import SlotTaken
from reservations_app.domain.model import AvailabilityBlock, Reservation, Status
from reservations_app.domain.timezones import local_date_of, zone
from reservations_app.services import audit, booking, maintenance, schedule
from reservations_app.store import records
from reservations_app.store.db import Target
from reservations_app.store.models import BlockRow, ProviderRow, ReservationRow, database


def _reservations() -> list[Reservation]:
    return [records.reservation(row) for row in ReservationRow.select()]


def test_every_state_is_there(clinic: Target) -> None:
    reservations = _reservations()
    statuses = Counter(r.status for r in reservations)
    # Its two years of history are a clinic's from before the desk statuses (issue 11): past
    # visits stayed confirmed, as they do in a database upgraded from then.
    assert set(statuses) == set(Status) - {Status.ARRIVED, Status.COMPLETED, Status.NO_SHOW}
    assert statuses[Status.CONFIRMED] > 0.8 * len(reservations)
    holds = [r for r in reservations if r.status is Status.PENDING]
    stale = [r for r in holds if not r.is_live(NOW)]
    assert 0 < len(stale) < len(holds) / 2


def test_reservations_sit_on_real_slots_on_their_local_date(clinic: Target) -> None:
    zones = {p.id: zone(p.timezone) for p in ProviderRow.select()}
    blocks: dict[tuple[int, dt.date], list[AvailabilityBlock]] = {}
    for row in BlockRow.select():
        block = records.block(row)
        blocks.setdefault((block.provider_id, block.local_date), []).append(block)
    for r in _reservations():
        assert r.local_date == local_date_of(r.start, zones[r.provider_id])
        assert slot_rules.is_slot_of(r.start, blocks[(r.provider_id, r.local_date)], 15), r
        assert r.end - r.start == dt.timedelta(minutes=15)
        assert r.created_at <= NOW and r.created_at <= r.start - dt.timedelta(hours=24)


def test_live_bookings_keep_the_rules(clinic: Target) -> None:
    live = [r for r in _reservations() if r.is_live(NOW)]
    per_client_day = Counter((r.client_id, r.local_date) for r in live)
    assert max(per_client_day.values()) == 1
    per_slot = Counter((r.provider_id, r.start) for r in live)
    assert max(per_slot.values()) == 1


def test_the_audit_trail_ends_with_each_reservations_stored_state(clinic: Target) -> None:
    last: dict[int, tuple[str, str | None]] = {}
    for entity_id, action, after in database.execute_sql(
            "SELECT entity_id, action, after FROM audit_log WHERE entity = 'reservation' "
            "ORDER BY at, id"):
        last[entity_id] = (action, after)
    reservations = _reservations()
    assert set(last) == {r.id for r in reservations}
    for r in reservations:
        action, after = last[r.id]
        if r.status is Status.EXPIRED:
            assert (action, after) == ("reservation.expire", '{"status": "expired"}')
        else:
            assert after == audit.snapshot(r), r


def test_snapshots_are_written_as_the_service_writes_them() -> None:
    start = dt.datetime(2026, 12, 1, 14, 0)
    row = (7, 3, 11, start, start + dt.timedelta(minutes=15), dt.date(2026, 12, 1),
           "cancelled", start - dt.timedelta(days=3), None, start - dt.timedelta(days=2),
           start - dt.timedelta(days=1), "Client rescheduled")
    utc = [value.replace(tzinfo=dt.UTC) if isinstance(value, dt.datetime) else value
           for value in row]
    reservation = Reservation(*utc[:6], Status(utc[6]), *utc[7:], occupied_start=utc[3],
                              occupied_end=utc[4])
    assert reservation_json(row) == audit.snapshot(reservation)


def test_the_services_accept_the_data(clinic: Target, desk: Actor) -> None:
    day = NOW.date() + dt.timedelta(days=7)
    stale = sum(1 for r in _reservations() if r.status is Status.PENDING and not r.is_live(NOW))
    assert maintenance.expire_stale(desk, NOW) == stale
    taken = next(r for r in _reservations() if r.local_date == day and r.is_live(NOW))
    with pytest.raises(SlotTaken):
        booking.hold(desk, _free_client(day), taken.provider_id, taken.start, NOW)
    free = schedule.bookable_slots(desk, day, NOW)
    assert free and taken.start not in {s.start for s in free if
                                        s.provider_id == taken.provider_id}
    held = booking.hold(desk, _free_client(day), free[0].provider_id, free[0].start, NOW)
    assert booking.confirm(desk, held.id, NOW).status is Status.CONFIRMED


def _free_client(day: dt.date) -> int:
    return database.execute_sql(
        "SELECT min(id) FROM client WHERE id NOT IN (SELECT client_id FROM reservation "
        "WHERE local_date = ?)", (day.isoformat(),)).fetchone()[0]


def _content(path: Path) -> str:
    digest = hashlib.sha256()
    connection = sqlite3.connect(path)
    try:
        for table in ("provider", "client", "availability_block", "reservation", "audit_log",
                      "setting"):
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def test_the_same_seed_builds_the_same_clinic(small_clinic_file: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    make_clinic.build(again, make_clinic.SMALL, progress=lambda _: None)
    assert _content(again) == _content(small_clinic_file)
