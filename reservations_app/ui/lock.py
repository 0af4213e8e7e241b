"""Lock the app after a spell without keyboard or mouse input, until the password is typed again.

Entry point: `InactivityLock(session, window)`. It watches input on the whole QApplication, and
after `lock_minutes` (a clinic setting) of quiet it covers every open window with an opaque
cover, so no patient's name stays on an unattended screen, and opens a modal dialog asking the
signed-in user's password. Nothing is closed or reset: windows, dialogs and half-typed forms are
exactly as they were once the right password is given. Every unlock attempt is audited
(`auth.unlock`); failed ones do not lock the account, since the user is already signed in.

The QTimer only triggers a check; the decision reads `session.now()`, so tests advance a fake
clock instead of waiting.
"""

from __future__ import annotations

import datetime as dt
import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.services import auth
from reservations_app.services.changeset import SETTINGS, Changes
from reservations_app.ui.session import Session

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 5_000
# The application-wide filter puts every event of the app through Python. Installed with the
# window, it saw the ~1,700 events of its first show and load (none of them input), each
# wrapping its Qt object for Python: ~1 MB and tens of ms before the day was on screen. Input
# in the window's first two seconds cannot matter to a lock counted in minutes (the idle time
# counts from the lock's start), so the filter comes a moment after the first paint.
WATCH_INPUT_AFTER_MS = 2_000
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
})


class _Cover(QWidget):
    """An opaque sheet over one window: hides what is on it without touching it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        window.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False


class LockDialog(QDialog):
    """Asks the signed-in user's password; only the right one closes it."""

    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 manual: bool = False) -> None:
        super().__init__(parent)
        self._session = session
        self._may_close = False
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Reservations is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(380)
        why = self.tr("The screen was locked.") if manual else self.tr(
            "The screen was locked after a while without use.")
        self.message = QLabel(self.tr(
            "{why} Enter the password of {user} to continue where you left off, or sign "
            "in as someone else with Switch user.").format(why=why,
                                                           user=session.actor.username))
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.switch_button = self.buttons.addButton(self.tr("&Switch user…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.switch_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.password, self.error, self.buttons):
            layout.addWidget(widget)
        self._connect_signals()

    def _connect_signals(self) -> None:
        # Return in the password field presses the default button: one attempt, not two.
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_user_requested)

    @Slot()
    def try_unlock(self) -> None:
        """The password check (slow by design) runs on the runner's write worker, as it
        audits the attempt; Unlock is off until it answers."""
        if not self.unlock_button.isEnabled():
            return
        typed, actor, now = self.password.text(), self._session.actor, self._session.now()
        self.password.clear()
        self.unlock_button.setEnabled(False)
        self._session.ops.write(lambda: auth.unlock(actor, typed, now), self._checked,
                                self._refused, initiator=self, owner=self)

    def _refused(self, error: DomainError) -> None:
        self.unlock_button.setEnabled(True)
        self.error.setText(error.message)

    def _checked(self, ok: bool) -> None:
        self.unlock_button.setEnabled(True)
        if not ok:
            self.error.setText(self.tr("Wrong password. Try again."))
            self.password.setFocus()
            return
        self.error.clear()
        self._may_close = True
        self.accept()
        self.unlocked.emit()

    def reject(self) -> None:
        """Escape and the window manager's close do not unlock."""
        if self._may_close:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()


class InactivityLock(QObject):
    """Installs itself on the QApplication; locks `window` (and every other open window)
    after the clinic's `lock_minutes` without input."""

    window_locked = Signal()
    window_unlocked = Signal()
    # Someone else wants the desk: the app signs them in and replaces the window, which stays
    # covered (and locked) until they have.
    switch_user_requested = Signal()

    def __init__(self, session: Session, window: QWidget, parent: QObject | None = None, *,
                 check_interval_ms: int = CHECK_INTERVAL_MS,
                 watch_input_after_ms: int = WATCH_INPUT_AFTER_MS) -> None:
        super().__init__(parent or window)
        self._session = session
        self._window = window
        self._last_input = session.now()
        self._idle_limit = self._read_limit(dt.timedelta(minutes=10))
        self._covers: list[_Cover] = []
        self.dialog: LockDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._watching = False
        self._connect_signals()
        if watch_input_after_ms > 0:
            QTimer.singleShot(watch_input_after_ms, self, self._watch_input)
        else:
            self._watch_input()
        self._timer.start()

    @Slot()
    def _watch_input(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.check_idle)
        self._session.ops.changed.connect(self._on_changed)

    @property
    def watching_input(self) -> bool:
        """Whether input on the application postpones the lock yet (WATCH_INPUT_AFTER_MS)."""
        return self._watching

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    @property
    def idle_limit(self) -> dt.timedelta:
        return self._idle_limit

    def _read_limit(self, fallback: dt.timedelta) -> dt.timedelta:
        try:
            return dt.timedelta(minutes=self._session.policy().lock_minutes)
        except Exception:  # a busy or vanished database must not unlock or crash the screen
            log.warning("could not read lock_minutes; keeping %s", fallback, exc_info=True)
            return fallback

    @Slot()
    def reload_setting(self) -> None:
        self._idle_limit = self._read_limit(self._idle_limit)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(SETTINGS):
            self.reload_setting()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.is_locked:
            self._last_input = self._session.now()
        return False

    @Slot()
    def check_idle(self) -> None:
        if not self.is_locked and self._session.now() - self._last_input >= self._idle_limit:
            self.lock_now(manual=False)

    @Slot()
    def lock_now(self, manual: bool = True) -> None:
        """Lock at once: by hand (the "Lock screen" action), or after the idle time."""
        if self.is_locked:
            return
        self._covers = [_Cover(window) for window in QApplication.topLevelWidgets()
                        if window.isVisible() and not isinstance(window, LockDialog)]
        self.dialog = LockDialog(self._session, self._window, manual=manual)
        self.dialog.unlocked.connect(self._on_unlocked)
        self.dialog.switch_user_requested.connect(self.switch_user_requested)
        self.dialog.show()  # not open(): that would make it modal to one window only
        self.dialog.password.setFocus()
        self.window_locked.emit()

    @Slot()
    def _on_unlocked(self) -> None:
        for cover in self._covers:
            if shiboken6.isValid(cover):  # a window closed while locked took its cover along
                cover.deleteLater()
        self._covers = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._last_input = self._session.now()
        self.window_unlocked.emit()
