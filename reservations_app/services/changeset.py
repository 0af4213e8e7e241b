"""What a write changed, as the audit trail describes it: (action, entity kind, entity id).

Every change is audited inside its own transaction (services.audit.record), so the audit call
is where a change says what it touched; no service lists its changes by hand. While a caller
(the GUI's operation runner) is `collecting()`, each audited row is also noted here; the live
feed builds the same `Changes` from what other workstations' audit rows or notifications say.
A screen asks `changes.touches(BOOKINGS)` and reloads what it shows, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

BOOKINGS, SCHEDULE, PEOPLE, SETTINGS = "bookings", "schedule", "people", "settings"
ALL_AREAS = frozenset({BOOKINGS, SCHEDULE, PEOPLE, SETTINGS})

# By the first word of the audit action. Staff accounts, sign-ins and refusals change no view.
_AREAS_OF: dict[str, frozenset[str]] = {
    "reservation": frozenset({BOOKINGS}),
    "availability": frozenset({SCHEDULE}),
    "time_off": frozenset({SCHEDULE}),  # remembered time off (services.time_off)
    "provider": frozenset({PEOPLE, SCHEDULE}),
    "client": frozenset({PEOPLE}),
    "settings": frozenset({SETTINGS, SCHEDULE, BOOKINGS}),
    "database": ALL_AREAS,
    "user": frozenset(),
    "login": frozenset(),
    "access": frozenset(),
    "reminder": frozenset({BOOKINGS}),  # the status bar's reminders line; no list shows them
    "caldav": frozenset(),  # a copy was published elsewhere; nothing shown changed
}


# Whole actions that differ from their first word's areas.
_AREAS_OF_ACTION: dict[str, frozenset[str]] = {
    "database.backup": frozenset(),  # a copy was made; nothing shown changed
}


def areas_of(action: str) -> frozenset[str]:
    """The areas a change touches; an action this version does not know refreshes all."""
    found = _AREAS_OF_ACTION.get(action)
    if found is not None:
        return found
    return _AREAS_OF.get(action.split(".", 1)[0], ALL_AREAS)


@dataclass(frozen=True)
class Change:
    """One audited change. `entity_id` is None when one statement changed many rows."""

    action: str
    entity: str = ""
    entity_id: int | None = None


@dataclass(frozen=True)
class Changes:
    """The changes of one commit (or of a burst of other desks' commits)."""

    items: frozenset[Change] = field(default_factory=frozenset)

    @classmethod
    def of(cls, items: Iterable[Change]) -> Changes:
        return cls(frozenset(items))

    @classmethod
    def everything(cls) -> Changes:
        """Whatever may have changed, e.g. while the connection was lost."""
        return cls(frozenset({Change("database.reconnect", "database")}))

    @property
    def areas(self) -> frozenset[str]:
        found: set[str] = set()
        for item in self.items:
            found |= areas_of(item.action)
        return frozenset(found)

    def touches(self, *areas: str) -> bool:
        return not self.areas.isdisjoint(areas)

    def ids_of(self, entity: str) -> frozenset[int]:
        return frozenset(i.entity_id for i in self.items
                         if i.entity == entity and i.entity_id is not None)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.items | other.items)


Sink = Callable[[Change], None]
_sink: ContextVar[Sink | None] = ContextVar("change_sink", default=None)


def note(action: str, entity: str, entity_id: int | None) -> None:
    """Called by the audit trail for every row it writes; a no-op unless someone collects."""
    sink = _sink.get()
    if sink is not None:
        sink(Change(action, entity, entity_id))


@contextmanager
def collecting(also: Sink | None = None) -> Iterator[list[Change]]:
    """Gather the changes audited in this thread (context) until the block ends. `also` sees
    each change as it is written, before the commit (the runner uses it to recognise its own
    changes when the live feed reports them back)."""
    found: list[Change] = []

    def sink(change: Change) -> None:
        found.append(change)
        if also is not None:
            also(change)

    token = _sink.set(sink)
    try:
        yield found
    finally:
        _sink.reset(token)
