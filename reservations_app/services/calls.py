"""The desk's reminder calls: what it heard when it called a client about a visit (reached, left
a message, no answer), kept with the booking and audited; calling again replaces the mark."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput, NotFound
from reservations_app.services import audit
from reservations_app.store.db import fetch_values, transactional
from reservations_app.store.models import CallMarkRow, ReservationRow, to_db


class CallOutcome(StrEnum):
    REACHED = "reached"
    LEFT_MESSAGE = "left_message"
    NO_ANSWER = "no_answer"


def parse_outcome(text: str) -> CallOutcome:
    try:
        return CallOutcome(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise InvalidInput(f"'{text}' is not a call outcome: use reached, left_message or "
                           "no_answer.") from None


@audit.denials_audited
@transactional
def mark_call(actor: Actor, reservation_id: int, outcome: CallOutcome | None,
              now: dt.datetime) -> CallOutcome | None:
    """Record what the call about `reservation_id` gave (None clears the mark)."""
    row = ReservationRow.get_or_none(ReservationRow.id == reservation_id)
    if row is None:
        raise NotFound(f"There is no reservation {reservation_id}.")
    require(actor, Permission.BOOK, row.provider_id)
    before = CallMarkRow.get_or_none(CallMarkRow.reservation == reservation_id)
    previous = CallOutcome(before.outcome) if before is not None else None
    if previous == outcome:
        return outcome
    CallMarkRow.delete().where(CallMarkRow.reservation == reservation_id).execute()
    if outcome is not None:
        CallMarkRow.insert(reservation=reservation_id, outcome=outcome.value,
                           marked_at=to_db(now), marked_by=actor.username).execute()
    audit.record(actor, now, "reservation.call", "reservation", reservation_id,
                 {"call": previous.value if previous else None},
                 {"call": outcome.value if outcome else None})
    return outcome


def outcomes_of(reservation_ids: list[int]) -> dict[int, CallOutcome]:
    """The recorded outcome of each booking that has one; call inside the caller's read."""
    if not reservation_ids:
        return {}
    query = CallMarkRow.select(CallMarkRow.reservation, CallMarkRow.outcome).where(
        CallMarkRow.reservation.in_(reservation_ids))
    return {int(values[0]): CallOutcome(values[1]) for values in fetch_values(query)}
