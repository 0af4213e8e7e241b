"""Confirming a hold offered from the waitlist ends its entry: the client is booked. A hold
cancelled by a schedule edit comes back on undo only while its entry still waits on it.

Kept apart from services.waitlist so that services.booking can call it without importing the
module that itself books through services.booking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reservations_app.domain.access import Actor
from reservations_app.services import audit
from reservations_app.store.models import WaitlistEntryRow
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import fetch_values

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


def open_entries_offered(reservation_ids: Sequence[int]) -> dict[int, int]:
    """The open entry each of these bookings was offered to, by booking id."""
    if not reservation_ids:
        return {}
    rows = fetch_values(WaitlistEntryRow.select(
        WaitlistEntryRow.reservation_id, WaitlistEntryRow.id).where(
        WaitlistEntryRow.reservation_id.in_(list(reservation_ids))
        & (WaitlistEntryRow.status == "open")))
    return {int(reservation_id): int(entry_id) for reservation_id, entry_id in rows}


def why_offer_cannot_return(entry_id: int, reservation_id: int) -> str | None:
    """Why a cancelled offer may not be held again for its entry: the client would otherwise
    hold two times for one wish, or a time for a wish they withdrew."""
    row = WaitlistEntryRow.get_or_none(WaitlistEntryRow.id == entry_id)
    if row is None or row.status != "open":
        return "its waitlist entry is no longer open"
    if row.reservation_id != reservation_id:
        return "its waitlist entry was offered another time"
    return None
