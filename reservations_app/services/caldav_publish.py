"""A provider's bookings published to their own CalDAV calendar with the `caldav` library.

An administrator names the calendar (its URL and account; the password goes to the keyring).
Publishing makes the calendar match the app for the window around today: events are created
or replaced by UID (only those that changed), and events of bookings that were cancelled,
expired or moved away are deleted. The app stays the record; the calendar is a copy.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from icalendar import Event

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import DomainError, InvalidInput, NotFound
from reservations_app.domain.exchange import ExportedBooking
from reservations_app.domain.people import unsafe_character
from reservations_app.services import audit, caldav_changes, exchange, ics, secrets
from reservations_app.services.changeset import Change
from reservations_app.store.models import CaldavTargetRow, ProviderRow, to_db
from reservations_app.store.transactions import transactional

log = logging.getLogger(__name__)

DAYS_BACK = 7
DAYS_AHEAD = 180
TIMEOUT_SECONDS = 20
# What a calendar should keep showing; cancelled and expired bookings leave it.
SHOWN = frozenset({"pending", "confirmed", "arrived", "completed", "no_show"})
COMPARED = ("dtstart", "dtend", "summary", "status")
ROUNDS = 3


class PublishFailed(DomainError):
    """The CalDAV server could not be reached or refused the change."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


@dataclass(frozen=True)
class PublishSummary:
    provider_id: int
    saved: int
    unchanged: int
    deleted: int


def check_url(url: str) -> str:
    cleaned = url.strip()
    try:
        parts = urlsplit(cleaned)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) \
            and (parts.port is None or parts.port > 0)  # .port raises beyond 65535
    except ValueError:  # "https://[::1": an address the URL parser cannot read at all
        usable = False
    if not usable or unsafe_character(cleaned):
        raise InvalidInput(f"'{url}' is not a calendar address like "
                           "https://cal.clinic.example/ada/clinic/.")
    return cleaned if cleaned.endswith("/") else cleaned + "/"


@audit.denials_audited
@transactional
def configure(actor: Actor, provider_id: int, url: str, username: str, now: dt.datetime,
              password: str | None = None) -> None:
    """Point a provider's publishing at a CalDAV calendar (the URL of the calendar itself)."""
    require(actor, Permission.MANAGE_PROVIDERS)
    if ProviderRow.get_or_none(ProviderRow.id == provider_id) is None:
        raise NotFound(f"There is no provider with id {provider_id}.")
    cleaned, user = check_url(url), username.strip()
    if not user:
        raise InvalidInput("The calendar account's user name is required.")
    CaldavTargetRow.insert(provider=provider_id, url=cleaned, username=user).on_conflict(
        conflict_target=[CaldavTargetRow.provider],
        update={CaldavTargetRow.url: cleaned, CaldavTargetRow.username: user}).execute()
    if password:
        secrets.set_password("caldav", user, urlsplit(cleaned).hostname or "", password)
    audit.record(actor, now, "caldav.configure", "provider", provider_id, None,
                 {"url": cleaned, "username": user})


def configured_providers() -> list[int]:
    return caldav_changes.configured_providers()


def calendar_dates(now: dt.datetime) -> tuple[dt.date, dt.date]:
    """The local dates a provider's calendar shows: a week back to six months ahead."""
    return now.date() - dt.timedelta(days=DAYS_BACK), now.date() + dt.timedelta(days=DAYS_AHEAD)


