"""Dialogs that add availability on one date, change a block's times, or lay a weekly pattern."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from reservations_app.domain.model import AvailabilityBlock, BlockSpec
from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.dialog_parts import (
    ApplyDialog,
    BlockRowsEditor,
    date_edit,
)
from reservations_app.ui.calendar.editor import Reply
from reservations_app.ui.calendar.week_layout import wall_minutes
from reservations_app.ui.focus import chain_tab_order
from reservations_app.ui.models.formatting import pydate

AddBlocks = Callable[[dt.date, list[BlockSpec], Reply], None]
ChangeBlock = Callable[[BlockSpec, Reply], None]
RepeatWeekly = Callable[[list[int], list[BlockSpec], dt.date, dt.date, Reply], None]
PATTERN_WEEKS = 4


class AddBlocksDialog(ApplyDialog):
    """Several blocks of availability on one date, e.g. 08:00-12:00 and 13:00-17:00."""

    def __init__(self, provider_name: str, day: dt.date, slot_minutes: int, apply: AddBlocks,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add availability for %1").replace("%1", provider_name), parent)
        self._apply = apply
        self.date_edit = date_edit(day, self.tr("Date"), self)
        self.blocks = BlockRowsEditor(slot_minutes, [(9 * 60, 12 * 60)], parent=self)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addLayout(form)
        self.form.addWidget(QLabel(self.tr("Blocks on that date:"), self))
        self.form.addWidget(self.blocks)
        self.date_edit.setFocus()

    def _submit(self, reply: Reply) -> None:
        self._apply(pydate(self.date_edit.date()), self.blocks.specs(), reply)


class EditBlockDialog(ApplyDialog):
    def __init__(self, provider_name: str, block: AvailabilityBlock, slot_minutes: int,
                 apply: ChangeBlock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change block for %1").replace("%1", provider_name), parent)
        self._apply = apply
        day = labels.date_text(block.local_date, QLocale.FormatType.LongFormat)
        self.blocks = BlockRowsEditor(
            slot_minutes, [(wall_minutes(block.spec.start), wall_minutes(block.spec.end))],
            fixed=True, parent=self)
        self.form.addWidget(QLabel(self.tr("New times on %1:").replace("%1", day), self))
        self.form.addWidget(self.blocks)

    def _submit(self, reply: Reply) -> None:
        self._apply(self.blocks.specs()[0], reply)


class WeeklyPatternDialog(ApplyDialog):
    """The same blocks on chosen weekdays, from one date until another."""

    def __init__(self, provider_name: str, first: dt.date, slot_minutes: int,
                 apply: RepeatWeekly, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Weekly pattern for %1").replace("%1", provider_name), parent)
        self._apply = apply
        self.weekdays = [QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat),
                                   self) for day in range(7)]
        for day, box in enumerate(self.weekdays):
            box.setChecked(day < 5)
            box.setAccessibleName(QLocale().dayName(day + 1))
        self.blocks = BlockRowsEditor(slot_minutes, [(8 * 60, 12 * 60), (13 * 60, 17 * 60)],
                                      parent=self)
        self.first_edit = date_edit(first, self.tr("From"), self)
        self.last_edit = date_edit(first + dt.timedelta(weeks=PATTERN_WEEKS) -
                                   dt.timedelta(days=1), self.tr("Until"), self)
        self._lay_out()

    def _lay_out(self) -> None:
        days = QHBoxLayout()
        first = QLocale().firstDayOfWeek().value - 1  # the days in the order of the locale's week
        for day in range(7):
            days.addWidget(self.weekdays[(first + day) % 7])
        form = QFormLayout()
        form.addRow(self.tr("On:"), days)
        form.addRow(self.tr("&From:"), self.first_edit)
        form.addRow(self.tr("&Until:"), self.last_edit)
        self.form.addLayout(form)
        self.form.addWidget(QLabel(self.tr("Blocks on each of those days:"), self))
        self.form.addWidget(self.blocks)
        shown_days = [self.weekdays[(first + day) % 7] for day in range(7)]
        chain_tab_order([*shown_days, self.first_edit, self.last_edit, *self.blocks.tab_stops()])

    def _submit(self, reply: Reply) -> None:
        chosen = [day for day, box in enumerate(self.weekdays) if box.isChecked()]
        self._apply(chosen, self.blocks.specs(), pydate(self.first_edit.date()),
                    pydate(self.last_edit.date()), reply)
