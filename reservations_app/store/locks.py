"""Serialising a kind of write across desks where no unique index can state the rule."""

from __future__ import annotations

from peewee import PostgresqlDatabase

from reservations_app.store.models import database

# Any fixed numbers, one per kind of write; see services/people.py for why clients need one.
CLIENT_CONTACTS = 72_350_007


def serialise(lock: int) -> None:
    """Hold `lock` until the transaction ends. On PostgreSQL an advisory lock makes desks that
    check-then-insert the same rule take turns; SQLite's BEGIN IMMEDIATE already does."""
    if isinstance(database.obj, PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (lock,))
