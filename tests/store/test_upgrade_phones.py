"""Migration 0007 on a clinic made before it: phones become E.164, a number that does not parse
is kept exactly as typed and reported (logged, and in the upgrade report), no client is lost,
and numbers that turn out to be one are reported as shared."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import people
from reservations_app.store import db as store_db

MIGRATION = "0007_client_records_and_time_off"
TYPED = {  # as the desk typed them before the upgrade -> what 0007 makes of them
    "Ann Lee": ("+1 (555) 010-2030", "+15550102030"),
    "Bob Roe": ("555.010.4444", "+15550104444"),
    "Cy Full": ("５５５ ０１０ ７７７７", "+15550107777"),
    "Di Local": ("010-2030", "010-2030"),  # no area code: kept as typed
    "Ed Junk": ("call after 5", "call after 5"),  # not a number: kept as typed
    "Fay Same": ("555-010-2030", "+15550102030"),  # Ann's number, without the country code
    "Gus None": (None, None),
}
ADMIN = Actor("admin", Role.ADMIN, "test-desk")
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def before_0007(tmp_path: Path) -> Path:
    names = store_db.known_migrations()
    previous = names[names.index(MIGRATION) - 1]
    path = tmp_path / "clinic.sqlite3"
    old = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(old, str(store_db.MIGRATIONS_DIR), table_name=store_db.MIGRATION_TABLE) \
        .up(target=previous)
    old.close()
    with sqlite3.connect(path) as connection:
        for n, (name, (typed, _)) in enumerate(TYPED.items()):
            digits = "".join(ch for ch in (typed or "") if ch.isascii() and ch.isdigit())
            connection.execute(
                "INSERT INTO client (name, email, phone, phone_digits, search_key, created_at) "
                "VALUES (?, ?, ?, ?, ?, '2026-01-01 09:00:00')",
                (name, f"c{n}@mail.example", typed, digits or None, name.lower()))
    connection.close()
    return path


def test_0007_normalises_phones_and_keeps_what_does_not_parse(
        before_0007: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        store_db.open_database(f"sqlite:///{before_0007}", tmp_path / "backups")
    try:
        clients = {c.name: c for c in people.search_clients(ADMIN, limit=100)}
        assert {name: c.phone for name, c in clients.items()} == {
            name: stored for name, (_, stored) in TYPED.items()}
        report = people.phone_upgrade_report(ADMIN)
        assert report is not None and report["normalised"] == 4 and report["region"] == "US"
        assert sorted(item["phone"] for item in report["kept_as_typed"]) == [
            "010-2030", "call after 5"]
        assert report["now_shared"] == [[clients["Ann Lee"].id, clients["Fay Same"].id]]
        assert "call after 5" in caplog.text and "010-2030" in caplog.text
        to_fix = people.clients_with_unparsed_phones(ADMIN)
        assert [c.name for c in to_fix] == ["Di Local", "Ed Junk"]
        assert people.search_clients(ADMIN, "5550104444")[0].name == "Bob Roe"
        # a client whose number was kept as typed can still be edited
        renamed = people.update_client(ADMIN, clients["Ed Junk"].id, NOW, name="Ed Jones")
        assert renamed.phone == "call after 5"
    finally:
        store_db.close_database()


def test_nothing_to_report_leaves_no_report(tmp_path: Path) -> None:
    store_db.open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        assert people.phone_upgrade_report(ADMIN) is None
    finally:
        store_db.close_database()
