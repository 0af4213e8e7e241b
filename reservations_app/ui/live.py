"""Live refresh: other workstations' changes reach this one's open views within seconds.

A thin Qt driver over `services.live.ChangeFeed`. On PostgreSQL the feed's socket wakes us up
(QSocketNotifier) as soon as a NOTIFY arrives; on SQLite a timer polls `PRAGMA data_version`.
The timer polls on PostgreSQL too, as a heartbeat that notices a dead connection. Every open and
poll runs on one thread of the feed's own, never on the GUI thread: a PostgreSQL poll is a round
trip to a server that may have stopped, and SQLite's reads through that thread's own connection,
which the thread keeps from the feed's opening to its closing. What arrived is collected for a
moment (one refresh for a burst of changes) and handed to the operation runner, which drops this
session's own changes and emits the rest as its one `changed` signal. A lost connection is
reported once, retried with a growing pause, and reported again when it is back; then every area
refreshes, since changes made meanwhile were missed."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QSocketNotifier, QThreadPool, QTimer, Signal, Slot

from reservations_app.domain.errors import DomainError
from reservations_app.services.changeset import Changes
from reservations_app.services.live import ChangeFeed, open_feed
from reservations_app.store.connect import Target, close_thread_connection
from reservations_app.ui.session import Session

log = logging.getLogger(__name__)

FeedOpener = Callable[[Target], ChangeFeed]
BACKOFF_MS = (1_000, 2_000, 4_000, 8_000, 15_000, 30_000)


class _OpenSignals(QObject):
    finished = Signal(int, object, str)  # attempt number, the feed or None, why it failed
    polled = Signal(int, object, str)  # attempt number, the Changes or None, why it failed


class _PollTask(QRunnable):
    """One PostgreSQL poll (a round trip) off the GUI thread."""

    def __init__(self, attempt: int, feed: ChangeFeed, signals: _OpenSignals) -> None:
        super().__init__()
        self._attempt, self._feed, self._signals = attempt, feed, signals

    def run(self) -> None:
        try:
            self._signals.polled.emit(self._attempt, self._feed.poll(), "")
        except DomainError as exc:
            self._signals.polled.emit(self._attempt, None, str(exc))


class _CloseTask(QRunnable):
    """Closes a feed, and the feed thread's database connection (SQLite's watcher reads
    through it), on the feed's thread."""

    def __init__(self, feed: ChangeFeed | None) -> None:
        super().__init__()
        self._feed = feed

    def run(self) -> None:
        if self._feed is not None:
            self._feed.close()
        close_thread_connection()


class _OpenTask(QRunnable):
    """Connects off the GUI thread: an unreachable server can take seconds to refuse."""

    def __init__(self, attempt: int, opener: FeedOpener, target: Target,
                 signals: _OpenSignals) -> None:
        super().__init__()
        self._attempt, self._opener, self._target, self._signals = (attempt, opener, target,
                                                                    signals)

    def run(self) -> None:
        feed, message = _try_open(self._opener, self._target)
        self._signals.finished.emit(self._attempt, feed, message)


def _try_open(opener: FeedOpener, target: Target) -> tuple[ChangeFeed | None, str]:
    try:
        return opener(target), ""
    except DomainError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug must not end live refresh for good: report, retry
        log.exception("opening the change feed failed")
        return None, f"Live refresh failed ({type(exc).__name__})."


