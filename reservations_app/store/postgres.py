"""PostgreSQL through psycopg 3: connection settings, dropped connections, error scrubbing.

A clinic with several desks talks to one server over the network, where connections do get
dropped (a server restart, a Wi-Fi hiccup, an administrator ending idle sessions). Reads made
outside a transaction reconnect once by themselves; writes are always inside
`store.db.transactional`, which retries the whole transaction instead.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import unquote, urlsplit

from peewee import InterfaceError, OperationalError, PostgresqlDatabase
from playhouse.db_url import parse as parse_url

from reservations_app.domain.errors import DatabaseUnusable

log = logging.getLogger(__name__)

APPLICATION_NAME = "reservations"
CONNECT_DEFAULTS: dict[str, Any] = {
    "connect_timeout": 5,
    "application_name": APPLICATION_NAME,
    # Notice a silently dead server within about a minute instead of hanging for hours.
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}
# SQLSTATEs worth retrying: serialization failure, deadlock, and the server ending the session.
RETRY_STATES = {"40001", "40P01", "57P01", "57P02", "57P03"}
LOST_MARKERS = ("server closed the connection", "connection is closed", "connection is lost",
                "connection already closed", "terminating connection", "consuming input failed",
                "connection timeout expired", "no connection to the server")


def connect_kwargs(url: str) -> dict[str, Any]:
    """psycopg keyword arguments for a postgresql:// URL (user and password percent-decoded)."""
    kwargs = parse_url(url, unquote_password=True, unquote_user=True)
    kwargs["dbname"] = unquote(kwargs.pop("database"))
    for key, value in CONNECT_DEFAULTS.items():
        kwargs.setdefault(key, value)
    return kwargs


def password_of(url: str) -> str | None:
    parts = urlsplit(url)
    return parts.password


def scrub(text: str, url: str) -> str:
    """`text` with the URL's password (raw or decoded) replaced, for messages from the driver."""
    secret = password_of(url)
    if not secret:
        return text
    for form in {secret, unquote(secret)}:
        if form:
            text = text.replace(form, "***")
    return text


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def sqlstate_of(exc: BaseException) -> str | None:
    for item in _chain(exc):
        state = getattr(item, "sqlstate", None)
        if state:
            return str(state)
    return None


def connection_lost(exc: BaseException) -> bool:
    """The error means the connection is gone, not that the statement was wrong."""
    state = sqlstate_of(exc)
    if state is not None and (state.startswith("08") or state in ("57P01", "57P02", "57P03")):
        return True
    return any(marker in str(item).lower() for item in _chain(exc) for marker in LOST_MARKERS)


def retryable(exc: BaseException) -> bool:
    return sqlstate_of(exc) in RETRY_STATES or connection_lost(exc)


class ClinicPostgresqlDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database over psycopg 3, which notices a dead connection."""

    def __init__(self, database: str, **kwargs: Any) -> None:
        super().__init__(database, prefer_psycopg3=True, **kwargs)

    def _drop_if_broken(self) -> None:
        if not self.is_closed() and self.connection().closed:
            log.info("the database connection was lost; opening a new one")
            self.close()

    def begin(self, isolation_level: Any = None) -> None:
        """BEGIN, on a new connection if the old one died while idle (BEGIN changes nothing,
        so sending it again is safe)."""
        self._drop_if_broken()
        try:
            super().begin(isolation_level)
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc):
                raise
            log.info("the database connection was lost while idle; reconnecting")
            self.close()
            super().begin(isolation_level)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        if self.in_transaction():
            return super().execute_sql(sql, params)
        self._drop_if_broken()
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as exc:
            # Only a read is repeated: a write whose connection died may have been applied.
            if not connection_lost(exc) or not sql.lstrip().upper().startswith("SELECT"):
                raise
            log.info("the database connection was lost during a read; reconnecting once")
            self.close()
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as exc:
            if not connection_lost(exc):
                raise
            raise DatabaseUnusable("Lost the connection to the database server. Check the "
                                   "network and that the server runs, then try again.") from exc


def open_postgres(url: str) -> ClinicPostgresqlDatabase:
    """A connected database for `url`. Raises the driver's error when it cannot connect."""
    kwargs = connect_kwargs(url)
    db = ClinicPostgresqlDatabase(kwargs.pop("dbname"), **kwargs)
    db.connect()
    return db
