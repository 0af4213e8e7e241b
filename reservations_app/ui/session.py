"""What every screen shares: who is signed in, the clock, the database, and the operation runner
(ui.ops) through which every service call goes and every change is announced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QObject

from reservations_app.domain.access import Actor, Permission, allowed
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Policy
from reservations_app.domain.timezones import clinic_today, zone
from reservations_app.services import settings
from reservations_app.services.changeset import SETTINGS
from reservations_app.store.connect import Target
from reservations_app.ui.ops import Operations

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Session(QObject):
    """One signed-in user at one workstation. Screens call services through `ops` and learn
    of changes, their own and other workstations', from `ops.changed`. Call `close()` when
    done: it finishes the runner's work and closes its connections."""

    def __init__(self, actor: Actor, target: Target, clock: Clock = system_clock,
                 parent: QObject | None = None, *, ops: Operations | None = None) -> None:
        """`ops`: the runner the sign-in already used, taken over; else a new one."""
        super().__init__(parent)
        self.actor = actor
        self.target = target
        self._clock = clock
        self._policy: Policy | None = None
        self.ops = ops or Operations(target.backend)
        self.ops.setParent(self)
        self.ops.keep_current(SETTINGS, settings.get_policy, self._keep)

    def now(self) -> dt.datetime:
        return self._clock()

    def policy(self) -> Policy:
        """The clinic's settings, read once (`load_policy`) and again on a runner's worker for
        each settings change, before it is announced. Asked before `load_policy`, they are
        read here and now."""
        if self._policy is None:
            self._policy = settings.get_policy()
        return self._policy

    def load_policy(self) -> None:
        """Read the clinic's settings on the runner before the first screen asks for them; the
        event loop keeps running meanwhile (call it before any window is built)."""
        if self._policy is not None:
            return
        loop = QEventLoop()

        def keep_then_go_on(policy: Policy) -> None:
            self._keep(policy)
            loop.quit()

        self.ops.query(settings.get_policy, keep_then_go_on, lambda _error: loop.quit())
        loop.exec()

    def _keep(self, policy: Policy) -> None:
        self._policy = policy

    def clinic_zone(self) -> ZoneInfo:
        """The clinic's time zone (UTC while the database cannot say)."""
        try:
            return zone(self.policy().clinic_timezone)
        except DomainError:
            return zone("UTC")

    def clinic_today(self) -> dt.date:
        """The date at the clinic now: the one place the screens ask what "today" is."""
        return clinic_today(self.clinic_zone().key, self.now())

    def may(self, permission: Permission, provider_id: int | None = None) -> bool:
        return allowed(self.actor, permission, provider_id)

    def close(self) -> None:
        self.ops.shutdown()
