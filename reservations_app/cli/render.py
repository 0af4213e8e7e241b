"""Domain objects as the CLI's JSON values and text lines. Instants carry the provider's offset."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from reservations_app.domain.model import (
    AuditEntry,
    AvailabilityBlock,
    Booking,
    Client,
    Policy,
    Provider,
    Reservation,
    Slot,
    User,
    VisitType,
)
from reservations_app.domain.timezones import zone


def local_iso(instant: dt.datetime | None, timezone: str) -> str | None:
    if instant is None:
        return None
    return instant.astimezone(zone(timezone)).isoformat(timespec="minutes")


def provider(item: Provider) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "email": item.email, "timezone": item.timezone}


def client(item: Client) -> dict[str, Any]:
    return {"id": item.id, "name": item.name, "email": item.email, "phone": item.phone,
            "birth_date": item.birth_date.isoformat() if item.birth_date else None,
            "note": item.note, "household_id": item.household_id}


def block(item: AvailabilityBlock, timezone: str) -> dict[str, Any]:
    return {"id": item.id, "provider_id": item.provider_id,
            "date": item.local_date.isoformat(), "block": item.label,
            "start": local_iso(item.start, timezone), "end": local_iso(item.end, timezone)}


def slot(item: Slot, timezone: str) -> dict[str, Any]:
    return {"provider_id": item.provider_id, "start": local_iso(item.start, timezone),
            "end": local_iso(item.end, timezone)}


def reservation(item: Reservation, timezone: str, now: dt.datetime) -> dict[str, Any]:
    return {"id": item.id, "status": item.effective_status(now).value,
            "provider_id": item.provider_id, "client_id": item.client_id,
            "start": local_iso(item.start, timezone), "end": local_iso(item.end, timezone),
            "hold_expires_at": local_iso(item.hold_expires_at, timezone)
            if item.effective_status(now).value == "pending" else None,
            "type_id": item.visit_type_id, "note": item.note, "late": item.late_cancellation,
            "notice_override": item.notice_override}


def visit_type(item: VisitType, all_provider_ids: list[int]) -> dict[str, Any]:
    """`providers` lists who offers it: every provider when the type is not restricted."""
    return {"id": item.id, "name": item.name, "minutes": item.minutes,
            "buffer_before": item.buffer_before, "buffer_after": item.buffer_after,
            "providers": list(item.provider_ids) or all_provider_ids, "active": item.active,
            "color": item.color}


def explained_slot(item: Any, timezone: str, with_reason: bool) -> dict[str, Any]:
    data = {"provider_id": item.provider_id, "start": local_iso(item.start, timezone),
            "end": local_iso(item.end, timezone)}
    if with_reason:
        data["reason"] = item.reason.value
    return data


def booking(item: Booking, now: dt.datetime) -> dict[str, Any]:
    data = reservation(item.reservation, item.provider_timezone, now)
    data.update(client_name=item.client_name, provider_name=item.provider_name,
                cancel_reason=item.reservation.cancel_reason)
    return data


def policy(item: Policy) -> dict[str, Any]:
    return {
        "slot_minutes": item.slot_minutes, "min_notice_hours": item.min_notice_hours,
        "hold_minutes": item.hold_minutes, "max_per_client_per_day": item.max_per_client_per_day,
        "sweep_seconds": item.sweep_seconds, "lock_minutes": item.lock_minutes,
        "clinic_timezone": item.clinic_timezone, "max_days_ahead": item.max_days_ahead,
        "reminders_enabled": item.reminders_enabled, "reminder_hours": item.reminder_hours,
        "phone_region": item.phone_region,
    }


def user(item: User) -> dict[str, Any]:
    return {"id": item.id, "username": item.username, "role": item.role.value,
            "provider_id": item.provider_id, "active": item.active}


def audit(item: AuditEntry) -> dict[str, Any]:
    return {"id": item.id, "at": item.at.isoformat(timespec="seconds"), "actor": item.actor,
            "workstation": item.workstation, "action": item.action, "entity": item.entity,
            "entity_id": item.entity_id, "before": item.before, "after": item.after}


def text_line(value: Mapping[str, Any]) -> str:
    """One record as a readable line for people at a terminal."""
    return "  ".join(f"{key}={_text(val)}" for key, val in value.items() if val is not None)


def _text(value: Any) -> str:
    text = str(value)
    return f'"{text}"' if " " in text else text
