"""The names an audit trail page speaks of: its rows keep ids (a client may be renamed since),
the screen says "Ava Novak". One read per kind of record for a whole page."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.model import AuditEntry
from reservations_app.store import records
from reservations_app.store.db import read_snapshot
from reservations_app.store.models import ClientRow, ProviderRow, ReservationRow, UserRow


@dataclass(frozen=True)
class Visit:
    """What a reservation row itself does not repeat (an expiry row keeps only the status)."""

    client_id: int
    provider_id: int
    start: dt.datetime


@dataclass(frozen=True)
class AuditNames:
    clients: dict[int, str] = field(default_factory=dict)
    providers: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (name, zone)
    users: dict[int, str] = field(default_factory=dict)
    visits: dict[int, Visit] = field(default_factory=dict)  # reservation id -> its visit


def _values(entry: AuditEntry) -> list[dict[str, Any]]:
    found = []
    for text in (entry.before, entry.after):
        try:
            value = json.loads(text) if text else None
        except ValueError:
            value = None
        if isinstance(value, dict):
            found.append(value)
    return found


def _ids(entries: Iterable[AuditEntry], entity: str, key: str) -> set[int]:
    """Ids of `entity` rows, and the `key` ids the snapshots mention."""
    ids: set[int] = set()
    for entry in entries:
        if entry.entity == entity and entry.entity_id is not None:
            ids.add(entry.entity_id)
        ids.update(value[key] for value in _values(entry) if isinstance(value.get(key), int))
    return ids


def names_for(actor: Actor, entries: list[AuditEntry]) -> AuditNames:
    """Names of every client, provider, account and visit `entries` refer to."""
    require(actor, Permission.VIEW_AUDIT)
    reservation_ids = {e.entity_id for e in entries
                       if e.entity == "reservation" and e.entity_id is not None}
    with read_snapshot():
        visits = {row.id: Visit(row.client_id, row.provider_id, records.instant(row.start_at))
                  for row in ReservationRow.select(
                      ReservationRow.id, ReservationRow.client, ReservationRow.provider,
                      ReservationRow.start_at).where(ReservationRow.id.in_(reservation_ids))}
        client_ids = _ids(entries, "client", "client_id") | {v.client_id for v in visits.values()}
        provider_ids = _ids(entries, "provider", "provider_id") | {
            v.provider_id for v in visits.values()}
        clients = {row.id: row.name for row in ClientRow.select(
            ClientRow.id, ClientRow.name).where(ClientRow.id.in_(client_ids))}
        providers = {row.id: (row.name, row.timezone) for row in ProviderRow.select(
            ProviderRow.id, ProviderRow.name, ProviderRow.timezone).where(
            ProviderRow.id.in_(provider_ids))}
        user_ids = {e.entity_id for e in entries if e.entity == "user" and e.entity_id}
        users = {row.id: row.username for row in UserRow.select(
            UserRow.id, UserRow.username).where(UserRow.id.in_(user_ids))}
    return AuditNames(clients, providers, users, visits)
