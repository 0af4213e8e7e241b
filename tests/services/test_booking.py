import datetime as dt

import pytest
from peewee import fn

from reservations_app.domain import rules
from reservations_app.domain.errors import (
    ClientDayFull,
    HoldExpired,
    InvalidInput,
    InvalidTransition,
    NotFound,
    SlotTaken,
    SlotUnavailable,
    TooLate,
)
from reservations_app.domain.model import Status
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, maintenance, schedule, settings
from reservations_app.store.models import AuditRow, Setting
from tests.services.helpers import DAY, at, clients, provider_with_day

HOLD = dt.timedelta(minutes=30)


@pytest.fixture
def clinic(db, admin, now):
    doc = provider_with_day(admin, now, blocks=("08:00-11:00", "12:00-15:00"))
    return doc, clients(admin, now, 3)


def test_hold_then_confirm(clinic, admin, now) -> None:
    doc, (ann, _, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    assert held.status is Status.PENDING
    assert held.hold_expires_at == now + HOLD
    assert held.end - held.start == dt.timedelta(minutes=15)
    confirmed = booking.confirm(admin, held.id, now + dt.timedelta(minutes=29))
    assert confirmed.status is Status.CONFIRMED and confirmed.hold_expires_at is None
    with pytest.raises(InvalidTransition):
        booking.confirm(admin, held.id, now + dt.timedelta(minutes=29))


def test_a_slot_is_never_held_twice(clinic, admin, now) -> None:
    doc, (ann, bob, _) = clinic
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    with pytest.raises(SlotTaken, match="just taken"):
        booking.hold(admin, bob.id, doc.id, at(DAY, "08:15"), now)


def test_the_unique_index_guards_even_when_the_check_is_skipped(clinic, admin, now,
                                                                monkeypatch) -> None:
    doc, (ann, bob, _) = clinic
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    monkeypatch.setattr(rules, "check_slot_free", lambda *args, **kwargs: None)
    monkeypatch.setattr(rules, "check_fits", lambda *args, **kwargs: None)
    with pytest.raises(SlotTaken):
        booking.hold(admin, bob.id, doc.id, at(DAY, "08:15"), now)
    assert len(booking.list_bookings(admin, now)) == 1


def test_notice_and_grid_and_zone_rules(clinic, admin, now) -> None:
    doc, (ann, _, _) = clinic
    with pytest.raises(TooLate):
        booking.hold(admin, ann.id, doc.id, now + dt.timedelta(hours=23), now)
    with pytest.raises(SlotUnavailable):
        booking.hold(admin, ann.id, doc.id, at(DAY, "08:10"), now)
    with pytest.raises(SlotUnavailable):
        booking.hold(admin, ann.id, doc.id, at(DAY, "11:00"), now)
    with pytest.raises(InvalidInput, match="offset"):
        booking.hold(admin, ann.id, doc.id, dt.datetime(2026, 12, 1, 9), now)
    with pytest.raises(NotFound):
        booking.hold(admin, 999, doc.id, at(DAY, "08:15"), now)


def test_notice_boundary_is_exactly_24_hours(clinic, admin) -> None:
    doc, (ann, bob, _) = clinic
    start = at(DAY, "09:00")
    with pytest.raises(TooLate):
        booking.hold(admin, ann.id, doc.id, start, start - dt.timedelta(hours=24, seconds=-1))
    assert booking.hold(admin, bob.id, doc.id, start, start - dt.timedelta(hours=24))


def test_one_booking_per_client_per_day(clinic, admin, now) -> None:
    doc, (ann, _, _) = clinic
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    with pytest.raises(ClientDayFull):
        booking.hold(admin, ann.id, doc.id, at(DAY, "13:00"), now)


def test_one_per_day_counts_the_providers_local_day_across_midnight(db, admin, now) -> None:
    # Tokyo is UTC+9: 23:45 on Dec 1 and 00:15 on Dec 2 local are the same UTC day.
    tokyo = provider_with_day(admin, now, tz="Asia/Tokyo", blocks=("23:00-24:00",))
    schedule.add_availability(admin, tokyo.id, DAY + dt.timedelta(days=1),
                              [schedule_block("00:00-01:00")], now)
    [ann] = clients(admin, now, 1)
    late = at(DAY, "23:45", "Asia/Tokyo")
    early_next = at(DAY + dt.timedelta(days=1), "00:15", "Asia/Tokyo")
    assert late.date() == early_next.date()  # same UTC date, different local dates
    booking.hold(admin, ann.id, tokyo.id, late, now)
    booking.hold(admin, ann.id, tokyo.id, early_next, now)
    with pytest.raises(ClientDayFull):
        booking.hold(admin, ann.id, tokyo.id, at(DAY, "23:00", "Asia/Tokyo"), now)


def test_the_sweep_expires_and_audits_each_stale_hold_and_leaves_the_rest(
        clinic, admin, now) -> None:
    doc, (ann, bob, cid) = clinic
    stale = [booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now),
             booking.hold(admin, bob.id, doc.id, at(DAY, "08:30"), now)]
    later = now + dt.timedelta(minutes=10)
    fresh = booking.hold(admin, cid.id, doc.id, at(DAY, "08:45"), later)
    before = AuditRow.select(fn.MAX(AuditRow.id)).scalar()

    assert maintenance.expire_stale(admin, now + HOLD) == 2

    rows = AuditRow.select().where(AuditRow.id > before).order_by(AuditRow.entity_id)
    assert [(r.actor, r.action, r.entity, r.entity_id, r.before, r.after) for r in rows] == [
        (admin.username, "reservation.expire", "reservation", held.id,
         '{"status": "pending"}', '{"status": "expired"}') for held in stale]
    assert [booking.get_booking(admin, r.id).reservation.status for r in (*stale, fresh)] == \
        [Status.EXPIRED, Status.EXPIRED, Status.PENDING]