def publish(actor: Actor, provider_id: int, now: dt.datetime) -> PublishSummary:
    """Make the provider's CalDAV calendar show their bookings of `calendar_dates(now)`;
    record the outcome (and audit it) either way. When another desk's commit changed this provider's
    bookings between the read and the push, the calendar might show the older state: then
    it is read and pushed again (up to ROUNDS times), so the last push is always current."""
    require(actor, Permission.READ)
    target = CaldavTargetRow.get_or_none(CaldavTargetRow.provider == provider_id)
    if target is None:
        raise NotFound(f"Provider {provider_id} has no CalDAV calendar configured.")
    dates = calendar_dates(now)
    saved = deleted = 0
    for _ in range(ROUNDS):
        mark = caldav_changes.audit_mark()
        found = exchange.bookings_between(*dates, provider_id)
        try:
            summary = _sync(target, [b for b in found if b.shown_status(now) in SHOWN], now,
                            dates)
        except Exception as exc:  # the library's errors vary by server: "not published"
            reason = _reason(exc)
            _record(actor, provider_id, now, error=reason)
            raise PublishFailed(f"Publishing to {target.url} failed: {reason}",
                                reason) from exc
        saved, deleted = saved + summary.saved, deleted + summary.deleted
        if not caldav_changes.moved_since(mark, provider_id, dates):
            break
    summary = PublishSummary(provider_id, saved, summary.unchanged, deleted)
    _record(actor, provider_id, now, summary=summary)
    return summary


def publish_changed(actor: Actor, changes: Iterable[Change], now: dt.datetime,
                    also: Iterable[int] = ()) -> dict[int, str | None]:
    """Publish the calendars of the providers `changes` may have put out of date, and those
    in `also` (failed before): provider id -> None when published, else the reason it failed.
    One provider's failure does not stop the others'."""
    require(actor, Permission.READ)
    chosen = set(caldav_changes.providers_affected(changes, calendar_dates(now))) | set(also)
    outcome: dict[int, str | None] = {}
    for provider_id in sorted(chosen):
        try:
            publish(actor, provider_id, now)
        except NotFound:
            continue  # its calendar was removed meanwhile
        except PublishFailed as exc:
            outcome[provider_id] = exc.reason
        else:
            outcome[provider_id] = None
    return outcome


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:200] or type(exc).__name__)


@transactional
def _record(actor: Actor, provider_id: int, now: dt.datetime, *, error: str | None = None,
            summary: PublishSummary | None = None) -> None:
    update: dict[Any, Any] = {CaldavTargetRow.last_error: error}
    if error is None:
        update[CaldavTargetRow.published_at] = to_db(now)
    CaldavTargetRow.update(update).where(CaldavTargetRow.provider == provider_id).execute()
    audit.record(actor, now, "caldav.failed" if error else "caldav.published", "provider",
                 provider_id, None, {"error": error} if error else summary)


def _sync(target: CaldavTargetRow, shown: list[ExportedBooking], now: dt.datetime,
          window: tuple[dt.date, dt.date]) -> PublishSummary:
    import caldav  # only a desk that publishes pays for importing it

    password = secrets.get_password("caldav", target.username,
                                    urlsplit(target.url).hostname or "")
    client_class: Any = caldav.DAVClient  # its stub types the class as a plain object
    with client_class(url=target.url, username=target.username, password=password,
                      timeout=TIMEOUT_SECONDS) as client:
        calendar = client.calendar(url=target.url)
        # A day's margin each side: the window is in local dates, the search in UTC instants.
        in_window = calendar.search(
            start=dt.datetime.combine(window[0] - dt.timedelta(days=1), dt.time(), dt.UTC),
            end=dt.datetime.combine(window[1] + dt.timedelta(days=2), dt.time(), dt.UTC),
            event=True)
        existing = {str(item.icalendar_component["uid"]): item for item in in_window
                    if str(item.icalendar_component.get("uid", "")).endswith(ics.UID_DOMAIN)}
        wanted = {ics.uid_of(b.reservation_id): ics.provider_event(b, now, full_names=False)
                  for b in shown}
        saved = unchanged = 0
        for uid, event in wanted.items():
            if uid in existing and _same(existing[uid].icalendar_component, event):
                unchanged += 1
                continue
            calendar.save_event(ics.calendar_of([event]).to_ical().decode("utf-8"))
            saved += 1
        stale = [item for uid, item in existing.items() if uid not in wanted]
        for item in stale:
            item.delete()
    return PublishSummary(target.provider_id, saved, unchanged, len(stale))


def _same(stored: Any, event: Event) -> bool:
    return all(stored.get(name) is not None and stored.decoded(name) == event.decoded(name)
               for name in COMPARED)
