"""Run work in transactions that retry while the database is briefly busy; row locks and
read snapshots that mean the same on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from peewee import DataError, InterfaceError, OperationalError, SqliteDatabase

from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable, InvalidInput
from reservations_app.store import counters, postgres
from reservations_app.store.models import database

log = logging.getLogger(__name__)

ATTEMPTS = 6
BUSY = "The database is busy. Wait a moment and try again."


class Patience:
    """How many times this process tries a transaction while the database is busy: a desk
    waits out another desk's long write; a script (the CLI) would rather hear in seconds that
    the database is busy than wait a minute, or for ever, for a lock another program holds."""

    attempts: int | None = None  # None: ATTEMPTS


@contextmanager
def patience(attempts: int) -> Iterator[None]:
    """Try busy transactions `attempts` times while inside; the process's setting after."""
    before, Patience.attempts = Patience.attempts, attempts
    try:
        yield
    finally:
        Patience.attempts = before

class _WaitListener(threading.local):
    """Who this thread tells when the database keeps a transaction waiting."""

    heard: Callable[[], None] | None = None


_wait_listener = _WaitListener()


@contextmanager
def report_waits(listener: Callable[[], None]) -> Iterator[None]:
    """Call `listener` each time a transaction on this thread is tried again because the
    database kept it waiting (a lock held past the busy timeout, a conflict, a dropped
    connection): the desk's runner tells that apart from a job that is merely long."""
    before, _wait_listener.heard = _wait_listener.heard, listener
    try:
        yield
    finally:
        _wait_listener.heard = before


P = ParamSpec("P")
T = TypeVar("T")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


SQLITE_BUSY_MARKERS = ("database is locked", "database is busy", "database table is locked")


def is_transient(exc: BaseException) -> bool:
    """A busy SQLite file, a serialization failure or deadlock, or a dropped PostgreSQL
    connection: worth running the whole transaction again."""
    text = str(exc).lower()
    return any(marker in text for marker in SQLITE_BUSY_MARKERS) or postgres.retryable(exc)


def transactional(work: Callable[P, T]) -> Callable[P, T]:
    """Run `work` in one write transaction (BEGIN IMMEDIATE on SQLite), retried while busy."""

    @wraps(work)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        # The database itself, not the proxy: peewee's transaction reaches through its
        # database a dozen times per transaction, and every write is one.
        db = database.obj
        if db is not None and db.in_transaction():
            return work(*args, **kwargs)
        attempts = Patience.attempts or ATTEMPTS
        for attempt in range(1, attempts + 1):
            try:
                with (database.obj or database).atomic():
                    return work(*args, **kwargs)
            except DataError as exc:  # PostgreSQL: a value too long for its column
                raise InvalidInput("A value is too long or out of range for the database: "
                                   f"{first_line(exc)}") from exc
            except (OperationalError, InterfaceError) as exc:
                if not is_transient(exc):
                    raise DatabaseUnusable(f"The database failed: {first_line(exc)}") from exc
                if attempt == attempts:
                    raise DatabaseBusy(BUSY) from exc
                counters.RetryCounter.retries += 1
                if _wait_listener.heard is not None:
                    _wait_listener.heard()
                log.info("transaction retried after: %s", first_line(exc))
                _recover_connection()
                # Jitter keeps desks that collided from colliding again in lockstep.
                time.sleep(0.05 * 2 ** attempt * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")

    return run


def _recover_connection() -> None:
    """After a dropped connection, start the next attempt on a fresh one."""
    db = database.obj
    if db is None or isinstance(db, SqliteDatabase):
        return
    try:
        db.close()
    except Exception:  # the old connection is gone already; a new one is opened on demand
        log.debug("closing a dropped connection failed", exc_info=True)


def for_update(query: T, of: Any = None) -> T:
    """SELECT ... FOR UPDATE (of the rows of model `of` alone, when given) where the backend
    has row locks; SQLite's BEGIN IMMEDIATE already serialises writers."""
    if getattr(database.obj, "for_update", False):
        return query.for_update(of=of)  # type: ignore[attr-defined]
    return query


@contextmanager
def read_snapshot() -> Iterator[None]:
    """Several reads that see one consistent state, without taking the write lock."""
    if database.in_transaction():
        yield
        return
    # SQLite: a read transaction is a snapshot already. PostgreSQL's default, READ COMMITTED,
    # takes a new snapshot per statement, so ask for one per transaction.
    options = ({"lock_type": "DEFERRED"} if isinstance(database.obj, SqliteDatabase)
               else {"isolation_level": "REPEATABLE READ"})
    with database.atomic(**options):
        yield


def fetch_values(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as the driver returns them, in the order of its selected columns.

    Hot lists use this with `store.records.*_of_values`: building a peewee model per row costs
    more than the indexed query itself when a day holds a thousand reservations.
    """
    return list(database.execute(query).fetchall())
