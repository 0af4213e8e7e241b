"""Which providers' CalDAV calendars a set of changes may have put out of date.

The running app publishes after its own commits (ui.data.calendar_publisher), and a publish
checks, after pushing, whether the audit trail moved for its provider meanwhile (another desk's
commit between its read and its push would otherwise leave the older state on the calendar).
Both ask the same question here, from the audit actions that `services.changeset` collects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from reservations_app.services.changeset import Change
from reservations_app.store.models import AuditRow, CaldavTargetRow, ReservationRow
from reservations_app.store.transactions import fetch_values

# A calendar event shows the time, status, client's initials and visit type; none of these
# changes when a reminder is sent, a call is marked, or a calendar was published.
IGNORED = ("reminder.", "caldav.", "reservation.call", "reservation.note")
# Changes to these touch every provider's events (visit type names, a restored database).
EVERYONE = frozenset({"visit_type", "database"})
CHUNK = 500
# Ids of audit rows written by transactions still open while a publish read the bookings may
# be lower than the newest id it saw (PostgreSQL hands out ids before the commit): rows this
# far below the newest are compared as a set, not by id.
LOOKBACK = 64
MAX_NEW_ROWS = 1_000


def configured_providers() -> list[int]:
    return [row[0] for row in fetch_values(
        CaldavTargetRow.select(CaldavTargetRow.provider).order_by(CaldavTargetRow.provider))]


def failed_providers() -> list[int]:
    """Providers whose last publish failed (by any desk): worth another try."""
    query = CaldavTargetRow.select(CaldavTargetRow.provider).where(
        CaldavTargetRow.last_error.is_null(False)).order_by(CaldavTargetRow.provider)
    return [row[0] for row in fetch_values(query)]


def providers_affected(changes: Iterable[Change], window: tuple[dt.date, dt.date]) -> list[int]:
    """The configured providers whose calendar (bookings on `window`'s local dates) these
    changes may have changed; [] when none has a calendar."""
    configured = set(configured_providers())
    if not configured:
        return []
    reservations, clients, providers = set(), set(), set()
    for change in changes:
        if change.action.startswith(IGNORED):
            continue
        if change.entity in EVERYONE or (change.entity == "reservation"
                                         and change.entity_id is None):
            return sorted(configured)  # a sweep expired many holds, or every event's text
        if change.entity_id is None:
            continue  # a client import adds clients without bookings; others change none
        if change.entity == "reservation":
            reservations.add(change.entity_id)
        elif change.entity == "client":
            clients.add(change.entity_id)  # the initials on their events
        elif change.action.startswith("provider."):
            providers.add(change.entity_id)  # a new time zone moves the events' clocks
    providers |= _providers_of(ReservationRow.id, reservations, window=None)
    providers |= _providers_of(ReservationRow.client, clients, window=window)
    return sorted(providers & configured)


def _providers_of(column, ids: set[int], window: tuple[dt.date, dt.date] | None) -> set[int]:  # type: ignore[no-untyped-def]
    found: set[int] = set()
    chosen = sorted(ids)
    for start in range(0, len(chosen), CHUNK):
        where = column.in_(chosen[start:start + CHUNK])
        if window is not None:
            where &= (ReservationRow.local_date >= window[0]) & (
                ReservationRow.local_date <= window[1])
        query = ReservationRow.select(ReservationRow.provider).where(where).distinct()
        found |= {row[0] for row in fetch_values(query)}
    return found


@dataclass(frozen=True)
class AuditMark:
    """Where the audit trail stood when a publish read the bookings."""

    newest: int
    recent: frozenset[int]


def audit_mark() -> AuditMark:
    newest = AuditRow.select(AuditRow.id).order_by(AuditRow.id.desc()).limit(1).scalar() or 0
    return AuditMark(newest, frozenset(_ids_above(newest - LOOKBACK)))


def _ids_above(floor: int) -> list[int]:
    return [row[0] for row in fetch_values(
        AuditRow.select(AuditRow.id).where(AuditRow.id > floor))]


def changes_since(mark: AuditMark) -> list[Change] | None:
    """What was audited after `mark`; None when too much to list (treat it as everything)."""
    most = MAX_NEW_ROWS + LOOKBACK
    query = (AuditRow.select(AuditRow.id, AuditRow.action, AuditRow.entity, AuditRow.entity_id)
             .where(AuditRow.id > mark.newest - LOOKBACK).order_by(AuditRow.id).limit(most + 1))
    found = fetch_values(query)
    if len(found) > most:
        return None
    rows = [row for row in found if row[0] not in mark.recent]
    return [Change(action, entity, entity_id) for _, action, entity, entity_id in rows]


def moved_since(mark: AuditMark, provider_id: int, window: tuple[dt.date, dt.date]) -> bool:
    """Whether anything audited after `mark` may change `provider_id`'s calendar."""
    found = changes_since(mark)
    return found is None or provider_id in providers_affected(found, window)
