"""Change a reservation only if it is still as it was read: the guard against lost updates.

Under PostgreSQL's READ COMMITTED two desks can read the same reservation, each decide, and
write one after the other. An UPDATE by id alone then applies the second decision to a row
that is no longer what it was decided from: a cancelled hold confirmed, an expired hold
confirmed, a cancelled booking moved, a cancel reason left on a confirmed booking. So every
change names in its WHERE clause the state it was decided from (status, provider and start,
as read in the same transaction). An UPDATE that had to wait for the other desk re-checks that
condition against the row the other desk committed; it then changes nothing, and the loser is
told what happened. SQLite runs the same statements: BEGIN IMMEDIATE already lets only one
writer in, so there the condition always holds. No statement is added: the check is the
UPDATE's row count, and only a loser reads the row again to say why.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reservations_app.domain.errors import ChangedElsewhere, InvalidTransition, NotFound
from reservations_app.domain.model import Reservation, Status
from reservations_app.domain.status import CHANGEABLE, label
from reservations_app.store import records
from reservations_app.store.models import ReservationRow, to_db
from reservations_app.store.prepared import Bind, Prepared

_CURRENT = Prepared(lambda: ReservationRow.select(*records.RESERVATION_COLUMNS).where(
    ReservationRow.id == Bind("id")))

def current(reservation_id: int) -> Reservation | None:
    """The reservation as the database holds it now, or None when there is none."""
    found = _CURRENT.rows(id=reservation_id)
    return records.reservation_of_values(found[0]) if found else None


class Transition:
    """One kind of change: from any of `from_statuses` to `to` (None keeps the status), setting
    `values` as in peewee's update(); give a Bind for a value that each change supplies.

        _ARRIVE = Transition((Status.CONFIRMED,), Status.ARRIVED, arrived_at=Bind("now"))
        _ARRIVE.apply(before, now=to_db(now))

    The statement is built once per database, like any Prepared query."""

    def __init__(self, from_statuses: Iterable[Status], to: Status | None,
                 **values: Any) -> None:
        self.from_statuses = frozenset(from_statuses)
        settings = dict(values) if to is None else {**values, "status": to.value}
        self._update = Prepared(lambda: ReservationRow.update(**settings).where(
            (ReservationRow.id == Bind("id")) & (ReservationRow.status == Bind("seen_status"))
            & (ReservationRow.provider == Bind("seen_provider"))
            & (ReservationRow.start_at == Bind("seen_start"))))

    def apply(self, before: Reservation, **values: Any) -> None:
        """Make the change to `before`, read in this transaction, if the row is still as read;
        otherwise raise ChangedElsewhere (or NotFound) and change nothing."""
        if before.status not in self.from_statuses:
            raise InvalidTransition(f"This reservation is {before.status.value}; nothing was "
                                    "changed.")
        cursor = self._update.execute(
            id=before.id, seen_status=before.status.value, seen_provider=before.provider_id,
            seen_start=to_db(before.start), **values)
        if cursor.rowcount != 1:
            raise _why_not(before)


def _why_not(before: Reservation) -> Exception:
    now_stored = current(before.id)
    if now_stored is None:
        return NotFound(f"Reservation {before.id} was just deleted at another desk.")
    if now_stored.status is not before.status:
        return ChangedElsewhere(f"This reservation is already {label(now_stored.status)}: "
                                "another desk changed it a moment ago, and nothing was "
                                "changed here. Look at it again before deciding.")
    return ChangedElsewhere("This reservation was already moved at another desk; nothing was "
                            "changed. Look at its new time before deciding.")


CANCEL = Transition(CHANGEABLE, Status.CANCELLED, cancelled_at=Bind("now"),
                    cancel_reason=Bind("reason"), late_cancellation=Bind("late"),
                    hold_expires_at=None)
