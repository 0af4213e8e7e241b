"""iCalendar files made with the `icalendar` library: a provider's feed, a visit's invitation.

Each booking is one VEVENT whose UID is derived from the reservation's id alone, so a calendar
that imports the file again updates the events it has instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from icalendar import Calendar, Event

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import NotFound
from reservations_app.domain.exchange import ExportedBooking, ical_status, initials
from reservations_app.domain.timezones import zone
from reservations_app.services import exchange
from reservations_app.store.models import ProviderRow

PRODUCT = "-//Reservations//Clinic schedule//EN"
UID_DOMAIN = "reservations-app.invalid"


def uid_of(reservation_id: int) -> str:
    return f"reservation-{reservation_id}@{UID_DOMAIN}"


def feed_events(bookings: Iterable[ExportedBooking], now: dt.datetime) -> list[ExportedBooking]:
    """What a provider's calendar shows: held (not lapsed), confirmed, visited and cancelled."""
    return [b for b in bookings if ical_status(b.shown_status(now)) is not None]


def provider_event(item: ExportedBooking, now: dt.datetime, *, full_names: bool) -> Event:
    """A booking as the provider's own calendar shows it: by default only the client's
    initials and the visit type, since a phone calendar is not the clinic's record."""
    who = item.client_name if full_names else initials(item.client_name)
    event = _event(item, now, f"{who} - {item.visit_label}")
    if full_names and item.note:
        event.add("description", item.note)
    return event


def client_event(item: ExportedBooking, now: dt.datetime) -> Event:
    """The visit as its client's invitation shows it."""
    return _event(item, now, f"{item.visit_label} with {item.provider_name}")


def _event(item: ExportedBooking, now: dt.datetime, summary: str) -> Event:
    tz = zone(item.provider_timezone)
    event = Event()
    event.add("uid", uid_of(item.reservation_id))
    event.add("dtstamp", now.astimezone(dt.UTC))
    event.add("dtstart", item.start.astimezone(tz))
    event.add("dtend", item.end.astimezone(tz))
    event.add("summary", summary)
    event.add("status", ical_status(item.shown_status(now)) or "CANCELLED")
    event.add("created", item.created_at.astimezone(dt.UTC))
    return event


def calendar_of(events: list[Event], name: str | None = None) -> Calendar:
    """A VCALENDAR holding `events` and a VTIMEZONE for every zone they use, covering only the
    years around them (icalendar's default spans 1970-2038 in every file)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event)
    starts = [event.decoded("dtstart").date() for event in events]
    if starts:
        calendar.add_missing_timezones(first_date=min(starts) - dt.timedelta(days=366),
                                       last_date=max(starts) + dt.timedelta(days=366))
    return calendar


def provider_calendar(actor: Actor, provider_id: int, first: dt.date, last: dt.date,
                      now: dt.datetime, *, full_names: bool = False) -> tuple[Calendar, int]:
    """A provider's bookings of local dates first..last as one calendar, and how many."""
    require(actor, Permission.READ)
    provider = ProviderRow.get_or_none(ProviderRow.id == provider_id)
    if provider is None:
        raise NotFound(f"There is no provider with id {provider_id}.")
    shown = feed_events(exchange.bookings_between(first, last, provider_id), now)
    events = [provider_event(item, now, full_names=full_names) for item in shown]
    return calendar_of(events, provider.name), len(events)


def export_provider(actor: Actor, provider_id: int, first: dt.date, last: dt.date,
                    now: dt.datetime, *, full_names: bool = False,
                    path: Path | None = None) -> tuple[bytes, int]:
    """The feed as bytes (and written whole to `path` when given) and its event count."""
    calendar, count = provider_calendar(actor, provider_id, first, last, now,
                                        full_names=full_names)
    data: bytes = calendar.to_ical()
    if path is not None:
        exchange.write_atomically(path, [data.decode("utf-8")])
    return data, count
