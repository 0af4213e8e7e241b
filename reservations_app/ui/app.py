"""The composition root of the desktop app: paths, logging, clock, database, sign-in, window.

The only GUI module that reads the real clock; every screen gets `session.now()`.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from reservations_app import __version__, credentials
from reservations_app.assets import resource_path
from reservations_app.config import choose_database
from reservations_app.domain.access import Actor, Permission
from reservations_app.domain.errors import DomainError
from reservations_app.logs import configure_logging
from reservations_app.paths import APP_AUTHOR, APP_NAME, AppPaths, app_paths
from reservations_app.private_files import make_private, private_folder
from reservations_app.services import auth, demo, maintenance
from reservations_app.store.connect import Target, open_database
from reservations_app.ui.crash import install_excepthook
from reservations_app.ui.dialogs.database import move_legacy_setting
from reservations_app.ui.dialogs.demo import ask_for_demo, create_demo_with_progress
from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog
from reservations_app.ui.language import chosen_language, install_translators, locale_for
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Clock, Session, system_clock
from reservations_app.ui.settings_keys import sha256_hex

log = logging.getLogger(__name__)

SETTINGS_LAST_USER = "login/last_user"


def last_user_key(target: Target) -> str:
    """Where the last user name signed in to *this* database is remembered: another
    database has other accounts, and its last name would be a wrong guess (or a leak)."""
    where = sha256_hex(target.display)[:16]
    return f"{SETTINGS_LAST_USER}/{where}"


def run_gui(db_arg: str | None) -> int:
    """Open the desktop app; returns the process exit code."""
    app = _application()
    paths = app_paths()
    log_path = configure_logging(paths.log_dir)
    windows: list[MainWindow] = []  # the newest is the one in use (Switch user replaces it)
    crash_handler = install_excepthook(log_path, lambda: windows[-1] if windows else None)
    keep_settings_private()
    move_legacy_setting(paths)
    target = open_or_explain(db_arg, paths)
    if target is None:
        return 1
    workstation = socket.gethostname()
    actor = sign_in(workstation, system_clock, target)
    if actor is None:
        return 0
    session = Session(actor, target, system_clock)
    offer_demo(session)
    window = open_window(session, paths, workstation, windows)
    # Off the critical path: the sweep and the day's backup run on the runner once the window
    # is up, so neither the sign-in nor the first paint waits for a whole-file copy.
    QTimer.singleShot(0, partial(window.start_up_work, daily_backup(target, paths, system_clock)))
    try:
        return app.exec()
    finally:
        keep_settings_private()
        crash_handler.uninstall()


def open_window(session: Session, paths: AppPaths, workstation: str,
                windows: list[MainWindow]) -> MainWindow:
    """The main window for a signed-in user; its lock screen's Switch user replaces it."""
    window = MainWindow(session, backup_dir=paths.backup_dir)
    window.switch_user_requested.connect(
        lambda: switch_user(window, paths, workstation, windows))
    windows.append(window)
    window.show()
    return window


def switch_user(window: MainWindow, paths: AppPaths, workstation: str,
                windows: list[MainWindow]) -> MainWindow | None:
    """Sign the next person in on the same database and give them a fresh window. Cancelled,
    the old window stays as it was: covered and locked."""
    old = window.session
    actor = sign_in(workstation, old.now, old.target, window, remember_name=False)
    if actor is None:
        return None
    replacement = open_window(Session(actor, old.target, old.now), paths, workstation, windows)
    windows.remove(window)
    window.close()
    window.deleteLater()
    return replacement


def keep_settings_private() -> None:
    """Qt writes its settings file with the umask's mode; it names the desk's last user."""
    if os.name != "posix":
        return  # the registry on Windows, the user's own Library on macOS
    path = Path(QSettings().fileName())
    try:
        private_folder(path.parent)
        make_private(path)
    except OSError as exc:
        log.warning("cannot make %s private: %s", path, exc)


def _application() -> QApplication:
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    # No application display name: Qt would add it to every window title that does not end
    # with it, and the main window's reads "Reservations — user" (see main_window.window_title).
    app.setDesktopFileName("org.reservations.app")  # Wayland matches the window to its entry
    app.setWindowIcon(QIcon(str(resource_path("icons/app.png"))))
    # Before any window exists: every tr() from here on reads the user's language.
    install_translators(app, locale_for(chosen_language()))
    return app


def open_or_explain(db_arg: str | None, paths: AppPaths,
                    parent: QWidget | None = None) -> Target | None:
    """The database chosen by --db or the configuration (config.py), opened; or None after
    telling the user why it cannot be used."""
    try:
        url = choose_database(db_arg, paths).url
        # Only the default location is created unasked; elsewhere the folder must exist.
        return open_database(credentials.url_for_connecting(url), paths.backup_dir,
                             create_folder=url == paths.default_url)
    except DomainError as exc:
        log.warning("cannot open the database: %s", exc.message)
        QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open the database"),
                             exc.message)
        return None


def daily_backup(target: Target, paths: AppPaths, clock: Clock) -> Callable[[], None]:
    """The day's first backup, as a call for the runner; a failure is logged, never shown as
    a reason to stop working."""

    def run() -> None:
        try:
            made = maintenance.daily_backup(target, paths.backup_dir, clock())
        except (OSError, DomainError) as exc:
            log.warning("daily backup failed: %s", exc)
            return
        if made is not None:
            log.info("daily backup saved to %s", made)

    return run


def sign_in(workstation: str, clock: Clock, target: Target,
            parent: QWidget | None = None, *, remember_name: bool = True) -> Actor | None:
    """First start: create the administrator. Then ask who is at the desk. None: cancelled.
    `remember_name=False` (switching user) offers an empty name instead of the last one."""
    stored = QSettings()
    username = str(stored.value(last_user_key(target), "") or "") if remember_name else ""
    if not auth.has_users():
        first = FirstAdminDialog(clock, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.user is None:
            return None
        username = first.user.username
    login = LoginDialog(workstation, clock, target.display, username, parent)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    stored.setValue(last_user_key(target), login.actor.username)
    return login.actor


def offer_demo(session: Session, parent: QWidget | None = None) -> None:
    """An empty database: offer the demo clinic (to those allowed to set one up)."""
    try:
        empty = demo.is_empty()
    except DomainError:
        return
    allowed = session.may(Permission.MANAGE_PROVIDERS) and session.may(Permission.MANAGE_SETTINGS)
    if not empty or not allowed or not ask_for_demo(parent):
        return
    summary = create_demo_with_progress(session.actor, session.now(), parent)
    if summary is not None:
        log.info("demo clinic created: %s", summary)