class LiveRefresh(QObject):
    """Hands other workstations' changes to `session.ops`, which emits them as `changed`.

    Call `start()` once the database is open (and `stop()` before closing it)."""

    connection_lost = Signal(str)
    connection_restored = Signal()

    def __init__(self, session: Session, parent: QObject | None = None, *,
                 poll_ms: int = 1_000, debounce_ms: int = 150,
                 feed_opener: FeedOpener = open_feed) -> None:
        super().__init__(parent if parent is not None else session)
        self._session = session
        self._open_feed = feed_opener
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._pending = Changes()
        self._polling = False
        self._poll_pool = QThreadPool(self)  # the feed's one thread: see the module's text
        self._poll_pool.setMaxThreadCount(1)
        self._poll_pool.setExpiryTimeout(-1)
        self._failures = 0
        self._lost = False
        self._attempt = 0
        self._opening = False
        self._open_signals = _OpenSignals()
        self._poll_timer = self._timer(poll_ms, single_shot=False)
        self._debounce_timer = self._timer(debounce_ms, single_shot=True)
        self._reconnect_timer = self._timer(BACKOFF_MS[0], single_shot=True)
        self._connect_signals()

    def _timer(self, interval_ms: int, *, single_shot: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single_shot)
        return timer

    def _connect_signals(self) -> None:
        self._poll_timer.timeout.connect(self._poll)
        self._debounce_timer.timeout.connect(self._flush)
        self._reconnect_timer.timeout.connect(self._begin_open)
        self._open_signals.finished.connect(self._on_opened)
        self._open_signals.polled.connect(self._on_polled)

    @property
    def is_connected(self) -> bool:
        return self._feed is not None

    @Slot()
    def start(self) -> None:
        """Begin listening (on PostgreSQL the connection opens in the background). A failure
        is reported through `connection_lost` and retried."""
        if self._feed is None and not self._opening and not self._reconnect_timer.isActive():
            self._begin_open()

    @Slot()
    def stop(self) -> None:
        for timer in (self._poll_timer, self._debounce_timer, self._reconnect_timer):
            timer.stop()
        self._attempt += 1  # an answer still on its way is for nobody now
        self._opening = False
        self._pending = Changes()
        self._close_feed()

    @Slot()
    def _begin_open(self) -> None:
        self._attempt += 1
        self._opening = True
        self._poll_pool.start(_OpenTask(self._attempt, self._open_feed, self._session.target,
                                        self._open_signals))

    @Slot(int, object, str)
    def _on_opened(self, attempt: int, feed: ChangeFeed | None, message: str) -> None:
        if attempt != self._attempt:
            if feed is not None:
                self._poll_pool.start(_CloseTask(feed))
            return
        self._opening = False
        if feed is None:
            self._report_lost(message)
            return
        self._install(feed)
        self._failures = 0
        if self._lost:
            self._lost = False
            log.info("live refresh connection restored")
            self.connection_restored.emit()
            self._queue(Changes.everything())  # whatever changed while we were away

    def _install(self, feed: ChangeFeed) -> None:
        self._feed = feed
        fileno = feed.fileno()
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._poll)
        self._poll_timer.start()

    def _close_feed(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        feed, self._feed = self._feed, None
        self._polling = False  # a poll still on its way is stale: the attempt moved on
        self._poll_pool.start(_CloseTask(feed))

    @Slot()
    def _poll(self) -> None:
        if self._feed is None or self._polling:
            return
        self._polling = True
        self._poll_pool.start(_PollTask(self._attempt, self._feed, self._open_signals))

    @Slot(int, object, str)
    def _on_polled(self, attempt: int, changes: Changes | None, message: str) -> None:
        self._polling = False
        if attempt != self._attempt or self._feed is None:
            return
        if changes is None:
            self._report_lost(message)
            return
        self._queue(changes)

    def _queue(self, changes: Changes) -> None:
        if changes:
            self._pending |= changes
            if not self._debounce_timer.isActive():
                self._debounce_timer.start()

    @Slot()
    def _flush(self) -> None:
        pending, self._pending = self._pending, Changes()
        self._session.ops.deliver_remote(pending)

    def _report_lost(self, message: str) -> None:
        self._poll_timer.stop()
        self._close_feed()
        if not self._lost:
            self._lost = True
            log.warning("live refresh lost its connection: %s", message)
            self.connection_lost.emit(message)
        delay = BACKOFF_MS[min(self._failures, len(BACKOFF_MS) - 1)]
        self._failures += 1
        self._reconnect_timer.start(delay)
