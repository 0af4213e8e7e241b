"""An unhandled exception in the GUI (a bug, not bad input): write it with its traceback to the
log, tell the receptionist what happened and where the log is, and keep the app running.

Qt calls `sys.excepthook` for an exception that escapes a slot or an event handler and then
carries on with its event loop, so the window stays usable; the handler only has to report."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

ParentGetter = Callable[[], QWidget | None]
# (parent, message, details) -> shows them; the default is a non-modal QMessageBox.
Notifier = Callable[[QWidget | None, str, str], None]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler(QObject):
    def __init__(self, log_path: Path | None, parent_getter: ParentGetter,
                 notify: Notifier | None = None) -> None:
        super().__init__()
        self._log_path = log_path
        self._parent_getter = parent_getter
        self._notify = notify or self._show_dialog
        self._previous: ExceptHook = sys.excepthook
        self.dialog: QMessageBox | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        log.critical("unhandled exception in the GUI", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        try:
            self._notify(self._parent_getter(), self.message(error), details)
        except Exception:  # reporting must never raise from inside the hook itself
            log.exception("could not show the crash dialog")

    def message(self, error: BaseException) -> str:
        what = f"{type(error).__name__}: {error}".strip().rstrip(":")
        where = (self.tr("The details were written to the log file {path}.")
                 .format(path=self._log_path) if self._log_path
                 else self.tr("The details could not be written to a log file."))
        return "\n\n".join((
            self.tr("Something went wrong inside Reservations: {what}").format(what=what),
            self.tr("The app is still running, but the last action may not have finished. "
                    "Check its result before you go on, and tell IT if this happens again."),
            where))

    def _show_dialog(self, parent: QWidget | None, message: str, details: str) -> None:
        """Non-modal, one at a time: a bug that repeats (say, in a paint handler) logs every
        time but does not stack up dialogs."""
        if self.dialog is not None and self.dialog.isVisible():
            return
        # Imported here: the first touch of the Qt namespace builds its hundred enums (tens of
        # ms), and this module is loaded before the app's first window (ui/app.py).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("Reservations: unexpected error"),
                             message, QMessageBox.StandardButton.Close, parent)
        dialog.setDetailedText(details)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.show()

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None


def install_excepthook(log_path: Path | None, parent_getter: ParentGetter,
                       notify: Notifier | None = None) -> CrashHandler:
    """Report unhandled exceptions from now on; keep the returned handler alive (the app's
    composition root holds it) and call `uninstall()` to put the previous hook back."""
    handler = CrashHandler(log_path, parent_getter, notify)
    handler.install()
    return handler
