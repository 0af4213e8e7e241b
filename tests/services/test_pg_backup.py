"""Issue 12, item 12: a PostgreSQL clinic is backed up with the server's own pg_dump (custom
format) and restored with pg_restore into an empty database this app built, rows only, then
the schema check. Before, `backup` on PostgreSQL only printed pg_dump instructions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable, InvalidInput
from reservations_app.services import maintenance, people
from reservations_app.store import pgdump
from reservations_app.store.connect import Target, close_database, open_database
from reservations_app.store.models import AuditRow, ClientRow, database
from tests.conftest import NOW
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.backends("postgresql")
TABLES = ("provider", "client", "availability_block", "reservation", "staff_user", "setting",
          "audit_log")


@pytest.fixture(autouse=True)
def _tools(postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pgdump.BIN_ENV, str(postgres_server.bindir))


@pytest.fixture
def empty_url(postgres_server: PostgresServer) -> Iterator[str]:
    name = f"restored_{uuid.uuid4().hex[:10]}"
    postgres_server.create_database(name)
    yield postgres_server.url(name)
    close_database()
    postgres_server.drop_database(name)


def _contents() -> dict[str, list[tuple[object, ...]]]:
    found = {}
    for table in TABLES:
        if table in database.get_tables():
            found[table] = sorted(database.execute_sql(f"SELECT * FROM {table}").fetchall(),
                                  key=repr)
    return found


def _fill(admin: Actor) -> None:
    provider = people.add_provider(admin, "Dr Dump", "dump@clinic.example", "Europe/Berlin",
                                   NOW)
    for n in range(5):
        people.add_client(admin, f"Client {n}", NOW, f"c{n}@mail.example")
    assert provider.id


def test_a_dump_restores_rows_audit_and_sequences(db: Target, admin: Actor, tmp_path: Path,
                                                  empty_url: str) -> None:
    _fill(admin)
    before = _contents()  # the backup's own audit row is written after the dump
    saved = maintenance.backup(admin, db, tmp_path, NOW)
    assert saved.suffix == ".dump" and saved.read_bytes().startswith(b"PGDMP")
    close_database()

    fresh = open_database(empty_url)
    maintenance.restore(admin, fresh, saved, NOW + dt.timedelta(minutes=1))
    after = _contents()
    after["audit_log"] = [r for r in after["audit_log"] if r[4] != "database.restore"]
    assert after == before
    assert AuditRow.select().where(AuditRow.action == "database.restore").count() == 1
    newest = people.add_client(admin, "After the restore", NOW)
    assert newest.id == max(c.id for c in ClientRow.select() if c.id != newest.id) + 1


def test_only_an_empty_database_is_restored_into(db: Target, admin: Actor,
                                                 tmp_path: Path) -> None:
    _fill(admin)
    saved = maintenance.backup(admin, db, tmp_path / "x.dump", NOW)
    with pytest.raises(InvalidInput, match="new, empty database"):
        maintenance.restore(admin, db, saved, NOW)
    assert ClientRow.select().count() == 5


def test_a_dump_carrying_a_foreign_trigger_is_refused(db: Target, admin: Actor, tmp_path: Path,
                                                      empty_url: str) -> None:
    _fill(admin)
    database.execute_sql("CREATE FUNCTION sneaky() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN NEW.status := 'confirmed'; RETURN NEW; END $$")
    database.execute_sql("CREATE TRIGGER sneaky BEFORE INSERT ON reservation "
                         "FOR EACH ROW EXECUTE FUNCTION sneaky()")
    dumped = pgdump.dump(db.url, tmp_path / "sneaky.dump")
    close_database()
    fresh = open_database(empty_url)
    with pytest.raises(DatabaseUnusable, match="did not create"):
        maintenance.restore(admin, fresh, dumped, NOW)
    assert ClientRow.select().count() == 0
