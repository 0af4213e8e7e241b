"""The audit trail: written in each change's own transaction, append-only, free of secrets."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import DatabaseError

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import AuthenticationFailed
from reservations_app.domain.model import Role
from reservations_app.logs import HANDLER_NAME, configure_logging
from reservations_app.services import audit, auth
from reservations_app.store.connect import Target
from reservations_app.store.models import AuditRow, UserRow

from .conftest import PASSWORD, Clinic, audit_after, data_snapshot, last_audit_id
from .test_roles import CHANGES


class AuditWriteFailed(Exception):
    pass


# Backups and restores copy files; the rest change rows and must roll back with their audit row.
ROW_CHANGES = sorted(name for name in CHANGES if name not in ("backup", "restore"))


@pytest.mark.parametrize("name", ROW_CHANGES)
def test_a_change_and_its_audit_row_commit_together(name: str, clinic: Clinic, admin: Actor,
                                                     now: dt.datetime, db: Target,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """If writing the audit row fails, the change it describes is rolled back too."""
    def failing_record(*args: Any, **kwargs: Any) -> None:
        raise AuditWriteFailed

    before = data_snapshot()
    monkeypatch.setattr(audit, "record", failing_record)
    monkeypatch.setattr(audit, "record_each", failing_record)
    with pytest.raises(AuditWriteFailed):
        CHANGES[name][0](admin, clinic, now, db, tmp_path)
    assert data_snapshot() == before


def test_failed_sign_ins_count_only_with_their_audit_row(clinic: Clinic, now: dt.datetime,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "record", lambda *a, **k: (_ for _ in ()).throw(AuditWriteFailed))
    with pytest.raises(AuditWriteFailed):
        auth.authenticate("staffer", "wrong password!", "desk-1", now)
    assert UserRow.get_by_id(clinic.staff_user).failed_logins == 0


# --- append-only ---------------------------------------------------------------------------

def _orm_attempts() -> dict[str, Callable[[], Any]]:
    return {
        "update query": lambda: AuditRow.update(actor="mallory").execute(),
        "save": lambda: _save_changed(AuditRow.select().first()),
        "delete_instance": lambda: AuditRow.select().first().delete_instance(),
        "delete query": lambda: AuditRow.delete().execute(),
        "replace": lambda: AuditRow.replace(id=1, at=dt.datetime(2000, 1, 1), actor="mallory",
                                            workstation="x", action="x", entity="x").execute(),
        "upsert": lambda: AuditRow.insert(id=1, at=dt.datetime(2000, 1, 1), actor="mallory",
                                          workstation="x", action="x", entity="x").on_conflict(
            conflict_target=[AuditRow.id], update={AuditRow.actor: "mallory"}).execute(),
    }


def _save_changed(row: AuditRow) -> None:
    row.actor = "mallory"
    row.save()


def _audit_rows() -> list[tuple[Any, ...]]:
    return list(AuditRow.select().order_by(AuditRow.id).tuples())


@pytest.mark.parametrize("attempt", sorted(_orm_attempts()))
def test_the_orm_cannot_change_or_delete_audit_rows(attempt: str, clinic: Clinic,
                                                    db: Target) -> None:
    if attempt == "replace" and db.backend == "postgresql":
        pytest.skip("PostgreSQL has no REPLACE; its upsert is the 'upsert' case")
    rows = _audit_rows()
    assert len(rows) > 5
    with pytest.raises(DatabaseError, match="append-only"):
        _orm_attempts()[attempt]()
    assert _audit_rows() == rows


RAW_ATTEMPTS = {
    "update": "UPDATE audit_log SET actor = 'mallory'",
    "update or replace": "UPDATE OR REPLACE audit_log SET actor = 'mallory' WHERE id = 1",
    "delete one": "DELETE FROM audit_log WHERE id = 1",
    "delete all": "DELETE FROM audit_log",
    "replace": "REPLACE INTO audit_log (id, at, actor, workstation, action, entity) "
               "VALUES (1, '2000-01-01', 'mallory', 'x', 'x', 'x')",
    "insert or replace": "INSERT OR REPLACE INTO audit_log (id, at, actor, workstation, "
                         "action, entity) VALUES (2, '2000-01-01', 'mallory', 'x', 'x', 'x')",
    "upsert": "INSERT INTO audit_log (id, at, actor, workstation, action, entity) "
              "VALUES (1, '2000-01-01', 'mallory', 'x', 'x', 'x') "
              "ON CONFLICT (id) DO UPDATE SET actor = 'mallory'",
}


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("attempt", sorted(RAW_ATTEMPTS))
def test_raw_sql_cannot_change_or_delete_audit_rows(attempt: str, clinic: Clinic,
                                                    db: Target) -> None:
    rows = _audit_rows()
    assert db.path is not None
    connection = sqlite3.connect(db.path)  # a second connection, as another program would
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute(RAW_ATTEMPTS[attempt])
        connection.rollback()
    finally:
        connection.close()
    assert _audit_rows() == rows


@pytest.mark.backends("postgresql")
@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'mallory'",
                                       "DELETE FROM audit_log WHERE id = 1",
                                       "INSERT INTO audit_log (id, at, actor, workstation, action,"
                                       " entity) VALUES (1, '2000-01-01', 'm', 'x', 'x', 'x') "
                                       "ON CONFLICT (id) DO UPDATE SET actor = 'mallory'"])
def test_another_postgresql_connection_cannot_change_audit_rows(statement: str, clinic: Clinic,
                                                               db: Target) -> None:
    import psycopg

    from reservations_app.store.postgres import connect_kwargs

    rows = _audit_rows()
    with psycopg.connect(**connect_kwargs(db.url)) as connection, \
            pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        connection.execute(statement)
    assert _audit_rows() == rows


@pytest.mark.backends("sqlite")
def test_new_rows_can_still_be_appended_after_refused_tampering(clinic: Clinic,
                                                                db: Target) -> None:
    assert db.path is not None
    connection = sqlite3.connect(db.path)
    connection.execute("INSERT INTO audit_log (at, actor, workstation, action, entity) "
                       "VALUES ('2026-11-24 09:00:00', 'tool', 'x', 'note', 'x')")
    connection.commit()
    connection.close()
    assert AuditRow.select().order_by(AuditRow.id.desc()).first().actor == "tool"


# --- sign-ins and lockout ------------------------------------------------------------------

def _actions_since(last_id: int) -> list[str]:
    return [row.action for row in audit_after(last_id)]


def test_sign_ins_are_audited_and_five_failures_lock_for_five_minutes(clinic: Clinic,
                                                                      now: dt.datetime) -> None:
    last_id = last_audit_id()
    assert auth.authenticate("Staffer ", PASSWORD, "desk-1", now).user_id == clinic.staff_user
    for attempt in range(5):
        with pytest.raises(AuthenticationFailed) as failed:
            auth.authenticate("staffer", f"wrong {attempt}", "desk-1", now)
    assert "locked for 5 minutes" in str(failed.value)
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.authenticate("staffer", PASSWORD, "desk-1", now + dt.timedelta(minutes=4))
    signed_in = auth.authenticate("staffer", PASSWORD, "desk-1", now + dt.timedelta(minutes=5))
    assert signed_in.role is Role.ADMIN and signed_in.workstation == "desk-1"
    assert _actions_since(last_id) == ["login.ok"] + ["login.fail"] * 4 + [
        "login.lock", "login.refused_locked", "login.ok"]
    assert all(row.actor == "staffer" for row in audit_after(last_id))


def test_an_unknown_name_fails_like_a_wrong_password_and_is_audited(clinic: Clinic,
                                                                    now: dt.datetime) -> None:
    last_id = last_audit_id()
    # A password typed into the name field must not end up in the audit trail (issue 12, 11).
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        auth.authenticate("Tr0ub4dor&3", PASSWORD, "desk-9", now)
    (row,) = audit_after(last_id)
    assert (row.action, row.actor, row.workstation) == ("login.fail", "unknown account",
                                                        "desk-9")
    assert "tr0ub4dor" not in repr(row.__data__).lower()


def test_a_reset_unlocks_the_account(clinic: Clinic, admin: Actor, now: dt.datetime) -> None:
    for attempt in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.authenticate("staffer", f"wrong {attempt}", "desk-1", now)
    auth.reset_password(admin, clinic.staff_user, "a brand new password", now)
    assert auth.authenticate("staffer", "a brand new password", "desk-1", now).username == \
        "staffer"


def test_unlock_attempts_are_audited_both_ways(clinic: Clinic, now: dt.datetime) -> None:
    actor = auth.authenticate("staffer", PASSWORD, "desk-1", now)
    last_id = last_audit_id()
    assert not auth.unlock(actor, "not it at all", now)
    assert auth.unlock(actor, PASSWORD, now)
    assert _actions_since(last_id) == ["unlock.fail", "unlock.ok"]
    assert not auth.verify_password(Actor.cli("ann", "pc"), PASSWORD)


# --- secrets -------------------------------------------------------------------------------

@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """The app's own log file at its most talkative level (peewee then logs every query)."""
    root = logging.getLogger()
    level = root.level
    path = configure_logging(tmp_path / "logs", logging.DEBUG)
    assert path is not None
    yield path
    for handler in list(root.handlers):
        if handler.get_name() == HANDLER_NAME:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


