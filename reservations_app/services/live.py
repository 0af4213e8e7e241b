"""Changes made at other workstations, as `Changes` like the ones a local write reports.

A change announces itself with its audit row (action, entity kind, id); a feed turns what
arrived since the last poll into one `Changes`. The GUI's LiveRefresh drives a feed with timers
and hands what it found to the operation runner, which tells the screens.
"""

from __future__ import annotations

from typing import Protocol

from reservations_app.services.changeset import (
    ALL_AREAS,
    BOOKINGS,
    PEOPLE,
    SCHEDULE,
    SETTINGS,
    Change,
    Changes,
    areas_of,
)
from reservations_app.store.changes import Arrived, PostgresListener, SqliteWatcher
from reservations_app.store.db import Target

__all__ = ["ALL_AREAS", "BOOKINGS", "PEOPLE", "SCHEDULE", "SETTINGS", "ChangeFeed", "areas_of",
           "open_feed"]


class _Source(Protocol):
    def fileno(self) -> int | None: ...
    def received(self) -> list[Arrived]: ...
    def close(self) -> None: ...


class ChangeFeed:
    """What other workstations changed since the last poll; polling is quick and never waits
    for news. `poll()` raises DatabaseUnusable when the connection is lost: open a new feed to
    reconnect."""

    def __init__(self, source: _Source) -> None:
        self._source = source

    def fileno(self) -> int | None:
        """A socket that becomes readable when news arrives, or None where one must poll."""
        return self._source.fileno()

    def poll(self) -> Changes:
        return Changes.of(Change(*arrived) for arrived in self._source.received())

    def close(self) -> None:
        self._source.close()


def open_feed(target: Target) -> ChangeFeed:
    """A feed for the open database. SQLite's borrows the calling thread's connection."""
    if target.backend == "postgresql":
        return ChangeFeed(PostgresListener(target.url))
    return ChangeFeed(SqliteWatcher())
