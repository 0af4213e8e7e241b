"""The desk's questions about a moment: which types fit here, and who is due, waiting, late."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.access import Actor
from reservations_app.domain.explain import Reason
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, front_desk, people, schedule, visit_status
from reservations_app.services import visit_types as types
from reservations_app.store.db import Target

DAY = dt.date(2026, 12, 3)


def _utc(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), dt.UTC)


def _clinic(admin: Actor, now: dt.datetime) -> tuple[int, int, int]:
    okafor = people.add_provider(admin, "Dr Okafor", "o@c.example", "UTC", now)
    lind = people.add_provider(admin, "Dr Lind", "l@c.example", "UTC", now)
    for provider in (okafor, lind):
        schedule.add_availability(admin, provider.id, DAY, [parse_block("09:00-12:00")], now)
    types.add_type(admin, "Follow-up", 15, now)
    types.add_type(admin, "Assessment", 45, now, buffer_after=15)
    types.add_type(admin, "Procedure", 60, now, provider_ids=[lind.id])
    client = people.add_client(admin, "Ann", now, "ann@m.example")
    return okafor.id, lind.id, client.id


def _reasons(choices: list[front_desk.TypeChoice]) -> dict[str, Reason]:
    return {(c.visit_type.name if c.visit_type else "plain"): c.reason for c in choices}


def test_each_offered_type_says_whether_it_fits_at_that_time(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    okafor, lind, _ = _clinic(admin, now)
    assert _reasons(front_desk.choices_at(admin, okafor, _utc(9), now)) == {
        "Follow-up": Reason.FREE, "Assessment": Reason.FREE}
    assert _reasons(front_desk.choices_at(admin, lind, _utc(11, 30), now)) == {
        "Follow-up": Reason.FREE, "Assessment": Reason.DOES_NOT_FIT,
        "Procedure": Reason.DOES_NOT_FIT}


def test_a_client_at_their_limit_is_told_so_for_every_type(
        db: Target, admin: Actor, now: dt.datetime) -> None:
    okafor, lind, client = _clinic(admin, now)
    booking.hold(admin, client, lind, _utc(9), now)
    reasons = _reasons(front_desk.choices_at(admin, okafor, _utc(10), now, client_id=client))
    assert set(reasons.values()) == {Reason.CLIENT_LIMIT}


def test_a_clinic_without_types_books_one_plain_slot(db: Target, admin: Actor,
                                                     now: dt.datetime) -> None:
    provider = people.add_provider(admin, "Dr A", "a@c.example", "UTC", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("09:00-10:00")], now)
    (choice,) = front_desk.choices_at(admin, provider.id, _utc(9), now)
    assert choice.visit_type is None and choice.fits


def test_arrivals_are_due_waiting_or_late(db: Target, admin: Actor, now: dt.datetime) -> None:
    okafor, lind, ann = _clinic(admin, now)
    names = ("Bob", "Cy", "Di")
    bob, cy, di = (people.add_client(admin, n, now, f"{n}@m.example").id for n in names)
    late = booking.confirm(admin, booking.hold(admin, ann, okafor, _utc(9), now).id, now)
    waiting = booking.confirm(admin, booking.hold(admin, bob, lind, _utc(9, 15), now).id, now)
    due = booking.confirm(admin, booking.hold(admin, cy, okafor, _utc(10), now).id, now)
    booking.confirm(admin, booking.hold(admin, di, lind, _utc(11, 30), now).id, now)  # later
    arrived_at = _utc(9, 5)
    visit_status.arrive(admin, waiting.id, arrived_at)
    desk = front_desk.arrivals(admin, _utc(9, 20))
    assert [b.reservation.id for b in desk.due] == [due.id]
    assert [(w.booking.reservation.id, w.arrived_at) for w in desk.waiting] == [
        (waiting.id, arrived_at)]
    assert [b.reservation.id for b in desk.late] == [late.id]
