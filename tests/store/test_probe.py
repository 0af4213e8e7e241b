"""probe(url): can this database be used? Answers without changing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store import connect as store_connect
from reservations_app.store import schema as store_schema
from tests.pg_server import PostgresServer, free_port


def test_a_database_in_use_shows_its_schema(db: store_connect.Target, db_url: str) -> None:
    store_connect.close_database()
    found = store_connect.probe(db_url)
    assert found.endswith(f"schema {store_schema.known_migrations()[-1]}.")
    assert ("PostgreSQL 15" in found) if db.backend == "postgresql" else ("SQLite file" in found)


def test_a_new_sqlite_file_is_not_created_by_the_probe(tmp_path: Path) -> None:
    target = tmp_path / "new" / "clinic.sqlite3"
    assert "empty, the tables are made at the first start" in store_connect.probe(str(target))
    assert not target.exists() and not target.parent.exists()


@pytest.mark.parametrize("content", [b"not a database at all", None])
def test_a_bad_sqlite_path_is_refused(tmp_path: Path, content: bytes | None) -> None:
    target = tmp_path / "thing"
    if content is None:
        target.mkdir()
    else:
        target.write_bytes(content)
    with pytest.raises(DatabaseUnusable):
        store_connect.probe(f"sqlite:///{target}")


def test_a_place_where_no_file_can_be_made_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(DatabaseUnusable, match="Cannot create"):
        store_connect.probe(f"sqlite:///{tmp_path / 'a-file' / 'below-a-file.sqlite3'}")


@pytest.mark.backends("postgresql")
def test_an_empty_postgres_database_stays_empty(postgres_server: PostgresServer) -> None:
    postgres_server.create_database("probed")
    try:
        found = store_connect.probe(postgres_server.url("probed"))
        assert "empty" in found and postgres_server.password not in found
        with postgres_server.connect("probed") as check:
            assert check.execute("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                 "'public'").fetchone() == (0,)
    finally:
        postgres_server.drop_database("probed")


@pytest.mark.backends("postgresql")
def test_an_unreachable_server_is_refused_without_the_password(
        postgres_server: PostgresServer) -> None:
    url = postgres_server.url("postgres").replace(f":{postgres_server.port}/",
                                                  f":{free_port()}/")
    with pytest.raises(DatabaseUnusable) as refused:
        store_connect.probe(url)
    assert "Cannot connect" in str(refused.value)
    assert postgres_server.password not in str(refused.value)
