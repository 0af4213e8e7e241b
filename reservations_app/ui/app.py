"""The composition root of the desktop app: paths, logging, clock, database, sign-in, window.

The only GUI module that reads the real clock; every screen gets `session.now()`.

The first window is the sign-in dialog, on screen straight after QApplication and before
peewee, the services and the main window's modules are imported: this module imports them in
`PREPARATION`, in short slices on the GUI thread once the dialog is painted, while the user
types (a Sign in pressed before the database is open waits, busy, for the last slice). The
smoke test (ui/smoke.py) starts the same way.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import logging
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reservations_app import __version__, credentials
from reservations_app.assets import resource_path
from reservations_app.config import choose_database
from reservations_app.domain.errors import DomainError
from reservations_app.paths import APP_AUTHOR, APP_NAME, AppPaths, app_paths
from reservations_app.private_files import make_private, private_folder
from reservations_app.store.target import Target, parse_target
from reservations_app.ui.crash import install_excepthook
from reservations_app.ui.dialogs.database import LEGACY_SETTINGS_KEY, move_legacy_setting
from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog
from reservations_app.ui.language import chosen_language, install_translators, locale_for
from reservations_app.ui.settings_keys import sha256_hex

if TYPE_CHECKING:
    from reservations_app.domain.access import Actor
    from reservations_app.ui.main_window import MainWindow
    from reservations_app.ui.session import Clock, Session

log = logging.getLogger(__name__)

SETTINGS_LAST_USER = "login/last_user"
# The sign-in dialog's result when the database cannot be used (Accepted and Rejected are 1, 0).
UNUSABLE = 2

# What the main window needs, imported while the sign-in dialog waits for its user: one slice
# each, biggest subtrees first, so that no slice keeps the dialog from answering for long.
PREPARATION = ("reservations_app.store.connect", "reservations_app.services.auth",
               "reservations_app.ui.session", "reservations_app.services.booking",
               "reservations_app.ui.booking.appointment_book", "reservations_app.ui.booking.tab",
               "reservations_app.ui.calendar.tab", "reservations_app.ui.data.actions",
               "reservations_app.ui.main_window")


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def configure_logging(log_dir: Path) -> Path | None:
    from reservations_app import logs

    return logs.configure_logging(log_dir)


def workstation_name() -> str:
    """socket.gethostname(), without importing socket (and its enums) before the first window
    where the system says it as directly."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def last_user_key(target: Target) -> str:
    """Where the last user name signed in to *this* database is remembered: another
    database has other accounts, and its last name would be a wrong guess (or a leak)."""
    where = sha256_hex(target.display)[:16]
    return f"{SETTINGS_LAST_USER}/{where}"


def run_gui(db_arg: str | None) -> int:
    """Open the desktop app; returns the process exit code."""
    app = application()
    paths = app_paths()
    if QSettings().contains(LEGACY_SETTINGS_KEY):  # rare: its move is worth a log line
        configure_logging(paths.log_dir)
    move_legacy_setting(paths)
    chosen = choose_or_explain(db_arg, paths)
    if chosen is None:
        return 1
    bare_url, url = chosen
    workstation = workstation_name()
    login = show_sign_in(workstation, parse_target(url), system_clock)
    # The log file after the first window: logging.handlers imports socket, pickle and queue.
    log_path = configure_logging(paths.log_dir)
    windows: list[MainWindow] = []  # the newest is the one in use (Switch user replaces it)
    crash_handler = install_excepthook(log_path, lambda: windows[-1] if windows else None)
    keep_settings_private()
    # Only the default location is created unasked; elsewhere the folder must exist.
    opening = partial(open_or_explain, url, paths, login,
                      create_folder=bare_url == paths.default_url)
    target = prepare_while_signing_in(login, opening)
    if target is None:
        crash_handler.uninstall()
        return 1 if login.result() == UNUSABLE else 0
    actor = finish_sign_in(login, workstation, system_clock, target)
    login.deleteLater()  # closed by now; the session outlives it
    if actor is None:
        crash_handler.uninstall()
        return 0
    from reservations_app.ui.session import Session

    session = Session(actor, target, system_clock)
    offer_demo(session)
    window = open_window(session, paths, workstation, windows)
    # What start-up made (modules, classes, the window's widgets) lives as long as the app: kept
    # out of the collector's full passes, which walked it all and paused a day switch 16-40 ms.
    gc.freeze()
    # Off the critical path: the sweep and the day's backup run on the runner once the window
    # is up, so neither the sign-in nor the first paint waits for a whole-file copy.
    QTimer.singleShot(0, partial(window.start_up_work, daily_backup(target, paths, system_clock)))
    try:
        return app.exec()
    finally:
        keep_settings_private()
        crash_handler.uninstall()


