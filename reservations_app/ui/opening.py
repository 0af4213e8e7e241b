"""The desk's database opened (connected, migrated, checked) on a thread of its own while the
first dialog takes keys (ui/app.py): a silent server (up to 5 s per try) or a file another
program holds locked never freezes the dialog, and Cancel works at any moment.

The thread owns only its connection, which it closes before it reports: peewee keeps one
connection per thread, so the GUI thread and the runner's workers (ui/ops.py) each open their
own later. It tries until the database opens or is refused for good, saying meanwhile what it
waits for; `stop()` ends the retries (a try under way finishes on its own, and its result is
dropped). The thread is a daemon: a cancelled start does not wait for a server to time out.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot

from reservations_app.store.target import Target

log = logging.getLogger(__name__)

WAITING_AFTER_MS = 1_000  # as the runner's: a quick open shows nothing
RETRY_AFTER_S = 2.0


@dataclass(frozen=True)
class Opened:
    target: Target
    has_users: bool


class DatabaseOpening(QObject):
    """Open `url` once `start()` is called; exactly one of `opened`, `refused` or `crashed`
    follows, unless `stop()` came first."""

    opened = Signal(object)  # Opened
    refused = Signal(object)  # DomainError: this database cannot be used; its message says why
    crashed = Signal(object)  # any other exception: a bug, for the crash handler
    # What the dialog says while it waits (empty once open), and whether it is trouble (the
    # database is locked or out of reach) rather than a wait.
    trouble_changed = Signal(str, bool)

    _tried = Signal(object, object)  # Opened or None, the exception or None
    _retrying = Signal(object)  # the exception of a try worth repeating

    def __init__(self, target: Target, backup_dir: Path, *, create_folder: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._backup_dir = backup_dir
        self._create_folder = create_folder
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self._trouble = ""
        self._waiting = QTimer(self, singleShot=True, interval=WAITING_AFTER_MS)
        self._waiting.timeout.connect(self._say_waiting)
        # Emitted on the opening thread, so queued to this object's (the GUI) thread. Qt's
        # ConnectionType is not named: `Qt` costs the first window its whole enum namespace.
        self._tried.connect(self._on_tried)
        self._retrying.connect(self._on_retrying)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._open_until_done, name="reservations-open",
                                        daemon=True)
        self._thread.start()
        self._waiting.start()

    def stop(self) -> None:
        """No more tries, and no report of the one under way."""
        self._stopped.set()
        self._waiting.stop()

    def wait(self, timeout_s: float) -> bool:
        """Whether the thread has ended within `timeout_s` (for tests and a tidy exit)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
        return self._thread is None or not self._thread.is_alive()

    @property
    def trouble(self) -> str:
        return self._trouble

    # On the thread ------------------------------------------------------------------------
    def _open_until_done(self) -> None:
        from reservations_app.store import connect

        while not self._stopped.is_set():
            try:
                opened = self._open_once()
            except Exception as exc:  # delivered to the GUI thread, which decides
                if not connect.worth_retrying(exc):
                    self._report(self._tried, None, exc)
                    return
                log.warning("cannot open the database yet: %s", exc)
                self._report(self._retrying, exc)
                self._stopped.wait(RETRY_AFTER_S)
                continue
            self._report(self._tried, opened, None)
            return

    def _open_once(self) -> Opened:
        from reservations_app.services import auth
        from reservations_app.store import connect

        try:
            target = connect.open_database(self._target.url, self._backup_dir,
                                           create_folder=self._create_folder)
            return Opened(target, auth.has_users())
        finally:
            connect.close_database()  # this thread's connection only: the others open theirs

    def _report(self, signal: SignalInstance, *args: object) -> None:
        if self._stopped.is_set():
            return  # cancelled: nobody waits for it
        try:
            signal.emit(*args)
        except RuntimeError:  # the start was torn down meanwhile
            log.debug("the opening's report found nobody", exc_info=True)

    # On the GUI thread --------------------------------------------------------------------
    @Slot(object, object)
    def _on_tried(self, opened: Opened | None, error: BaseException | None) -> None:
        if self._stopped.is_set():
            return
        self._waiting.stop()
        self._set_trouble("", trouble=False)
        from reservations_app.domain.errors import DomainError

        if opened is not None:
            self.opened.emit(opened)
        elif isinstance(error, DomainError):
            self.refused.emit(error)
        else:
            self.crashed.emit(error)

    @Slot(object)
    def _on_retrying(self, error: BaseException) -> None:
        if self._stopped.is_set():
            return
        self._waiting.stop()
        self._set_trouble(self._unreachable_text(error), trouble=True)

    @Slot()
    def _say_waiting(self) -> None:
        if not self._trouble:
            self._set_trouble(self.tr("Waiting for the database…"), trouble=False)

    def _unreachable_text(self, error: BaseException) -> str:
        if self._target.backend == "postgresql":
            from reservations_app.domain.errors import DomainError

            reason = error.message if isinstance(error, DomainError) else str(error)
            return self.tr("Cannot reach the database server; retrying. {reason}").format(
                reason=reason)
        return self.tr("The database file is locked by another program; retrying. You can "
                       "sign in once it is free.")

    def _set_trouble(self, text: str, *, trouble: bool) -> None:
        if text != self._trouble:
            self._trouble = text
            self.trouble_changed.emit(text, trouble)
