"""Small builders for service tests: a provider with availability, clients."""

from __future__ import annotations

import datetime as dt

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Client, Provider
from reservations_app.domain.slots import parse_block
from reservations_app.services import people, schedule

DAY = dt.date(2026, 12, 1)  # a Tuesday, a week after the fixed `now`


def provider_with_day(actor: Actor, now: dt.datetime, tz: str = "America/New_York",
                      day: dt.date = DAY, blocks: tuple[str, ...] = ("08:00-11:00",),
                      email: str = "doc@clinic.example") -> Provider:
    provider = people.add_provider(actor, "Dr Doc", email, tz, now)
    schedule.add_availability(actor, provider.id, day, [parse_block(b) for b in blocks], now)
    return provider


def clients(actor: Actor, now: dt.datetime, count: int) -> list[Client]:
    return [people.add_client(actor, f"Client {n}", now, f"c{n}@mail.example")
            for n in range(count)]


def at(day: dt.date, hhmm: str, tz: str = "America/New_York") -> dt.datetime:
    from reservations_app.domain.timezones import zone

    hour, minute = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), zone(tz)).astimezone(dt.UTC)
