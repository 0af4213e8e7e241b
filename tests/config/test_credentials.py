"""The PostgreSQL password: the OS keyring when there is one, libpq's password file otherwise;
never a config file."""

from __future__ import annotations

from pathlib import Path

import pytest

from reservations_app import credentials
from tests.helpers.memory_keyring import MemoryKeyring

URL = "postgresql://desk@db.clinic.lan:5433/reservations?sslmode=verify-full"


def test_the_account_comes_from_the_url() -> None:
    assert credentials.account_of(URL) == credentials.Account("db.clinic.lan", 5433,
                                                              "reservations", "desk")
    assert credentials.account_of("postgresql://desk@db/res").port == 5432  # type: ignore[union-attr]
    assert credentials.account_of("sqlite:///x.db") is None
    assert credentials.account_of("postgresql://db/res") is None


def test_with_a_keyring_the_password_goes_there(memory_keyring: MemoryKeyring) -> None:
    where = credentials.store_password(URL, "pa:ss@word")
    assert where.startswith("the system keyring")
    assert memory_keyring.entries == {
        ("reservations-app", "desk@db.clinic.lan:5433/reservations"): "pa:ss@word"}
    assert not credentials.pgpass_path().exists()
    assert credentials.stored_password(URL) == "pa:ss@word"
    assert credentials.url_for_connecting(URL) == (
        "postgresql://desk:pa%3Ass%40word@db.clinic.lan:5433/reservations?sslmode=verify-full")
    credentials.forget_password(URL)
    assert credentials.stored_password(URL) is None
    assert credentials.url_for_connecting(URL) == URL


def test_without_a_keyring_the_password_file_is_used_and_kept_private() -> None:
    assert credentials.keyring_name() is None  # the tests' fail backend, as on a bare server
    path = credentials.pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("otherhost:5432:*:someone:theirs\n")
    where = credentials.store_password(URL, "first:pass\\word")
    assert where == f"the PostgreSQL password file {path}"
    credentials.store_password(URL, "second:pass\\word")
    lines = path.read_text().splitlines()
    assert lines == ["otherhost:5432:*:someone:theirs",
                     "db.clinic.lan:5433:reservations:desk:second\\:pass\\\\word"]
    assert path.stat().st_mode & 0o777 == 0o600
    assert credentials.stored_password(URL) == "second:pass\\word"
    assert credentials.url_for_connecting(URL) == URL  # libpq reads the file itself


def test_pgpassfile_names_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pass" / "file"))
    credentials.store_password(URL, "x")
    assert (tmp_path / "pass" / "file").read_text().endswith(":x\n")


def test_wildcards_in_the_password_file_match() -> None:
    path = credentials.pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# a comment\ndb.clinic.lan:*:*:desk:wild\n")
    assert credentials.stored_password(URL) == "wild"
    assert credentials.stored_password("postgresql://other@db.clinic.lan/res") is None


def test_only_a_postgresql_account_has_a_password() -> None:
    with pytest.raises(ValueError, match="postgresql"):
        credentials.store_password("sqlite:///x.db", "pw")
    assert credentials.stored_password("sqlite:///x.db") is None
