"""The composition root of the desktop app: paths, logging, clock, database, sign-in, window.

The only GUI module that reads the real clock; every screen gets `session.now()`.

The first window is the sign-in dialog (the first administrator's on a SQLite file that surely
has no accounts yet), on screen straight after QApplication and before peewee, the services and
the main window's modules are imported. While the user types, the modules in `PREPARATION` are
imported in short slices on the GUI thread and the database is opened, migrated and checked on
a thread of its own (ui/signing_in.py, ui/opening.py): a button pressed before it is open
waits for it. The smoke test (ui/smoke.py) shows its first window the same way.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reservations_app import __version__, credentials
from reservations_app.assets import resource_path
from reservations_app.config import choose_database
from reservations_app.domain.errors import DomainError
from reservations_app.paths import APP_AUTHOR, APP_NAME, AppPaths, app_paths
from reservations_app.private_files import make_private, private_folder
from reservations_app.store.first_look import surely_without_users
from reservations_app.store.target import Target, parse_target
from reservations_app.ui.collector import collect_on_gui_thread
from reservations_app.ui.crash import install_excepthook
from reservations_app.ui.dialogs.login import (
    FirstAdminDialog,
    LazyRunner,
    LoginDialog,
    RunnerSource,
)
from reservations_app.ui.language import chosen_language, install_translators, locale_for
from reservations_app.ui.settings_keys import LEGACY_SETTINGS_KEY, sha256_hex
from reservations_app.ui.signing_in import StartSignIn, explain, run_pending_events

if TYPE_CHECKING:
    from reservations_app.domain.access import Actor
    from reservations_app.ui.main_window import MainWindow
    from reservations_app.ui.session import Clock, Session

log = logging.getLogger(__name__)

SETTINGS_LAST_USER = "login/last_user"

# What the main window needs, imported while the sign-in dialog waits for its user: one slice
# each, biggest subtrees first, so that no slice keeps the dialog from answering for long. The
# first two are what the opening thread uses (signing_in.NEEDED_BY_THE_OPENING).
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
        # The connection dialog's module, only for this: its import cost every first window.
        from reservations_app.ui.dialogs.database import move_legacy_setting

        move_legacy_setting(paths)
    chosen = choose_or_explain(db_arg, paths)
    if chosen is None:
        return 1
    bare_url, url = chosen
    workstation = workstation_name()
    given = parse_target(url)
    runner = LazyRunner(given.backend)  # the sign-in's, then the session's
    dialog = show_sign_in(workstation, given, system_clock, runner)
    # The log file after the first window: logging.handlers imports socket, pickle and queue.
    log_path = configure_logging(paths.log_dir)
    windows: list[MainWindow] = []  # the newest is the one in use (Switch user replaces it)
    crash_handler = install_excepthook(log_path, lambda: windows[-1] if windows else None)
    keep_settings_private()
    from reservations_app.ui.opening import DatabaseOpening  # after the first window

    # Only the default location is created unasked; elsewhere the folder must exist.
    opening = DatabaseOpening(given, paths.backup_dir,
                              create_folder=bare_url == paths.default_url)
    start = StartSignIn(dialog, opening, workstation, system_clock, given,
                        remembered_name(given))
    actor = start.run(PREPARATION)
    target = start.target
    if actor is None or target is None:
        runner.shut_down()
        crash_handler.uninstall()
        return 1 if start.unusable else 0
    QSettings().setValue(last_user_key(target), actor.username)
    from reservations_app.ui.session import Session

    session = Session(actor, target, system_clock, ops=runner.take())
    session.load_policy()
    window = open_window(session, paths, workstation, windows)
    offer_demo(session, window)
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


def show_sign_in(workstation: str, target: Target, clock: Clock,
                 runner: RunnerSource) -> LoginDialog | FirstAdminDialog:
    """The first window, on screen and painted, waiting for the database: the sign-in dialog
    with the last name used on this database, or the first administrator's where a look at
    the SQLite file (no peewee, no waiting) finds surely no accounts yet. Its buttons' calls
    go through `runner`."""
    dialog: LoginDialog | FirstAdminDialog
    if target.path is not None and surely_without_users(target.path):
        dialog = FirstAdminDialog(clock, runner)
    else:
        dialog = LoginDialog(workstation, clock, runner, target.display,
                             remembered_name(target))
    dialog.wait_for_database()
    dialog.show()
    run_pending_events()
    return dialog


def remembered_name(target: Target) -> str:
    return str(QSettings().value(last_user_key(target), "") or "")


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
    actor = sign_in(workstation, old.now, old.target, lambda: old.ops, window)
    if actor is None:
        return None
    session = Session(actor, old.target, old.now)
    session.load_policy()  # on the runner, as at the start: the window's first paint asks
    replacement = open_window(session, paths, workstation, windows)
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
    collect_on_gui_thread(app)  # never on a runner's worker: see ui/collector.py
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
        explain(exc, parent)
        return None
    return bare, url


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


def sign_in(workstation: str, clock: Clock, target: Target, runner: RunnerSource,
            parent: QWidget | None = None) -> Actor | None:
    """The next person at the desk signs in (Switch user), with an empty name: the last one
    belongs to whoever signed in before. None: cancelled. There are accounts (someone was
    signed in, and the last administrator cannot be removed), so no first administrator."""
    login = LoginDialog(workstation, clock, runner, target.display, "", parent)
    try:
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return None
        QSettings().setValue(last_user_key(target), login.actor.username)
        return login.actor
    finally:
        login.deleteLater()  # a parent (the locked window) would keep it otherwise


def ask_for_demo(parent: QWidget | None) -> bool:
    from reservations_app.ui.dialogs import demo as demo_dialogs

    return demo_dialogs.ask_for_demo(parent)


def offer_demo(session: Session, window: QWidget) -> None:
    """An empty database: offer the demo clinic (to those allowed to set one up), over the
    main window, which shows it once made."""
    from reservations_app.domain.access import Permission
    from reservations_app.services import demo

    allowed = session.may(Permission.MANAGE_PROVIDERS) and session.may(Permission.MANAGE_SETTINGS)
    if allowed:
        session.ops.query(demo.is_empty, partial(_ask_for_demo_if, session, window),
                          lambda _error: None, owner=window)


def _ask_for_demo_if(session: Session, window: QWidget, empty: bool) -> None:
    from reservations_app.ui.dialogs.demo import create_demo_with_progress

    if not empty or not ask_for_demo(window):
        return
    summary = create_demo_with_progress(session, window)  # a write: the views hear of it
    if summary is not None:
        log.info("demo clinic created: %s", summary)