def show_sign_in(workstation: str, target: Target, clock: Clock) -> LoginDialog:
    """The first window: the sign-in dialog, with the last name used on this database, on
    screen and painted, waiting for the database (`prepare_while_signing_in`)."""
    username = str(QSettings().value(last_user_key(target), "") or "")
    login = LoginDialog(workstation, clock, target.display, username)
    login.wait_for_database()
    login.show()
    run_pending_events()
    return login


def prepare_while_signing_in(login: LoginDialog,
                             open_target: Callable[[], Target | None]) -> Target | None:
    """Import what the main window needs and open the database, a slice at a time with the
    dialog's events handled in between; None when the database cannot be used (the dialog is
    closed then with the result UNUSABLE: `open_target` has told the user why), or when the
    user cancelled before it was opened: then it is not opened at all, so a cancelled first
    start makes no database and an older one is not migrated."""
    for module in PREPARATION[:1]:
        importlib.import_module(module)
        run_pending_events()
    if not login.isVisible():
        return None
    target = open_target()
    if target is None:
        login.done(UNUSABLE)
        return None
    run_pending_events()
    for module in PREPARATION[1:]:
        if not login.isVisible():
            break  # cancelled: the rest is not needed
        importlib.import_module(module)
        run_pending_events()
    return target


def finish_sign_in(login: LoginDialog, workstation: str, clock: Clock,
                   target: Target) -> Actor | None:
    """The database is open: a database without accounts replaces the dialog with the first
    administrator's; a Sign in pressed while waiting goes ahead now."""
    from reservations_app.services import auth

    if not login.isVisible():
        return None  # cancelled while the database was being opened
    if not auth.has_users():
        login.reject()
        return sign_in(workstation, clock, target)
    login.database_ready()
    if login.isVisible() and login.exec() != QDialog.DialogCode.Accepted:
        return None
    return _remember(login, target)


def _remember(login: LoginDialog, target: Target) -> Actor | None:
    if login.result() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    QSettings().setValue(last_user_key(target), login.actor.username)
    return login.actor


def run_pending_events() -> None:
    """Returns once the events already posted (a shown window's paint among them) are done."""
    idle = QEventLoop()
    QTimer.singleShot(0, idle.quit)
    idle.exec()


def open_window(session: Session, paths: AppPaths, workstation: str,
                windows: list[MainWindow]) -> MainWindow:
    """The main window for a signed-in user; its lock screen's Switch user replaces it."""
    from reservations_app.ui.main_window import MainWindow

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
    from reservations_app.ui.session import Session

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


def application() -> QApplication:
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


def choose_or_explain(db_arg: str | None, paths: AppPaths,
                      parent: QWidget | None = None) -> tuple[str, str] | None:
    """The database chosen by --db or the configuration (config.py): its URL, and the URL to
    connect with (the keyring's password added); or None after telling the user why it cannot
    be used."""
    try:
        bare = choose_database(db_arg, paths).url
        url = credentials.url_for_connecting(bare)
        parse_target(url)
    except DomainError as exc:
        configure_logging(paths.log_dir)
        _explain(exc, parent)
        return None
    return bare, url


def open_or_explain(url: str, paths: AppPaths, parent: QWidget | None = None, *,
                    create_folder: bool = False) -> Target | None:
    """The database at `url` opened (migrated, checked); or None after telling the user why
    it cannot be used."""
    from reservations_app.store.connect import open_database

    try:
        return open_database(url, paths.backup_dir, create_folder=create_folder)
    except DomainError as exc:
        _explain(exc, parent)
        return None


def _explain(exc: DomainError, parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox  # its enums cost the first window otherwise

    log.warning("cannot open the database: %s", exc.message)
    QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open the database"),
                         exc.message)


def daily_backup(target: Target, paths: AppPaths, clock: Clock) -> Callable[[], None]:
    """The day's first backup, as a call for the runner; a failure is logged, never shown as
    a reason to stop working."""

    def run() -> None:
        from reservations_app.services import maintenance

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
    from reservations_app.services import auth

    stored = QSettings()
    username = str(stored.value(last_user_key(target), "") or "") if remember_name else ""
    if not auth.has_users():
        first = FirstAdminDialog(clock, parent)
        try:
            if first.exec() != QDialog.DialogCode.Accepted or first.user is None:
                return None
            username = first.user.username
        finally:
            first.deleteLater()  # a parent (the locked window) would keep it otherwise
    login = LoginDialog(workstation, clock, target.display, username, parent)
    try:
        if login.exec() != QDialog.DialogCode.Accepted:
            return None
        return _remember(login, target)
    finally:
        login.deleteLater()


def ask_for_demo(parent: QWidget | None) -> bool:
    from reservations_app.ui.dialogs import demo as demo_dialogs

    return demo_dialogs.ask_for_demo(parent)


def offer_demo(session: Session, parent: QWidget | None = None) -> None:
    """An empty database: offer the demo clinic (to those allowed to set one up)."""
    from reservations_app.domain.access import Permission
    from reservations_app.services import demo
    from reservations_app.ui.dialogs.demo import create_demo_with_progress

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
