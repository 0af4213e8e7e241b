"""Changes made at other workstations, as the areas of the app they touch.

A change announces itself with its audit action (`reservation.hold`, `availability.add`, ...);
a feed turns what arrived into areas: bookings, schedule, people, settings. The GUI's
LiveRefresh drives a feed with timers and refreshes the views of those areas.
"""

from __future__ import annotations

from typing import Protocol

from reservations_app.store.changes import PostgresListener, SqliteWatcher
from reservations_app.store.connect import Target

BOOKINGS, SCHEDULE, PEOPLE, SETTINGS = "bookings", "schedule", "people", "settings"
ALL_AREAS = frozenset({BOOKINGS, SCHEDULE, PEOPLE, SETTINGS})

# By the first word of the audit action. Staff accounts and sign-ins change no open view.
_AREAS_OF: dict[str, frozenset[str]] = {
    "reservation": frozenset({BOOKINGS}),
    "availability": frozenset({SCHEDULE}),
    "provider": frozenset({PEOPLE, SCHEDULE}),
    "client": frozenset({PEOPLE}),
    "settings": frozenset({SETTINGS, SCHEDULE, BOOKINGS}),
    "database": ALL_AREAS,
    "user": frozenset(),
    "login": frozenset(),
}


def areas_of(action: str) -> frozenset[str]:
    """The areas a change touches; an action this version does not know refreshes all."""
    return _AREAS_OF.get(action.split(".", 1)[0], ALL_AREAS)


class _Source(Protocol):
    def fileno(self) -> int | None: ...
    def received(self) -> list[str]: ...
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

    def poll(self) -> set[str]:
        found: set[str] = set()
        for action in self._source.received():
            found |= areas_of(action)
        return found

    def close(self) -> None:
        self._source.close()


def open_feed(target: Target) -> ChangeFeed:
    """A feed for the open database. SQLite's borrows the calling thread's connection."""
    if target.backend == "postgresql":
        return ChangeFeed(PostgresListener(target.url))
    return ChangeFeed(SqliteWatcher())
