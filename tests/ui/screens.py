"""Every window and dialog of the app, opened on the test clinic: the screens the language,
layout, focus and accessibility tests walk. A new dialog belongs here."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from reservations_app.domain.model import Role, User
from reservations_app.paths import AppPaths
from reservations_app.services import blocks, front_desk, printouts, visit_types
from reservations_app.services import booking as booking_service
from reservations_app.ui.admin_actions import WorkingNote
from reservations_app.ui.booking.book_visit_dialog import BookVisitDialog
from reservations_app.ui.booking.series_dialog import SeriesDialog
from reservations_app.ui.booking.waitlist_entry_dialog import WaitlistEntryDialog
from reservations_app.ui.data.import_wizard import ImportWizard
from reservations_app.ui.data.mail_dialog import MailSettingsDialog
from reservations_app.ui.data.reports_window import ReportsWindow
from reservations_app.ui.dialogs.about import AboutDialog
from reservations_app.ui.dialogs.cancel import CancelReservationDialog
from reservations_app.ui.dialogs.client import NewClientDialog
from reservations_app.ui.dialogs.client_edit import EditClientDialog
from reservations_app.ui.dialogs.client_history import ClientHistoryDialog
from reservations_app.ui.dialogs.database import DatabaseDialog
from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog
from reservations_app.ui.dialogs.provider import ProviderDialog
from reservations_app.ui.dialogs.users import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from reservations_app.ui.dialogs.visit_types import VisitTypesDialog
from reservations_app.ui.language import LanguageDialog
from reservations_app.ui.lock import LockDialog
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.printing.call_list_dialog import CallListDialog
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, Clinic

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 768


def _book_visit(session: Session, clinic: Clinic, parent: QWidget) -> BookVisitDialog:
    start = dt.datetime.combine(DAY, dt.time(14), tzinfo=dt.UTC)  # 09:00 in New York
    choices = front_desk.choices_at(session.actor, clinic.maya.id, start, session.now())
    return BookVisitDialog(clinic.maya, start, clinic.ann, choices, parent)


def _waitlist_entry(session: Session, clinic: Clinic, parent: QWidget) -> WaitlistEntryDialog:
    types = visit_types.list_types(session.actor)
    return WaitlistEntryDialog([clinic.ann, clinic.bob], types, [clinic.maya, clinic.sofia],
                               DAY, parent)


def _cancel(session: Session, clinic: Clinic, parent: QWidget) -> CancelReservationDialog:
    start = dt.datetime.combine(DAY, dt.time(14), tzinfo=dt.UTC)
    held = booking_service.hold(session.actor, clinic.ann.id, clinic.maya.id, start,
                                session.now())
    booking = booking_service.get_booking(session.actor, held.id)
    return CancelReservationDialog(booking, parent)


def main_screens(window: MainWindow) -> Iterator[str]:
    """Shows each tab of the main window in turn (each view of the booking tab too), with the
    waitlist docked beside them, and names what is showing."""
    window.recurring.waitlist_dock.show()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        views = window.booking_tab.views
        inner = range(views.count()) if window.tabs.currentWidget() is window.booking_tab \
            else [None]
        for view in inner:
            if view is not None:
                views.setCurrentIndex(view)
            QCoreApplication.processEvents()
            yield f"{window.tabs.tabText(tab)}/{view}"


def _wait_until(condition: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the screens' data did not load in time"
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def every_dialog(window: MainWindow, session: Session, clinic: Clinic,
                 folder: Path) -> list[QWidget]:
    """Each one built (not shown) with the main window as its parent."""
    window.admin.open_users()
    window.admin.open_clinic_settings()
    window.admin.open_audit_trail()
    window.tabs.setCurrentWidget(window.calendar_tab)
    # the calendar reads its providers on the runner: its dialogs need one chosen
    _wait_until(lambda: session.ops.is_idle()
                and window.calendar_tab.current_provider() is not None)
    actions = window.calendar_tab.schedule_actions
    paths = AppPaths(data_dir=folder / "data", log_dir=folder / "log",
                     config_dir=folder / "config", system_config=folder / "system.toml")
    user = User(1, "front-desk-1", Role.FRONT_DESK)  # the dialogs only show it
    screens: list[QWidget | None] = [
        window.admin.users_dialog, window.admin.settings_dialog, window.admin.audit_view,
        actions.add_blocks(), actions.weekly_pattern(), actions.time_off(),
        actions.edit_block(blocks.blocks_on(clinic.maya.id, DAY, DAY)[0]),
        NewClientDialog(session, "", window), ClientHistoryDialog(session, clinic.ann.id, window),
        ProviderDialog(session, None, window), ProviderDialog(session, clinic.maya, window),
        AboutDialog(session, window, log_dir=folder), AddUserDialog(session, window),
        ImportWizard(session, window), MailSettingsDialog(session, window),
        ReportsWindow(session, window), LanguageDialog(window),
        FirstAdminDialog(session.now, lambda: session.ops, window),
        LoginDialog("front-desk-1", session.now, lambda: session.ops, session.target.display,
                    "admin", window),
        DatabaseDialog(window, paths), _book_visit(session, clinic, window),
        CallListDialog(session, printouts.call_list(session.actor, session.now()), None, window),
        SeriesDialog(session, window), _waitlist_entry(session, clinic, window),
        EditClientDialog(session, clinic.ann, window), VisitTypesDialog(session, window),
        ChangeRoleDialog(session, user, window), ResetPasswordDialog(session, user, window),
        LockDialog(session, window), _cancel(session, clinic, window),
        WorkingNote("Restore from a backup", "Restoring the backup clinic.sqlite3…\n"
                    "Reservations closes when it is done.", window)]
    for screen in screens:
        assert screen is not None
    return [screen for screen in screens if screen is not None]
