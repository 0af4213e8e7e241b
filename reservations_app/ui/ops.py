"""THE operation runner: every service call the GUI makes runs here, off the GUI thread.

A screen never calls a service itself; it hands the call to the session's runner and says what
to do with the answer, back on the GUI thread (after Anki's QueryOp and CollectionOp):

    ops = session.ops
    ops.query(lambda: schedule.bookable_slots(actor, day, now), self._show_slots, owner=self)
    ops.write(lambda: booking.hold(actor, client_id, provider_id, start, now),
              on_success=self._held, on_error=self._refused, initiator=self)
    ops.watch(self, {BOOKINGS, SCHEDULE}, self.reload)   # reload on a change, once, when shown
    ops.guard_writes(self.hold_action)                   # off while the database is in trouble

- `query` runs on the read worker, `write` on the one write worker, so writes run one at a time
  in the order asked. Each worker is a thread with its own database connection (peewee keeps one
  per thread); the GUI thread only waits for events.
- A write collects what the service audited (services.changeset) and, after its commit, the
  runner calls `on_success(result)` and then emits `changed(changes, initiator)` once. Other
  workstations' changes arrive through `deliver_remote` (the live feed) as the same signal with
  initiator None; this runner's own changes echoed back by the feed are dropped there.
- `on_error` gets the DomainError a rule raised (its message is fit to show); without one the
  runner emits `failed(message)`. A bug (any other exception) is re-raised on the GUI thread,
  where the crash handler reports it.
- Trouble is shown, not suffered: a call still running after 150 ms sets the busy cursor; a
  call that has been running on its worker for 1 s (waiting in the queue does not count) makes
  `trouble_changed` say "Waiting for the database…" and the guarded write actions turn off;
  a call that fails because the database is locked or unreachable keeps the message up
  ("Cannot reach the database server; retrying"), a probe retries every few seconds, and once
  it answers the failed queries run again and the actions come back. A failed write goes to its
  `on_error`, so the form that asked keeps what was typed.
- `long_job=True` marks a call known to take seconds of work (an import, an export, a report,
  the demo clinic): it shows the busy cursor but its length is no sign of trouble, so it does
  not put up the database banner nor turn the write actions off. Its failure does, and so does
  a transaction of it the database kept waiting (retried: a lock held past the busy timeout).
- `owner`: when that widget is gone by the time the answer arrives, nobody is called.
- `network` runs a call that talks to another server (CalDAV, SMTP) on a third worker, so a
  slow or unreachable server holds up neither the reads nor the writes; it shows no busy cursor
  or database warning however long it takes. What it audits is announced like a write's.
  `background` puts long local jobs there too (the page check of the whole file, the day's
  backup), so the desk's first reads and holds never queue behind them.
- `committed(changes)` is emitted only for this runner's own commits (never for the live
  feed's), for work that must follow this desk's changes only (publishing calendars).
- `keep_current(area, read, keep)`: what the session caches (the clinic's settings) is read
  again, off the GUI thread, whenever a change touches `area`, and kept before that change is
  announced, so every view reloading for it already sees the new values. After an own write
  the write worker reads it right after the commit; for the feed's changes and a reload asked
  by the user, the read worker does, and the change is announced when it answers.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from peewee import PeeweeException
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from reservations_app.domain.errors import DatabaseBusy, DatabaseUnusable, DomainError
from reservations_app.services.changeset import Change, Changes, collecting
from reservations_app.store.connect import close_thread_connection, limit_page_cache
from reservations_app.store.models import database
from reservations_app.store.transactions import report_waits

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 150
WAITING_AFTER_MS = 1_000
UNREACHABLE_AFTER_MS = 5_000
PROBE_EVERY_MS = 2_000
OWN_ECHO_SECONDS = 120.0  # how long the feed may take to report this runner's change back
# The reads' page cache (SQLite): a day's read touches a few hundred pages once, so SQLite's
# default 2 MB only held the last day's pages at the desk's peak memory.
READS_PAGE_CACHE_KIB = 512

Success = Callable[[Any], None]
Failure = Callable[[DomainError], None]


@dataclass(frozen=True)
class _Cached:
    """A value kept current: `read` again on a worker for each change touching `area`."""

    area: str
    read: Callable[[], Any]
    keep: Callable[[Any], None]


_NOT_READ = object()  # no fresh value read for a commit


@dataclass
class _Op:
    """One call queued on a worker, with what to do with its answer on the GUI thread."""

    call: Callable[[], Any]
    on_success: Success | None
    on_error: Failure | None
    owner: QObject | None
    is_write: bool
    initiator: object = None
    is_probe: bool = False
    is_network: bool = False
    long_job: bool = False
    started: float = field(default_factory=time.monotonic)
    running_since: float | None = None  # set on the worker when the call begins
    kept_waiting: bool = False  # set on the worker when a transaction had to be retried


class _Lane:
    """One worker thread and its queue; the thread keeps its own database connection. It starts
    on the first call and ends (closing its connection) after a minute with nothing to do."""

    IDLE_S = 60.0

    def __init__(self, name: str, run: Callable[[int, _Op], None],
                 prepare: Callable[[], None] | None = None) -> None:
        self._name = name
        self._prepare = prepare  # on the thread, before its first job
        self._jobs: queue.SimpleQueue[tuple[int, _Op] | None] = queue.SimpleQueue()
        self._run = run
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, op_id: int, op: _Op) -> None:
        with self._lock:
            self._jobs.put((op_id, op))
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name,
                                                daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        if self._prepare is not None:
            try:
                self._prepare()
            except Exception:  # a tuning step: the jobs run without it
                log.warning("%s: setting up the connection failed", self._name, exc_info=True)
        while True:
            try:
                job = self._jobs.get(timeout=self.IDLE_S)
            except queue.Empty:
                with self._lock:
                    if not self._jobs.empty():
                        continue
                    self._thread = None
                break
            if job is None:
                break
            self._run(*job)
        close_thread_connection()

    def stop(self, timeout_s: float) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._jobs.put(None)
        thread.join(timeout_s)


def _is_trouble(error: BaseException) -> bool:
    """The database, not the request, is the problem: locked, busy, or out of reach."""
    return isinstance(error, DatabaseBusy | DatabaseUnusable | PeeweeException)


class Operations(QObject):
    changed = Signal(object, object)  # Changes, initiator (None: another workstation)
    failed = Signal(str)  # a refused call nobody handled: show the message
    busy_changed = Signal(bool)
    trouble_changed = Signal(str)  # the banner text; empty when the database answers again
    committed = Signal(object)  # Changes: this runner's own commits only

    # op id, result, error, changes, the cached value read after the commit (or _NOT_READ)
    _finished = Signal(int, object, object, object, object)

    def __init__(self, backend: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._pending: dict[int, _Op] = {}
        self._next_id = 0
        self._busy = False
        self._trouble = ""
        self._failing = False
        self._retry: list[_Op] = []
        self._own: list[tuple[Change, float]] = []
        self._own_lock = threading.Lock()
        self._cached: _Cached | None = None
        self.write_actions = QActionGroup(self)
        self.write_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._ticker = QTimer(self, interval=50)
        self._probe_timer = QTimer(self, interval=PROBE_EVERY_MS, singleShot=True)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._ticker.timeout.connect(self._update_state)
        self._probe_timer.timeout.connect(self._probe)
        self._reads = _Lane("reservations-reads", self._execute,
                            lambda: limit_page_cache(READS_PAGE_CACHE_KIB))
        self._writes = _Lane("reservations-writes", self._execute)
        self._network = _Lane("reservations-network", self._execute)

    # The API ------------------------------------------------------------------------------
    def query(self, call: Callable[[], Any], on_success: Success | None = None,
              on_error: Failure | None = None, *, owner: QObject | None = None,
              long_job: bool = False) -> None:
        """Run a read on the read worker; `on_success(result)` on the GUI thread."""
        self._submit(_Op(call, on_success, on_error, owner, is_write=False, long_job=long_job))

    def write(self, call: Callable[[], Any], on_success: Success | None = None,
              on_error: Failure | None = None, *, initiator: object = None,
              owner: QObject | None = None, long_job: bool = False) -> None:
        """Run a write after the writes asked before it; then `changed` once."""
        self._submit(_Op(call, on_success, on_error, owner, True, initiator, long_job=long_job))

    def network(self, call: Callable[[], Any], on_success: Success | None = None,
                on_error: Failure | None = None, *, owner: QObject | None = None) -> None:
        """Run a call that waits on another server, one at a time on the network worker."""
        self._submit(_Op(call, on_success, on_error, owner, False, is_network=True))

    def background(self, call: Callable[[], Any], on_success: Success | None = None,
                   on_error: Failure | None = None, *, owner: QObject | None = None) -> None:
        """Run a long job of the desk's own (a whole-file check or copy) beside the reads and
        writes, on the same worker as `network`: seconds of it must not delay a hold."""
        self.network(call, on_success, on_error, owner=owner)

    def reload_everything(self, initiator: object = None) -> None:
        """The user asked to refresh: every view reloads as if everything had changed."""
        self._announce_when_current(Changes.everything(), initiator)

    def keep_current(self, area: str, read: Callable[[], Any],
                     keep: Callable[[Any], None]) -> None:
        """Call `keep(read())` for each change touching `area`, before it is announced; `read`
        runs on a worker."""
        self._cached = _Cached(area, read, keep)

    def watch(self, view: QWidget, areas: Iterable[str], reload: Callable[[], None], *,
              load_when_shown: bool = False) -> None:
        """Call `reload()` once per change touching `areas` while `view` is visible; a hidden
        view only marks itself stale and reloads when it is shown. `load_when_shown`: the
        view has not loaded yet either, so its first load waits until it is first shown."""
        _Watch(self, view, frozenset(areas), reload).stale = load_when_shown

    def guard_writes(self, *actions: QAction) -> None:
        """These actions write: they are turned off while the database is in trouble."""
        for action in actions:
            self.write_actions.addAction(action)

    def deliver_remote(self, changes: Changes) -> None:
        """Changes the live feed found; this runner's own are dropped (it announced them)."""
        others = self._without_own(changes)
        if others:
            self._announce_when_current(others, None)

    @property
    def trouble(self) -> str:
        return self._trouble

    def is_idle(self) -> bool:
        return not self._pending

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Finish what was asked (up to `timeout_s` each) and close the workers' connections."""
        self._ticker.stop()
        self._probe_timer.stop()
        for lane in (self._writes, self._reads, self._network):
            lane.stop(timeout_s)
        self._set_busy(False)

    # On the workers -----------------------------------------------------------------------
    def _execute(self, op_id: int, op: _Op) -> None:
        result: Any = None
        error: BaseException | None = None
        found: list[Change] = []
        op.running_since = time.monotonic()
        try:
            with report_waits(lambda: _kept_waiting(op)):
                if op.is_write or op.is_network:
                    with collecting(self._remember_own) as found:
                        result = op.call()
                else:
                    result = op.call()
        except BaseException as exc:  # delivered to the GUI thread, which decides
            error = exc
            if _is_trouble(exc):
                close_thread_connection()  # the next call starts on a fresh connection
        changes = Changes.of(found)
        self._finished.emit(op_id, result, error, changes, self._read_if_touched(changes))

    def _read_if_touched(self, changes: Changes) -> Any:
        cached = self._cached
        if cached is None or not changes.touches(cached.area):
            return _NOT_READ
        try:
            return cached.read()
        except Exception:  # committed all the same: the views reload with what was kept
            log.warning("reading %s again after a commit failed", cached.area, exc_info=True)
            return _NOT_READ

    def _remember_own(self, change: Change) -> None:
        with self._own_lock:
            self._own.append((change, time.monotonic() + OWN_ECHO_SECONDS))

    # On the GUI thread --------------------------------------------------------------------
    def _submit(self, op: _Op) -> None:
        self._next_id += 1
        self._pending[self._next_id] = op
        lane = self._network if op.is_network else self._writes if op.is_write else self._reads
        lane.submit(self._next_id, op)
        if not self._ticker.isActive():
            self._ticker.start()

    @Slot(int, object, object, object, object)
    def _on_finished(self, op_id: int, result: Any, error: BaseException | None,
                     changes: Changes, fresh: Any) -> None:
        if fresh is not _NOT_READ and self._cached is not None:
            self._cached.keep(fresh)
        op = self._pending.pop(op_id, None)
        self._update_state()
        if op is None:  # asked before a shutdown
            return
        if error is not None:
            self._failed(op, error)
            return
        if _alive(op.owner) and op.on_success is not None:
            op.on_success(result)
        if changes:
            self._announce_own(changes, op.initiator)

    def _announce_when_current(self, changes: Changes, initiator: object) -> None:
        """Announce `changes` (not this runner's own commits) once what they touch of the
        cached value has been read again."""
        cached = self._cached
        if cached is None or not changes.touches(cached.area):
            self.changed.emit(changes, initiator)
            return

        def announce(fresh: Any) -> None:
            cached.keep(fresh)
            self.changed.emit(changes, initiator)

        self.query(cached.read, announce, lambda _error: self.changed.emit(changes, initiator))

    def _announce_own(self, changes: Changes, initiator: object) -> None:
        self.changed.emit(changes, initiator)
        self.committed.emit(changes)

    def _failed(self, op: _Op, error: BaseException) -> None:
        if _is_trouble(error):
            self._enter_failing(error)
            if op.is_probe:
                return
            if not op.is_write:
                self._retry.append(op)  # what is on screen stays; it reloads once back
                return
        if isinstance(error, PeeweeException):
            error = DatabaseBusy(self.tr(
                "The database did not answer, so this was not saved. Nothing you typed is "
                "lost: try again once the message about the database is gone."))
        if not isinstance(error, DomainError):
            raise error  # a bug: the crash handler reports it
        if not _alive(op.owner):
            return
        if op.on_error is not None:
            op.on_error(error)
        else:
            self.failed.emit(error.message)

    def _enter_failing(self, error: BaseException) -> None:
        log.warning("database trouble: %s", error)
        self._failing = True
        if not self._probe_timer.isActive():
            self._probe_timer.start()
        self._update_state()

    @Slot()
    def _probe(self) -> None:
        """A write transaction that changes nothing: it succeeds once writes can succeed."""
        probe = _Op(_try_a_transaction, self._recovered, None, None, is_write=False,
                    is_probe=True)
        self._next_id += 1
        self._pending[self._next_id] = probe
        self._writes.submit(self._next_id, probe)

    def _recovered(self, _: object) -> None:
        log.info("the database answers again")
        self._failing = False
        retry, self._retry = self._retry, []
        for op in retry:
            op.started, op.running_since, op.kept_waiting = time.monotonic(), None, False
            self._submit(op)
        self._update_state()

    @Slot()
    def _update_state(self) -> None:
        desk = [op for op in self._pending.values() if not op.is_network]
        now = time.monotonic()
        waited_ms = max(((now - op.started) * 1000 for op in desk), default=0.0)
        self._set_busy(waited_ms >= BUSY_AFTER_MS)
        stalled_ms = _longest_run_ms(desk, now)
        if self._failing or stalled_ms >= UNREACHABLE_AFTER_MS:
            self._set_trouble(self._unreachable_text())
        elif stalled_ms >= WAITING_AFTER_MS:
            self._set_trouble(self.tr("Waiting for the database…"))
        else:
            self._set_trouble("")
        if not desk:
            self._ticker.stop()

    def _unreachable_text(self) -> str:
        if self._backend == "postgresql":
            return self.tr("Cannot reach the database server; retrying. What is on screen "
                           "stays; changes are off until it answers.")
        return self.tr("The database file is locked by another program; retrying. What is on "
                       "screen stays; changes are off until it is free.")

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if isinstance(QGuiApplication.instance(), QGuiApplication):
            if busy:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            else:
                QGuiApplication.restoreOverrideCursor()
        self.busy_changed.emit(busy)

    def _set_trouble(self, text: str) -> None:
        if text == self._trouble:
            return
        self._trouble = text
        self.write_actions.setEnabled(not text)
        self.trouble_changed.emit(text)

    def _without_own(self, changes: Changes) -> Changes:
        now = time.monotonic()
        with self._own_lock:
            self._own = [(c, until) for c, until in self._own if until > now]
            others = []
            for change in changes.items:
                mine = next((i for i, (c, _) in enumerate(self._own) if _same(c, change)), None)
                if mine is None:
                    others.append(change)
                elif self._own[mine][0].entity_id is not None:
                    del self._own[mine]  # one echo per change; a many-rows change may echo often
        return Changes.of(others)


