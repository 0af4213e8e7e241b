"""The demo clinic's visit types and its day at the desk: today's visits checked in, waiting,
done, missed or cancelled late, and the last working day's history, so a first look at the
app shows a clinic in the middle of its day."""

from __future__ import annotations

import datetime as dt
import random

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider, Reservation, VisitType
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import zone
from reservations_app.services import booking, day_slots, schedule, visit_status, visit_types
from reservations_app.store.models import database

# name, minutes, buffer after, colour, offered by the first n providers (0: all)
VISIT_TYPES = (
    ("Follow-up", 15, 0, "#60a5fa", 0),
    ("Consultation", 30, 0, "#34d399", 0),
    ("New patient assessment", 45, 15, "#f59e0b", 0),
    ("Procedure", 60, 0, "#f87171", 2),
)
NOTES = ("Interpreter needed (Spanish)", "Wheelchair user", "Bring previous X-rays",
         "Prefers a call, not email", "Fasting since midnight")
# Made a few days before the day they are for, as a clinic's bookings are.
BOOKED_AHEAD = dt.timedelta(days=3)


def add_visit_types(actor: Actor, providers: list[Provider], now: dt.datetime) -> list[VisitType]:
    made = []
    for name, minutes, after, color, first_n in VISIT_TYPES:
        offered = [p.id for p in providers[:first_n]] if first_n else []
        made.append(visit_types.add_type(actor, name, minutes, now, buffer_after=after,
                                         provider_ids=offered, color=color))
    return made


def _working_day(provider: Provider, day: dt.date, actor: Actor, now: dt.datetime,
                 blocks: tuple[str, ...]) -> None:
    """Make sure the provider works `day` (the demo's pattern may skip it)."""
    if not schedule.list_availability(actor, provider.id, day, day):
        schedule.add_availability(actor, provider.id, day, [parse_block(b) for b in blocks],
                                  now - 2 * BOOKED_AHEAD)


def _book_day(actor: Actor, rng: random.Random, provider: Provider, day: dt.date,
              types: list[VisitType], clients: list[int],
              booked_at: dt.datetime) -> list[Reservation]:
    """Confirmed visits of mixed types through most of the day, as booked days ahead."""
    made: list[Reservation] = []
    for visit_type in (t for t in types if t.offered_by(provider.id)):
        starts = day_slots.bookable_starts(actor, day, booked_at, provider_id=provider.id,
                                           visit_type_id=visit_type.id)
        # Starts drawn from one listing: one taken since by another visit is skipped.
        for row in rng.sample(starts, k=min(len(starts), 5)):
            if not clients:
                return made
            try:
                held = booking.hold(actor, clients[-1], provider.id, row.start, booked_at,
                                    visit_type_id=visit_type.id,
                                    note=rng.choice(NOTES) if rng.random() < 0.2 else None)
            except DomainError:
                continue
            clients.pop()
            made.append(booking.confirm(actor, held.id, booked_at))
    return made


def _play_the_day(actor: Actor, rng: random.Random, booked: list[Reservation],
                  now: dt.datetime) -> None:
    """Done, missed, in the waiting room, cancelled late: as the desk would have marked them."""
    visits = sorted(booked, key=lambda r: r.start)
    started = [r for r in visits if r.start <= now]
    upcoming = [r for r in visits if r.start > now]
    for index, visit in enumerate(started):
        if index == 1 or rng.random() < 0.1:
            visit_status.no_show(actor, visit.id, now)
            continue
        visit_status.arrive(actor, visit.id, max(visit.start - dt.timedelta(minutes=5),
                                                  now - 2 * BOOKED_AHEAD))
        if visit.end <= now:
            visit_status.complete(actor, visit.id, now)
    if upcoming:
        visit_status.arrive(actor, upcoming[0].id, now)  # early, waiting to be seen
    if len(upcoming) > 2:
        booking.cancel(actor, upcoming[-1].id, now, "Client called: car broke down")


def populate_today(actor: Actor, rng: random.Random, providers: list[Provider],
                   blocks: list[tuple[str, ...]], types: list[VisitType], clients: list[int],
                   now: dt.datetime) -> int:
    """Today and the last working day before it, for the first providers. The services run
    inside one transaction here (each joins it): a demo is one step for the user, and a
    couple of hundred separate durable commits would make them wait seconds longer."""
    made = 0
    pool = list(clients)
    rng.shuffle(pool)
    with database.atomic():
        for provider, provider_blocks in list(zip(providers, blocks, strict=True))[:3]:
            today = now.astimezone(zone(provider.timezone)).date()
            before = today - dt.timedelta(days=3 if today.weekday() == 0 else 1)
            for day in (before, today):
                _working_day(provider, day, actor, now, provider_blocks)
                booked = _book_day(actor, rng, provider, day, types, pool,
                                   now - 2 * BOOKED_AHEAD)
                _play_the_day(actor, rng, booked,
                              now if day == today else now - dt.timedelta(hours=1))
                made += len(booked)
    return made
