"""Publishing the providers' CalDAV calendars from the running app, after this desk's commits.

Each desk publishes what it changed itself (`ops.committed`, never the live feed's changes):
the desk that made a change is the one that knows it, needs nobody elected, and publishes it
even when it is the only desk open. Other desks' changes are theirs to publish; two desks
publishing at once is safe, since events are replaced by UID and a publish that finds the
provider's bookings changed after it read them publishes again (services.caldav_publish).

A burst of changes (a series, a sweep) becomes one publish per provider after COALESCE_MS, on
the runner's network worker: a slow or unreachable calendar server holds up neither the GUI
nor the database writes. A failed provider is tried again later (RETRY_FIRST_MS, doubling up
to RETRY_MOST_MS) and the status bar says so until it succeeds; at start-up the providers
whose last publish failed (at any desk, before a restart) are tried once more.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.services.changeset import BOOKINGS, PEOPLE, Change, Changes
from reservations_app.ui.session import Session

COALESCE_MS = 2_000
RETRY_FIRST_MS = 60_000
RETRY_MOST_MS = 15 * 60_000


def _publish(actor: Actor, now: dt.datetime, changes: list[Change], also: set[int],
             failed_before: bool) -> dict[int, str | None]:
    """On the network worker: the service decides which providers and publishes them."""
    from reservations_app.services import caldav_changes, caldav_publish  # when needed

    if failed_before:
        also = also | set(caldav_changes.failed_providers())
    return caldav_publish.publish_changed(actor, changes, now, also)


class CalendarPublisher(QObject):
    published = Signal(object)  # {provider id: None, or why it failed}, after each publish

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.status = QLabel(parent)
        self.status.setObjectName("calendarPublishStatus")
        self.status.setStyleSheet("color: #b00020")
        self.status.hide()
        self.failures: dict[int, str] = {}  # provider id -> why their calendar is behind
        self.trouble: str | None = None  # why nothing could be published (the database)
        self._waiting: list[Change] = []
        self._sending: list[Change] = []
        self._retry: set[int] = set()
        self._running = False
        self._retry_ms = RETRY_FIRST_MS
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self.publish_now)
        self._retry_timer = QTimer(self, singleShot=True)
        self._retry_timer.timeout.connect(self.publish_now)
        session.ops.committed.connect(self._committed)

    def start(self) -> None:
        """Try again the providers whose last publish failed, at this desk or another."""
        if not self._running:
            self._run([], failed_before=True)

    @Slot(object)
    def _committed(self, changes: Changes) -> None:
        if not changes.touches(BOOKINGS, PEOPLE):
            return  # what a calendar shows comes from bookings, clients and providers
        from reservations_app.services.caldav_changes import IGNORED  # at the first change

        shown = [c for c in changes.items if not c.action.startswith(IGNORED)]
        if not shown:
            return  # a reminder was sent, a call marked, a calendar published
        self._waiting.extend(shown)
        if not self._coalesce.isActive():
            self._coalesce.start()

    @Slot()
    def publish_now(self) -> None:
        """Publish what waits (changes and failed providers) now, without the delay."""
        self._coalesce.stop()
        if self._running or not (self._waiting or self._retry):
            return  # what waits goes once the publish under way has answered
        changes, self._waiting = self._waiting, []
        self._run(changes, failed_before=False)

    def flush(self) -> None:
        """The window closes: hand what waits to the worker, which finishes it if it can."""
        self.publish_now()

    def _run(self, changes: list[Change], *, failed_before: bool) -> None:
        self._running = True
        self._sending = changes
        actor, now, also = self.session.actor, self.session.now(), set(self._retry)
        self._retry_timer.stop()
        self.session.ops.network(lambda: _publish(actor, now, changes, also, failed_before),
                                 self._published, self._refused, owner=self)

    def _published(self, outcome: dict[int, str | None]) -> None:
        self.trouble = None
        for provider_id, reason in outcome.items():
            if reason is None:
                self.failures.pop(provider_id, None)
                self._retry.discard(provider_id)
            else:
                self.failures[provider_id] = reason
                self._retry.add(provider_id)
        self._after_run()
        self.published.emit(outcome)

    def _refused(self, error: DomainError) -> None:
        """The database refused (not a calendar server): keep the changes for the retry."""
        self.trouble = error.message
        self._waiting = self._sending + self._waiting
        self._after_run()

    def _after_run(self) -> None:
        self._running, self._sending = False, []
        if self.failures or self.trouble:
            self._retry_timer.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MOST_MS)
        else:
            self._retry_ms = RETRY_FIRST_MS
        if self._waiting and not self.trouble and not self._coalesce.isActive():
            self._coalesce.start()
        self._show()

    def _show(self) -> None:
        reasons = list(self.failures.values()) + ([self.trouble] if self.trouble else [])
        if not reasons:
            self.status.hide()
            return
        if self.failures:
            text = self.tr("CalDAV: %n provider(s) failed ({reason})", "",
                           len(self.failures)).format(reason=reasons[0])
        else:
            text = self.tr("CalDAV: not published ({reason})").format(reason=reasons[0])
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setToolTip(self.tr("Publishing to the providers' calendars failed; it is "
                                       "tried again every few minutes.") + "\n"
                               + "\n".join(reasons))
        self.status.show()
