"""A small clinic for tests that need bookable slots: one provider, one day of 15-minute slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Slot
from reservations_app.domain.slots import parse_block
from reservations_app.services import people, schedule
from reservations_app.store.models import database

DAY = dt.date(2026, 12, 1)  # a week after the tests' fixed clock
# 09:00-21:30 in 15-minute slots: exactly 50 slots.
FIFTY_SLOTS = "09:00-21:30"


@dataclass(frozen=True)
class Clinic:
    provider_id: int
    client_ids: list[int]
    slots: list[Slot]


def make_clinic(actor: Actor, now: dt.datetime, *, clients: int = 2,
                block: str = FIFTY_SLOTS) -> Clinic:
    """Provider, clients and availability, through the services, in one transaction."""
    with database.atomic():
        provider = people.add_provider(actor, "Dr. Test", "test@clinic.example",
                                       "America/New_York", now)
        schedule.add_availability(actor, provider.id, DAY, [parse_block(block)], now)
        client_ids = [people.add_client(actor, f"Client {n:04d}", now,
                                        email=f"client{n}@mail.example").id
                      for n in range(clients)]
    slots = schedule.bookable_slots(actor, DAY, now, provider_id=provider.id)
    return Clinic(provider.id, client_ids, slots)
