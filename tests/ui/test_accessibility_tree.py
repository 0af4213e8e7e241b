"""What a screen reader finds: every interactive element of the main window (each tab) and of
every dialog has a name in the accessibility tree (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic
from tests.ui.screens import every_dialog, main_screens

Role = QAccessible.Role
INTERACTIVE = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
               Role.SpinBox, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown, Role.PageTab,
               Role.Table, Role.List, Role.Tree, Role.Dial, Role.ScrollBar}
DEEPEST = 40


def unnamed_elements(root: QWidget) -> list[str]:
    """Interactive elements reachable from `root` whose name a screen reader cannot say;
    table cells and list items are named by their text, so only the views are checked, and
    the text field of an editable combo box is named by the box."""
    found: list[str] = []

    def walk(node: QAccessibleInterface, depth: int, path: str) -> None:
        if depth > DEEPEST or not node.isValid() or node.state().invisible:
            return
        role = node.role()
        here = f"{path}/{role.name}"
        inside_combo = node.parent() is not None and node.parent().role() is Role.ComboBox
        if role in INTERACTIVE and role is not Role.ScrollBar and not inside_combo \
                and not node.text(QAccessible.Text.Name).strip():
            widget = node.object()
            found.append(f"{here} {type(widget).__name__} {getattr(widget, 'objectName', str)()!r}")
        if role in (Role.Table, Role.List, Role.Tree):
            return
        for index in range(node.childCount()):
            child = node.child(index)
            if child is not None:
                walk(child, depth + 1, here)

    interface = QAccessible.queryAccessibleInterface(root)
    assert interface is not None
    walk(interface, 0, type(root).__name__)
    return found


@pytest.mark.backends("sqlite")
def test_every_interactive_element_has_an_accessible_name(
        qtbot, session: Session, clinic: Clinic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    unnamed = []
    for _screen in main_screens(window):
        unnamed += unnamed_elements(window)
    for dialog in every_dialog(window, session, clinic, tmp_path):
        dialog.show()
        QCoreApplication.processEvents()
        unnamed += unnamed_elements(dialog)
        dialog.close()
    assert not unnamed, "\n".join(sorted(set(unnamed)))
