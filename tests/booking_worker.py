"""A desk that books as fast as it can, for the crash and backup tests.

    python tests/booking_worker.py DB_URL SEED NOW_ISO

Every operation goes through the services. After each commit the worker prints one line and
flushes, so whatever the parent read was committed:

    ready
    held ID START          (a new hold, committed)
    confirmed ID
    cancelled ID
    moved ID START

Before a change to an existing reservation it prints `try OP ID`, so the parent knows which one
may be one step ahead of what was reported when the worker is killed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, day_slots, people, schedule, settings, visit_types
from reservations_app.store.db import close_database, open_database

PROVIDERS = 3
CLIENTS = 40
DAYS = 60
FIRST_DAY = dt.date(2026, 12, 1)
# Bookings of mixed lengths: untyped (one slot) and these (name, minutes, buffer after).
VISIT_TYPES = (("Consultation", 30, 0), ("Assessment", 45, 15), ("Procedure", 60, 0))


def setup_clinic(url: str, now: dt.datetime) -> None:
    """Providers with two months of availability and clients allowed many bookings a day."""
    open_database(url)
    admin = Actor("setup", Role.ADMIN, "setup")
    settings.set_value(admin, "max_per_client_per_day", "50", now)
    for n in range(PROVIDERS):
        provider = people.add_provider(admin, f"Dr. {n}", f"dr{n}@clinic.example", "UTC", now)
        schedule.repeat_weekly(admin, provider.id, range(7), [parse_block("08:00-16:00")],
                               FIRST_DAY, FIRST_DAY + dt.timedelta(days=DAYS - 1), now)
    for n in range(CLIENTS):
        people.add_client(admin, f"Client {n}", now)
    for name, minutes, after in VISIT_TYPES:
        visit_types.add_type(admin, name, minutes, now, buffer_after=after)
    close_database()


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _random_slot(actor: Actor, rng: random.Random, now: dt.datetime,
                 type_id: int | None = None) -> tuple[int, dt.datetime]:
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    free: list = schedule.bookable_slots(actor, day, now) if type_id is None else \
        day_slots.bookable_starts(actor, day, now, visit_type_id=type_id)
    if not free:
        raise LookupError("no free slot that day")
    slot = rng.choice(free)
    return slot.provider_id, slot.start


def _step(actor: Actor, rng: random.Random, now: dt.datetime, mine: list[int]) -> None:
    roll = rng.random()
    if roll < 0.6 or not mine:
        type_id = rng.choice((None, *range(1, len(VISIT_TYPES) + 1)))
        provider_id, start = _random_slot(actor, rng, now, type_id)
        held = booking.hold(actor, rng.randrange(1, CLIENTS + 1), provider_id, start, now,
                            visit_type_id=type_id)
        say(f"held {held.id} {held.start.isoformat()}")
        mine.append(held.id)
        if rng.random() < 0.7:
            say(f"try confirm {held.id}")
            booking.confirm(actor, held.id, now)
            say(f"confirmed {held.id}")
        return
    reservation_id = rng.choice(mine)
    if roll < 0.8:
        say(f"try cancel {reservation_id}")
        booking.cancel(actor, reservation_id, now, "worker")
        mine.remove(reservation_id)
        say(f"cancelled {reservation_id}")
        return
    provider_id, start = _random_slot(actor, rng, now)
    say(f"try move {reservation_id}")
    moved = booking.move(actor, reservation_id, start, now, provider_id=provider_id)
    say(f"moved {moved.id} {moved.start.isoformat()}")


def run(url: str, seed: int, now: dt.datetime) -> None:
    open_database(url)
    actor = Actor(f"worker-{seed}", Role.FRONT_DESK, "worker")
    rng = random.Random(seed)
    mine: list[int] = []
    say("ready")
    while True:
        try:
            _step(actor, rng, now, mine)
        except (DomainError, LookupError):
            continue


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), dt.datetime.fromisoformat(sys.argv[3]))
