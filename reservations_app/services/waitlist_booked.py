"""Confirming a hold offered from the waitlist ends its entry: the client is booked.

Kept apart from services.waitlist so that services.booking can call it without importing the
module that itself books through services.booking."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.access import Actor
from reservations_app.services import audit
from reservations_app.store.models import WaitlistEntryRow
from reservations_app.store.prepared import Bind, Prepared

# Built once: every confirmation asks, and building the query cost more than running it.
_OPEN_ENTRIES_OF = Prepared(lambda: WaitlistEntryRow.select(WaitlistEntryRow.id).where(
    (WaitlistEntryRow.reservation_id == Bind("reservation_id"))
    & (WaitlistEntryRow.status == "open")))


def end_entries_booked_by(actor: Actor, reservation_id: int, now: dt.datetime) -> None:
    """Inside the confirming transaction: the open entries this booking was offered to."""
    for (entry_id,) in _OPEN_ENTRIES_OF.rows(reservation_id=reservation_id):
        WaitlistEntryRow.update(status="booked").where(WaitlistEntryRow.id == entry_id).execute()
        audit.record(actor, now, "waitlist.booked", "waitlist", entry_id, None,
                     {"reservation_id": reservation_id})
