"""Confirming a hold offered from the waitlist ends its entry: the client is booked.

Kept apart from services.waitlist so that services.booking can call it without importing the
module that itself books through services.booking."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.access import Actor
from reservations_app.services import audit
from reservations_app.store.models import WaitlistEntryRow
from reservations_app.store.transactions import fetch_values


def end_entries_booked_by(actor: Actor, reservation_id: int, now: dt.datetime) -> None:
    """Inside the confirming transaction: the open entries this booking was offered to."""
    query = WaitlistEntryRow.select(WaitlistEntryRow.id).where(
        (WaitlistEntryRow.reservation_id == reservation_id)
        & (WaitlistEntryRow.status == "open"))
    for (entry_id,) in fetch_values(query):
        WaitlistEntryRow.update(status="booked").where(WaitlistEntryRow.id == entry_id).execute()
        audit.record(actor, now, "waitlist.booked", "waitlist", entry_id, None,
                     {"reservation_id": reservation_id})
