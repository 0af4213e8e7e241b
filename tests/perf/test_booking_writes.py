"""The write path builds its answers without reading rows back: they must equal what reading
them back gives, and the audit trail must record exactly those."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from benchmarks.make_clinic import NOW
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Reservation
from reservations_app.services import audit, booking, schedule
from reservations_app.store import records
from reservations_app.store.models import BlockRow, ReservationRow, database

DAY = NOW.date() + dt.timedelta(days=63)

pytestmark = pytest.mark.usefixtures("clinic")


def _stored(reservation_id: int) -> Reservation:
    return records.reservation(ReservationRow.get_by_id(reservation_id))


def _last_audit(reservation_id: int) -> tuple[str, str | None, str | None]:
    return database.execute_sql(
        "SELECT action, before, after FROM audit_log WHERE entity = 'reservation' "
        "AND entity_id = ? ORDER BY id DESC LIMIT 1", (reservation_id,)).fetchone()


def _free_client() -> int:
    return database.execute_sql(
        "SELECT min(id) FROM client WHERE id NOT IN (SELECT client_id FROM reservation "
        "WHERE local_date = ?)", (DAY.isoformat(),)).fetchone()[0]


def test_hold_confirm_move_cancel_answer_what_is_stored(desk: Actor) -> None:
    first, second = schedule.bookable_slots(desk, DAY, NOW)[:2]
    # A start given in another zone and with microseconds is stored as UTC, as given.
    start = first.start.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    now = NOW + dt.timedelta(microseconds=1234)
    held = booking.hold(desk, _free_client(), first.provider_id, start, now)
    assert held == _stored(held.id)
    assert _last_audit(held.id) == ("reservation.hold", None, audit.snapshot(held))

    confirmed = booking.confirm(desk, held.id, now + dt.timedelta(minutes=3))
    assert confirmed == _stored(held.id)
    assert _last_audit(held.id) == ("reservation.confirm", audit.snapshot(held),
                                    audit.snapshot(confirmed))

    moved = booking.move(desk, held.id, second.start, now, provider_id=second.provider_id)
    assert moved == _stored(held.id) and moved.start == second.start

    cancelled = booking.cancel(desk, held.id, now, "  Client   called ")
    assert cancelled == _stored(held.id) and cancelled.cancel_reason == "Client called"
    assert _last_audit(held.id) == ("reservation.cancel", audit.snapshot(moved),
                                    audit.snapshot(cancelled))


def test_snapshots_are_what_asdict_gave() -> None:
    block = records.block(BlockRow.select().first())
    reservation = records.reservation(ReservationRow.select().first())
    for value in (block, reservation, {"weekdays": [0, 2], "blocks": ("08:00-12:00",)},
                  [reservation, {"nested": block}]):
        plain = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else (
            [dataclasses.asdict(reservation), {"nested": dataclasses.asdict(block)}]
            if isinstance(value, list) else value)
        assert audit.snapshot(value) == json.dumps(plain, default=str, sort_keys=True,
                                                   ensure_ascii=False)


def test_snapshots_of_every_kind_of_value_are_what_asdict_gives() -> None:
    from reservations_app.domain.model import BlockSpec, Policy, Provider, Status

    at = dt.datetime(2026, 3, 8, 7, 30, tzinfo=dt.UTC)
    reservation = Reservation(7, 1, 2, at, at + dt.timedelta(minutes=15), at.date(),
                              Status.CANCELLED, at, None, at, at, "Zahnärztin krank — 病気")
    provider = Provider(3, "Dr. Søren Ødegård", "s@clinic.example", "Europe/Oslo")
    values: list[object] = [
        reservation, provider, Policy(), BlockSpec(dt.time(8), dt.time(12, 30)),
        {"status": Status.PENDING, "day": at.date(), "when": at, "at": dt.time(9, 15),
         "count": 3, "share": 0.5, "flag": True, "none": None},
        [reservation, (provider, "text")], Status.EXPIRED, "plain text"]
    for value in values:
        plain = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value
        if isinstance(value, list):
            plain = [dataclasses.asdict(reservation), [dataclasses.asdict(provider), "text"]]
        assert audit.snapshot(value) == json.dumps(plain, default=str, sort_keys=True,
                                                   ensure_ascii=False), value
    assert audit.snapshot(None) is None


def test_snapshot_text_escapes_and_keeps_each_instants_own_offset() -> None:
    """The flat records' text is written field by field, and UTC instants' text is kept: the
    same instant in another zone, or text json must escape, is still written as json would."""
    from reservations_app.domain.model import Provider, Status

    utc = dt.datetime(2026, 3, 8, 7, 30, 0, 1234, tzinfo=dt.UTC)
    eastern = utc.astimezone(dt.timezone(dt.timedelta(hours=-5)))
    for at in (utc, eastern, utc.replace(tzinfo=None), utc):
        reservation = Reservation(2**40, 1, 2, at, at, at.date(), Status.PENDING, at, None,
                                  None, None, 'said "hi"\n\t\x01 \u2028 %s 病')
        assert audit.snapshot(reservation) == json.dumps(
            dataclasses.asdict(reservation), default=str, sort_keys=True, ensure_ascii=False)
    provider = Provider(3, "100% \\ O'Brien", None, "Europe/Oslo", "#fff", False)
    assert audit.snapshot(provider) == json.dumps(dataclasses.asdict(provider), default=str,
                                                  sort_keys=True, ensure_ascii=False)
