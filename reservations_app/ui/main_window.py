"""The main window: menus, toolbar, status bar, the two tabs, and the hold-expiry timer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Booking
from reservations_app.paths import app_paths
from reservations_app.services.changeset import SETTINGS, Changes
from reservations_app.ui.admin_actions import build_admin_actions
from reservations_app.ui.booking.recurring_actions import RecurringActions
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.calendar.actions import CalendarActions
from reservations_app.ui.data.actions import DataActions
from reservations_app.ui.data.calendar_publisher import CalendarPublisher
from reservations_app.ui.data.reminder_sender import ReminderSender
from reservations_app.ui.data.reminders_status import RemindersStatus
from reservations_app.ui.language import LanguageDialog
from reservations_app.ui.live import LiveRefresh
from reservations_app.ui.lock import InactivityLock
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.models.formatting import local_dates
from reservations_app.ui.printing.actions import PrintActions
from reservations_app.ui.session import Session
from reservations_app.ui.steady_tabs import SteadyTabWidget

if TYPE_CHECKING:
    from reservations_app.services.maintenance import Swept
    from reservations_app.ui.calendar.tab import CalendarTab

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 10_000
DEFAULT_SWEEP_SECONDS = 30


class MainWindow(QMainWindow):
    holds_expired = Signal(int)  # how many holds the last sweep expired (only when > 0)
    switch_user_requested = Signal()  # from the lock screen: app.py signs the next user in

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 backup_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._backup_dir = backup_dir or app_paths().backup_dir
        self.setWindowTitle(window_title(session.actor.username))
        self.expiry_timer = QTimer(self)
        self.live = LiveRefresh(session, self)
        self._build_tabs()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        # Once the widgets are built: its filter sees every event of the application, and
        # building them sent thousands (two thirds of the start's), none of them input.
        self.inactivity_lock = InactivityLock(session, self)
        self._connect_signals()
        self._restore_settings()
        self._apply_sweep_interval()
        self.expiry_timer.start()
        self.reminder_sender.start()
        self.live.start()
        session.ops.guard_writes(*self._write_actions())

    # Building -----------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.tabs = SteadyTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Main tabs"))
        self.booking_tab = BookingTab(self.session, self.tabs)
        # The Calendar tab is built when first needed (calendar_tab): until then its page is
        # an empty stand-in, and its undo stack and actions wait for it in calendar_actions.
        self.calendar_actions = CalendarActions(self)
        self.calendar_actions.route_to(lambda: self.calendar_tab)
        self._calendar: CalendarTab | None = None
        self._calendar_stand_in = QWidget(self.tabs)
        self.tabs.addTab(self.booking_tab, self.tr("Booking"))
        self.tabs.addTab(self._calendar_stand_in, self.tr("Calendar"))
        self.tabs.setTabToolTip(0, self.tr("Find a client and book a slot (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Providers' availability (Ctrl+2)"))
        self.connection_banner = MessageBanner(self)
        self.trouble_banner = MessageBanner(self)
        self.trouble_banner.setObjectName("databaseTroubleBanner")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.trouble_banner)
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        style = self.style()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        stack = self.calendar_actions.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(_unique([QKeySequence("Ctrl+Shift+Z"),
                                               *QKeySequence.keyBindings(
                                                   QKeySequence.StandardKey.Redo)]))
        self.booking_view_action = self._action(self.tr("&Booking tab"), "Ctrl+1")
        self.calendar_view_action = self._action(self.tr("&Calendar tab"), "Ctrl+2")
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh)
        self.refresh_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"),
                                             QKeySequence.StandardKey.HelpContents)
        self.database_action = QAction(self.tr("&Database connection…"), self)
        self.about_action = QAction(self.tr("&About Reservations"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.lock_action = self._action(self.tr("&Lock screen"), "Ctrl+L")
        self.language_action = QAction(self.tr("&Language…"), self)
        self.admin = build_admin_actions(self.session, self, self._backup_dir)
        tab = self.booking_tab
        tab.confirm_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        tab.cancel_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton))

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        book, finder = self.booking_tab.book, self.booking_tab.finder
        self.printing = PrintActions(
            self.session, self, book.panel.day, book.panel.view.current_provider_id,
            lambda: client.id if (client := finder.current_client()) else None)
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_booking_menu()
        self._build_schedule_menu()
        self.data = DataActions(self.session, self)
        self.data_menu = self.data.menu(self)
        self.menuBar().addMenu(self.data_menu)
        self._build_admin_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addAction(self.database_action)
        self.file_menu.addSeparator()
        self.file_menu.addMenu(self.printing.menu(self))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)

    def _build_edit_menu(self) -> None:
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.booking_tab.find_client_action,
                                   self.booking_tab.new_client_action,
                                   self.booking_tab.edit_client_action,
                                   self.booking_tab.client_history_action])

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addActions([self.booking_view_action, self.calendar_view_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.language_action)

    def _build_booking_menu(self) -> None:
        tab = self.booking_tab
        picker = tab.picker
        self.booking_menu = self.menuBar().addMenu(self.tr("&Booking"))
        self.booking_menu.addActions([tab.hold_action, tab.confirm_action, tab.move_action,
                                      tab.cancel_action, tab.stop_move_action])
        self.booking_menu.addSeparator()
        self.booking_menu.addActions(tab.book.visit_actions.actions)
        self.booking_menu.addAction(self.printing.calls_action)
        self.booking_menu.addSeparator()
        self.recurring = RecurringActions(self.session, self)
        self.booking_menu.addActions(self.recurring.actions())
        self.booking_menu.addSeparator()
        self.booking_menu.addActions([picker.previous_day_action, picker.next_day_action,
                                      picker.today_action, picker.next_free_day_action])

    def _build_schedule_menu(self) -> None:
        calendar = self.calendar_actions
        self.schedule_menu = self.menuBar().addMenu(self.tr("&Schedule"))
        self.schedule_menu.addActions([calendar.new_provider, calendar.edit_provider])
        self.schedule_menu.addSeparator()
        self.schedule_menu.addActions([calendar.add_blocks, calendar.weekly_pattern,
                                       calendar.time_off])
        self.schedule_menu.addSeparator()
        self.schedule_menu.addActions([calendar.previous_week, calendar.today,
                                       calendar.next_week])
        # The Calendar tab comes forward for what was chosen from the menu, not for opening it:
        # a look at the menu (or Esc) leaves the Booking tab where it was.
        self.schedule_menu.triggered.connect(
            lambda _action: self.tabs.setCurrentWidget(self.calendar_tab))

    def _build_admin_menu(self) -> None:
        self.admin_menu = self.menuBar().addMenu(self.tr("&Admin"))
        self.admin_menu.addActions(self.admin.actions())
        self.visit_types_action = QAction(self.tr("&Visit types…"), self)
        self.visit_types_action.setEnabled(self.session.may(Permission.MANAGE_SETTINGS))
        self.visit_types_action.triggered.connect(self.edit_visit_types)
        self.admin_menu.addAction(self.visit_types_action)

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        tab = self.booking_tab
        self.toolbar.addActions([tab.new_client_action, tab.hold_action, tab.confirm_action,
                                 tab.move_action, tab.cancel_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([tab.picker.previous_day_action, tab.picker.today_action,
                                 tab.picker.next_day_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        actor = self.session.actor
        self.user_label = QLabel(self.tr("Signed in as {user} ({role})").format(
            user=actor.username, role=actor.role.value.replace("_", " ")), self)
        self.database_label = QLabel(self.tr("Database: {where}").format(
            where=self.session.target.display), self)
        for label in (self.user_label, self.database_label):
            label.setAccessibleName(label.text())
            self.statusBar().addPermanentWidget(label)
        self.reminders_status = RemindersStatus(self.session, self)
        self.statusBar().addPermanentWidget(self.reminders_status)
        self.calendar_publisher = CalendarPublisher(self.session, self)
        self.statusBar().addPermanentWidget(self.calendar_publisher.status)
        self.reminder_sender = ReminderSender(self.session, self.reminders_status, self)
        # A label of its own, so a slow call never wipes the message the status bar is showing.
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.setAccessibleName(self.busy_label.text())
        self.busy_label.hide()
        self.statusBar().insertPermanentWidget(0, self.busy_label)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.booking_view_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.calendar_view_action.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        self.refresh_action.triggered.connect(self.refresh_all)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.database_action.triggered.connect(self.edit_database_connection)
        self.about_action.triggered.connect(self.show_about)
        self.language_action.triggered.connect(lambda: LanguageDialog(self).exec())
        self.lock_action.triggered.connect(lambda: self.inactivity_lock.lock_now(manual=True))
        self.tabs.currentChanged.connect(self._build_calendar_when_shown)
        hint = self.booking_tab.waitlist_hint
        hint.show_requested.connect(self.recurring.show_matches)
        hint.free_time_settled.connect(self.recurring.follow_free_time)
        self.recurring.offered.connect(self.booking_tab.show_reservation)  # panel made on demand
        self.inactivity_lock.switch_user_requested.connect(self.switch_user_requested)
        self.live.connection_lost.connect(self._connection_lost)
        self.live.connection_restored.connect(self._connection_restored)
        self.expiry_timer.timeout.connect(self.sweep_expired_holds)
        ops = self.session.ops
        ops.changed.connect(self._on_changed)
        ops.trouble_changed.connect(self._show_trouble)
        ops.busy_changed.connect(self._show_busy)
        ops.failed.connect(self._show_failure)

    # Behaviour ----------------------------------------------------------------------------
    def _write_actions(self) -> list[QAction]:
        tab = self.booking_tab
        return [tab.new_client_action, tab.hold_action, tab.confirm_action, tab.move_action,
                tab.cancel_action, self.undo_action, self.redo_action,
                *self.calendar_actions.writes()]

    # The Calendar tab, built when first needed ---------------------------------------------
    @property
    def calendar_tab(self) -> CalendarTab:
        """The Calendar tab, built now if it was not yet: it is a third of the window's
        widgets and modules, which a start that stays on the Booking tab never needs."""
        if self._calendar is None:
            self._calendar = self._build_calendar_tab()
        return self._calendar

    def _build_calendar_tab(self) -> CalendarTab:
        from reservations_app.ui.calendar.tab import CalendarTab

        tab = CalendarTab(self.session, self.tabs, self.calendar_actions)
        tab.grid.booking_activated.connect(self._open_booking)
        stand_in = self._calendar_stand_in
        index, current = self.tabs.indexOf(stand_in), self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        blocked = self.tabs.blockSignals(True)  # the same page at the same index, built
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        _follow_in_tab_order(self.booking_tab, tab)
        return tab

    @Slot(int)
    def _build_calendar_when_shown(self, index: int) -> None:
        if self._calendar is None and self.tabs.widget(index) is self._calendar_stand_in:
            self._calendar = self._build_calendar_tab()

    @Slot(object)
    def _open_booking(self, booking: Booking) -> None:
        """A booking opened on the Calendar tab: the appointment book, on its day."""
        self.tabs.setCurrentWidget(self.booking_tab)
        self.booking_tab.open_booking(booking)

    @Slot()
    def sweep_expired_holds(self) -> None:
        """Ask the service to expire stale holds and lapse waitlist entries past their range;
        the timer only triggers, the service decides."""
        # Imported when first swept: it brings the waitlist and schedule services, which the
        # window's first paint does not need.
        from reservations_app.services import maintenance

        actor, now = self.session.actor, self.session.now()
        self.session.ops.write(lambda: maintenance.sweep(actor, now),
                               on_success=self._swept, on_error=self._sweep_failed,
                               owner=self)

    def _swept(self, swept: Swept) -> None:
        count = swept.expired
        if count:
            self.statusBar().showMessage(self.tr("%n hold(s) expired", "", count),
                                         STATUS_MESSAGE_MS)
            self.holds_expired.emit(count)

    def _sweep_failed(self, error: DomainError) -> None:
        self.statusBar().showMessage(local_dates(error.message), STATUS_MESSAGE_MS)

    def start_up_work(self, backup: Callable[[], object] | None = None) -> None:
        """What start-up leaves until the window is up: expire the holds that lapsed while no
        desk was open, and (`backup`) make the day's first backup, both on the runner."""
        self.sweep_expired_holds()
        self.calendar_publisher.start()
        if backup is not None:
            self.session.ops.background(backup, on_error=self._backup_failed, owner=self)
        from reservations_app.services import maintenance

        target = self.session.target
        self.session.ops.background(lambda: maintenance.check_health(target),
                                    on_success=self._show_damage, owner=self)

    def _show_damage(self, damage: str | None) -> None:
        """PRAGMA quick_check found the file damaged: say so, with what to do."""
        if damage:
            log.error("%s", damage)
            QMessageBox.warning(self, self.tr("The database is damaged"), damage)

    def _backup_failed(self, error: DomainError) -> None:
        log.warning("daily backup failed: %s", error.message)

    @Slot()
    def refresh_all(self) -> None:
        """Reload every view, as if everything had changed."""
        self.session.ops.reload_everything(self)
        self.statusBar().showMessage(self.tr("Refreshed"), 2000)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(SETTINGS):
            self._apply_sweep_interval()

    @Slot(str)
    def _show_trouble(self, text: str) -> None:
        if text:
            self.trouble_banner.show_message(text, Kind.WARNING)
        else:
            self.trouble_banner.clear()

    @Slot(bool)
    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    @Slot(str)
    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(local_dates(message), STATUS_MESSAGE_MS)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) once per key: a key that means one thing on each tab (Alt+Right:
        next day, next week) is one row naming both, each with its menu."""
        meanings: dict[str, list[str]] = {}
        for menu in self.menuBar().findChildren(QMenu):
            where = menu.title().replace("&", "")
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if not keys or action.isSeparator():
                    continue
                meaning = self.tr("{what} ({menu} menu)").format(
                    what=action.text().replace("&", "").rstrip("…"), menu=where)
                if meaning not in meanings.setdefault(keys, []):
                    meanings[keys].append(meaning)
        return [(keys, "; ".join(texts)) for keys, texts in meanings.items()]

    @Slot()
    def show_shortcuts(self) -> None:
        import html  # its entity table is ~0.5 MB: loaded when asked for, not at start

        rows = "".join(f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td>"
                       f"<td>{html.escape(what)}</td></tr>"
                       for keys, what in self.shortcut_rows())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    @Slot()
    def edit_visit_types(self) -> None:
        from reservations_app.ui.dialogs.visit_types import VisitTypesDialog  # not needed to start

        VisitTypesDialog(self.session, self).exec()

    @Slot()
    def edit_database_connection(self) -> None:
        from reservations_app.ui.dialogs.database import DatabaseDialog  # not needed to start

        dialog = DatabaseDialog(self)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Database connection"), self.tr(
                "The new connection is saved and is used the next time Reservations starts.")
                + "\n\n" + dialog.saved_message)

    @Slot()
    def show_about(self) -> None:
        # Imported when asked for: reading the bundled licences' metadata slows every start.
        from reservations_app.ui.dialogs.about import AboutDialog

        AboutDialog(self.session, self).exec()

    @Slot(str)
    def _connection_lost(self, reason: str) -> None:
        self.connection_banner.show_message(self.tr(
            "The connection to the database was lost ({reason}). Reconnecting… Changes made "
            "now may fail; try them again once this message is gone.").format(reason=reason),
            Kind.ERROR)

    @Slot()
    def _connection_restored(self) -> None:
        self.connection_banner.clear()
        self.statusBar().showMessage(self.tr("Reconnected to the database"), STATUS_MESSAGE_MS)

    @Slot()
    def _apply_sweep_interval(self) -> None:
        try:
            seconds = self.session.policy().sweep_seconds
        except DomainError:
            seconds = DEFAULT_SWEEP_SECONDS
        self.expiry_timer.setInterval(max(1, seconds) * 1000)

    # Remembered layout --------------------------------------------------------------------
    def _restore_settings(self) -> None:
        stored = QSettings()
        geometry = stored.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = stored.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            self._fit_screen()
        else:
            self._default_size()
        for splitter in self._named_splitters():
            saved = stored.value(f"splitters/{splitter.objectName()}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        tab = stored.value("window/tab", 0)
        self.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else 0)

    def _default_size(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width = min(1320, available.width() - 40) if available else 1280
        height = min(740, available.height() - 40) if available else 720
        self.resize(width, height)

    def _fit_screen(self) -> None:
        """A size saved on a bigger screen (or by a version that could not shrink) must not
        leave buttons and weekend days off this one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if self.width() > available.width() or self.height() > available.height():
            self.resize(min(self.width(), available.width()),
                        min(self.height(), available.height()))

    def _save_settings(self) -> None:
        stored = QSettings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        stored.setValue("window/tab", self.tabs.currentIndex())
        for splitter in self._named_splitters():
            stored.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())

    def _named_splitters(self) -> list[QSplitter]:
        """The splitters whose sizes are kept, by name. Asked for by hand: findChildren wraps
        each of the window's hundreds of objects for Python (6-25 ms and 0.3 MB at start)."""
        return self.booking_tab.remembered_splitters()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_settings()
        self.expiry_timer.stop()
        self.reminder_sender.stop()
        self.calendar_publisher.flush()  # the session's close waits for it a few seconds
        self.live.stop()
        self.session.close()
        super().closeEvent(event)


def window_title(username: str) -> str:
    """The app's name once, then who is signed in. Qt adds the application display name to
    every title that does not end with it, so app.py sets none (it read
    "Reservations — admin — Reservations")."""
    return QCoreApplication.translate("MainWindow", "Reservations — {user}").format(
        user=username)


def _tab_stops_within(widget: QWidget) -> list[QWidget]:
    """`widget`'s descendants that Tab can reach, in the window's focus chain order."""
    found: list[QWidget] = []
    current = widget.nextInFocusChain()
    while current is not None and widget.isAncestorOf(current):
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(current)
        current = current.nextInFocusChain()
    return found


def _follow_in_tab_order(before: QWidget, widget: QWidget) -> None:
    """Tab reaches `widget`'s controls straight after `before`'s, where a widget built with the
    window had them (a widget built later joins the focus chain at its end, after what was made
    since: the waitlist beside the tabs)."""
    last = (_tab_stops_within(before) or [before])[-1]
    for control in _tab_stops_within(widget):
        QWidget.setTabOrder(last, control)  # both take focus: Qt ignores the others
        last = control


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen
