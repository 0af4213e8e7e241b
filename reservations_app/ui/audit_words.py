"""An audit row in words: "Held Thu 3 Dec 09:00 with Dr. Maya Okafor for Ava Novak".

Times are the visit's own wall time (the provider's zone), names come from
`services.audit_names`; the raw row stays one click away in the audit screen.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from reservations_app.domain.model import AuditEntry
from reservations_app.domain.timezones import zone
from reservations_app.services.audit_names import AuditNames
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.models.formatting import day_and_time, day_label


class AuditWords(TranslationContext):
    """The translation context of the audit trail read in words."""


def _object(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class Reading:
    """One entry with the names of what it touched, and its times as the desk reads them."""

    def __init__(self, entry: AuditEntry, names: AuditNames) -> None:
        self.entry, self.names = entry, names
        self.before, self.after = _object(entry.before), _object(entry.after)
        visit = names.visits.get(entry.entity_id or 0) if entry.entity == "reservation" else None
        either = {**self.before, **self.after}
        self.client_id = either.get("client_id", visit.client_id if visit else None)
        self.provider_id = either.get("provider_id", visit.provider_id if visit else None)
        self._start = visit.start if visit else None

    def value(self, key: str) -> Any:
        return self.after.get(key, self.before.get(key))

    def client(self) -> str:
        return self.names.clients.get(self.client_id or 0) or AuditWords.tr("a client")

    def provider(self) -> str:
        found = self.names.providers.get(self.provider_id or 0)
        return found[0] if found else AuditWords.tr("a provider")

    def when(self, side: dict[str, Any] | None = None) -> str:
        """The visit's start in its provider's zone."""
        text = (side or {}).get("start") or self.value("start")
        start = _instant(text) if isinstance(text, str) else self._start
        if start is None:
            return AuditWords.tr("an unknown time")
        found = self.names.providers.get(self.provider_id or 0)
        return day_and_time(start.astimezone(zone(found[1])) if found else start)


def _instant(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _reservation(action: str, r: Reading) -> str | None:
    sayings: dict[str, Callable[[], str]] = {
        "reservation.hold": lambda: AuditWords.tr("Held {when} with {provider} for {client}"),
        "reservation.confirm": lambda: AuditWords.tr(
            "Confirmed {client}'s visit, {when} with {provider}"
        ),
        "reservation.cancel": lambda: (
            AuditWords.tr("Cancelled {client}'s visit, {when} with {provider}")
            + (
                AuditWords.tr(" (reason: {reason})").format(
                    reason=r.value("reason") or r.value("cancel_reason")
                )
                if r.value("reason") or r.value("cancel_reason")
                else ""
            )
        ),
        "reservation.expire": lambda: AuditWords.tr(
            "The hold for {client}, {when} with {provider}, ran out"
        ),
        "reservation.move": lambda: AuditWords.tr(
            "Moved {client}'s visit with {provider} from {before} to {when}"
        ),
        "reservation.arrive": lambda: AuditWords.tr(
            "Checked in {client} for {when} with {provider}"
        ),
        "reservation.complete": lambda: AuditWords.tr(
            "Completed {client}'s visit, {when} with {provider}"
        ),
        "reservation.no_show": lambda: AuditWords.tr(
            "Marked {client} a no-show, {when} with {provider}"
        ),
        "reservation.undo_status": lambda: AuditWords.tr(
            "Undid the check-in or no-show of {client}, {when} with {provider}"
        ),
        "reservation.call": lambda: AuditWords.tr(
            "Noted the reminder call to {client} about {when} with {provider}"
        ),
        "reservation.note": lambda: AuditWords.tr(
            "Changed the note on {client}'s visit, {when} with {provider}"
        ),
    }
    saying = sayings.get(action)
    if saying is None:
        return None
    return saying().format(
        when=r.when(r.after), provider=r.provider(), client=r.client(), before=r.when(r.before)
    )


def _changed(r: Reading) -> str:
    keys = sorted(
        k
        for k in r.before.keys() | r.after.keys()
        if r.before.get(k) != r.after.get(k) and k != "id"
    )
    return ", ".join(
        _change(key.replace("_", " "), r.before.get(key), r.after.get(key)) for key in keys
    )


def _change(field: str, old: Any, new: Any) -> str:
    if old in (None, ""):
        return AuditWords.tr("{field} set to “{new}”").format(field=field, new=new)
    if new in (None, ""):
        return AuditWords.tr("{field} “{old}” removed").format(field=field, old=old)
    return AuditWords.tr("{field} from “{old}” to “{new}”").format(field=field, old=old, new=new)


def _people(action: str, r: Reading) -> str | None:
    name = r.value("name") or ""
    sayings = {
        "client.add": AuditWords.tr("Added client {name}"),
        "client.update": AuditWords.tr("Changed client {name}: {changes}"),
        "provider.add": AuditWords.tr("Added provider {name}"),
        "provider.update": AuditWords.tr("Changed provider {name}: {changes}"),
    }
    saying = sayings.get(action)
    return saying.format(name=name, changes=_changed(r)) if saying else None


def _schedule(action: str, r: Reading) -> str | None:
    day = r.value("local_date")
    when = day_label(dt.date.fromisoformat(day)) if isinstance(day, str) else ""
    spec = r.value("spec")
    hours = (
        f"{spec.get('start', '')[:5]}-{(spec.get('end') or '24:00')[:5]}"
        if isinstance(spec, dict)
        else ""
    )
    sayings = {
        "availability.add": AuditWords.tr("Added availability for {provider}: {day} {hours}"),
        "availability.remove": AuditWords.tr("Removed availability of {provider}: {day} {hours}"),
        "availability.change": AuditWords.tr(
            "Changed availability of {provider} on {day}: {changes}"
        ),
        "availability.repeat": AuditWords.tr("Laid a weekly pattern for {provider}"),
    }
    saying = sayings.get(action)
    return (
        saying.format(provider=r.provider(), day=when, hours=hours, changes=_changed(r))
        if saying
        else None
    )


def _accounts(action: str, r: Reading) -> str | None:
    account = r.value("username") or r.names.users.get(r.entry.entity_id or 0, "")
    role = str(r.after.get("role", "")).replace("_", " ")
    sayings = {
        "user.add": AuditWords.tr("Added the account {account} ({role})"),
        "user.role": AuditWords.tr("Made {account} {role}"),
        "user.deactivate": AuditWords.tr("Deactivated the account {account}"),
        "user.activate": AuditWords.tr("Reactivated the account {account}"),
        "user.reset_password": AuditWords.tr("Set a new password for {account}"),
        "login.ok": AuditWords.tr("Signed in"),
        "login.fail": AuditWords.tr("A sign-in failed"),
        "login.lock": AuditWords.tr("The account {account} was locked after failed sign-ins"),
        "login.refused_locked": AuditWords.tr(
            "A sign-in to the locked account {account} was refused"
        ),
        "unlock.ok": AuditWords.tr("Unlocked the screen"),
        "unlock.fail": AuditWords.tr("A wrong password was typed on the lock screen"),
    }
    saying = sayings.get(action)
    return saying.format(account=account, role=role) if saying else None


def _settings(action: str, r: Reading) -> str | None:
    if action != "settings.set":
        return None
    return AuditWords.tr("Changed the clinic settings: {changes}").format(changes=_changed(r))


def sentence(entry: AuditEntry, names: AuditNames) -> str:
    """What happened, as a receptionist would say it; the action itself when unknown."""
    reading = Reading(entry, names)
    for kind in (_reservation, _people, _schedule, _accounts, _settings):
        said = kind(entry.action, reading)
        if said:
            return said
    record = entry.entity if entry.entity_id is None else f"{entry.entity} #{entry.entity_id}"
    return f"{entry.action.replace('.', ' ').replace('_', ' ')}: {record}"
