"""A bug in a slot is logged with its traceback, reported in a dialog that says where the log is,
and the window keeps working."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reservations_app.logs import HANDLER_NAME, configure_logging
from reservations_app.ui.crash import CrashHandler, install_excepthook

# pytest-qt would otherwise catch the slot's exception itself and fail the test.
pytestmark = pytest.mark.qt_no_exception_capture


class Desk(QMainWindow):
    """A window whose button fails the first time it is pressed, as a buggy screen would."""

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0
        self.button = QPushButton("Book")
        self.setCentralWidget(self.button)
        self.button.clicked.connect(self._book)

    def _book(self) -> None:
        self.presses += 1
        if self.presses == 1:
            raise ValueError("slot 09:15 vanished")


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = configure_logging(tmp_path / "logs")
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    window = Desk()
    qtbot.addWidget(window)
    window.show()
    return window


def _crash_dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _press(qtbot: QtBot, desk: Desk) -> None:
    qtbot.mouseClick(desk.button, Qt.MouseButton.LeftButton)


def test_the_default_dialog_says_what_happened_and_where_the_log_is(
        qtbot: QtBot, desk: Desk, log_path: Path) -> None:
    handler = install_excepthook(log_path, lambda: desk)
    try:
        _press(qtbot, desk)
        qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=20_000)
        dialog = _crash_dialogs()[0]
        assert "ValueError: slot 09:15 vanished" in dialog.text()
        assert str(log_path) in dialog.text()
        assert "still running" in dialog.text()
        assert "Traceback" in dialog.detailedText()
        assert dialog.parent() is desk
        assert not dialog.isModal()

        log_text = log_path.read_text()
        assert "CRITICAL" in log_text and "unhandled exception in the GUI" in log_text
        assert "Traceback (most recent call last)" in log_text
        assert 'raise ValueError("slot 09:15 vanished")' in log_text

        _press(qtbot, desk)  # the app stays usable: the same button works now
        assert desk.presses == 2
        dialog.close()
    finally:
        handler.uninstall()


def test_a_repeating_bug_logs_each_time_but_shows_one_dialog(
        qtbot: QtBot, desk: Desk, log_path: Path) -> None:
    def always_fails() -> None:
        raise KeyError("again")

    desk.button.clicked.connect(always_fails)
    handler = install_excepthook(log_path, lambda: desk)
    try:
        for _ in range(3):
            _press(qtbot, desk)
        qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=20_000)
        assert log_path.read_text().count("unhandled exception in the GUI") >= 3
        assert len(_crash_dialogs()) == 1
        _crash_dialogs()[0].close()
    finally:
        handler.uninstall()


def test_an_injected_notifier_gets_parent_message_and_traceback(
        qtbot: QtBot, desk: Desk, log_path: Path) -> None:
    shown: list[tuple[QWidget | None, str, str]] = []
    handler = install_excepthook(log_path, lambda: desk,
                                 notify=lambda *report: shown.append(report))
    try:
        _press(qtbot, desk)
    finally:
        handler.uninstall()
    [(parent, message, details)] = shown
    assert parent is desk
    assert message.startswith("Something went wrong inside Reservations: "
                              "ValueError: slot 09:15 vanished")
    assert f"The details were written to the log file {log_path}." in message
    assert details.startswith("Traceback") and "slot 09:15 vanished" in details


def test_without_a_log_file_it_says_so(qapp: QApplication) -> None:
    handler = CrashHandler(None, lambda: None, notify=lambda *report: None)
    assert "could not be written to a log file" in handler.message(RuntimeError("x"))


def test_uninstall_restores_the_previous_hook(qapp: QApplication, log_path: Path) -> None:
    before = sys.excepthook
    handler = install_excepthook(log_path, lambda: None, notify=lambda *report: None)
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before
