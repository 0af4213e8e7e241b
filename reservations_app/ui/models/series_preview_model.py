"""A series' preview: one row per visit, whether it fits, why not, and the nearest free start."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from reservations_app.services.series import PreviewRow
from reservations_app.ui.models.formatting import day_and_time, short_time
from reservations_app.ui.models.table import ObjectTableModel

CONFLICT_COLOR = QColor("#b91c1c")


class SeriesPreviewModel(ObjectTableModel[PreviewRow]):
    COL_WHEN = 0
    COL_STATUS = 1
    COL_ALTERNATIVE = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Visit"), self.tr("Status"), self.tr("Nearest free"))
        self._zone: dt.tzinfo = dt.UTC
        self._reasons = {
            "free": self.tr("Fits"), "booked": self.tr("Booked by another client"),
            "held": self.tr("Held at another desk"), "too_soon": self.tr("Inside the notice"),
            "too_far": self.tr("Beyond the booking horizon"), "past": self.tr("In the past"),
            "client_limit": self.tr("Client already booked that day"),
            "does_not_fit": self.tr("Does not fit before the next booking or the block end"),
            "unavailable": self.tr("Provider not available then"),
        }

    def set_rows(self, rows: list[PreviewRow], zone: dt.tzinfo) -> None:
        self._zone = zone
        self.set_items(rows)

    def conflicts(self) -> int:
        return sum(not row.fits for row in self._items)

    def reason_text(self, reason: str) -> str:
        return self._reasons.get(reason, reason)

    def sort_key(self, row: PreviewRow, column: int) -> Any:
        return row.start

    def extra_data(self, row: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.fits:
            return CONFLICT_COLOR
        return None

    def display(self, row: PreviewRow, column: int) -> str | None:
        if column == self.COL_WHEN:
            return day_and_time(row.start.astimezone(self._zone))
        if column == self.COL_STATUS:
            return self.reason_text(row.reason)
        if column == self.COL_ALTERNATIVE and row.alternative is not None:
            return short_time(row.alternative.astimezone(self._zone))
        return None
