"""The week grid's data as a table: one row per block or booking. The grid paints from it and
tests read it instead of pixels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.week_layout import WeekItem

COL_KIND, COL_DATE, COL_FROM, COL_UNTIL, COL_STATUS, COL_DETAIL = range(6)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class WeekModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[WeekItem] = []
        self._headers = [self.tr("Kind"), self.tr("Date"), self.tr("From"), self.tr("Until"),
                         self.tr("Status"), self.tr("Details")]

    def set_items(self, items: Sequence[WeekItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[WeekItem]:
        return list(self._items)

    def item(self, row: int) -> WeekItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
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
            COL_KIND: lambda: labels.tr("Availability") if item.block else labels.tr("Booking"),
            COL_DATE: lambda: labels.date_text(item.local_date),
            COL_FROM: lambda: labels.minute_text(item.start_minute),
            COL_UNTIL: lambda: labels.minute_text(item.end_minute),
            COL_STATUS: lambda: labels.status_text(item),
            COL_DETAIL: lambda: labels.detail_text(item),
        }
        text = texts.get(column)
        return text() if text else None