def schedule_block(text: str):
    from reservations_app.domain.slots import parse_block

    return parse_block(text)


def test_hold_expires_after_exactly_30_minutes(clinic, admin, now) -> None:
    doc, (ann, bob, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    assert maintenance.expire_stale(admin, now + HOLD - dt.timedelta(seconds=1)) == 0
    assert maintenance.expire_stale(admin, now + HOLD) == 1
    assert maintenance.expire_stale(admin, now + HOLD) == 0  # idempotent
    with pytest.raises(HoldExpired):
        booking.confirm(admin, held.id, now + HOLD)
    assert booking.get_booking(admin, held.id).reservation.status is Status.EXPIRED
    again = booking.hold(admin, bob.id, doc.id, at(DAY, "08:15"), now + HOLD)
    assert again.status is Status.PENDING


def test_a_stale_hold_frees_its_slot_before_any_sweep(clinic, admin, now) -> None:
    doc, (ann, bob, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    later = now + HOLD
    with pytest.raises(HoldExpired):
        booking.confirm(admin, held.id, later)
    assert at(DAY, "08:15") in {s.start for s in schedule.bookable_slots(admin, DAY, later)}
    booking.hold(admin, bob.id, doc.id, at(DAY, "08:15"), later)
    # and the client whose hold lapsed may book again that day
    booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), later)


def test_a_booking_expires_the_stale_holds_of_its_provider_and_client_that_day(
        db, admin, now) -> None:
    doc = provider_with_day(admin, now, blocks=("08:00-11:00",))
    other = provider_with_day(admin, now, email="other@clinic.example",
                              blocks=("08:00-11:00",))
    next_day = DAY + dt.timedelta(days=1)
    schedule.add_availability(admin, doc.id, next_day, [parse_block("08:00-09:00")], now)
    ann, bob, cat = clients(admin, now, 3)
    doc_stale = booking.hold(admin, bob.id, doc.id, at(DAY, "10:00"), now)
    ann_stale = booking.hold(admin, ann.id, other.id, at(DAY, "09:00"), now)
    untouched = [booking.hold(admin, cat.id, other.id, at(DAY, "10:00"), now),  # neither
                 booking.hold(admin, ann.id, doc.id, at(next_day, "08:00"), now)]  # next day
    later = now + HOLD
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), later)  # ann's day is free again

    def status(held):
        return booking.get_booking(admin, held.id).reservation.status
    assert [status(h) for h in (doc_stale, ann_stale)] == [Status.EXPIRED] * 2
    assert [status(h) for h in untouched] == [Status.PENDING] * 2
    assert maintenance.expire_stale(admin, later) == 2  # the sweep finds only the others


def test_cancel_frees_the_slot_and_keeps_the_reason(clinic, admin, now) -> None:
    doc, (ann, bob, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    cancelled = booking.cancel(admin, held.id, now, "  feeling   better ")
    assert cancelled.status is Status.CANCELLED and cancelled.cancel_reason == "feeling better"
    with pytest.raises(InvalidTransition):
        booking.cancel(admin, held.id, now)
    booking.hold(admin, bob.id, doc.id, at(DAY, "08:15"), now)


def test_move_frees_the_old_slot_only_when_the_new_one_is_taken(clinic, admin, now) -> None:
    doc, (ann, bob, _) = clinic
    mine = booking.confirm(admin, booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now).id,
                           now)
    theirs = booking.hold(admin, bob.id, doc.id, at(DAY, "09:00"), now)
    with pytest.raises(SlotTaken):
        booking.move(admin, mine.id, theirs.start, now)
    assert booking.get_booking(admin, mine.id).reservation.start == at(DAY, "08:15")
    moved = booking.move(admin, mine.id, at(DAY, "13:30"), now)
    assert moved.id == mine.id and moved.status is Status.CONFIRMED
    free = {s.start for s in schedule.bookable_slots(admin, DAY, now)}
    assert at(DAY, "08:15") in free and at(DAY, "13:30") not in free


