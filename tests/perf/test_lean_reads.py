"""The hot lists read raw rows instead of peewee models; they must give exactly what reading
through the models gives, for every row of the clinic."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.make_clinic import NOW
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import NotFound
from reservations_app.domain.model import Booking
from reservations_app.domain.rules import earliest_bookable_start
from reservations_app.domain.slots import free_slots
from reservations_app.services import booking, schedule, settings
from reservations_app.store import records
from reservations_app.store.models import BlockRow, ClientRow, ProviderRow, ReservationRow

pytestmark = pytest.mark.usefixtures("clinic")


def _through_models() -> list[Booking]:
    clients = {row.id: row.name for row in ClientRow.select()}
    providers = {row.id: row for row in ProviderRow.select()}
    return [Booking(records.reservation(row), clients[row.client_id],
                    providers[row.provider_id].name, providers[row.provider_id].timezone)
            for row in ReservationRow.select().order_by(ReservationRow.start_at,
                                                        ReservationRow.id)]


def test_bookings_read_raw_equal_bookings_read_through_models(desk: Actor) -> None:
    expected = _through_models()
    got = []
    while len(got) < len(expected):
        got += booking.list_bookings(desk, NOW, limit=1000, offset=len(got))
    assert got == expected
    assert booking.get_booking(desk, expected[7].reservation.id) == expected[7]
    with pytest.raises(NotFound):
        booking.get_booking(desk, 10**9)


def test_provider_week_is_the_providers_bookings_of_those_days(desk: Actor) -> None:
    first = NOW.date()
    week = booking.provider_week(desk, 2, first)
    expected = [b for b in _through_models() if b.reservation.provider_id == 2
                and first <= b.reservation.local_date <= first + dt.timedelta(days=6)]
    assert week == sorted(expected, key=lambda b: b.reservation.start) and week


def test_availability_read_raw_equals_availability_read_through_models(desk: Actor) -> None:
    expected = [records.block(row) for row in
                BlockRow.select().where(BlockRow.provider == 3).order_by(BlockRow.start_at)]
    assert schedule.list_availability(desk, 3) == expected and expected
    with pytest.raises(NotFound):
        schedule.list_availability(desk, 999)


def test_bookable_slots_equal_the_slots_of_full_records(desk: Actor) -> None:
    policy = settings.get_policy()
    for offset in (1, 7, 30):
        day = NOW.date() + dt.timedelta(days=offset)
        blocks = [records.block(row) for row in BlockRow.select().where(
            BlockRow.local_date == day)]
        live = [r for r in (records.reservation(row) for row in ReservationRow.select().where(
            ReservationRow.local_date == day)) if r.is_live(NOW)]
        expected = free_slots(blocks, live, policy.slot_minutes,
                              earliest_bookable_start(policy, NOW))
        got = schedule.bookable_slots(desk, day, NOW)
        assert [(s.start, s.end, s.provider_id) for s in got] == \
            [(s.start, s.end, s.provider_id) for s in expected]
