"""Small readers of what the calendar tab shows, for the flow tests."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from shiboken6 import Shiboken

from reservations_app.ui.calendar.dialog_parts import ApplyDialog, BlockRowsEditor
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.calendar.week_layout import ItemKind
from tests.ui.conftest import settle


def shown_blocks(tab: CalendarTab, day: dt.date) -> list[tuple[int, int]]:
    """(start, end) minutes of the availability the grid's model holds on `day`."""
    return sorted((item.start_minute, item.end_minute) for item in tab.week_model.items()
                  if item.kind is ItemKind.AVAILABILITY and item.local_date == day)


def set_block(editor: BlockRowsEditor, row: int, start: str, end: str) -> None:
    start_edit, end_edit = editor.time_edits(row)
    start_edit.setTime(QTime.fromString(start, "HH:mm"))
    end_edit.setTime(QTime.fromString(end, "HH:mm"))


def press_ok(qtbot, dialog: ApplyDialog) -> None:  # type: ignore[no-untyped-def]
    """Press OK and wait for the edit's outcome (the dialog closes or says why)."""
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog.parent().session)  # type: ignore[union-attr]


def closed(dialog: QDialog) -> bool:
    """Closed (and perhaps deleted already, as the calendar's dialogs delete on close)."""
    return not Shiboken.isValid(dialog) or not dialog.isVisible()


def grid_point(tab: CalendarTab, day: dt.date, minute: float) -> QPoint:
    """Where `minute` of `day` sits in the grid's viewport, centred in the column."""
    geometry = tab.grid.grid_geometry()
    column = (day - tab.week_first_day()).days
    x = geometry.column_left(column) + geometry.column_width / 2
    return QPoint(round(x), round(geometry.y_of(minute)))
