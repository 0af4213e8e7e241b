"""Prepared queries: built once per open database, run with new values each time."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import SQL, IntegrityError, OperationalError, ProgrammingError
from playhouse.test_utils import count_queries

from reservations_app.store.connect import Target, close_database, open_database
from reservations_app.store.models import AuditRow, Setting
from reservations_app.store.prepared import Bind, Prepared

_INSERT = Prepared(lambda: Setting.insert(key=Bind("key"), value=Bind("value")))
_VALUE = Prepared(lambda: Setting.select(Setting.value).where(
    (Setting.key == Bind("key")) & (Setting.value != "hidden")))


def test_binds_values_by_name_and_keeps_constants(db: Target) -> None:
    _INSERT.execute(key="a", value="1")
    _INSERT.execute(value="hidden", key="b")
    assert _VALUE.rows(key="a") == [("1",)]
    assert _VALUE.rows(key="b") == []  # the constant in the query still applies


def test_builds_once_per_database_and_logs_every_run(db: Target, tmp_path: Path) -> None:
    built = []
    counting = Prepared(lambda: built.append(1) or Setting.select().where(
        Setting.key == Bind("key")))
    with count_queries() as counter:
        counting.rows(key="x")
        counting.rows(key="y")
    assert len(built) == 1 and counter.count == 2
    close_database()
    open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    counting.rows(key="x")
    assert len(built) == 2  # another database may speak another dialect


def test_insert_returns_the_new_id(db: Target) -> None:
    insert = Prepared(lambda: AuditRow.insert(
        at=Bind("at"), actor="a", workstation="w", action="x", entity="e"))
    first = insert.insert(at="2026-01-01 00:00:00")
    assert insert.insert(at="2026-01-01 00:00:01") == first + 1
    assert AuditRow.get_by_id(first).actor == "a"


def test_driver_errors_arrive_as_peewees_own(db: Target) -> None:
    """The services catch peewee's IntegrityError (a slot taken at another desk) and
    OperationalError (a busy database); the prepared path must raise those, not the driver's."""
    _INSERT.execute(key="a", value="1")
    with pytest.raises(IntegrityError):
        _INSERT.execute(key="a", value="2")  # the key is the primary key
    broken = Prepared(lambda: Setting.select(Setting.value).where(
        Setting.key == Bind("key")).order_by(SQL("no_such_column")))
    with pytest.raises(OperationalError if db.backend == "sqlite" else ProgrammingError):
        broken.rows(key="a")
