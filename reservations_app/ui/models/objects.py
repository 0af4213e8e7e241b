"""The common part of a table over a list of domain objects: rows, headers, lookups."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    """Holds the objects (`self._items`) and the column titles (`self._headers`); subclasses
    set the titles with `self.tr()` once constructed, fill `_items`, and answer `data()` for
    their own columns and roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []
        self._headers: tuple[str, ...] = ()

    def item(self, row: int) -> T:
        return self._items[row]

    def item_at(self, index: Index) -> T | None:
        """The object behind `index`, or None when the index is invalid or past the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
