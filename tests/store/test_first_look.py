"""What the start can tell about a SQLite file before peewee is imported (store/first_look.py),
and what opening a file another program holds locked says (store/connect.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable
from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.store import connect
from reservations_app.store.first_look import surely_without_users
from tests.services.conftest import fast_hashing  # noqa: F401 (a fixture used here)

NOW = dt.datetime(2026, 11, 24, 15, tzinfo=dt.UTC)


def _clinic(path: Path, *users: str) -> Path:
    connect.open_database(f"sqlite:///{path}")
    for name in users:
        auth.create_user(None, name, "correct horse battery", Role.ADMIN, NOW)
    connect.close_database()
    return path


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A clinic with an account, in a rollback-journal file another program holds locked."""
    path = _clinic(tmp_path / "clinic.sqlite3", "ada")
    setting = sqlite3.connect(path)
    setting.execute("PRAGMA journal_mode=delete")
    setting.close()
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield path
    other.close()


@pytest.mark.usefixtures("fast_hashing")
def test_a_file_surely_without_accounts(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert surely_without_users(tmp_path / "not-yet.sqlite3")
    assert surely_without_users(empty)
    assert surely_without_users(_clinic(tmp_path / "new.sqlite3"))


@pytest.mark.usefixtures("fast_hashing")
def test_a_file_that_may_have_accounts(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("shopping list")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as made:
        made.execute("CREATE TABLE recipe (name TEXT)")
    made.close()
    assert not surely_without_users(_clinic(tmp_path / "clinic.sqlite3", "ada"))
    assert not surely_without_users(text)
    assert not surely_without_users(other)  # another program's: the opening refuses it
    assert not surely_without_users(tmp_path)  # a folder


@pytest.mark.usefixtures("fast_hashing")
def test_a_locked_file_is_not_counted_and_opening_it_says_it_is_locked(locked: Path) -> None:
    assert not surely_without_users(locked)
    with pytest.raises(DatabaseBusy, match="locked by another program") as raised:
        connect.open_database(f"sqlite:///{locked}")
    assert connect.worth_retrying(raised.value)


def test_a_refusal_is_not_worth_retrying(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("shopping list")
    with pytest.raises(DatabaseUnusable) as raised:
        connect.open_database(f"sqlite:///{text}")
    assert not connect.worth_retrying(raised.value)
