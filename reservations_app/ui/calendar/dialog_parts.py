"""Pieces the schedule dialogs share: an inline error line, time edits that step by the slot
length, an editor for several blocks, and a dialog that stays open until its edit succeeds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from reservations_app.domain.model import BlockSpec
from reservations_app.ui.calendar import colors
from reservations_app.ui.calendar.editor import Outcome, Reply
from reservations_app.ui.focus import chain_tab_order
from reservations_app.ui.layout_parts import date_edit as plain_date_edit
from reservations_app.ui.models.formatting import local_dates

MAX_BLOCKS = 12


def date_edit(day: dt.date, name: str, parent: QWidget) -> QDateEdit:
    edit = plain_date_edit(day, parent)
    edit.setAccessibleName(name)
    return edit


class InlineError(QLabel):
    """A message under the form, in a colour readable on light and dark palettes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str, *, error: bool = True) -> None:
        palette = self.palette()
        default = QPalette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText,
                         colors.error_text(palette) if error else default)
        self.setPalette(palette)
        self.setText(local_dates(text))
        self.setVisible(bool(text))


class SlotTimeEdit(QTimeEdit):
    """A time edit whose arrows move the minutes by the clinic's slot length."""

    def __init__(self, minutes: int, slot_minutes: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(QTime(minutes // 60 % 24, minutes % 60), parent)
        self.slot_minutes = slot_minutes
        self.setDisplayFormat("HH:mm")
        self.setAccessibleName(name)
        self.setWrapping(True)

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.currentSection() is QDateTimeEdit.Section.MinuteSection:
            self.setTime(self.time().addSecs(steps * self.slot_minutes * 60))
        else:
            super().stepBy(steps)

    def minutes(self) -> int:
        return self.time().hour() * 60 + self.time().minute()


class BlockRowsEditor(QWidget):
    """Rows of from/until times; an end of 00:00 means midnight at the end of the day."""

    edited = Signal()  # a time changed, or a row came or went

    def __init__(self, slot_minutes: int, spans: list[tuple[int, int]], *, fixed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slot = slot_minutes
        self._fixed = fixed
        self._rows: list[tuple[SlotTimeEdit, SlotTimeEdit, QPushButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.addWidget(QLabel(self.tr("From")), 0, 0)
        self._grid.addWidget(QLabel(self.tr("Until")), 0, 1)
        self.add_button = QPushButton(self.tr("&Add another block"), self)
        self.add_button.setVisible(not fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button)
        for start, end in spans:
            self.add_row(start, end)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._add_next)

    def add_row(self, start: int, end: int) -> None:
        number = len(self._rows) + 1
        start_edit = SlotTimeEdit(start, self._slot, self.tr("Block %1 from").replace(
            "%1", str(number)), self)
        end_edit = SlotTimeEdit(end, self._slot, self.tr("Block %1 until").replace(
            "%1", str(number)), self)
        end_edit.setToolTip(self.tr("00:00 as the end means midnight at the end of the day."))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove block %1").replace("%1", str(number)))
        remove.setVisible(not self._fixed)
        row = len(self._rows) + 1
        for column, widget in enumerate((start_edit, end_edit, remove)):
            self._grid.addWidget(widget, row, column)
        self._rows.append((start_edit, end_edit, remove))
        remove.clicked.connect(lambda: self._remove(start_edit))
        for edit in (start_edit, end_edit):
            edit.timeChanged.connect(self.edited)
        self._update_buttons()
        self.edited.emit()

    @Slot()
    def _add_next(self) -> None:
        last_end = self._rows[-1][1].minutes() if self._rows else 8 * 60
        start = min(last_end + 60, 23 * 60) if self._rows else last_end
        self.add_row(start, min(start + 3 * 60, 24 * 60))
        self._rows[-1][0].setFocus()

    def _remove(self, start_edit: SlotTimeEdit) -> None:
        for index, row in enumerate(self._rows):
            if row[0] is start_edit:
                for widget in row:
                    self._grid.removeWidget(widget)
                    widget.deleteLater()
                del self._rows[index]
                break
        self._update_buttons()
        self.edited.emit()

    def _update_buttons(self) -> None:
        for _, _, remove in self._rows:
            remove.setEnabled(len(self._rows) > 1)
        self.add_button.setEnabled(len(self._rows) < MAX_BLOCKS)
        chain_tab_order(self.tab_stops())

    def tab_stops(self) -> list[QWidget]:
        """Row by row, then "Add another block" below them (created first, so by itself Tab
        would reach it first, and a row added later only after the dialog's buttons)."""
        return [*(widget for row in self._rows for widget in row), self.add_button]

    def row_count(self) -> int:
        return len(self._rows)

    def time_edits(self, row: int) -> tuple[SlotTimeEdit, SlotTimeEdit]:
        return self._rows[row][0], self._rows[row][1]

    def specs(self) -> list[BlockSpec]:
        specs = []
        for start_edit, end_edit, _ in self._rows:
            start, end = start_edit.minutes(), end_edit.minutes()
            specs.append(BlockSpec(dt.time(start // 60, start % 60),
                                   dt.time(end // 60, end % 60) if end else None))
        return specs


class ApplyDialog(QDialog):
    """OK runs the edit; the dialog closes only when it worked, else shows why inline."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QVBoxLayout()
        layout = QVBoxLayout(self)
        # The dialog grows to fit a message instead of squeezing the rows above it (the
        # From/Until row collapsed when an error appeared).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        self._watch_inputs()
        super().showEvent(event)

    def _watch_inputs(self) -> None:
        """Any change of what was typed clears the last error: it spoke of the old input."""
        for edit in self.findChildren(QDateEdit):
            edit.dateChanged.connect(self._clear_error, Qt.ConnectionType.UniqueConnection)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._clear_error, Qt.ConnectionType.UniqueConnection)
        for rows in self.findChildren(BlockRowsEditor):
            rows.edited.connect(self._clear_error, Qt.ConnectionType.UniqueConnection)

    @Slot()
    def _clear_error(self) -> None:
        self.error.show_message("")

    def _submit(self, reply: Reply) -> None:
        """Hand what was typed to the editor; `reply` hears the outcome."""
        raise NotImplementedError

    def accept(self) -> None:
        """OK is off while the edit runs; the dialog closes on success and otherwise keeps
        what was typed and says why."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            return  # Enter pressed again while the first one is still running
        ok.setEnabled(False)
        self._submit(self._answered)

    def _answered(self, outcome: Outcome) -> None:
        if not Shiboken.isValid(self):
            return  # closed meanwhile
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if outcome.done:
            if self.isVisible():
                super().accept()
        else:
            self.error.show_message(outcome.message)
            self._make_room()

    def _make_room(self) -> None:
        """Grow to fit the wrapped message: a word-wrapped label's height depends on its
        width, which the minimum-size constraint alone does not account for."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)


def row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


AddBlocks = Callable[[dt.date, list[BlockSpec], Reply], None]
