"""How one workstation learns that another one changed something.

PostgreSQL: every change sends `NOTIFY reservations_changed, '<action> <entity> <id>'` inside its
own transaction, so the message leaves only when the change commits; listeners hold a dedicated
connection that LISTENs. SQLite: nothing is sent; `PRAGMA data_version` on a connection moves
whenever another connection commits, and the new rows of the audit trail (which every change
writes) say what changed. Either way a change arrives as (action, entity, entity id), the id
None where one statement changed many rows or an older version sent the action alone.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, NamedTuple

from peewee import PeeweeException, PostgresqlDatabase

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store.models import AuditRow, database
from reservations_app.store.postgres import connect_kwargs, scrub

if TYPE_CHECKING:
    import psycopg  # imported for real in PostgresListener, the one place it is needed

log = logging.getLogger(__name__)

CHANNEL = "reservations_changed"
MAX_PAYLOAD = 200


class Arrived(NamedTuple):
    action: str
    entity: str = ""
    entity_id: int | None = None


def announce(action: str, entity: str = "", entity_id: int | None = None) -> None:
    """Tell the other workstations about a change once the current transaction commits."""
    if isinstance(database.obj, PostgresqlDatabase):
        topic = f"{action} {entity} {'' if entity_id is None else entity_id}"
        database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, topic[:MAX_PAYLOAD]))


def parse_topic(topic: str) -> Arrived:
    """A NOTIFY payload back as a change; an older version's bare action is kept as such."""
    action, _, rest = topic.strip().partition(" ")
    entity, _, raw_id = rest.partition(" ")
    return Arrived(action, entity, int(raw_id) if raw_id.strip().isdigit() else None)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


class PostgresListener:
    """A dedicated connection that LISTENs.

    psycopg hands over notifications while it talks to the server, so `received()` makes one
    short round trip: it both collects what arrived and proves the connection is alive."""

    def __init__(self, url: str) -> None:
        import psycopg  # only a desk on PostgreSQL needs the driver (see reservations_app._drivers)
        from psycopg import sql

        self._url = url
        self._inbox: list[str] = []
        self._error: type[psycopg.Error] = psycopg.Error
        kwargs = connect_kwargs(url)
        kwargs["application_name"] = "reservations-listener"
        try:
            self._conn = psycopg.connect(autocommit=True, **kwargs)
            self._conn.add_notify_handler(lambda note: self._inbox.append(note.payload))
            self._conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        except psycopg.Error as exc:
            raise self._lost(exc) from exc

    def _lost(self, exc: BaseException) -> DatabaseUnusable:
        return DatabaseUnusable("Lost the connection to the database server: "
                                f"{scrub(_first_line(exc), self._url)}")

    def fileno(self) -> int:
        return self._conn.fileno()

    def backend_pid(self) -> int:
        return int(self._conn.info.backend_pid)

    def received(self) -> list[Arrived]:
        """The changes that arrived since the last call; empty when none did."""
        try:
            self._conn.execute("SELECT 1")
        except self._error as exc:
            raise self._lost(exc) from exc
        arrived, self._inbox = self._inbox, []
        return [parse_topic(topic) for topic in arrived]

    def close(self) -> None:
        try:
            self._conn.close()
        except self._error:  # already gone
            log.debug("closing the listener connection failed", exc_info=True)


class SqliteWatcher:
    """Polls through the calling thread's SQLite connection (the GUI's feed keeps a thread for
    it): other connections' commits move data_version, and the newest audit id (one index
    lookup) catches commits made through this very connection."""

    def __init__(self) -> None:
        self._version = self._data_version()
        self._last_id = self._last_audit_id()

    def _data_version(self) -> int:
        try:
            return int(database.execute_sql("PRAGMA data_version").fetchone()[0])
        except PeeweeException as exc:
            raise DatabaseUnusable(f"The database cannot be read: {_first_line(exc)}") from exc

    def _last_audit_id(self) -> int:
        try:
            return int(AuditRow.select(AuditRow.id).order_by(AuditRow.id.desc()).scalar() or 0)
        except PeeweeException as exc:
            raise DatabaseUnusable(f"The database cannot be read: {_first_line(exc)}") from exc

    def fileno(self) -> None:
        return None

    def received(self) -> list[Arrived]:
        version = self._data_version()
        if version == self._version and self._last_audit_id() == self._last_id:
            return []
        self._version = version
        try:
            rows: list[Any] = list(
                AuditRow.select(AuditRow.id, AuditRow.action, AuditRow.entity,
                                AuditRow.entity_id)
                .where(AuditRow.id > self._last_id).order_by(AuditRow.id).tuples())
            newest = self._last_audit_id()
        except PeeweeException as exc:
            raise DatabaseUnusable(f"The database cannot be read: {_first_line(exc)}") from exc
        if newest < self._last_id:  # the file was replaced by a restore: everything changed
            self._last_id = newest
            return [Arrived("database.restore", "database")]
        if rows:
            self._last_id = rows[-1][0]
        return [Arrived(action, entity, entity_id) for _, action, entity, entity_id in rows]

    def close(self) -> None:
        """Nothing to close: the watcher borrows its thread's connection."""
