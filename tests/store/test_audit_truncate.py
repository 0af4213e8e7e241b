"""Issue 12, item 5: `TRUNCATE audit_log` emptied the trail on PostgreSQL. Fails before
migration 0008 (the owner's TRUNCATE succeeded); the app's least-privilege role, set up with
the README's grants, may not TRUNCATE, DELETE or UPDATE the trail but runs the app."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from psycopg import errors, sql

from reservations_app.domain.access import Actor
from reservations_app.services import people
from reservations_app.store.connect import close_database, open_database
from reservations_app.store.models import AuditRow
from tests.conftest import NOW
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.backends("postgresql")

# The grants of the README's "Database roles" section, for a role named {role}.
APP_ROLE_GRANTS = """
GRANT CONNECT ON DATABASE {database} TO {role};
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
"""


@pytest.fixture
def app_role(db_url: str, postgres_server: PostgresServer) -> Iterator[str]:
    """A LOGIN role with only the app's daily rights; returns its URL."""
    open_database(db_url)  # migrated as the owner
    close_database()
    name, password = f"desk_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    database = db_url.rsplit("/", 1)[1]
    with postgres_server.connect(database) as owner:
        owner.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(password)))
        for statement in APP_ROLE_GRANTS.format(database=database, role=name).split(";"):
            if statement.strip():
                owner.execute(statement)
    yield f"postgresql://{name}:{password}@127.0.0.1:{postgres_server.port}/{database}"
    close_database()
    with postgres_server.connect(database) as owner:
        owner.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
        owner.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def _audit_rows(server: PostgresServer, db_url: str) -> int:
    with server.connect(db_url.rsplit("/", 1)[1]) as owner:
        row = owner.execute("SELECT count(*) FROM audit_log").fetchone()
    assert row is not None
    return int(row[0])


def test_the_owner_cannot_truncate_the_audit_trail(db_url: str, admin: Actor,
                                                   postgres_server: PostgresServer) -> None:
    open_database(db_url)
    people.add_client(admin, "Ann", NOW)
    close_database()
    with postgres_server.connect(db_url.rsplit("/", 1)[1]) as owner:
        with pytest.raises(errors.RaiseException, match="append-only"):
            owner.execute("TRUNCATE audit_log")
    assert _audit_rows(postgres_server, db_url) == 1


def test_the_app_role_runs_the_app_but_cannot_erase_the_trail(
        app_role: str, admin: Actor, db_url: str, postgres_server: PostgresServer) -> None:
    open_database(app_role)
    people.add_client(admin, "Ann", NOW)
    assert AuditRow.select().count() == 1
    close_database()
    import psycopg

    with psycopg.connect(app_role, autocommit=True) as desk:
        for statement in ("TRUNCATE audit_log", "DELETE FROM audit_log",
                          "UPDATE audit_log SET actor = 'x'"):
            with pytest.raises(errors.InsufficientPrivilege):
                desk.execute(statement)
    assert _audit_rows(postgres_server, db_url) == 1
