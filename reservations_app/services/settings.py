"""Clinic policy, shared by every workstation through the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.model import Policy
from reservations_app.domain.people import check_region
from reservations_app.domain.slots import MAX_SLOT_MINUTES
from reservations_app.domain.timezones import canonical_zone
from reservations_app.services import audit
from reservations_app.store.models import Setting
from reservations_app.store.prepared import Prepared
from reservations_app.store.transactions import transactional

# Each setting: (lowest, highest) for numbers, None for text checked by its own rule.
_LIMITS: dict[str, tuple[int, int] | None] = {
    "slot_minutes": (5, MAX_SLOT_MINUTES),
    "min_notice_hours": (0, 24 * 90),
    "hold_minutes": (1, 24 * 60),
    "max_per_client_per_day": (1, 50),
    "sweep_seconds": (5, 3600),
    "lock_minutes": (1, 24 * 60),
    "clinic_timezone": None,
    "max_days_ahead": (1, 3650),
    "reminders_enabled": (0, 1),
    "reminder_hours": (1, 24 * 14),
    "phone_region": None,
}
# Text settings and the rule that checks and normalises each.
_TEXT_RULES: dict[str, Callable[[str], str]] = {
    "clinic_timezone": lambda value: canonical_zone(value).key, "phone_region": check_region}


_STORED = Prepared(lambda: Setting.select(Setting.key, Setting.value))


def get_policy() -> Policy:
    rows = _STORED.rows()
    last = _LAST_READ[0]  # one read of the pair: another thread may replace it meanwhile
    if last is not None and last[0] == rows:  # read every time, parsed when it changed
        return last[1]
    stored = dict(rows)
    values: dict[str, object] = {}
    for field in dataclasses.fields(Policy):
        if field.name in stored:
            values[field.name] = _coerce(field.name, stored[field.name])
    policy = Policy(**values)  # type: ignore[arg-type]
    _LAST_READ[0] = (rows, policy)
    return policy


# The rows last read and the frozen Policy made of them: every hold and every day's slots ask.
_LAST_READ: list[tuple[list[Any], Policy] | None] = [None]


def _coerce(key: str, value: str) -> object:
    limits = _LIMITS[key]
    if limits is None:
        return value
    return int(value)


def validate(key: str, value: str) -> str:
    if key not in _LIMITS:
        raise InvalidInput(f"Unknown setting '{key}'. Known settings: {', '.join(_LIMITS)}.")
    limits = _LIMITS[key]
    if limits is None:
        return str(_TEXT_RULES[key](value))
    try:
        number = int(value.strip())
    except ValueError as exc:
        raise InvalidInput(f"The setting {key} needs a whole number, not '{value}'.") from exc
    low, high = limits
    if not low <= number <= high:
        raise InvalidInput(f"The setting {key} must be between {low} and {high}.")
    if key == "slot_minutes" and 60 % number and number % 60:
        raise InvalidInput("slot_minutes must divide an hour (5, 10, 15, 20, 30) "
                           "or be whole hours.")
    return str(number)


@audit.denials_audited
@transactional
def set_value(actor: Actor, key: str, value: str, now: dt.datetime) -> Policy:
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned = validate(key, value)
    before = get_policy()
    Setting.insert(key=key, value=cleaned).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: cleaned}).execute()
    after = get_policy()
    audit.record(actor, now, "settings.set", "setting", None,
                 {key: getattr(before, key)}, {key: getattr(after, key)})
    return after


def known_limits(key: str) -> tuple[int, int] | None:
    """(lowest, highest) of a number setting, None for a text one; for screens that offer
    a setting within its limits before the service checks it again."""
    if key not in _LIMITS:
        raise InvalidInput(f"Unknown setting '{key}'. Known settings: {', '.join(_LIMITS)}.")
    return _LIMITS[key]


@audit.denials_audited
@transactional
def set_values(actor: Actor, values: dict[str, str], now: dt.datetime) -> Policy:
    """Several settings at once (a settings dialog's OK): every value is checked before any
    is written, so a refused one leaves all as they were. One audit row per changed value."""
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned = {key: validate(key, value) for key, value in values.items()}
    before = get_policy()
    for key, value in cleaned.items():
        if str(getattr(before, key)) != value:
            set_value(actor, key, value, now)
    return get_policy()
