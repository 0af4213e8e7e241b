"""The Data menu's exports and actions, with the file dialog and message boxes answered."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reservations_app.ui.data.actions import DataActions

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def told(monkeypatch):  # type: ignore[no-untyped-def]
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: messages.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: messages.append(("warning", text)))
    return messages


def test_export_clients_through_the_file_dialog(qtbot, session, clinic, tmp_path, monkeypatch,
                                                told):
    window = QWidget()
    qtbot.addWidget(window)
    actions = DataActions(session, window)
    target = tmp_path / "clients.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    actions.export_clients_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=20_000)  # written on the runner's worker
    assert told == [("info", f"3 clients written to {target}.")]
    with target.open(encoding="utf-8", newline="") as handle:
        assert {row["name"] for row in csv.DictReader(handle)} == {
            clinic.ann.name, clinic.bob.name, clinic.cleo.name}
    actions.publish_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20_000)
    assert told[-1][1].startswith("No provider has a CalDAV calendar")
    actions.send_reminders_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 3, timeout=20_000)
    assert told[-1] == ("warning", "Email reminders are off: turn them on with "
                                   "'settings set reminders_enabled 1'.")
    assert [a.text() for a in actions.menu(window).actions() if a.text()][0] == "&Reports…"
