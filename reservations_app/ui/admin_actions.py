"""The administrator's menu actions: Audit trail, Users, Clinic settings…, Back up now…,
Restore from backup….

Entry point: `build_admin_actions(session, window, backup_dir)` returns an `AdminActions`
whose `.actions()` go into a menu. Each is disabled for a role that may not use it (and the
services refuse such a role anyway).

After a restore, Reservations closes and must be started again. The restored database may
hold other accounts and roles than the one signed in, and every open screen shows data of the
replaced database; a fresh start with a fresh sign-in is the one state we know is right. The
restore service has already reopened the database on the restored file, and writes its audit
row there. `after_restore` replaces the default quit (the main window may prefer to return to
its login dialog), and `database_restored` tells anyone interested where the replaced database
was kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DomainError
from reservations_app.services import maintenance
from reservations_app.ui.audit_view import AuditView, show_audit_window
from reservations_app.ui.dialogs.users import UsersDialog
from reservations_app.ui.models.formatting import local_dates
from reservations_app.ui.session import Session

BACKUP_FILTER = "Reservations backups (*.sqlite3 *.db);;All files (*)"


class Prompts:
    """The questions the actions ask. Tests pass a subclass that answers without a dialog."""

    def save_path(self, parent: QWidget, title: str, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), BACKUP_FILTER)
        return Path(chosen) if chosen else None

    def open_path(self, parent: QWidget, title: str, folder: Path) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), BACKUP_FILTER)
        return Path(chosen) if chosen else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class AdminActions(QObject):
    database_restored = Signal(str)  # where the replaced database was kept

    def __init__(self, session: Session, window: QWidget, backup_dir: Path, *,
                 prompts: Prompts | None = None,
                 after_restore: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._backup_dir = backup_dir
        self._prompts = prompts or Prompts()
        self._after_restore = after_restore or QCoreApplication.quit
        self.audit_view: AuditView | None = None
        self.users_dialog: UsersDialog | None = None
        self.settings_dialog: QWidget | None = None
        self.audit_trail = self._action(self.tr("Audit trail"), Permission.VIEW_AUDIT,
                                        self.tr("Only administrators can read the audit trail."))
        self.users = self._action(self.tr("Users…"), Permission.MANAGE_USERS,
                                  self.tr("Only administrators can manage staff accounts."))
        self.clinic_settings = self._action(
            self.tr("Clinic settings…"), Permission.MANAGE_SETTINGS,
            self.tr("Only administrators can change the clinic's settings."))
        self.backup_now = self._action(self.tr("Back up now…"), Permission.BACKUP,
                                       self.tr("Only administrators can make backups."))
        self.restore = self._action(self.tr("Restore from backup…"), Permission.BACKUP,
                                    self.tr("Only administrators can restore a backup."))
        self._connect_signals()

    def _action(self, text: str, permission: Permission, refused: str) -> QAction:
        action = QAction(text, self._window)
        allowed = self._session.may(permission)
        action.setEnabled(allowed)
        if not allowed:
            action.setToolTip(refused)
            action.setStatusTip(refused)
        return action

    def _connect_signals(self) -> None:
        self.audit_trail.triggered.connect(self.open_audit_trail)
        self.users.triggered.connect(self.open_users)
        self.clinic_settings.triggered.connect(self.open_clinic_settings)
        self.backup_now.triggered.connect(self.back_up_now)
        self.restore.triggered.connect(self.restore_from_backup)

    def actions(self) -> list[QAction]:
        return [self.audit_trail, self.users, self.clinic_settings, self.backup_now,
                self.restore]

    @Slot()
    def open_audit_trail(self) -> None:
        if self.audit_view is not None and shiboken6.isValid(self.audit_view):
            self.audit_view.raise_()
            self.audit_view.activateWindow()
            return
        self.audit_view = show_audit_window(self._session, self._window)

    @Slot()
    def open_users(self) -> None:
        self.users_dialog = UsersDialog(self._session, self._window)
        self.users_dialog.open()

    @Slot()
    def open_clinic_settings(self) -> None:
        from reservations_app.ui.dialogs.clinic_settings import ClinicSettingsDialog

        self.settings_dialog = ClinicSettingsDialog(self._session, self._window)
        self.settings_dialog.open()

    def _pg_instructions(self) -> bool:
        """On PostgreSQL the service explains pg_dump/pg_restore; show that and stop."""
        if self._session.target.backend == "sqlite":
            return False
        try:
            maintenance.backup(self._session.actor, self._session.target, self._backup_dir,
                               self._session.now())
        except DomainError as exc:
            self._prompts.inform(self._window, self.tr("Backups"), local_dates(exc.message))
        return True

    @Slot()
    def back_up_now(self) -> None:
        if self._pg_instructions():
            return
        now = self._session.now()
        suggested = self._backup_dir / f"reservations-{now:%Y%m%d-%H%M%S}.sqlite3"
        path = self._prompts.save_path(self._window, self.tr("Back up the database"), suggested)
        if path is None:
            return
        try:
            saved = maintenance.backup(self._session.actor, self._session.target, path, now)
        except DomainError as exc:
            self._prompts.warn(self._window, self.tr("Backup failed"), local_dates(exc.message))
            return
        self._prompts.inform(self._window, self.tr("Backup saved"),
                             self.tr("The database was backed up to {path}.").format(path=saved))

    @Slot()
    def restore_from_backup(self) -> None:
        if self._pg_instructions():
            return
        path = self._prompts.open_path(self._window, self.tr("Restore from a backup"),
                                       self._backup_dir)
        if path is None or not self._prompts.confirm(
                self._window, self.tr("Replace the database?"), self._warning(path)):
            return
        self._session.ops.shutdown()  # its workers' connections must not hold the old file
        try:
            kept = maintenance.restore(self._session.actor, self._session.target, path,
                                       self._session.now(), self._backup_dir)
        except DomainError as exc:
            self._prompts.warn(self._window, self.tr("Restore refused"), local_dates(exc.message))
            return
        self._prompts.inform(self._window, self.tr("Backup restored"), self.tr(
            "The backup {name} is now the clinic's database. The database it replaced is "
            "kept at {kept}.\n\nReservations will now close. Start it again and sign in.").format(
            name=path.name, kept=kept))
        self.database_restored.emit(str(kept))
        self._after_restore()

    def _warning(self, path: Path) -> str:
        return self.tr(
            "Replace the clinic's database with the backup {name}?\n\n"
            "Everything entered since that backup was made will no longer be in the database. "
            "The backup is checked before anything is replaced, and the database in use now is "
            "kept aside in {folder}.\n\nOther workstations must close Reservations first. "
            "Reservations closes after the restore.").format(name=path.name,
                                                             folder=self._backup_dir)


def build_admin_actions(session: Session, window: QWidget, backup_dir: Path, *,
                        prompts: Prompts | None = None,
                        after_restore: Callable[[], None] | None = None) -> AdminActions:
    """The four admin actions for `window`'s menus, parented to it."""
    return AdminActions(session, window, backup_dir, prompts=prompts,
                        after_restore=after_restore)
