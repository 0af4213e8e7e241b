"""The role table of issue 5, enforced in the services themselves.

Admin: everything. Front desk: clients, reservations, read schedules. Provider: own availability
and own reservations, read-only elsewhere. Every call below targets provider A's records; the
provider role is tried as provider A (own) and as provider B (other).

An allowed change succeeds and leaves an audit row naming the actor; a refused one raises
PermissionDenied, changes no data, and leaves exactly one `access.denied` row naming the actor.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import PermissionDenied
from reservations_app.domain.model import BlockSpec, Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import (
    audit,
    auth,
    booking,
    maintenance,
    people,
    schedule,
    settings,
)
from reservations_app.store.connect import Target

from .conftest import DAY, Clinic, at, audit_after, data_snapshot, last_audit_id

ADMIN, DESK, OWN, OTHER = "admin", "front_desk", "provider_own", "provider_other"
ALL = frozenset({ADMIN, DESK, OWN, OTHER})


@pytest.fixture
def actors(clinic: Clinic) -> dict[str, Actor]:
    return {
        ADMIN: Actor("ada.admin", Role.ADMIN, "desk-1", 1),
        DESK: Actor("dan.desk", Role.FRONT_DESK, "desk-2", 2),
        OWN: Actor("dr.a", Role.PROVIDER, "room-a", 3, provider_id=clinic.provider_a),
        OTHER: Actor("dr.b", Role.PROVIDER, "room-b", 4, provider_id=clinic.provider_b),
    }


Call = Callable[[Actor, Clinic, dt.datetime, Target, Path], Any]

# name -> (call, roles allowed)
CHANGES: dict[str, tuple[Call, frozenset[str]]] = {
    "add_provider": (lambda a, c, n, t, p: people.add_provider(
        a, "Dr. C", "c@clinic.example", "UTC", n), frozenset({ADMIN})),
    "update_provider": (lambda a, c, n, t, p: people.update_provider(
        a, c.provider_a, n, name="Dr. A Renamed"), frozenset({ADMIN})),
    "add_client": (lambda a, c, n, t, p: people.add_client(a, "Cleo New", n),
                   frozenset({ADMIN, DESK})),
    "update_client": (lambda a, c, n, t, p: people.update_client(
        a, c.client, n, phone="555-010-0199"), frozenset({ADMIN, DESK})),
    "add_availability": (lambda a, c, n, t, p: schedule.add_availability(
        a, c.provider_a, DAY + dt.timedelta(days=1), [parse_block("09:00-10:00")], n),
        frozenset({ADMIN, OWN})),
    "repeat_weekly": (lambda a, c, n, t, p: schedule.repeat_weekly(
        a, c.provider_a, [2], [parse_block("09:00-10:00")], DAY, DAY + dt.timedelta(days=14),
        n), frozenset({ADMIN, OWN})),
    "time_off": (lambda a, c, n, t, p: schedule.time_off(
        a, c.provider_a, DAY, BlockSpec(dt.time(14), dt.time(15)), n),
        frozenset({ADMIN, OWN})),
    "delete_block": (lambda a, c, n, t, p: schedule.delete_block(a, c.spare_block_a, n),
                     frozenset({ADMIN, OWN})),
    "change_block": (lambda a, c, n, t, p: schedule.change_block(
        a, c.block_a, parse_block("09:00-13:00"), n), frozenset({ADMIN, OWN})),
    "hold": (lambda a, c, n, t, p: booking.hold(a, c.free_client, c.provider_a, at(10), n),
             frozenset({ADMIN, DESK, OWN})),
    "confirm": (lambda a, c, n, t, p: booking.confirm(a, c.held_a, n),
                frozenset({ADMIN, DESK, OWN})),
    "cancel": (lambda a, c, n, t, p: booking.cancel(a, c.held_a, n, "client asked"),
               frozenset({ADMIN, DESK, OWN})),
    "move_same_provider": (lambda a, c, n, t, p: booking.move(a, c.held_a, at(11), n),
                           frozenset({ADMIN, DESK, OWN})),
    # Provider A may not put a booking into provider B's diary, nor B touch A's booking.
    "move_to_other_provider": (lambda a, c, n, t, p: booking.move(
        a, c.held_a, at(10), n, provider_id=c.provider_b), frozenset({ADMIN, DESK})),
    "set_setting": (lambda a, c, n, t, p: settings.set_value(a, "hold_minutes", "20", n),
                    frozenset({ADMIN})),
    "create_user": (lambda a, c, n, t, p: auth.create_user(
        a, "newbie", "a long enough password", Role.FRONT_DESK, n), frozenset({ADMIN})),
    "reset_password": (lambda a, c, n, t, p: auth.reset_password(
        a, c.staff_user, "another long password", n), frozenset({ADMIN})),
    "expire_stale": (lambda a, c, n, t, p: maintenance.expire_stale(
        a, n + dt.timedelta(hours=1)), ALL),
    "sweep": (lambda a, c, n, t, p: maintenance.sweep(a, n + dt.timedelta(hours=1)), ALL),
    "backup": (lambda a, c, n, t, p: maintenance.backup(a, t, p / "copy.sqlite3", n),
               frozenset({ADMIN})),
    "restore": (lambda a, c, n, t, p: maintenance.restore(
        a, t, p / "before.sqlite3", n, p / "kept"), frozenset({ADMIN})),
}

SERVICE_NAMES = {
    'add_provider': 'people.add_provider',
    'update_provider': 'people.update_provider',
    # the service that refused: the wrappers that return only part of a result call these
    'add_client': 'people.new_client',
    'update_client': 'people.edit_client',
    'add_availability': 'schedule.add_blocks',
    'repeat_weekly': 'patterns.repeat_weekly',
    'time_off': 'time_off.time_off',
    'delete_block': 'schedule.delete_block',
    'change_block': 'schedule.edit_block',
    'hold': 'booking.hold',
    'confirm': 'booking.confirm',
    'cancel': 'booking.cancel',
    'move_same_provider': 'booking.move',
    'move_to_other_provider': 'booking.move',
    'set_setting': 'settings.set_value',
    'create_user': 'auth.create_user',
    'reset_password': 'auth.reset_password',
    'expire_stale': 'maintenance.expire_stale',
    'sweep': 'maintenance.sweep',
    'backup': 'maintenance.backup',
    'restore': 'maintenance.restore',
}

READS: dict[str, tuple[Call, frozenset[str]]] = {
    "list_bookings": (lambda a, c, n, t, p: booking.list_bookings(a, n), ALL),
    "get_booking": (lambda a, c, n, t, p: booking.get_booking(a, c.confirmed_b), ALL),
    "bookable_slots": (lambda a, c, n, t, p: schedule.bookable_slots(a, DAY, n), ALL),
    "list_availability": (lambda a, c, n, t, p: schedule.list_availability(
        a, c.provider_b), ALL),
    "search_clients": (lambda a, c, n, t, p: people.search_clients(a, "ann"), ALL),
    "list_providers": (lambda a, c, n, t, p: people.list_providers(a), ALL),
    "audit_list": (lambda a, c, n, t, p: audit.list_entries(a), frozenset({ADMIN})),
    "list_users": (lambda a, c, n, t, p: auth.list_users(a), frozenset({ADMIN})),
}


def _cases(table: dict[str, tuple[Call, frozenset[str]]]) -> list[Any]:
    return [pytest.param(name, role, role in allowed, id=f"{name}-{role}")
            for name, (_, allowed) in table.items() for role in (ADMIN, DESK, OWN, OTHER)]


@pytest.fixture
def backup_file(db: Target, clinic: Clinic, tmp_path: Path, now: dt.datetime) -> Path | None:
    """A backup of the clinic for the restore case, made before the call under test (file
    backups are SQLite's; a PostgreSQL clinic uses pg_dump on the server)."""
    if db.backend != "sqlite":
        return None
    boss = Actor("setup", Role.ADMIN, "setup")
    return maintenance.backup(boss, db, tmp_path / "before.sqlite3", now)


@pytest.mark.parametrize(("name", "role", "allowed"), _cases(CHANGES))
def test_changes_follow_the_role_table(name: str, role: str, allowed: bool,
                                       actors: dict[str, Actor], clinic: Clinic,
                                       now: dt.datetime, db: Target, tmp_path: Path,
                                       backup_file: Path | None) -> None:
    if backup_file is None and allowed and name in ("backup", "restore"):
        pytest.skip("file backups and restores are for SQLite; PostgreSQL uses pg_dump")
    actor = actors[role]
    call = CHANGES[name][0]
    before, last_id = data_snapshot(), last_audit_id()
    if allowed:
        call(actor, clinic, now, db, tmp_path)
        rows = audit_after(0 if name == "restore" else last_id)
        mine = [row for row in rows if row.actor == actor.username]
        assert mine, f"{name} by {role} left no audit row"
        assert all(row.workstation == actor.workstation for row in mine)
        assert all(row.action != audit.DENIED for row in mine)
        return
    with pytest.raises(PermissionDenied) as refused:
        call(actor, clinic, now, db, tmp_path)
    assert "may not" in str(refused.value)
    assert data_snapshot() == before, f"a refused {name} changed data"
    (row,) = audit_after(last_id)
    assert (row.actor, row.workstation, row.action) == (actor.username, actor.workstation,
                                                        audit.DENIED)
    details = json.loads(row.after)
    assert details["role"] == actor.role.value
    assert details["call"] == SERVICE_NAMES[name]
    assert not (tmp_path / "copy.sqlite3").exists()


@pytest.mark.parametrize(("name", "role", "allowed"), _cases(READS))
def test_reads_follow_the_role_table(name: str, role: str, allowed: bool,
                                     actors: dict[str, Actor], clinic: Clinic,
                                     now: dt.datetime, db: Target, tmp_path: Path) -> None:
    call = READS[name][0]
    before, last_id = data_snapshot(), last_audit_id()
    if allowed:
        call(actors[role], clinic, now, db, tmp_path)
    else:
        with pytest.raises(PermissionDenied):
            call(actors[role], clinic, now, db, tmp_path)
    assert data_snapshot() == before
    assert audit_after(last_id) == []  # a read changes nothing, so it writes nothing


def test_a_provider_without_a_provider_record_may_not_edit_any_diary(
        clinic: Clinic, now: dt.datetime) -> None:
    unlinked = Actor("dr.x", Role.PROVIDER, "room-x", 9, provider_id=None)
    with pytest.raises(PermissionDenied):
        schedule.add_availability(unlinked, clinic.provider_a, DAY + dt.timedelta(days=1),
                                  [parse_block("09:00-10:00")], now)
    with pytest.raises(PermissionDenied):
        booking.cancel(unlinked, clinic.held_a, now)
