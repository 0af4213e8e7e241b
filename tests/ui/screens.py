"""Every window and dialog of the app, opened on the test clinic: the screens the language,
layout and accessibility tests walk. A new dialog belongs here."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from reservations_app.paths import AppPaths
from reservations_app.services import front_desk, printouts
from reservations_app.ui.booking.book_visit_dialog import BookVisitDialog
from reservations_app.ui.data.import_wizard import ImportWizard
from reservations_app.ui.data.mail_dialog import MailSettingsDialog
from reservations_app.ui.data.reports_window import ReportsWindow
from reservations_app.ui.dialogs.about import AboutDialog
from reservations_app.ui.dialogs.client import NewClientDialog
from reservations_app.ui.dialogs.client_history import ClientHistoryDialog
from reservations_app.ui.dialogs.database import DatabaseDialog
from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog
from reservations_app.ui.dialogs.provider import ProviderDialog
from reservations_app.ui.dialogs.users import AddUserDialog
from reservations_app.ui.language import LanguageDialog
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.printing.call_list_dialog import CallListDialog
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, Clinic

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 768


def _book_visit(session: Session, clinic: Clinic, parent: QWidget) -> BookVisitDialog:
    start = dt.datetime.combine(DAY, dt.time(14), tzinfo=dt.UTC)  # 09:00 in New York
    choices = front_desk.choices_at(session.actor, clinic.maya.id, start, session.now())
    return BookVisitDialog(clinic.maya, start, clinic.ann, choices, parent)


def _wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the calendar tab never loaded its providers"
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def every_dialog(window: MainWindow, session: Session, clinic: Clinic,
                 folder: Path) -> list[QWidget]:
    """Each one built (not shown) with the main window as its parent."""
    window.admin.open_users()
    window.admin.open_clinic_settings()
    window.admin.open_audit_trail()
    window.tabs.setCurrentWidget(window.calendar_tab)
    _wait_until(lambda: window.calendar_tab.current_provider() is not None)  # loads when shown
    actions = window.calendar_tab.schedule_actions
    paths = AppPaths(data_dir=folder / "data", log_dir=folder / "log",
                     config_dir=folder / "config", system_config=folder / "system.toml")
    screens: list[QWidget | None] = [
        window.admin.users_dialog, window.admin.settings_dialog, window.admin.audit_view,
        actions.add_blocks(), actions.weekly_pattern(), actions.time_off(),
        NewClientDialog(session, "", window), ClientHistoryDialog(session, clinic.ann.id, window),
        ProviderDialog(session, None, window), ProviderDialog(session, clinic.maya, window),
        AboutDialog(session, window, log_dir=folder), AddUserDialog(session, window),
        ImportWizard(session, window), MailSettingsDialog(session, window),
        ReportsWindow(session, window), LanguageDialog(window),
        FirstAdminDialog(session.now, window),
        LoginDialog("front-desk-1", session.now, session.target.display, "admin", window),
        DatabaseDialog(window, paths), _book_visit(session, clinic, window),
        CallListDialog(session, printouts.call_list(session.actor, session.now()), None, window)]
    for screen in screens:
        assert screen is not None
    return [screen for screen in screens if screen is not None]