@pytest.mark.backends("sqlite")  # reads the database file's bytes
def test_passwords_reach_neither_the_audit_trail_nor_the_log_nor_the_file(
        clinic: Clinic, admin: Actor, now: dt.datetime, db: Target, debug_log: Path) -> None:
    secrets = ["first-Secret-1234", "typo-Secret-5678", "reset-Secret-9012",
               "unlock-Secret-3456", "stranger-Secret-7890"]
    user = auth.create_user(admin, "secretive", secrets[0], Role.FRONT_DESK, now)
    with pytest.raises(AuthenticationFailed):
        auth.authenticate("secretive", secrets[1], "desk-1", now)
    actor = auth.authenticate("secretive", secrets[0], "desk-1", now)
    auth.reset_password(admin, user.id, secrets[2], now)
    auth.unlock(actor, secrets[3], now)
    with pytest.raises(AuthenticationFailed):
        auth.authenticate("stranger", secrets[4], "desk-1", now)
    for handler in logging.getLogger().handlers:
        handler.flush()
    audit_text = " ".join(str(value) for row in AuditRow.select().tuples() for value in row)
    assert "staff_user" in debug_log.read_text()  # the queries were logged, the secrets not
    assert db.path is not None
    files = [db.path, db.path.with_name(db.path.name + "-wal"), debug_log]
    stored = b"".join(path.read_bytes() for path in files if path.exists())
    for secret in secrets:
        assert secret not in audit_text
        assert secret.encode() not in stored
    hashes = [row.password_hash for row in UserRow.select()]
    assert all(value.startswith("$argon2id$") for value in hashes)