def test_move_within_the_same_day_is_not_a_second_booking(clinic, admin, now) -> None:
    doc, (ann, _, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    assert booking.move(admin, held.id, at(DAY, "08:30"), now).start == at(DAY, "08:30")


def test_list_filters_by_effective_status(clinic, admin, now) -> None:
    doc, (ann, bob, cat) = clinic
    booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    kept = booking.hold(admin, bob.id, doc.id, at(DAY, "08:30"), now)
    booking.confirm(admin, kept.id, now)
    later = now + HOLD
    late_hold = booking.hold(admin, cat.id, doc.id, at(DAY, "08:45"), later)

    def ids(status):
        return [b.reservation.id for b in booking.list_bookings(admin, later, status=status)]

    assert ids(Status.CONFIRMED) == [kept.id]
    assert ids(Status.PENDING) == [late_hold.id]
    assert len(ids(Status.EXPIRED)) == 1
    names = {b.client_name for b in booking.list_bookings(admin, later, local_date=DAY)}
    assert names == {ann.name, bob.name, cat.name}
    assert booking.list_bookings(admin, later, client_id=bob.id)[0].provider_name == doc.name


def test_days_with_live_bookings_are_the_days_a_month_marks(db, admin, now) -> None:
    later = DAY + dt.timedelta(days=1)
    doc = provider_with_day(admin, now, blocks=("08:00-11:00",))
    schedule.add_availability(admin, doc.id, later, [parse_block("08:00-09:00")], now)
    other = provider_with_day(admin, now, email="other@clinic.example",
                              day=DAY + dt.timedelta(days=2))
    ann, bob, cat = clients(admin, now, 3)
    confirmed = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    booking.confirm(admin, confirmed.id, now)
    booking.hold(admin, bob.id, doc.id, at(later, "08:15"), now)  # held: live for 30 minutes
    booking.hold(admin, cat.id, other.id, at(DAY + dt.timedelta(days=2), "08:15"), now)
    month = (DAY - dt.timedelta(days=10), DAY + dt.timedelta(days=20))
    assert booking.days_with_live_bookings(admin, doc.id, *month, now) == {DAY, later}
    assert booking.days_with_live_bookings(admin, doc.id, *month, now + HOLD) == {DAY}
    assert booking.days_with_live_bookings(admin, doc.id, later, later, now) == {later}
    booking.cancel(admin, confirmed.id, now)
    assert booking.days_with_live_bookings(admin, doc.id, *month, now + HOLD) == set()


@pytest.mark.parametrize(("tz", "block", "start"), [
    ("America/Los_Angeles", "22:00-24:00", "23:30"),  # the next UTC date
    ("Pacific/Auckland", "00:00-02:00", "00:15"),  # the previous UTC date
    ("UTC", "08:00-10:00", "09:45"),  # the last slot of its block
])
def test_a_hold_finds_the_block_of_the_providers_local_date(db, admin, now, tz, block,
                                                           start) -> None:
    doc = provider_with_day(admin, now, tz=tz, blocks=(block,))
    [ann] = clients(admin, now, 1)
    held = booking.hold(admin, ann.id, doc.id, at(DAY, start, tz), now)
    assert held.local_date == DAY
    with pytest.raises(SlotUnavailable):  # the same wall time a day later has no block
        booking.hold(admin, ann.id, doc.id, at(DAY + dt.timedelta(days=1), start, tz), now)


def test_each_hold_reads_the_policy_as_it_is_now(clinic, admin, now) -> None:
    doc, (ann, bob, cid) = clinic
    settings.set_value(admin, "hold_minutes", "20", now)
    first = booking.hold(admin, ann.id, doc.id, at(DAY, "08:15"), now)
    Setting.update(value="45").where(Setting.key == "hold_minutes").execute()  # another desk
    second = booking.hold(admin, bob.id, doc.id, at(DAY, "08:30"), now)
    Setting.delete().where(Setting.key == "hold_minutes").execute()
    third = booking.hold(admin, cid.id, doc.id, at(DAY, "08:45"), now)
    assert [r.hold_expires_at - now for r in (first, second, third)] == [
        dt.timedelta(minutes=minutes) for minutes in (20, 45, 30)]
