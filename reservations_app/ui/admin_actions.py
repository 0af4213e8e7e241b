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
from typing import TYPE_CHECKING

import shiboken6
from peewee import PeeweeException
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DatabaseUnusable, DomainError
from reservations_app.store.fsinfo import removable_media
from reservations_app.store.sealed import is_sealed
from reservations_app.ui.models.formatting import local_dates
from reservations_app.ui.session import Session

if TYPE_CHECKING:  # imported when first opened: the audit screen and accounts slow a start
    from reservations_app.ui.audit_view import AuditView
    from reservations_app.ui.dialogs.users import UsersDialog

BACKUP_FILTER = "Reservations backups (*.sqlite3 *.db *.dump *.sealed);;All files (*)"


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
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def encryption(self, parent: QWidget, removable: bool) -> tuple[bool, str | None]:
        """(go on?, passphrase or None for a plain copy). Encrypting is the suggested answer
        when the target is removable media."""
        text = QCoreApplication.translate(
            "Prompts",
            "Encrypt this backup with a passphrase? Without the passphrase "
            "nobody can read it, and nobody can restore it either: keep it safe.",
        )
        if removable:
            text = (
                QCoreApplication.translate(
                    "Prompts", "This looks like removable media, which is easily lost. "
                )
                + text
            )
        default = QMessageBox.StandardButton.Yes if removable else QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Prompts", "Encrypt the backup?"),
            text,
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            default,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False, None
        if answer != QMessageBox.StandardButton.Yes:
            return True, None
        first, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Prompts", "Backup passphrase"),
            QCoreApplication.translate("Prompts", "Passphrase (at least 10 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False, None
        again, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Prompts", "Backup passphrase"),
            QCoreApplication.translate("Prompts", "The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or again != first:
            self.warn(
                parent,
                QCoreApplication.translate("Prompts", "Backup passphrase"),
                QCoreApplication.translate(
                    "Prompts", "The two passphrases differ; nothing was saved."
                ),
            )
            return False, None
        return True, first

    def passphrase(self, parent: QWidget) -> str | None:
        """The passphrase of an encrypted backup being restored; None: cancelled."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Prompts", "Encrypted backup"),
            QCoreApplication.translate("Prompts", "This backup is encrypted. Its passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None


class AdminActions(QObject):
    database_restored = Signal(str)  # where the replaced database was kept

    def __init__(
        self,
        session: Session,
        window: QWidget,
        backup_dir: Path,
        *,
        prompts: Prompts | None = None,
        after_restore: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._backup_dir = backup_dir
        self._prompts = prompts or Prompts()
        self._after_restore = after_restore or QCoreApplication.quit
        self.audit_view: AuditView | None = None
        self.users_dialog: UsersDialog | None = None
        self.settings_dialog: QWidget | None = None
        self.audit_trail = self._action(
            self.tr("Audit trail"),
            Permission.VIEW_AUDIT,
            self.tr("Only administrators can read the audit trail."),
        )
        self.users = self._action(
            self.tr("Users…"),
            Permission.MANAGE_USERS,
            self.tr("Only administrators can manage staff accounts."),
        )
        self.clinic_settings = self._action(
            self.tr("Clinic settings…"),
            Permission.MANAGE_SETTINGS,
            self.tr("Only administrators can change the clinic's settings."),
        )
        self.backup_now = self._action(
            self.tr("Back up now…"),
            Permission.BACKUP,
            self.tr("Only administrators can make backups."),
        )
        self.restore = self._action(
            self.tr("Restore from backup…"),
            Permission.BACKUP,
            self.tr("Only administrators can restore a backup."),
        )
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
        return [self.audit_trail, self.users, self.clinic_settings, self.backup_now, self.restore]

    @Slot()
    def open_audit_trail(self) -> None:
        if self.audit_view is not None and shiboken6.isValid(self.audit_view):
            self.audit_view.raise_()
            self.audit_view.activateWindow()
            return
        from reservations_app.ui.audit_view import show_audit_window

        self.audit_view = show_audit_window(self._session, self._window)

    @Slot()
    def open_users(self) -> None:
        from reservations_app.ui.dialogs.users import UsersDialog

        self.users_dialog = UsersDialog(self._session, self._window)
        self.users_dialog.open()

    @Slot()
    def open_clinic_settings(self) -> None:
        from reservations_app.ui.dialogs.clinic_settings import ClinicSettingsDialog

        self.settings_dialog = ClinicSettingsDialog(self._session, self._window)
        self.settings_dialog.open()

    @Slot()
    def back_up_now(self) -> None:
        now = self._session.now()
        # A PostgreSQL clinic is backed up with the server's own pg_dump (custom format).
        suffix = ".sqlite3" if self._session.target.backend == "sqlite" else ".dump"
        suggested = self._backup_dir / f"reservations-{now:%Y%m%d-%H%M%S}{suffix}"
        path = self._prompts.save_path(self._window, self.tr("Back up the database"), suggested)
        if path is None:
            return
        go_on, passphrase = self._prompts.encryption(self._window, removable_media(path))
        if not go_on:
            return
        actor, target = self._session.actor, self._session.target

        def back_up() -> Path | DatabaseUnusable:
            # A backup's own failures (a folder it cannot write, no pg_dump) are
            # DatabaseUnusable too; raised, the runner would take them for the clinic's
            # database being out of reach and put up its banner. They are this answer.
            from reservations_app.services import maintenance  # its modules: not at start

            try:
                return maintenance.backup(actor, target, path, now, passphrase)
            except DatabaseUnusable as exc:
                return exc

        # A whole-file copy, seconds on a big clinic: beside the desk's reads and writes, as
        # the day's first backup is. On the write worker it held up every hold behind it and,
        # after 5 s, put up "the database file is locked by another program".
        self._session.ops.background(back_up, self._backed_up, self._backup_failed, owner=self)

    def _backed_up(self, saved: Path | DatabaseUnusable) -> None:
        if isinstance(saved, DatabaseUnusable):
            self._backup_failed(saved)
            return
        self._prompts.inform(
            self._window,
            self.tr("Backup saved"),
            self.tr("The database was backed up to {path}.").format(path=saved),
        )

    def _backup_failed(self, error: DomainError) -> None:
        self._prompts.warn(self._window, self.tr("Backup failed"), local_dates(error.message))

    @Slot()
    def restore_from_backup(self) -> None:
        path = self._prompts.open_path(
            self._window, self.tr("Restore from a backup"), self._backup_dir
        )
        if path is None or not self._prompts.confirm(
            self._window, self.tr("Replace the database?"), self._warning(path)
        ):
            return
        passphrase = self._prompts.passphrase(self._window) if is_sealed(path) else None
        if is_sealed(path) and passphrase is None:
            return
        actor, target, now = self._session.actor, self._session.target, self._session.now()
        backup_dir = self._backup_dir

        def restore() -> Path | None | Exception:
            # As the backup's: a bad backup is DatabaseUnusable, which raised would read as
            # the clinic's database being out of reach. It is this answer.
            from reservations_app.services import maintenance  # its modules: not at start

            try:
                return maintenance.restore(actor, target, path, now, backup_dir, passphrase)
            except DatabaseUnusable as exc:
                return exc
            except (DomainError, PeeweeException):
                raise  # a refusal or a busy database: the runner's to answer
            except Exception as exc:  # a bug: raised again once the note is closed, since
                return exc  # the runner would raise it with the window still blocked

        self._session.ops.shutdown()  # its workers' connections must not hold the old file
        # Checking and copying a big clinic takes seconds: on the runner, behind a modal note,
        # so the window is drawn meanwhile and nothing else can be asked of the database.
        working = WorkingNote(self.tr("Restore from a backup"),
                              self.tr("Restoring the backup {name}…\nReservations closes "
                                      "when it is done.").format(name=path.name), self._window)
        working.show()
        self._session.ops.write(
            restore, lambda kept: self._restore_answered(working, path, kept),
            lambda error: self._restore_answered(working, path, error), owner=self,
            long_job=True)

    def _restore_answered(self, working: WorkingNote, path: Path,
                          kept: Path | None | Exception) -> None:
        working.finish()
        if isinstance(kept, DomainError):
            self._prompts.warn(self._window, self.tr("Restore refused"),
                               local_dates(kept.message))
            return
        if isinstance(kept, Exception):
            raise kept  # the crash handler reports it
        kept_note = (
            self.tr(" The database it replaced is kept at {kept}.").format(kept=kept)
            if kept
            else ""
        )
        self._prompts.inform(
            self._window,
            self.tr("Backup restored"),
            self.tr(
                "The backup {name} is now the clinic's database.{kept}\n\nReservations will now "
                "close. Start it again and sign in."
            ).format(name=path.name, kept=kept_note),
        )
        self.database_restored.emit(str(kept or ""))
        self._after_restore()

    def _warning(self, path: Path) -> str:
        return self.tr(
            "Replace the clinic's database with the backup {name}?\n\n"
            "Everything entered since that backup was made will no longer be in the database. "
            "The backup is checked before anything is replaced, and the database in use now is "
            "kept aside in {folder}.\n\nOther workstations must close Reservations first. "
            "Reservations closes after the restore."
        ).format(name=path.name, folder=self._backup_dir)


class WorkingNote(QProgressDialog):
    """A modal note with a moving bar and no Cancel, for work that cannot stop half-way (a
    restore). Escape and its close button leave it up until `finish()`: hidden, it gave the
    window back to the desk while the work it covers still ran."""

    def __init__(self, title: str, text: str, parent: QWidget) -> None:
        super().__init__(text, "", 0, 0, parent)
        self._finished = False
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)

    def finish(self) -> None:
        self._finished = True
        self.close()
        self.deleteLater()

    def reject(self) -> None:  # Escape
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._finished:
            event.ignore()
            return
        super().closeEvent(event)


def build_admin_actions(
    session: Session,
    window: QWidget,
    backup_dir: Path,
    *,
    prompts: Prompts | None = None,
    after_restore: Callable[[], None] | None = None,
) -> AdminActions:
    """The four admin actions for `window`'s menus, parented to it."""
    return AdminActions(session, window, backup_dir, prompts=prompts, after_restore=after_restore)
