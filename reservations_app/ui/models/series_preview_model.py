"""A series' preview: one row per visit, whether it fits, why not, and the nearest free start.

Each row has a tick: the visits to book. A visit that fits starts ticked; a conflict starts
unticked and, when it has a nearest free start that day, ticking it books that start instead.
A conflict with no free start that day cannot be ticked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

from reservations_app.services.series import PreviewRow
from reservations_app.ui.models.formatting import day_and_time, short_time
from reservations_app.ui.models.table import OBJECT_ROLE, SORT_ROLE, Index, ObjectTableModel

CONFLICT_COLOR = QColor("#b91c1c")


class SeriesPreviewModel(ObjectTableModel[PreviewRow]):
    chosen_changed = Signal()

    COL_WHEN = 0  # also the row's tick
    COL_STATUS = 1
    COL_ALTERNATIVE = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Visit"), self.tr("Status"), self.tr("Nearest free"))
        self._zone: dt.tzinfo = dt.UTC
        self._ticked: list[bool] = []
        self._reasons = {
            "free": self.tr("Fits"), "booked": self.tr("Booked by another client"),
            "held": self.tr("Held at another desk"), "too_soon": self.tr("Inside the notice"),
            "too_far": self.tr("Beyond the booking horizon"), "past": self.tr("In the past"),
            "client_limit": self.tr("Client already booked that day"),
            "does_not_fit": self.tr("Does not fit before the next booking or the block end"),
            "unavailable": self.tr("Provider not available then"),
        }

    def set_rows(self, rows: list[PreviewRow], zone: dt.tzinfo) -> None:
        self.beginResetModel()
        self._items, self._zone = list(rows), zone
        self._ticked = [row.fits for row in rows]
        self.endResetModel()
        self.chosen_changed.emit()

    def zone(self) -> dt.tzinfo:
        return self._zone

    @staticmethod
    def tickable(row: PreviewRow) -> bool:
        return row.fits or row.alternative is not None

    def chosen_starts(self) -> list[dt.datetime]:
        """The starts to book: each ticked visit's own, or its nearest free start."""
        return [row.start if row.fits or row.alternative is None else row.alternative
                for row, ticked in zip(self._items, self._ticked, strict=True) if ticked]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.item_at(index)
        if row is not None and index.column() == self.COL_WHEN and self.tickable(row):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.item_at(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole \
                or index.column() != self.COL_WHEN or not self.tickable(row):
            return False
        self._ticked[index.row()] = _is_checked(value)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.chosen_changed.emit()
        return True

    def conflicts(self) -> int:
        return sum(not row.fits for row in self._items)

    def reason_text(self, reason: str) -> str:
        return self._reasons.get(reason, reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.item_at(index)
        if row is None:
            return None
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return row.start
        ticked = self._ticked[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_WHEN:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not row.fits and not ticked:
            return CONFLICT_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and not row.fits and self.tickable(row):
            return self.tr("Tick to book the nearest free start that day instead")
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        return None

    def _text(self, row: PreviewRow, column: int) -> str | None:
        if column == self.COL_WHEN:
            return day_and_time(row.start.astimezone(self._zone))
        if column == self.COL_STATUS:
            return self.reason_text(row.reason)
        if column == self.COL_ALTERNATIVE and row.alternative is not None:
            return short_time(row.alternative.astimezone(self._zone))
        return None


def _is_checked(value: Any) -> bool:
    """Views hand the new state over as a Qt.CheckState or as its number."""
    return bool(value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value))
