"""The lifecycle: every transition allowed and refused, late cancellations, time rules."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from reservations_app.domain import rules
from reservations_app.domain import status as lifecycle
from reservations_app.domain.errors import (
    InThePast,
    InvalidInput,
    InvalidTransition,
    PermissionDenied,
    TooFar,
    TooLate,
)
from reservations_app.domain.model import Policy, Reservation, Role, Status

NOW = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)
NEW_YORK = ZoneInfo("America/New_York")
POLICY = Policy()
# 10:00 New York on NOW's local day (NOW is 10:00 there too)
START = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)


def booking(status: Status, start: dt.datetime = START) -> Reservation:
    expires = NOW + dt.timedelta(minutes=30) if status is Status.PENDING else None
    return Reservation(1, 1, 1, start, start + dt.timedelta(minutes=30), start.date(), status,
                       NOW - dt.timedelta(days=3), expires)


ALL = list(Status)
ARRIVE_OK = {Status.CONFIRMED}
COMPLETE_OK = {Status.ARRIVED}
NO_SHOW_OK = {Status.CONFIRMED}
UNDO_OK = {Status.ARRIVED, Status.NO_SHOW}


@pytest.mark.parametrize("status", ALL)
def test_arrive_only_from_confirmed(status: Status) -> None:
    if status in ARRIVE_OK:
        assert lifecycle.arrive_from(booking(status), NEW_YORK, NOW) is Status.ARRIVED
    else:
        with pytest.raises(InvalidTransition):
            lifecycle.arrive_from(booking(status), NEW_YORK, NOW)


@pytest.mark.parametrize("status", ALL)
def test_complete_only_from_arrived(status: Status) -> None:
    if status in COMPLETE_OK:
        assert lifecycle.complete_from(booking(status), NOW) is Status.COMPLETED
    else:
        with pytest.raises(InvalidTransition):
            lifecycle.complete_from(booking(status), NOW)


@pytest.mark.parametrize("status", ALL)
def test_no_show_only_from_confirmed(status: Status) -> None:
    if status in NO_SHOW_OK:
        assert lifecycle.no_show_from(booking(status), NOW) is Status.NO_SHOW
    else:
        with pytest.raises(InvalidTransition):
            lifecycle.no_show_from(booking(status), NOW)


@pytest.mark.parametrize("status", ALL)
def test_undo_only_from_arrived_or_no_show(status: Status) -> None:
    if status in UNDO_OK:
        assert lifecycle.undo_from(booking(status), NOW) is Status.CONFIRMED
    else:
        with pytest.raises(InvalidTransition, match="undone"):
            lifecycle.undo_from(booking(status), NOW)


def test_arrived_from_the_start_of_the_visits_local_day() -> None:
    # 00:30 New York on Nov 25 is 05:30 UTC; the local day starts at 05:00 UTC.
    tomorrow = booking(Status.CONFIRMED, dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.UTC))
    local_midnight = dt.datetime(2026, 11, 25, 5, 0, tzinfo=dt.UTC)
    with pytest.raises(InvalidTransition, match="day of the visit"):
        lifecycle.arrive_from(tomorrow, NEW_YORK, local_midnight - dt.timedelta(seconds=1))
    assert lifecycle.arrive_from(tomorrow, NEW_YORK, local_midnight) is Status.ARRIVED


def test_no_show_only_once_the_start_has_passed() -> None:
    later = booking(Status.CONFIRMED, NOW + dt.timedelta(minutes=1))
    with pytest.raises(InvalidTransition, match="start has passed"):
        lifecycle.no_show_from(later, NOW)
    assert lifecycle.no_show_from(later, NOW + dt.timedelta(minutes=1)) is Status.NO_SHOW


@pytest.mark.parametrize("status", ALL)
def test_only_held_and_confirmed_can_be_cancelled_or_moved(status: Status) -> None:
    reservation = booking(status)
    if status in (Status.PENDING, Status.CONFIRMED):
        rules.check_cancellable(reservation, NOW)
        rules.check_movable(reservation, NOW)
        return
    with pytest.raises(InvalidTransition, match="nothing to cancel"):
        rules.check_cancellable(reservation, NOW)
    with pytest.raises(InvalidTransition, match="cannot be moved"):
        rules.check_movable(reservation, NOW)


def test_which_statuses_occupy_time() -> None:
    assert set(lifecycle.OCCUPYING) == {Status.PENDING, Status.CONFIRMED, Status.ARRIVED,
                                        Status.COMPLETED}
    assert lifecycle.sql_list() == "('pending', 'confirmed', 'arrived', 'completed')"
    stale = booking(Status.PENDING)
    assert stale.occupies_time(NOW) and not stale.occupies_time(NOW + dt.timedelta(hours=1))
    assert booking(Status.COMPLETED).occupies_time(NOW)
    assert not booking(Status.NO_SHOW).occupies_time(NOW)


def test_late_cancellation_is_inside_the_notice_window() -> None:
    notice = dt.timedelta(hours=24)
    start = NOW + notice
    assert not lifecycle.is_late_cancellation(start, notice, NOW)
    assert lifecycle.is_late_cancellation(start, notice, NOW + dt.timedelta(seconds=1))


def test_horizon_past_and_override() -> None:
    far = NOW + POLICY.horizon
    assert rules.check_time(far, POLICY, NOW) is None
    with pytest.raises(TooFar, match="365 days"):
        rules.check_time(far + dt.timedelta(seconds=1), POLICY, NOW)
    soon = NOW + dt.timedelta(hours=2)
    with pytest.raises(TooLate):
        rules.check_time(soon, POLICY, NOW)
    assert rules.check_time(soon, POLICY, NOW, "walk-in") == "walk-in"
    assert rules.check_time(NOW + dt.timedelta(days=3), POLICY, NOW, "walk-in") is None
    with pytest.raises(InThePast):
        rules.check_time(NOW - dt.timedelta(minutes=1), POLICY, NOW, "walk-in")


def test_only_an_admin_may_give_an_override_reason() -> None:
    assert rules.notice_override("  walk-in \n today ", Role.ADMIN) == "walk-in today"
    assert rules.notice_override("  ", Role.FRONT_DESK) is None
    with pytest.raises(PermissionDenied, match="administrator"):
        rules.notice_override("walk-in", Role.FRONT_DESK)
    with pytest.raises(InvalidInput):
        rules.notice_override("x" * 501, Role.ADMIN)


@pytest.mark.parametrize("status", ALL)
def test_the_changes_offered_are_exactly_those_the_rules_allow(status: Status) -> None:
    """What a screen offers (allowed_changes) agrees with each rule, status by status."""
    started = booking(status)
    expected = {change for change, ok in ((lifecycle.VisitChange.ARRIVE, ARRIVE_OK),
                                          (lifecycle.VisitChange.COMPLETE, COMPLETE_OK),
                                          (lifecycle.VisitChange.NO_SHOW, NO_SHOW_OK),
                                          (lifecycle.VisitChange.UNDO, UNDO_OK))
                if status in ok}
    assert lifecycle.allowed_changes(started, NEW_YORK, NOW) == expected


def test_a_visit_tomorrow_offers_no_check_in_and_no_no_show() -> None:
    tomorrow = booking(Status.CONFIRMED, dt.datetime(2026, 11, 25, 14, 0, tzinfo=dt.UTC))
    assert lifecycle.allowed_changes(tomorrow, NEW_YORK, NOW) == frozenset()
    local_midnight = dt.datetime(2026, 11, 25, 5, 0, tzinfo=dt.UTC)
    assert lifecycle.allowed_changes(tomorrow, NEW_YORK, local_midnight) == {
        lifecycle.VisitChange.ARRIVE}
