"""File → Database connection…: which database this user's desk uses, tested before saved.

The address and the password are edited apart, so the password is never shown: a pasted
`postgresql://user:secret@host/db` moves its password into the masked field. The address goes
to the user's config file (`config.py`; the CLI reads the same), the password to the system
keyring or the PostgreSQL password file (`credentials.py`), never into a config file. Used at
the next start, unless --db or RESERVATIONS_DB says otherwise.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app import config, credentials
from reservations_app.config import join_password, split_password
from reservations_app.domain.errors import DomainError
from reservations_app.paths import AppPaths, app_paths
from reservations_app.store.target import parse_target
from reservations_app.ui.settings_keys import LEGACY_SETTINGS_KEY

log = logging.getLogger(__name__)

__all__ = ["DatabaseDialog", "join_password", "move_legacy_setting", "saved_database_url",
           "split_password"]


def saved_database_url(paths: AppPaths) -> str | None:
    """The URL in the user's config file, if it has a usable one."""
    try:
        return config.read_database_url(paths.user_config)
    except config.ConfigInvalid as exc:
        log.warning("%s", exc.message)
        return None


def move_legacy_setting(paths: AppPaths, settings: QSettings | None = None) -> None:
    """A URL an older version saved in QSettings, password and all, moves to the config file
    and the keyring (unless the user already has a config file), and leaves QSettings."""
    stored = settings if settings is not None else QSettings()
    value = stored.value(LEGACY_SETTINGS_KEY, None)
    if not value:
        return
    bare, password = split_password(str(value))
    try:
        if not paths.user_config.exists():
            if password and credentials.account_of(bare):
                credentials.store_password(bare, password)
            config.save_user_database(paths, bare)
    except (OSError, ValueError) as exc:
        log.warning("could not move the saved database setting: %s", exc)
        return
    stored.remove(LEGACY_SETTINGS_KEY)
    stored.sync()
    log.info("moved the saved database setting to %s", paths.user_config)


class _ProbeSignals(QObject):
    finished = Signal(int, bool, str)  # request number, usable, message


class _ProbeTask(QRunnable):
    """Runs store.connect.probe off the GUI thread: a server may take seconds to answer."""

    def __init__(self, number: int, url: str, signals: _ProbeSignals) -> None:
        super().__init__()
        self._number, self._url, self._signals = number, url, signals

    def run(self) -> None:
        # Imported here: the app moves the legacy setting (above) before peewee is loaded.
        from reservations_app.store.connect import probe

        try:
            self._signals.finished.emit(self._number, True, probe(self._url))
        except DomainError as exc:
            self._signals.finished.emit(self._number, False, str(exc))
        except Exception as exc:  # a bug must not kill the worker thread silently
            self._signals.finished.emit(self._number, False,
                                        f"The test failed unexpectedly ({type(exc).__name__}).")


class DatabaseDialog(QDialog):
    """Choose, test and save this workstation's database."""

    connection_tested = Signal(bool, str)  # usable, message for the user
    url_saved = Signal(str)  # the URL without its password

    def __init__(self, parent: QWidget | None = None, paths: AppPaths | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database connection"))
        self._paths = paths if paths is not None else app_paths()
        self.saved_message = ""
        self._tested_url: str | None = None
        self._request = 0
        self._signals = _ProbeSignals()
        self._build()
        self._connect_signals()
        self.set_url(saved_database_url(self._paths) or "")

    def _build(self) -> None:
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(
            self.tr("postgresql://user@server:5432/reservations or a file path"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("PostgreSQL only"))
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.status_label = QLabel(self.tr("Test the connection before saving."), self)
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Database address:"), self.address_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status_label)
        layout.addWidget(QLabel(self.tr("The app uses the new database from its next start."),
                                self))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.address_edit.editingFinished.connect(self._take_password_out_of_address)
        self.address_edit.textChanged.connect(self._forget_test)
        self.password_edit.textChanged.connect(self._forget_test)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._signals.finished.connect(self._on_probe_finished)

    def url(self) -> str:
        """The full URL, password included: for connecting, never for showing."""
        return join_password(self.address_edit.text().strip(), self.password_edit.text())

    def set_url(self, url: str) -> None:
        bare, password = split_password(url)
        self.address_edit.setText(bare)
        self.password_edit.setText(password)

    @Slot()
    def _take_password_out_of_address(self) -> None:
        bare, password = split_password(self.address_edit.text())
        if password:
            self.address_edit.setText(bare)
            self.password_edit.setText(password)

    @Slot()
    def _forget_test(self) -> None:
        if self._tested_url is not None and self._tested_url != self.url():
            self._tested_url = None
            self.save_button.setEnabled(False)
            self.status_label.setText(self.tr("Changed: test the connection again."))

    @Slot()
    def test_connection(self) -> None:
        self._take_password_out_of_address()
        self._request += 1
        self._tested_url = None
        self.save_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.status_label.setText(self.tr("Testing…"))
        # No password typed: the one saved before (keyring) is tried; libpq reads .pgpass itself.
        connect_url = credentials.url_for_connecting(self.url())
        QThreadPool.globalInstance().start(_ProbeTask(self._request, connect_url, self._signals))

    @Slot(int, bool, str)
    def _on_probe_finished(self, number: int, usable: bool, message: str) -> None:
        if number != self._request:
            return  # an answer about an address the user has changed since
        self.test_button.setEnabled(True)
        if usable:
            self._tested_url = self.url()
            self.status_label.setText(self.tr("Connected. %1").replace("%1", message))
        else:
            self.status_label.setText(self.tr("Cannot use this database: %1").replace("%1",
                                                                                      message))
        self.save_button.setEnabled(usable)
        self.connection_tested.emit(usable, message)

    @Slot()
    def save(self) -> None:
        if self._tested_url is None or self._tested_url != self.url():
            self.status_label.setText(self.tr("Test the connection before saving."))
            return
        bare, password = split_password(parse_target(self._tested_url).url)
        try:
            where = credentials.store_password(bare, password) if password else None
            saved_to = config.save_user_database(self._paths, bare)
        except (OSError, ValueError) as exc:
            self.status_label.setText(self.tr("Cannot save: %1").replace("%1", str(exc)))
            return
        self.saved_message = self.tr("The address is saved in %1.").replace("%1", str(saved_to))
        if where:
            self.saved_message += " " + self.tr("The password is saved in %1.").replace(
                "%1", where)
        self.url_saved.emit(bare)
        self.accept()
