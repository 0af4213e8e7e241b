"""Time off: a whole day or a span of it comes out of the provider's availability."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QRadioButton, QWidget

from reservations_app.domain.model import BlockSpec
from reservations_app.ui.calendar.dialog_parts import (
    ApplyDialog,
    BlockRowsEditor,
    date_edit,
)
from reservations_app.ui.calendar.editor import Reply
from reservations_app.ui.models.formatting import pydate

TakeTimeOff = Callable[[dt.date, BlockSpec | None, Reply], None]


class TimeOffDialog(ApplyDialog):
    def __init__(self, provider_name: str, day: dt.date, slot_minutes: int, apply: TakeTimeOff,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Time off for %1").replace("%1", provider_name), parent)
        self._apply = apply
        self.date_edit = date_edit(day, self.tr("Date"), self)
        self.whole_day = QRadioButton(self.tr("&Whole day"), self)
        self.span = QRadioButton(self.tr("&Part of the day:"), self)
        group = QButtonGroup(self)
        group.addButton(self.whole_day)
        group.addButton(self.span)
        self.whole_day.setChecked(True)
        self.times = BlockRowsEditor(slot_minutes, [(12 * 60, 14 * 60)], fixed=True, parent=self)
        self.times.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.whole_day)
        form.addRow(self.span)
        form.addRow(self.times)
        self.form.addLayout(form)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.span.toggled.connect(self._span_toggled)

    @Slot(bool)
    def _span_toggled(self, checked: bool) -> None:
        self.times.setEnabled(checked)

    def _submit(self, reply: Reply) -> None:
        spec = self.times.specs()[0] if self.span.isChecked() else None
        self._apply(pydate(self.date_edit.date()), spec, reply)
