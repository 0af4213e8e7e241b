"""PostgreSQL through psycopg 3: connection settings, dropped connections, error scrubbing.

A clinic with several desks talks to one server over the network, where connections do get
dropped (a server restart, a Wi-Fi hiccup, an administrator ending idle sessions). Reads made
outside a transaction reconnect once by themselves; writes are always inside
`store.transactions.transactional`, which retries the whole transaction instead.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any
from urllib.parse import unquote, urlsplit

from peewee import InterfaceError, OperationalError, PostgresqlDatabase, Psycopg3Adapter

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
# SQLSTATEs worth retrying: serialization failure, deadlock, a lock another session held past
# lock_timeout, and the server ending the session.
RETRY_STATES = {"40001", "40P01", "55P03", "57P01", "57P02", "57P03"}
LOST_MARKERS = ("server closed the connection", "connection is closed", "connection is lost",
                "connection already closed", "terminating connection", "consuming input failed",
                "connection timeout expired", "no connection to the server")


def connect_kwargs(url: str) -> dict[str, Any]:
    """psycopg keyword arguments for a postgresql:// URL (user and password percent-decoded)."""
    # Imported here: playhouse.db_url imports every backend's extension, psycopg included.
    from playhouse.db_url import parse as parse_url

    kwargs = parse_url(url, unquote_password=True, unquote_user=True)
    kwargs["dbname"] = unquote(kwargs.pop("database"))
    for key, value in CONNECT_DEFAULTS.items():
        kwargs.setdefault(key, value)
    return kwargs


TLS_HINTS = (
    ("certificate verify failed", " The server's certificate is not signed by the authority in "
     "sslrootcert: check that file, or ask IT for the clinic's CA certificate."),
    ("does not match host name", " The server's certificate is for another name: use the name "
     "the certificate was made for in the address."),
    ("root certificate file", " sslrootcert names a file that cannot be read."),
    ("server does not support SSL", " The server does not offer TLS; IT must enable it "
     "(ssl = on) or the address must not ask for it."),
)


def tls_hint(driver_message: str) -> str:
    """What to do about a TLS failure, in words for IT; '' for any other failure."""
    text = driver_message.lower()
    return next((hint for marker, hint in TLS_HINTS if marker.lower() in text), "")


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


# A connection that could not be made because the server is down, restarting or out of reach
# (as opposed to one it refused: a wrong password, an unknown database, no TLS).
UNREACHABLE_MARKERS = ("connection refused", "timeout expired", "timed out", "no route to host",
                       "network is unreachable", "is starting up", "is shutting down",
                       "temporary failure in name resolution")


def out_of_reach(exc: BaseException) -> bool:
    """The server does not answer now; trying again later may succeed."""
    return connection_lost(exc) or any(
        marker in str(item).lower() for item in _chain(exc) for marker in UNREACHABLE_MARKERS)


def lock_timed_out(exc: BaseException) -> bool:
    """A statement gave up waiting for another session's lock (lock_timeout)."""
    return sqlstate_of(exc) == "55P03"


def retryable(exc: BaseException) -> bool:
    return sqlstate_of(exc) in RETRY_STATES or connection_lost(exc)


# libpq's PGTransactionStatusType, which psycopg.pq.TransactionStatus (an IntEnum) mirrors.
_IDLE, _IN_TRANSACTION, _IN_ERROR, _UNKNOWN = 0, 2, 3, 4


class LazyPsycopg3Adapter(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, except that psycopg is imported at the first connection
    rather than with peewee (see reservations_app._drivers): peewee's own adapter reads the
    module it imported at start, which a SQLite desk no longer pays for."""

    txn_idle, txn_inerror, txn_unknown = _IDLE, _IN_ERROR, _UNKNOWN

    def __init__(self) -> None:
        super().__init__()
        self.json_type = self.jsonb_type = None  # set at the first connection

    def check_driver(self) -> None:
        """psycopg is a dependency; importing it here reports a broken install plainly."""
        import psycopg  # noqa: F401

    def get_binary_type(self) -> Any:
        import psycopg

        return psycopg.Binary

    def connect(self, db: Any, **params: Any) -> Any:
        import psycopg
        from psycopg.types.json import Json, Jsonb

        self.json_type, self.jsonb_type = Json, Jsonb
        if db._encoding:
            params.setdefault("client_encoding", db._encoding)
        if db.database.startswith("postgresql://"):
            params.setdefault("conninfo", db.database)
        else:
            params.setdefault("dbname", db.database)
        return psycopg.connect(**params)

    def server_side_cursor(self, conn: Any) -> Any:
        in_transaction = self.txn_status(conn) == _IN_TRANSACTION
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_transaction)


class ClinicPostgresqlDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database over psycopg 3, which notices a dead connection."""

    # peewee picks its psycopg2 adapter when it saw no psycopg at import: both are ours.
    psycopg3_adapter = psycopg2_adapter = LazyPsycopg3Adapter

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


def open_postgres(url: str, lock_wait_s: float | None = None) -> ClinicPostgresqlDatabase:
    """A connected database for `url`. Raises the driver's error when it cannot connect.
    With `lock_wait_s`, a statement that waited that long for another session's lock fails
    (lock_timeout) and its transaction is retried like a busy one."""
    kwargs = connect_kwargs(url)
    if lock_wait_s is not None:
        setting = f"-c lock_timeout={int(lock_wait_s * 1000)}"
        kwargs["options"] = f"{kwargs['options']} {setting}" if kwargs.get("options") \
            else setting
    db = ClinicPostgresqlDatabase(kwargs.pop("dbname"), **kwargs)
    db.connect()
    return db
