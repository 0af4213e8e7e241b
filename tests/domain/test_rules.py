import datetime as dt

import pytest

from reservations_app.domain import rules
from reservations_app.domain.errors import (
    ClientDayFull,
    HoldExpired,
    InvalidTransition,
    SlotTaken,
    TooLate,
)
from reservations_app.domain.expiry import about_to_expire, stale_holds
from reservations_app.domain.model import Policy, Reservation, Status

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
POLICY = Policy()


def held(start: dt.datetime, made: dt.datetime = NOW, rid: int = 1,
         status: Status = Status.PENDING) -> Reservation:
    return Reservation(rid, 1, 1, start, start + dt.timedelta(minutes=15), start.date(), status,
                       created_at=made, hold_expires_at=rules.hold_expires_at(POLICY, made))


def test_notice_boundary_is_exactly_24_hours() -> None:
    rules.check_notice(NOW + dt.timedelta(hours=24), POLICY, NOW)
    with pytest.raises(TooLate, match="24 hours"):
        rules.check_notice(NOW + dt.timedelta(hours=24) - dt.timedelta(seconds=1), POLICY, NOW)


def test_hold_expires_exactly_at_30_minutes() -> None:
    hold = held(NOW + dt.timedelta(days=2))
    just_before = NOW + dt.timedelta(minutes=30) - dt.timedelta(microseconds=1)
    assert hold.is_live(just_before)
    assert not hold.is_live(NOW + dt.timedelta(minutes=30))
    assert stale_holds([hold], NOW + dt.timedelta(minutes=30)) == [hold]
    assert stale_holds([hold], just_before) == []


def test_an_expired_hold_cannot_be_confirmed() -> None:
    hold = held(NOW + dt.timedelta(days=2))
    rules.check_confirmable(hold, NOW + dt.timedelta(minutes=29))
    with pytest.raises(HoldExpired):
        rules.check_confirmable(hold, NOW + dt.timedelta(minutes=30))


def test_confirmed_cannot_be_confirmed_again_and_cancelled_not_cancelled() -> None:
    confirmed = held(NOW + dt.timedelta(days=2), status=Status.CONFIRMED)
    with pytest.raises(InvalidTransition):
        rules.check_confirmable(confirmed, NOW)
    cancelled = held(NOW + dt.timedelta(days=2), status=Status.CANCELLED)
    with pytest.raises(InvalidTransition):
        rules.check_cancellable(cancelled, NOW)


def test_one_booking_per_client_per_day() -> None:
    existing = held(NOW + dt.timedelta(days=2))
    rules.check_client_day([], POLICY)
    with pytest.raises(ClientDayFull):
        rules.check_client_day([existing], POLICY)
    rules.check_client_day([existing], POLICY, ignore_id=existing.id)
    rules.check_client_day([existing], Policy(max_per_client_per_day=2))


def test_overlapping_live_booking_means_taken() -> None:
    other = held(NOW + dt.timedelta(days=2))
    with pytest.raises(SlotTaken):
        rules.check_slot_free(other.start, other.end, [other])
    rules.check_slot_free(other.end, other.end + dt.timedelta(minutes=15), [other])


def test_about_to_expire_in_the_last_five_minutes() -> None:
    hold = held(NOW + dt.timedelta(days=2))
    assert not about_to_expire(hold, NOW + dt.timedelta(minutes=24, seconds=59))
    assert about_to_expire(hold, NOW + dt.timedelta(minutes=25))
    assert not about_to_expire(hold, NOW + dt.timedelta(minutes=30))


def test_effective_status_shows_stale_hold_as_expired() -> None:
    hold = held(NOW + dt.timedelta(days=2))
    assert hold.effective_status(NOW) is Status.PENDING
    assert hold.effective_status(NOW + dt.timedelta(minutes=31)) is Status.EXPIRED
    assert hold.seconds_left(NOW + dt.timedelta(minutes=29)) == 60
