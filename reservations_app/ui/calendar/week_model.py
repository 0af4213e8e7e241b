"""The week grid's data as a table: one row per block or booking. The grid paints from it and
tests read it instead of pixels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.labels import Calendar
from reservations_app.ui.calendar.week_layout import WeekItem
from reservations_app.ui.models.table import ObjectTableModel

COL_KIND, COL_DATE, COL_FROM, COL_UNTIL, COL_STATUS, COL_DETAIL = range(6)



class WeekModel(ObjectTableModel[WeekItem]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Kind"), self.tr("Date"), self.tr("From"), self.tr("Until"),
                         self.tr("Status"), self.tr("Details"))

    def sort_key(self, item: WeekItem, column: int) -> Any:
        return (item.local_date.toordinal(), item.start_minute, item.kind.value)

    def extra_data(self, item: WeekItem, column: int, role: int) -> Any:
        return labels.tooltip_text(item) if role == Qt.ItemDataRole.ToolTipRole else None

    def display(self, item: WeekItem, column: int) -> str | None:
        texts = {
            COL_KIND: lambda: Calendar.tr("Availability") if item.block else Calendar.tr("Booking"),
            COL_DATE: lambda: labels.date_text(item.local_date),
            COL_FROM: lambda: labels.minute_text(item.start_minute),
            COL_UNTIL: lambda: labels.minute_text(item.end_minute),
            COL_STATUS: lambda: labels.status_text(item),
            COL_DETAIL: lambda: labels.detail_text(item),
        }
        text = texts.get(column)
        return text() if text else None
