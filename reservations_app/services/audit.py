"""The append-only audit trail: written inside each change's own transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import json
from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import PermissionDenied
from reservations_app.domain.model import AuditEntry
from reservations_app.store import records
from reservations_app.store.db import transactional
from reservations_app.store.models import AuditRow, to_db

MAX_PAGE = 1000
DENIED = "access.denied"

P = ParamSpec("P")
T = TypeVar("T")


def snapshot(value: Any) -> str | None:
    """A record as JSON for the before/after columns (secrets never reach here)."""
    if value is None:
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, default=str, sort_keys=True, ensure_ascii=False)


def record(actor: Actor, now: dt.datetime, action: str, entity: str, entity_id: int | None,
           before: Any = None, after: Any = None) -> None:
    """Append one row. Call it inside the transaction of the change it describes."""
    AuditRow.create(at=to_db(now), actor=actor.username, workstation=actor.workstation,
                    action=action, entity=entity, entity_id=entity_id,
                    before=snapshot(before), after=snapshot(after))


def denials_audited(work: Callable[P, T]) -> Callable[P, T]:
    """Record a refused call (role without the right) as an `access.denied` row.

    Put it above `@transactional`: the refused call's own transaction has rolled back by then,
    so the denial is written in a transaction of its own. Only the call's name is kept, never
    its arguments, which may hold passwords.
    """
    signature = inspect.signature(work)
    call = f"{work.__module__.rsplit('.', 1)[-1]}.{work.__name__}"

    @wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return work(*args, **kwargs)
        except PermissionDenied as exc:
            bound = signature.bind_partial(*args, **kwargs).arguments
            actor, now = bound.get("actor"), bound.get("now")
            if isinstance(actor, Actor) and isinstance(now, dt.datetime):
                _record_denial(actor, now, call, str(exc))
            raise

    return run


@transactional
def _record_denial(actor: Actor, now: dt.datetime, call: str, reason: str) -> None:
    record(actor, now, DENIED, "call", None, None,
           {"call": call, "role": actor.role.value, "reason": reason})


def list_entries(actor: Actor, *, since: dt.datetime | None = None,
                 until: dt.datetime | None = None, entity: str | None = None,
                 entity_id: int | None = None, who: str | None = None,
                 action: str | None = None, client_id: int | None = None,
                 limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    """Newest first. `client_id` finds the client's own rows and their reservations' rows."""
    require(actor, Permission.VIEW_AUDIT)
    query = AuditRow.select()
    if since:
        query = query.where(AuditRow.at >= to_db(since))
    if until:
        query = query.where(AuditRow.at < to_db(until))
    if entity:
        query = query.where(AuditRow.entity == entity)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == entity_id)
    if who:
        query = query.where(AuditRow.actor == who)
    if action:
        query = query.where(AuditRow.action.startswith(action))
    if client_id is not None:
        query = query.where(_about_client(client_id))
    query = query.order_by(AuditRow.at.desc(), AuditRow.id.desc())
    limit = max(1, min(limit, MAX_PAGE))
    return [records.audit(row) for row in query.limit(limit).offset(max(0, offset))]


def _about_client(client_id: int) -> Any:
    from reservations_app.store.models import ReservationRow

    reservations = ReservationRow.select(ReservationRow.id).where(
        ReservationRow.client == client_id)
    return ((AuditRow.entity == "client") & (AuditRow.entity_id == client_id)) | (
        (AuditRow.entity == "reservation") & (AuditRow.entity_id.in_(reservations)))
