"""A provider on America/New_York with bookings either side of the 2027 spring-forward."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import zone
from reservations_app.services import booking, people, schedule
from reservations_app.store.db import Target

NEW_YORK = zone("America/New_York")
BEFORE_DST = dt.date(2027, 3, 12)  # a Friday: EST, UTC-5
AFTER_DST = dt.date(2027, 3, 15)  # the Monday after clocks went forward: EDT, UTC-4


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), NEW_YORK)


@dataclass(frozen=True)
class DstClinic:
    provider: int
    other_provider: int
    ann: int
    bob: int
    confirmed: int  # Ann, 09:00 before DST
    held: int  # Bob, 09:00 after DST, a live hold
    cancelled: int  # Ann, 10:00 after DST
    lapsed: int  # Bob, 11:00 before DST, a hold past its time (not swept)
    elsewhere: int  # another provider's booking


def build_dst_clinic(admin: Actor, now: dt.datetime) -> DstClinic:
    ada = people.add_provider(admin, "Dr Ada Okafor", "ada@clinic.example", NEW_YORK.key, now)
    ben = people.add_provider(admin, "Dr Ben", "ben@clinic.example", "UTC", now)
    ann = people.add_client(admin, "Ann Marie Lee", now, "ann@mail.example", "555 010 2030")
    bob = people.add_client(admin, "Bob Stone", now, "bob@mail.example", "555 010 2040")
    for day in (BEFORE_DST, AFTER_DST):
        schedule.add_availability(admin, ada.id, day, [parse_block("08:00-12:00")], now)
        schedule.add_availability(admin, ben.id, day, [parse_block("08:00-12:00")], now)
    confirmed = booking.confirm(admin, booking.hold(admin, ann.id, ada.id,
                                                    local(BEFORE_DST, 9), now).id, now)
    held = booking.hold(admin, bob.id, ada.id, local(AFTER_DST, 9), now)
    cancelled = booking.hold(admin, ann.id, ada.id, local(AFTER_DST, 10), now)
    booking.cancel(admin, cancelled.id, now, "feeling better")
    lapsed = booking.hold(admin, bob.id, ada.id, local(BEFORE_DST, 11), now - dt.timedelta(
        hours=1))
    elsewhere = booking.hold(admin, ann.id, ben.id, dt.datetime.combine(
        AFTER_DST, dt.time(11), dt.UTC), now)
    return DstClinic(ada.id, ben.id, ann.id, bob.id, confirmed.id, held.id, cancelled.id,
                     lapsed.id, elsewhere.id)


@pytest.fixture
def dst_clinic(db: Target, admin: Actor, now: dt.datetime) -> DstClinic:
    return build_dst_clinic(admin, now)
