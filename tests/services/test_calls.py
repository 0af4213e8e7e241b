"""Reminder calls: the outcome is kept with the booking, replaced on a second call, audited."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, calls, people, printouts, schedule
from reservations_app.store.db import Target
from reservations_app.store.models import AuditRow

DAY = dt.date(2026, 12, 3)


def _visit(admin: Actor, now: dt.datetime) -> int:
    provider = people.add_provider(admin, "Dr A", "a@c.example", "UTC", now)
    schedule.add_availability(admin, provider.id, DAY, [parse_block("09:00-10:00")], now)
    client = people.add_client(admin, "Ann", now, "ann@m.example", "+1 212 555 0101")
    start = dt.datetime.combine(DAY, dt.time(9), dt.UTC)
    return booking.confirm(admin, booking.hold(admin, client.id, provider.id, start, now).id,
                           now).id


def test_a_call_is_noted_replaced_cleared_and_audited(db: Target, admin: Actor,
                                                      now: dt.datetime) -> None:
    rid = _visit(admin, now)
    calls.mark_call(admin, rid, calls.CallOutcome.NO_ANSWER, now)
    calls.mark_call(admin, rid, calls.CallOutcome.REACHED, now)
    assert calls.outcomes_of([rid]) == {rid: calls.CallOutcome.REACHED}
    calls.mark_call(admin, rid, calls.CallOutcome.REACHED, now)  # no change, no audit row
    calls.mark_call(admin, rid, None, now)
    assert calls.outcomes_of([rid]) == {}
    trail = [(row.before, row.after) for row in AuditRow.select().where(
        AuditRow.action == "reservation.call").order_by(AuditRow.id)]
    assert trail == [('{"call": null}', '{"call": "no_answer"}'),
                     ('{"call": "no_answer"}', '{"call": "reached"}'),
                     ('{"call": "reached"}', '{"call": null}')]


def test_the_call_list_carries_the_noted_outcome(db: Target, admin: Actor,
                                                 now: dt.datetime) -> None:
    rid = _visit(admin, now)
    calls.mark_call(admin, rid, calls.CallOutcome.LEFT_MESSAGE, now)
    evening_before = dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(17), dt.UTC)
    (visit,) = printouts.call_list(admin, evening_before).visits
    assert (visit.reservation_id, visit.call_outcome, visit.phone) == (
        rid, "left_message", "(212) 555-0101")


def test_refusals_in_words(db: Target, admin: Actor, now: dt.datetime) -> None:
    rid = _visit(admin, now)
    with pytest.raises(NotFound):
        calls.mark_call(admin, rid + 100, calls.CallOutcome.REACHED, now)
    with pytest.raises(InvalidInput, match="not a call outcome"):
        calls.parse_outcome("maybe")
    assert calls.parse_outcome("Left message") is calls.CallOutcome.LEFT_MESSAGE
    other = Actor("pat", Role.PROVIDER, "desk", provider_id=rid + 999)
    with pytest.raises(PermissionDenied):
        calls.mark_call(other, rid, calls.CallOutcome.REACHED, now)
