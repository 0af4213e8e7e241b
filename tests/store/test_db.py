import hashlib
import sqlite3
from pathlib import Path

import pytest

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store import connect as store_connect
from reservations_app.store import schema as store_schema
from reservations_app.store.models import database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_gets_the_schema_and_safe_pragmas(tmp_path: Path) -> None:
    target = store_connect.open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        pragma = {name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]
                  for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")}
        assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                          "busy_timeout": 10_000}
        assert store_schema.current_schema() == store_schema.known_migrations()[-1]
        assert target.path is not None and (target.path.stat().st_mode & 0o777) == 0o600
    finally:
        store_connect.close_database()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Dear diary, today nothing was booked.\n" * 50)
    before = digest(path)
    with pytest.raises(DatabaseUnusable, match="not a Reservations database"):
        store_connect.open_database(str(path))
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_damaged_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    store_connect.open_database(str(path))
    store_connect.close_database()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    for extra in tmp_path.glob("damaged.sqlite3-*"):
        extra.unlink()
    before = digest(path)
    with pytest.raises(DatabaseUnusable):
        store_connect.open_database(str(path))
    assert digest(path) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    before = digest(path)
    with pytest.raises(DatabaseUnusable, match="another program"):
        store_connect.open_database(str(path))
    assert digest(path) == before


def test_a_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    store_connect.open_database(str(path))
    database.execute_sql("INSERT INTO schema_migration (name, applied) "
                         "VALUES ('9999_from_the_future', '2030-01-01')")
    store_connect.close_database()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    with pytest.raises(DatabaseUnusable, match="newer version"):
        store_connect.open_database(str(path))
    assert digest(path) == before


def test_a_folder_or_an_unknown_scheme_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable, match="folder"):
        store_connect.open_database(str(tmp_path))
    with pytest.raises(DatabaseUnusable, match="Unsupported"):
        store_connect.open_database("mysql://root:secret@localhost/x")


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://desk:s3cret@db.clinic/res", "postgresql://desk:***@db.clinic/res"),
    ("postgresql://desk@db.clinic/res", "postgresql://desk@db.clinic/res"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_redact_hides_passwords(url: str, expected: str) -> None:
    assert store_connect.redact(url) == expected


def test_sqlite_urls_and_plain_paths(tmp_path: Path) -> None:
    assert store_connect.parse_target("sqlite:////abs/file.db").path == Path("/abs/file.db")
    assert store_connect.parse_target(str(tmp_path / "f.db")).path == tmp_path / "f.db"
    assert store_connect.parse_target("postgresql://u@h/d").backend == "postgresql"


@pytest.mark.backends("sqlite")
def test_the_live_slot_index_is_partial_and_unique(db) -> None:
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'reservation_live_slot'").fetchone()[0]
    from reservations_app.domain.status import sql_list

    assert "UNIQUE" in sql and f"WHERE status IN {sql_list()}" in sql


def test_without_migrating_a_current_database_is_used_as_it_is(db_url: str) -> None:
    store_connect.open_database(db_url)
    store_connect.close_database()
    store_connect.open_database(db_url, migrate=False)
    assert store_schema.current_schema() == store_schema.known_migrations()[-1]


def test_without_migrating_an_older_schema_is_refused_and_left_older(db_url: str) -> None:
    *_, previous, latest = store_schema.known_migrations()
    store_connect.open_database(db_url)
    database.execute_sql(f"DELETE FROM schema_migration WHERE name = {database.obj.param}",
                         (latest,))
    store_connect.close_database()
    with pytest.raises(DatabaseUnusable, match=f"schema {previous}, older than this "
                                               f"version's {latest}"):
        store_connect.open_database(db_url, migrate=False)
    assert store_connect.probe(db_url).endswith(f"schema {previous}.")


def test_without_migrating_a_missing_file_is_refused_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseUnusable, match="There is no database"):
        store_connect.open_database(str(path), migrate=False)
    assert list(tmp_path.iterdir()) == []


def test_a_file_this_user_cannot_write_beside_is_not_called_damaged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A WAL file in a folder the user may not write to fails with SQLite's 'attempt to write
    a readonly database' even to read; the message said the file was damaged and to restore a
    backup, which would throw away good data. (Reproduced as a non-root user; faked here so
    the test also fails as root, to whom permissions do not apply.)"""
    path = tmp_path / "clinic.sqlite3"
    store_connect.open_database(str(path))
    store_connect.close_database()

    def read_only(connection: sqlite3.Connection) -> list[str]:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store_connect, "applied_names", read_only)
    with pytest.raises(DatabaseUnusable) as refused:
        store_connect.preflight_sqlite(path)
    assert "permissions" in str(refused.value)
    assert "damaged" not in str(refused.value) and "restore" not in str(refused.value)
