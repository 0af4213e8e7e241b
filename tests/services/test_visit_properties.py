"""Properties of bookings of mixed lengths, on copies of a small SQLite clinic:

- after any sequence of holds and moves of mixed visit types, no two occupied intervals of a
  provider overlap (and each covers its visit);
- every `explain` row's reason agrees with what `hold` then does at that start.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import (
    ClientDayFull,
    DoesNotFit,
    DomainError,
    InThePast,
    SlotTaken,
    TooFar,
    TooLate,
)
from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.domain.status import sql_list
from reservations_app.services import booking, day_slots, people, schedule, visit_types
from reservations_app.services import settings as clinic_settings
from reservations_app.store.db import close_database, open_database
from reservations_app.store.models import database

DAY = dt.date(2026, 12, 1)
BOOKED_AT = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
ADMIN = Actor("admin", Role.ADMIN, "props")
DESK = Actor("desk", Role.FRONT_DESK, "props")
PROVIDERS = (1, 2)
CLIENTS = 6
# (minutes, buffer before, buffer after); type ids 1..4
TYPES = ((15, 0, 0), (30, 0, 0), (45, 0, 15), (60, 15, 0))
STARTS = range(7 * 60, 18 * 60, 15)  # minutes after UTC midnight of DAY, some off the blocks
EXPECTED = {Reason.FREE: None, Reason.BOOKED: SlotTaken, Reason.HELD: SlotTaken,
            Reason.TOO_SOON: TooLate, Reason.PAST: InThePast, Reason.TOO_FAR: TooFar,
            Reason.CLIENT_LIMIT: ClientDayFull, Reason.DOES_NOT_FIT: DoesNotFit}
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow,
                                                    HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("props") / "template.sqlite3"
    open_database(f"sqlite:///{path}")
    for n in PROVIDERS:
        doc = people.add_provider(ADMIN, f"Dr {n}", f"dr{n}@clinic.example", "UTC", BOOKED_AT)
        schedule.add_availability(ADMIN, doc.id, DAY, [parse_block("08:00-12:00"),
                                                       parse_block("13:00-17:00")], BOOKED_AT)
    for n in range(CLIENTS):
        people.add_client(ADMIN, f"Client {n}", BOOKED_AT)
    for n, (minutes, before, after) in enumerate(TYPES):
        visit_types.add_type(ADMIN, f"Type {n}", minutes, BOOKED_AT, buffer_before=before,
                             buffer_after=after)
    close_database()
    return path


@pytest.fixture
def clinic_copy(template: Path, tmp_path: Path) -> Iterator[Path]:
    yield tmp_path


def _open_copy(template: Path, folder: Path) -> None:
    close_database()
    copy = folder / "clinic.sqlite3"
    copy.unlink(missing_ok=True)
    shutil.copyfile(template, copy)
    open_database(f"sqlite:///{copy}")


def _at(minutes: int) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(0), dt.UTC) + dt.timedelta(minutes=minutes)


HOLD = st.tuples(st.just("hold"), st.integers(1, CLIENTS), st.sampled_from(PROVIDERS),
                 st.sampled_from((None, 1, 2, 3, 4)), st.sampled_from(STARTS))
MOVE = st.tuples(st.just("move"), st.integers(0, 20), st.sampled_from(PROVIDERS),
                 st.sampled_from(STARTS))


def _overlaps() -> list[tuple[int, int]]:
    return list(database.execute_sql(
        "SELECT a.id, b.id FROM reservation a JOIN reservation b ON a.provider_id = "
        "b.provider_id AND a.id < b.id AND a.occupied_start < b.occupied_end AND "
        f"b.occupied_start < a.occupied_end WHERE a.status IN {sql_list()} "
        f"AND b.status IN {sql_list()}").fetchall())


@PROPERTY_SETTINGS
@given(steps=st.lists(st.one_of(HOLD, MOVE), min_size=1, max_size=25))
def test_occupied_intervals_never_overlap(template: Path, clinic_copy: Path,
                                          steps: list[tuple]) -> None:  # type: ignore[type-arg]
    _open_copy(template, clinic_copy)
    clinic_settings.set_value(ADMIN, "max_per_client_per_day", "50", BOOKED_AT)
    made: list[int] = []
    try:
        for step in steps:
            try:
                if step[0] == "hold":
                    _, client, provider, type_id, start = step
                    made.append(booking.hold(DESK, client, provider, _at(start), BOOKED_AT,
                                             visit_type_id=type_id).id)
                elif made:
                    _, index, provider, start = step
                    booking.move(DESK, made[index % len(made)], _at(start), BOOKED_AT,
                                 provider_id=provider)
            except DomainError:
                continue
        assert _overlaps() == []
        covers = database.execute_sql(
            "SELECT COUNT(*) FROM reservation WHERE occupied_start > start_at "
            "OR occupied_end < end_at").fetchone()[0]
        assert covers == 0
    finally:
        close_database()


@PROPERTY_SETTINGS
@given(existing=st.lists(HOLD, max_size=12),
       confirm=st.lists(st.booleans() | st.just(True),
                        max_size=12),
       now_offset=st.one_of(st.integers(-3 * 24 * 60, -24 * 60),  # mostly before the notice
                            st.integers(-3 * 24 * 60, 16 * 60)).map(
           lambda m: dt.timedelta(minutes=m)),
       horizon=st.sampled_from((2, 365, 365)), client=st.integers(1, 3),
       type_id=st.sampled_from((None, 1, 2, 3, 4)), pick=st.integers(0, 1000))
def test_every_reason_agrees_with_what_hold_does(
        template: Path, clinic_copy: Path, existing: list[tuple],  # type: ignore[type-arg]
        confirm: list[bool], now_offset: dt.timedelta, horizon: int, client: int,
        type_id: int | None, pick: int) -> None:
    _open_copy(template, clinic_copy)
    try:
        for (_, who, provider, kind, start), confirmed in zip(existing, confirm + [False] * 12,
                                                             strict=False):
            try:
                held = booking.hold(ADMIN, who, provider, _at(start), BOOKED_AT,
                                    visit_type_id=kind)
                if confirmed:
                    booking.confirm(ADMIN, held.id, BOOKED_AT)
            except DomainError:
                continue
        clinic_settings.set_value(ADMIN, "max_days_ahead", str(horizon), BOOKED_AT)
        now = dt.datetime.combine(DAY, dt.time(0), dt.UTC) + now_offset
        rows = day_slots.explain_slots(DESK, DAY, now, visit_type_id=type_id, client_id=client)
        row = rows[pick % len(rows)]
        expected = EXPECTED[row.reason]
        if expected is None:
            booking.hold(DESK, client, row.provider_id, row.start, now, visit_type_id=type_id)
        else:
            with pytest.raises(expected) as refused:
                booking.hold(DESK, client, row.provider_id, row.start, now,
                             visit_type_id=type_id)
            if expected is TooLate:
                assert not isinstance(refused.value, InThePast)
    finally:
        close_database()
