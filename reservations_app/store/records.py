"""Rows to domain objects. The only place that knows both shapes."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.model import (
    AuditEntry,
    AvailabilityBlock,
    BlockSpec,
    Client,
    Provider,
    Reservation,
    Role,
    Status,
    User,
)
from reservations_app.store.models import (
    AuditRow,
    BlockRow,
    ClientRow,
    ProviderRow,
    ReservationRow,
    UserRow,
    from_db,
)


def _aware(value: dt.datetime | None) -> dt.datetime:
    result = from_db(value)
    assert result is not None
    return result


def _date(value: dt.date | str) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def provider(row: ProviderRow) -> Provider:
    return Provider(row.id, row.name, row.email, row.timezone, row.color, bool(row.active))


def client(row: ClientRow) -> Client:
    return Client(row.id, row.name, row.email, row.phone)


def wall(text: str) -> dt.time | None:
    return None if text == "24:00" else dt.time.fromisoformat(text)


def wall_text(value: dt.time | None) -> str:
    return "24:00" if value is None else value.strftime("%H:%M")


def block(row: BlockRow) -> AvailabilityBlock:
    spec = BlockSpec(wall(row.start_wall), wall(row.end_wall))  # type: ignore[arg-type]
    return AvailabilityBlock(row.id, row.provider_id, _date(row.local_date), spec,
                             _aware(row.start_at), _aware(row.end_at))


def reservation(row: ReservationRow) -> Reservation:
    return Reservation(
        id=row.id, provider_id=row.provider_id, client_id=row.client_id,
        start=_aware(row.start_at), end=_aware(row.end_at), local_date=_date(row.local_date),
        status=Status(row.status), created_at=_aware(row.created_at),
        hold_expires_at=from_db(row.hold_expires_at), confirmed_at=from_db(row.confirmed_at),
        cancelled_at=from_db(row.cancelled_at), cancel_reason=row.cancel_reason)


def user(row: UserRow) -> User:
    return User(row.id, row.username, Role(row.role), row.provider_id, bool(row.active))


def audit(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, _aware(row.at), row.actor, row.workstation, row.action,
                      row.entity, row.entity_id, row.before, row.after)
