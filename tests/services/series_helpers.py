"""A provider with Tuesday and Thursday mornings for ten weeks, a visit type, clients."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reservations_app.domain.access import Actor
from reservations_app.domain.slots import parse_block
from reservations_app.services import people, schedule, visit_types
from tests.services.helpers import DAY, at

TZ = "America/New_York"


@dataclass(frozen=True)
class SeriesClinic:
    provider: int
    other_provider: int
    type_id: int
    clients: list[int]


def weekly_clinic(admin: Actor, now: dt.datetime, weeks: int = 10) -> SeriesClinic:
    doc = people.add_provider(admin, "Dr Okafor", "okafor@clinic.example", TZ, now)
    other = people.add_provider(admin, "Dr Berg", "berg@clinic.example", TZ, now)
    for provider in (doc, other):
        schedule.repeat_weekly(admin, provider.id, (1, 3), [parse_block("09:00-12:00")], DAY,
                               DAY + dt.timedelta(weeks=weeks), now)
    physio = visit_types.add_type(admin, "Physio", 30, now)
    names = ("Ann Alder", "Ben Birch", "Cy Cedar", "Di Dogwood")
    clients = [people.add_client(admin, name, now, f"{name.split()[0].lower()}@mail.example").id
               for name in names]
    return SeriesClinic(doc.id, other.id, physio.id, clients)


def tuesday(week: int, hhmm: str = "09:00") -> dt.datetime:
    return at(DAY + dt.timedelta(weeks=week), hhmm, TZ)
