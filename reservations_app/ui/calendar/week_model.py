"""The week grid's data as a table: one row per block or booking. The grid paints from it and
tests read it instead of pixels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.labels import Calendar
from reservations_app.ui.calendar.week_layout import WeekItem
from reservations_app.ui.models.objects import ObjectTableModel
from reservations_app.ui.models.roles import OBJECT_ROLE, SORT_ROLE

COL_KIND, COL_DATE, COL_FROM, COL_UNTIL, COL_STATUS, COL_DETAIL = range(6)
ITEM_ROLE = OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex


class WeekModel(ObjectTableModel[WeekItem]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Kind"), self.tr("Date"), self.tr("From"), self.tr("Until"),
                         self.tr("Status"), self.tr("Details"))

    def set_items(self, items: Sequence[WeekItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[WeekItem]:
        return list(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.tooltip_text(item)
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return (item.local_date.toordinal(), item.start_minute, item.kind.value)
        return None

    def _display(self, item: WeekItem, column: int) -> str | None:
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
