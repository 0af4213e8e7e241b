"""A realistic demo clinic for a first look and for training: providers, a few weeks of
availability, clients, and bookings in every state."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError, InvalidInput
from reservations_app.domain.model import Provider, VisitType
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import zone
from reservations_app.services import booking, demo_day, people, schedule, settings
from reservations_app.store.models import ClientRow, ProviderRow

PROVIDERS = (
    ("Dr. Maya Okafor", "maya.okafor@riverside.example", "America/New_York", "#3b82f6",
     (0, 1, 2, 3, 4), ("08:00-12:00", "13:00-17:00")),
    ("Dr. Lukas Brandt", "lukas.brandt@riverside.example", "America/New_York", "#10b981",
     (0, 2, 4), ("09:00-13:00", "14:00-18:00")),
    ("Priya Raman, PT", "priya.raman@riverside.example", "America/New_York", "#f59e0b",
     (1, 3), ("07:30-11:30", "12:30-16:30")),
    ("Dr. Sofia Marquez", "sofia.marquez@riverside.example", "America/Chicago", "#ef4444",
     (0, 1, 3), ("08:00-11:00", "12:00-15:00")),
    ("Tom Becker, RD", "tom.becker@riverside.example", "America/New_York", "#8b5cf6",
     (2, 4), ("10:00-14:00",)),
)

FIRST = ("Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella",
         "Lucas", "Mia", "Mateo", "Amelia", "Ethan", "Harper", "Aiden", "Evelyn", "Hiro",
         "Fatima", "Chen", "Aisha", "Diego", "Ingrid", "Kwame", "Lena", "Omar", "Rosa", "Yuki")
LAST = ("Johnson", "Nguyen", "Garcia", "Smith", "Kowalski", "Patel", "Brown", "Kim", "Silva",
        "Müller", "O'Brien", "Haddad", "Rossi", "Andersen", "Williams", "Tanaka", "Lopez",
        "Okonkwo", "Schmidt", "Davis", "Novak", "Cohen", "Moreau", "Jensen")


@dataclass(frozen=True)
class DemoSummary:
    providers: int
    clients: int
    blocks: int
    reservations: int


Progress = Callable[[int, str], None]


def is_empty() -> bool:
    return not ProviderRow.select().exists() and not ClientRow.select().exists()


def create_demo(actor: Actor, now: dt.datetime, *, weeks: int = 6, clients: int = 80,
                seed: int = 7, progress: Progress | None = None) -> DemoSummary:
    """Fill an empty database. Each step is its own transaction, so progress can be shown."""
    if not is_empty():
        raise InvalidInput("The demo clinic can only be created in an empty database.")
    report = progress or (lambda percent, step: None)
    rng = random.Random(seed)
    settings.set_value(actor, "clinic_timezone", "America/New_York", now)
    report(5, "Adding providers")
    providers = [people.add_provider(actor, name, email, tz, now, color)
                 for name, email, tz, color, _, _ in PROVIDERS]
    report(15, "Laying out availability")
    blocks = _availability(actor, providers, now, weeks)
    report(45, "Adding clients")
    client_ids = _clients(actor, rng, clients, now)
    report(65, "Adding visit types")
    types = demo_day.add_visit_types(actor, providers, now)
    report(70, "Booking appointments")
    count = demo_day.populate_today(actor, rng, providers, [p[5] for p in PROVIDERS], types,
                                    client_ids, now)
    count += _bookings(actor, rng, providers, client_ids, types, now)
    report(100, "Done")
    return DemoSummary(len(providers), len(client_ids), blocks, count)


def _availability(actor: Actor, providers: list[Provider], now: dt.datetime,
                  weeks: int) -> int:
    total = 0
    for provider, (_, _, _, _, weekdays, blocks) in zip(providers, PROVIDERS, strict=True):
        today = now.astimezone(zone(provider.timezone)).date()
        result = schedule.repeat_weekly(actor, provider.id, weekdays,
                                        [parse_block(b) for b in blocks], today,
                                        today + dt.timedelta(weeks=weeks), now)
        total += len(result.created)
    return total


def _clients(actor: Actor, rng: random.Random, count: int, now: dt.datetime) -> list[int]:
    ids: list[int] = []
    used: set[str] = set()
    while len(ids) < count:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if f"{first} {last}" in used:
            continue
        used.add(f"{first} {last}")
        email = f"{first}.{last}".lower().replace("'", "").replace("ü", "ue") + "@mail.example"
        phone = f"+1 (555) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        try:
            ids.append(people.add_client(actor, f"{first} {last}", now, email, phone).id)
        except DomainError:
            continue
    return ids


def _bookings(actor: Actor, rng: random.Random, providers: list[Provider],
              client_ids: list[int], types: list[VisitType], now: dt.datetime) -> int:
    """About a third of the next two weeks booked: mostly confirmed, some held, a few cancelled;
    visits of every type (a time where the drawn type does not fit stays free)."""
    made = 0
    clients = iter(rng.sample(client_ids, len(client_ids)) * 20)
    for offset in range(1, 15):
        day = (now + dt.timedelta(days=offset)).date()
        for provider in providers:
            free = schedule.bookable_slots(actor, day, now, provider_id=provider.id)
            offered = [None, *(t.id for t in types if t.offered_by(provider.id))]
            for slot in rng.sample(free, k=len(free) // 4):
                made += _book_one(actor, rng, next(clients), slot.provider_id, slot.start, now,
                                  rng.choice(offered))
    return made


def _book_one(actor: Actor, rng: random.Random, client_id: int, provider_id: int,
              start: dt.datetime, now: dt.datetime, type_id: int | None) -> int:
    try:
        held = booking.hold(actor, client_id, provider_id, start, now, visit_type_id=type_id)
    except DomainError:
        return 0
    roll = rng.random()
    if roll < 0.8:
        booking.confirm(actor, held.id, now)
    elif roll < 0.88:
        booking.cancel(actor, held.id, now, "Client rescheduled")
    return 1
