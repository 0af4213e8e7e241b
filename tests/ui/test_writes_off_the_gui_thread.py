"""Every dialog that writes hands the write to the operation runner: the service runs on a
worker thread, the button that asked is off meanwhile, and the GUI thread has no way left to
write by itself (issue 10)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reservations_app.services import client_import, exchange, ics, mail, people, settings
from reservations_app.ui.data.actions import DataActions
from reservations_app.ui.data.import_wizard import ImportWizard
from reservations_app.ui.data.mail_dialog import MailSettingsDialog
from reservations_app.ui.dialogs.client import NewClientDialog
from reservations_app.ui.dialogs.clinic_settings import ClinicSettingsDialog
from reservations_app.ui.dialogs.provider import ProviderDialog
from reservations_app.ui.ops import Operations
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, settle

pytestmark = pytest.mark.backends("sqlite")


class Threads:
    """Wraps service functions to note, per call, whether it ran on the GUI thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self.calls: list[tuple[str, bool]] = []

    def watch(self, module: object, name: str) -> None:
        original: Callable[..., Any] = getattr(module, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, threading.current_thread() is threading.main_thread()))
            return original(*args, **kwargs)

        self._monkeypatch.setattr(module, name, recorded)

    def on_gui_thread(self) -> list[str]:
        return [name for name, on_gui in self.calls if on_gui]


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> Threads:
    return Threads(monkeypatch)


def test_the_blocking_write_is_gone() -> None:
    assert not hasattr(Operations, "blocking_write")


def test_the_provider_dialog_saves_on_a_worker(qtbot: QtBot, session: Session,
                                               threads: Threads) -> None:
    threads.watch(people, "add_provider")
    dialog = ProviderDialog(session)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Bo Chen")
    dialog.email_edit.setText("bo@clinic.example")
    dialog.zone_combo.setCurrentText("Europe/Berlin")
    dialog.accept()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.provider is not None and dialog.provider.name == "Bo Chen"
    assert threads.calls == [("add_provider", False)]


def test_a_refused_provider_keeps_what_was_typed(qtbot: QtBot, session: Session) -> None:
    dialog = ProviderDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Bo Chen")
    dialog.email_edit.setText("bo@clinic.example")
    dialog.zone_combo.setCurrentText("Mars/Olympus")
    dialog.accept()
    qtbot.waitUntil(lambda: "Unknown time zone" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.name_edit.text() == "Bo Chen"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_new_client_dialog_checks_and_saves_on_a_worker(qtbot: QtBot, session: Session,
                                                            threads: Threads) -> None:
    threads.watch(people, "likely_duplicates")
    threads.watch(people, "add_client")
    dialog = NewClientDialog(session, "Dora Diaz")
    qtbot.addWidget(dialog)
    dialog.save()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert dialog.created and dialog.client is not None
    assert threads.calls == [("likely_duplicates", False), ("add_client", False)]


def test_the_clinic_settings_save_on_a_worker(qtbot: QtBot, admin_session: Session,
                                              threads: Threads) -> None:
    threads.watch(settings, "set_values")
    dialog = ClinicSettingsDialog(admin_session)
    qtbot.addWidget(dialog)
    dialog.fields["hold_minutes"].setValue(20)  # type: ignore[attr-defined]
    dialog.save()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert threads.calls == [("set_values", False)]
    assert settings.get_policy().hold_minutes == 20


def test_the_mail_settings_save_on_a_worker(qtbot: QtBot, session: Session,
                                            threads: Threads) -> None:
    threads.watch(mail, "save_settings")
    dialog = MailSettingsDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_loaded, timeout=20_000)
    dialog.host_edit.setText("smtp.clinic.example")
    dialog.sender_edit.setText("desk@clinic.example")
    dialog.save()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert threads.calls == [("save_settings", False)]
    assert mail.load_settings().host == "smtp.clinic.example"


def test_the_import_runs_on_a_worker(qtbot: QtBot, session: Session, tmp_path: Path,
                                     threads: Threads) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("name,email\nEve Evans,eve@mail.example\n", encoding="utf-8")
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    threads.watch(client_import, "import_clients")
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20_000)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert wizard.report is not None and wizard.report.added == 1
    # the dry run behind the preview, then the import
    assert threads.calls == [("import_clients", False), ("import_clients", False)]


def test_a_data_export_runs_on_a_worker(qtbot: QtBot, session: Session, tmp_path: Path,
                                        threads: Threads,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    target = tmp_path / "clients.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    threads.watch(exchange, "export_clients")
    window = QWidget()
    qtbot.addWidget(window)
    DataActions(session, window).export_clients_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert threads.calls == [("export_clients", False)]
    assert target.exists()
    settle(qtbot, session)


def test_a_calendar_file_is_made_on_a_worker(qtbot: QtBot, session: Session, clinic: Clinic,
                                             tmp_path: Path, threads: Threads,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (clinic.maya.name, True))
    target = tmp_path / "schedule.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    threads.watch(people, "list_providers")
    threads.watch(ics, "export_provider")
    window = QWidget()
    qtbot.addWidget(window)
    DataActions(session, window).export_ics()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert threads.calls == [("list_providers", False), ("export_provider", False)]
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
