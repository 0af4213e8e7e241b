"""Help > About shows what IT asks for on the phone, and never a database password."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from reservations_app import __version__
from reservations_app.domain.access import Actor
from reservations_app.notices import BUNDLED
from reservations_app.store.connect import Target, parse_target
from reservations_app.ui.dialogs.about import AboutDialog
from reservations_app.ui.session import Session


def _shown(dialog: AboutDialog, name: str) -> str:
    found = dialog.findChild(QLabel, f"about-{name}")
    assert found is not None, name
    return found.text()


def test_it_shows_version_database_log_folder_and_runtimes(qtbot: QtBot, db: Target,
                                                           tmp_path: Path) -> None:
    dialog = AboutDialog(db, log_dir=tmp_path / "logs")
    qtbot.addWidget(dialog)
    assert _shown(dialog, "version") == __version__
    assert _shown(dialog, "database") == db.display
    assert _shown(dialog, "log-folder") == str(tmp_path / "logs")
    assert _shown(dialog, "python") == platform.python_version()
    assert _shown(dialog, "qt") == f"{qVersion()} (PySide6 {PySide6.__version__})"


def test_a_server_database_is_shown_without_its_password(qtbot: QtBot) -> None:
    target = parse_target("postgresql://desk:s3cret@db.clinic.lan:5432/reservations")
    dialog = AboutDialog(target)
    qtbot.addWidget(dialog)
    assert _shown(dialog, "database") == "postgresql://desk:***@db.clinic.lan:5432/reservations"
    assert "s3cret" not in dialog.details_text()


def test_it_lists_every_bundled_part_with_its_licence(qtbot: QtBot, db: Target) -> None:
    dialog = AboutDialog(Session(Actor.system("desk-1"), db))
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    for component in BUNDLED:
        assert component.name in text and component.licence in text
    assert "LGPL version 3" in text and "licenses" in text


def test_copy_details_puts_the_facts_on_the_clipboard(qtbot: QtBot, db: Target,
                                                      tmp_path: Path) -> None:
    dialog = AboutDialog(db, log_dir=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in copied
    assert f"Database: {db.display}" in copied
    assert "peewee" in copied and "LGPL-3.0-only" in copied


def test_close_dismisses_it(qtbot: QtBot, db: Target) -> None:
    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.rejected, timeout=20_000):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
