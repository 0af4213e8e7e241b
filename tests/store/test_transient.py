"""Busy files, dropped connections and passwords: what reaches the user is a clear message."""

from __future__ import annotations

import datetime as dt
import sqlite3

import psycopg
import pytest
from peewee import OperationalError

from reservations_app import cli
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable
from reservations_app.paths import app_paths
from reservations_app.services import people
from reservations_app.store import connect as store_connect
from reservations_app.store import counters as store_counters
from reservations_app.store import transactions as store_transactions
from reservations_app.store.models import database
from tests.pg_server import PostgresServer


def _terminate_app_connections(server: PostgresServer, url: str) -> int:
    dbname = url.rsplit("/", 1)[1]
    with server.connect() as admin:
        rows = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = %s AND pid <> pg_backend_pid()",
                             (dbname,)).fetchall()
    return len(rows)


@pytest.mark.backends("postgresql")
def test_service_calls_reconnect_after_the_server_ended_the_session(
        db: store_connect.Target, db_url: str, postgres_server: PostgresServer, admin: Actor,
        now: dt.datetime) -> None:
    people.add_provider(admin, "Dr. One", "one@clinic.example", "UTC", now)
    assert _terminate_app_connections(postgres_server, db_url) == 1
    assert [p.name for p in people.list_providers(admin)] == ["Dr. One"]  # a plain read
    assert _terminate_app_connections(postgres_server, db_url) == 1
    people.add_provider(admin, "Dr. Two", "two@clinic.example", "UTC", now)  # a transaction
    assert len(people.list_providers(admin)) == 2


@pytest.mark.backends("postgresql")
def test_a_transaction_cut_off_midway_is_run_again(
        db: store_connect.Target, postgres_server: PostgresServer, admin: Actor,
        now: dt.datetime) -> None:
    attempts: list[int] = []

    @store_transactions.transactional
    def add_after_losing_the_connection() -> None:
        pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        attempts.append(pid)
        if len(attempts) == 1:
            with postgres_server.connect() as admin_connection:
                admin_connection.execute("SELECT pg_terminate_backend(%s)", (pid,))
        people.add_provider(admin, "Dr. Retry", "retry@clinic.example", "UTC", now)

    before = store_counters.RetryCounter.retries
    add_after_losing_the_connection()
    assert len(attempts) == 2 and attempts[0] != attempts[1]
    assert store_counters.RetryCounter.retries == before + 1
    assert [p.name for p in people.list_providers(admin)] == ["Dr. Retry"]


@pytest.mark.backends("sqlite")
def test_a_file_locked_too_long_says_busy(db: store_connect.Target, admin: Actor, now: dt.datetime,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert db.path is not None
    monkeypatch.setattr(store_transactions, "ATTEMPTS", 3)
    database.execute_sql("PRAGMA busy_timeout = 20")
    other_desk = sqlite3.connect(db.path, isolation_level=None)
    other_desk.execute("BEGIN IMMEDIATE")
    before = store_counters.RetryCounter.retries
    try:
        with pytest.raises(DatabaseBusy, match="busy. Wait a moment and try again"):
            people.add_provider(admin, "Dr. Busy", "busy@clinic.example", "UTC", now)
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
    assert store_counters.RetryCounter.retries == before + 2
    people.add_provider(admin, "Dr. Busy", "busy@clinic.example", "UTC", now)


@pytest.mark.parametrize("error", [psycopg.errors.SerializationFailure,
                                   psycopg.errors.DeadlockDetected,
                                   psycopg.errors.AdminShutdown])
def test_postgres_errors_worth_a_retry(error: type[Exception]) -> None:
    try:
        try:
            raise error("from the server")
        except error as original:
            raise OperationalError(str(original)) from original
    except OperationalError as wrapped:
        assert store_transactions.is_transient(wrapped)


def test_a_plain_error_is_not_retried() -> None:
    assert not store_transactions.is_transient(OperationalError("no such table: reservation"))
    assert store_transactions.is_transient(OperationalError("database is locked"))


@pytest.mark.backends("sqlite")
def test_each_retry_is_reported_to_this_threads_listener_only_while_it_listens(
        db: store_connect.Target) -> None:
    tries: list[int] = []
    heard: list[str] = []

    @store_transactions.transactional
    def locked_twice() -> None:
        tries.append(1)
        if len(tries) <= 2:
            raise OperationalError("database is locked")

    with store_transactions.report_waits(lambda: heard.append("waited")):
        locked_twice()
    assert heard == ["waited", "waited"]
    tries.clear()
    locked_twice()  # nobody listens any more
    assert heard == ["waited", "waited"] and len(tries) == 3


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://desk:s3cret@db.clinic:5432/res", "postgresql://desk:***@db.clinic:5432/res"),
    ("postgresql://desk:p%40ss@host/res", "postgresql://desk:***@host/res"),
    ("postgresql://desk:pa@ss@host/res", "postgresql://desk:***@host/res"),
    ("postgresql://host/res?user=desk&password=s3cret",
     "postgresql://host/res?user=desk&password=***"),
    ("postgresql://desk@host/res", "postgresql://desk@host/res"),
    ("sqlite:////srv/clinic.sqlite3", "sqlite:////srv/clinic.sqlite3"),
])
def test_redact_hides_every_password(url: str, shown: str) -> None:
    assert store_connect.redact(url) == shown


def test_a_target_never_prints_its_password() -> None:
    target = store_connect.parse_target("postgresql://desk:s3cret@host/res")
    assert "s3cret" not in repr(target) and "s3cret" not in target.display


@pytest.mark.backends("postgresql")
def test_a_wrong_password_is_reported_without_the_password(
        db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "Wrong-Secret-4711"
    real = db_url.split("@", 1)[0].rsplit(":", 1)[1]
    wrong = db_url.replace(f":{real}@", f":{secret}@")
    code = cli.main(["--db", wrong, "provider", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: Cannot connect to postgresql://postgres:***@127.0.0.1")
    assert "password authentication failed" in err
    assert secret not in err and real not in err
    log_file = app_paths().log_dir / "reservations.log"
    if log_file.exists():
        assert secret not in log_file.read_text()


@pytest.mark.backends("postgresql")
def test_a_server_that_is_down_gives_a_clear_message(db_url: str) -> None:
    from tests.pg_server import free_port

    port = db_url.rsplit(":", 1)[1].split("/", 1)[0]
    nowhere = db_url.replace(f":{port}/", f":{free_port()}/")
    with pytest.raises(DatabaseUnusable, match=r"Cannot connect to postgresql://postgres:\*\*\*@"):
        store_connect.open_database(nowhere)