def _longest_run_ms(ops: Iterable[_Op], now: float) -> float:
    """How long the longest-running call that should be quick has been running: a call
    queued behind another has not reached the database yet, and a long job is long by
    nature; neither says the database is in trouble, unless the job had to wait for it."""
    return max(((now - op.running_since) * 1000 for op in ops
                if op.running_since is not None and (not op.long_job or op.kept_waiting)),
               default=0.0)


def _kept_waiting(op: _Op) -> None:
    op.kept_waiting = True


def _same(own: Change, arrived: Change) -> bool:
    return own.action == arrived.action and own.entity == arrived.entity and (
        own.entity_id is None or own.entity_id == arrived.entity_id)


def _alive(owner: QObject | None) -> bool:
    return owner is None or Shiboken.isValid(owner)


def _try_a_transaction() -> None:
    with database.atomic():
        database.execute_sql("SELECT 1")


class _Watch(QObject):
    """Reloads a view on the changes it shows, at once when visible, else when next shown."""

    def __init__(self, ops: Operations, view: QWidget, areas: frozenset[str],
                 reload: Callable[[], None]) -> None:
        super().__init__(view)
        self._view, self._areas, self._reload = view, areas, reload
        self.stale = False
        ops.changed.connect(self._on_changed)
        view.installEventFilter(self)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*self._areas):
            return
        if self._view.isVisible():
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False
