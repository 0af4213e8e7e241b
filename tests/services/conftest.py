"""A small clinic for the trust tests: two providers with availability, clients, bookings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from argon2 import PasswordHasher

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import auth, booking, people, schedule
from reservations_app.store.db import Target
from reservations_app.store.models import ALL_MODELS, AuditRow, database

DAY = dt.date(2026, 12, 1)  # a week after the `now` fixture, a Tuesday
PASSWORD = "correct horse battery"


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Argon2id with tiny costs: the rules under test are the same, the hashing is 100x faster."""
    fast = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    monkeypatch.setattr(auth, "_hasher", lambda: fast)
    auth._unknown_user_hash.cache_clear()
    yield
    auth._unknown_user_hash.cache_clear()


@dataclass(frozen=True)
class Clinic:
    provider_a: int
    provider_b: int
    block_a: int  # 09:00-12:00 on DAY, provider A
    spare_block_a: int  # 14:00-15:00 on DAY, provider A, nothing booked in it
    block_b: int
    client: int
    other_client: int
    free_client: int  # no booking yet
    held_a: int  # a live hold of provider A at 09:00 on DAY
    confirmed_b: int  # a confirmed booking of provider B at 09:00 on DAY
    staff_user: int


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), dt.UTC)


def build_clinic(admin: Actor, now: dt.datetime) -> Clinic:
    a = people.add_provider(admin, "Dr. A", "a@clinic.example", "UTC", now)
    b = people.add_provider(admin, "Dr. B", "b@clinic.example", "UTC", now)
    block_a, spare_a = schedule.add_availability(
        admin, a.id, DAY, [parse_block("09:00-12:00"), parse_block("14:00-15:00")], now)
    (block_b,) = schedule.add_availability(admin, b.id, DAY, [parse_block("09:00-12:00")], now)
    client = people.add_client(admin, "Ann Client", now, "ann@mail.example", "555-010-0101")
    other = people.add_client(admin, "Bob Client", now, "bob@mail.example", "555-010-0102")
    free = people.add_client(admin, "Cy Client", now, "cy@mail.example", "555-010-0103")
    held = booking.hold(admin, client.id, a.id, at(9), now)
    confirmed = booking.confirm(admin, booking.hold(admin, other.id, b.id, at(9), now).id, now)
    user = auth.create_user(admin, "staffer", PASSWORD, Role.ADMIN, now)
    return Clinic(a.id, b.id, block_a.id, spare_a.id, block_b.id, client.id, other.id, free.id,
                  held.id, confirmed.id, user.id)


@pytest.fixture
def clinic(db: Target, admin: Actor, now: dt.datetime, fast_hashing: None) -> Clinic:
    return build_clinic(admin, now)


def data_snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the audit trail, to prove a refused call changed nothing.
    Raw SQL keeps it cheap enough to run around every call of the fuzz test."""
    snapshot = {}
    for model in ALL_MODELS:
        if model is AuditRow:
            continue
        table = model._meta.table_name
        cursor = database.execute_sql(f"SELECT * FROM {table} ORDER BY 1")
        snapshot[table] = cursor.fetchall()
    return snapshot


def audit_after(last_id: int) -> list[AuditRow]:
    return list(AuditRow.select().where(AuditRow.id > last_id).order_by(AuditRow.id))


def last_audit_id() -> int:
    row = AuditRow.select().order_by(AuditRow.id.desc()).first()
    return row.id if row else 0
