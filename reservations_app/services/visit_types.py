"""Visit types: what the clinic books, how long it takes, and who offers it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from peewee import IntegrityError, fn

from reservations_app.domain import visits
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import Duplicate, InvalidInput, NotFound
from reservations_app.domain.model import VisitType
from reservations_app.services import audit
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.db import fetch_values, transactional
from reservations_app.store.models import ProviderRow, VisitTypeProviderRow, VisitTypeRow
from reservations_app.store.prepared import Bind, Prepared


def _providers_of(type_ids: Sequence[int]) -> dict[int, list[int]]:
    offered: dict[int, list[int]] = {type_id: [] for type_id in type_ids}
    if type_ids:
        rows: list[tuple[int, int]] = fetch_values(VisitTypeProviderRow.select(
            VisitTypeProviderRow.visit_type, VisitTypeProviderRow.provider).where(
            VisitTypeProviderRow.visit_type.in_(list(type_ids))))
        for type_id, provider_id in rows:
            offered[type_id].append(provider_id)
    return offered


def _load(query) -> list[VisitType]:  # type: ignore[no-untyped-def]
    rows = fetch_values(query)
    offered = _providers_of([row[0] for row in rows])
    return [records.visit_type_of_values(row, offered[row[0]]) for row in rows]


_TYPE = Prepared(lambda: VisitTypeRow.select(*records.VISIT_TYPE_COLUMNS).where(
    VisitTypeRow.id == Bind("id")))
_TYPE_PROVIDERS = Prepared(lambda: VisitTypeProviderRow.select(
    VisitTypeProviderRow.provider).where(VisitTypeProviderRow.visit_type == Bind("id")))


def find_type(type_id: int) -> VisitType:
    """The type, for other services inside their transaction (every typed booking asks)."""
    found = _TYPE.rows(id=type_id)
    if not found:
        raise NotFound(f"There is no visit type with id {type_id}.")
    return records.visit_type_of_values(
        found[0], [provider_id for (provider_id,) in _TYPE_PROVIDERS.rows(id=type_id)])


def get_type(actor: Actor, type_id: int) -> VisitType:
    require(actor, Permission.READ)
    return find_type(type_id)


def list_types(actor: Actor, *, include_inactive: bool = True) -> list[VisitType]:
    require(actor, Permission.READ)
    query = VisitTypeRow.select(*records.VISIT_TYPE_COLUMNS).order_by(
        VisitTypeRow.minutes, fn.LOWER(VisitTypeRow.name), VisitTypeRow.id)
    if not include_inactive:
        query = query.where(VisitTypeRow.active == True)  # noqa: E712 (peewee expression)
    return _load(query)


def _check_unique(name: str, ignore_id: int | None) -> None:
    existing = VisitTypeRow.get_or_none(fn.LOWER(VisitTypeRow.name) == name.lower())
    if existing is not None and existing.id != ignore_id:
        raise Duplicate(f"A visit type named {existing.name} already exists "
                        f"(id {existing.id}).", existing.id)


def _check_providers(provider_ids: Sequence[int]) -> None:
    wanted = set(provider_ids)
    known = {row.id for row in ProviderRow.select(ProviderRow.id).where(
        ProviderRow.id.in_(list(wanted)))} if wanted else set()
    missing = sorted(wanted - known)
    if missing:
        raise NotFound(f"There is no provider with id {missing[0]}.")


def _write(visit_type: VisitType) -> int:
    values = {"name": visit_type.name, "minutes": visit_type.minutes,
              "buffer_before": visit_type.buffer_before, "buffer_after": visit_type.buffer_after,
              "color": visit_type.color, "active": visit_type.active}
    try:
        if visit_type.id:
            VisitTypeRow.update(**values).where(VisitTypeRow.id == visit_type.id).execute()
            type_id = visit_type.id
        else:
            type_id = VisitTypeRow.insert(**values).execute()
    except IntegrityError as exc:  # the unique name index, after a race with another desk
        raise Duplicate(f"A visit type named {visit_type.name} already exists.") from exc
    VisitTypeProviderRow.delete().where(VisitTypeProviderRow.visit_type == type_id).execute()
    if visit_type.provider_ids:
        VisitTypeProviderRow.insert_many(
            [{"visit_type": type_id, "provider": p} for p in visit_type.provider_ids]).execute()
    return int(type_id)


@audit.denials_audited
@transactional
def add_type(actor: Actor, name: str, minutes: int, now: dt.datetime, *,
             buffer_before: int = 0, buffer_after: int = 0,
             provider_ids: Sequence[int] = (), color: str | None = None) -> VisitType:
    """A new, active visit type; without providers, every provider offers it."""
    require(actor, Permission.MANAGE_SETTINGS)
    wanted = visits.validated(VisitType(0, name, minutes, buffer_before, buffer_after,
                                        visits.clean_color(color), True, tuple(provider_ids)),
                              get_policy().slot_minutes)
    _check_unique(wanted.name, None)
    _check_providers(wanted.provider_ids)
    created = dataclasses.replace(wanted, id=_write(wanted))
    audit.record(actor, now, "visit_type.add", "visit_type", created.id, None, created)
    return created


@audit.denials_audited
@transactional
def edit_type(actor: Actor, type_id: int, now: dt.datetime, *, name: str | None = None,
              minutes: int | None = None, buffer_before: int | None = None,
              buffer_after: int | None = None, provider_ids: Sequence[int] | None = None,
              color: str | None = None, active: bool | None = None) -> VisitType:
    """Change what is given; bookings already made keep the time they were booked with."""
    require(actor, Permission.MANAGE_SETTINGS)
    before = find_type(type_id)
    given: dict[str, object] = {key: value for key, value in (
        ("name", name), ("minutes", minutes), ("buffer_before", buffer_before),
        ("buffer_after", buffer_after), ("color", color), ("active", active),
        ("provider_ids", None if provider_ids is None else tuple(provider_ids)))
        if value is not None}
    if not given:
        raise InvalidInput("Nothing to change: give at least one new value.")
    after = visits.validated(dataclasses.replace(before, **given),  # type: ignore[arg-type]
                             get_policy().slot_minutes)
    _check_unique(after.name, type_id)
    _check_providers(after.provider_ids)
    _write(after)
    audit.record(actor, now, "visit_type.edit", "visit_type", type_id, before, after)
    return after
