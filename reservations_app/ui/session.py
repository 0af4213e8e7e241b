"""What every screen shares: who is signed in, the clock, the database, and change signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reservations_app.domain.access import Actor, Permission, allowed
from reservations_app.store.connect import Target

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Session(QObject):
    """One signed-in user at one workstation. Screens emit the `*_changed` signals after a
    service call changed data, and listen to them to refresh; other workstations' changes
    arrive through the same signals."""

    bookings_changed = Signal()
    schedule_changed = Signal()
    people_changed = Signal()
    settings_changed = Signal()

    def __init__(self, actor: Actor, target: Target, clock: Clock = system_clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.target = target
        self._clock = clock

    def now(self) -> dt.datetime:
        return self._clock()

    def may(self, permission: Permission, provider_id: int | None = None) -> bool:
        return allowed(self.actor, permission, provider_id)
