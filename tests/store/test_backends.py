"""Same schema, same migrations, same guards on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys

import pytest
from peewee import IntegrityError

from reservations_app.domain import rules
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable, SlotTaken
from reservations_app.domain.model import Status
from reservations_app.services import booking, settings
from reservations_app.store import db as store_db
from reservations_app.store.models import ReservationRow, database, to_db
from tests.helpers.clinic import make_clinic
from tests.helpers.peer import ROOT
from tests.pg_server import PostgresServer


def test_both_backends_reach_the_latest_schema(db: store_db.Target) -> None:
    assert store_db.current_schema() == store_db.known_migrations()[-1]


def _reservation(provider_id: int, client_id: int, start: dt.datetime, minutes: int,
                 status: Status = Status.PENDING) -> ReservationRow:
    end = start + dt.timedelta(minutes=minutes)
    return ReservationRow.create(
        provider=provider_id, client=client_id, start_at=to_db(start), end_at=to_db(end),
        local_date=start.date(), status=status.value, created_at=to_db(start),
        hold_expires_at=None, occupied_start=to_db(start), occupied_end=to_db(end))


def test_the_database_refuses_overlapping_live_reservations(db: store_db.Target, admin: Actor,
                                                            now: dt.datetime) -> None:
    clinic = make_clinic(admin, now, clients=3)
    first, other, third = clinic.client_ids
    nine = clinic.slots[0].start
    _reservation(clinic.provider_id, first, nine, 30)
    with pytest.raises(IntegrityError), database.atomic():
        _reservation(clinic.provider_id, other, nine + dt.timedelta(minutes=15), 15)
    # Not live, or not overlapping: allowed.
    _reservation(clinic.provider_id, other, nine + dt.timedelta(minutes=15), 15, Status.CANCELLED)
    later = _reservation(clinic.provider_id, third, nine + dt.timedelta(minutes=30), 15)
    with pytest.raises(IntegrityError), database.atomic():
        ReservationRow.update(start_at=to_db(nine + dt.timedelta(minutes=15)),
                              occupied_start=to_db(nine + dt.timedelta(minutes=15))).where(
            ReservationRow.id == later.id).execute()


def test_an_overlap_the_rules_missed_still_becomes_slot_taken(
        db: store_db.Target, admin: Actor, now: dt.datetime,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A 30-minute booking from before a slot-length change, and a 15-minute slot inside it:
    with the service's own check switched off, the database's guard answers, as SlotTaken."""
    settings.set_value(admin, "slot_minutes", "30", now)
    clinic = make_clinic(admin, now, clients=2)
    long_one = booking.hold(admin, clinic.client_ids[0], clinic.provider_id,
                            clinic.slots[0].start, now)
    settings.set_value(admin, "slot_minutes", "15", now)
    monkeypatch.setattr(rules, "check_slot_free", lambda *args, **kwargs: None)
    monkeypatch.setattr(rules, "check_fits", lambda *args, **kwargs: None)
    with pytest.raises(SlotTaken) as refused:
        booking.hold(admin, clinic.client_ids[1], clinic.provider_id,
                     long_one.start + dt.timedelta(minutes=15), now)
    assert isinstance(refused.value.__cause__, IntegrityError)
    assert ReservationRow.select().count() == 1


@pytest.mark.backends("postgresql")
def test_postgres_has_the_exclusion_constraint(db: store_db.Target) -> None:
    found = database.execute_sql(
        "SELECT contype FROM pg_constraint WHERE conname = 'reservation_no_overlap'").fetchall()
    assert found == [("x",)]


@pytest.mark.backends("postgresql")
def test_without_btree_gist_the_migration_still_succeeds(
        postgres_server: PostgresServer, caplog: pytest.LogCaptureFixture) -> None:
    """A role that may create tables but not extensions: 0002 logs and carries on."""
    name = "limited_rights"
    postgres_server.create_database(name)
    with postgres_server.connect() as admin:
        admin.execute("CREATE ROLE desk_user LOGIN PASSWORD 'desk-secret-1'")
        admin.execute(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC")
    with postgres_server.connect(name) as admin:
        admin.execute("GRANT ALL ON SCHEMA public TO desk_user")
    url = postgres_server.url(name).replace("postgres:" + postgres_server.password,
                                            "desk_user:desk-secret-1")
    try:
        with caplog.at_level(logging.WARNING):
            store_db.open_database(url)
        assert "btree_gist is not available" in caplog.text
        assert database.execute_sql("SELECT count(*) FROM pg_constraint WHERE conname = "
                                    "'reservation_no_overlap'").fetchone() == (0,)
    finally:
        store_db.close_database()
        postgres_server.drop_database(name)
        with postgres_server.connect() as admin:
            admin.execute("DROP ROLE desk_user")


@pytest.mark.backends("postgresql")
def test_two_desks_creating_the_schema_at_once_both_succeed(
        postgres_server: PostgresServer) -> None:
    name = "raced_setup"
    postgres_server.create_database(name)
    code = "import sys; from reservations_app.store.db import open_database; " \
           "open_database(sys.argv[1]); print('ok')"
    try:
        desks = [subprocess.Popen([sys.executable, "-c", code, postgres_server.url(name)],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(3)]
        results = [desk.communicate(timeout=60) for desk in desks]
        assert [desk.returncode for desk in desks] == [0, 0, 0], results
    finally:
        postgres_server.drop_database(name)


@pytest.mark.backends("postgresql")
def test_a_database_of_another_program_is_left_alone(postgres_server: PostgresServer) -> None:
    name = "someone_else"
    postgres_server.create_database(name)
    with postgres_server.connect(name) as other:
        other.execute("CREATE TABLE invoices (id int)")
    try:
        with pytest.raises(DatabaseUnusable, match="another program"):
            store_db.open_database(postgres_server.url(name))
        with postgres_server.connect(name) as other:
            tables = other.execute("SELECT tablename FROM pg_tables WHERE schemaname = "
                                   "'public'").fetchall()
        assert tables == [("invoices",)]
    finally:
        postgres_server.drop_database(name)
