"""The Reports window's table: one row per provider and period, utilisation and no-shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reservations_app.domain.reports import NoShowRow, UtilisationRow

COL_PROVIDER, COL_PERIOD, COL_BOOKED, COL_AVAILABLE, COL_UTILISATION, COL_VISITS, \
    COL_NO_SHOWS, COL_NO_SHOW_RATE, COL_LATE = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("ReportModel", "Provider"),
    QT_TRANSLATE_NOOP("ReportModel", "Period"),
    QT_TRANSLATE_NOOP("ReportModel", "Booked h"),
    QT_TRANSLATE_NOOP("ReportModel", "Available h"),
    QT_TRANSLATE_NOOP("ReportModel", "Utilisation"),
    QT_TRANSLATE_NOOP("ReportModel", "Visits"),
    QT_TRANSLATE_NOOP("ReportModel", "No-shows"),
    QT_TRANSLATE_NOOP("ReportModel", "No-show rate"),
    QT_TRANSLATE_NOOP("ReportModel", "Late cancellations"),
)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReportLine:
    utilisation: UtilisationRow
    no_shows: NoShowRow | None

    def values(self) -> tuple[Any, ...]:
        u, n = self.utilisation, self.no_shows
        return (u.provider, u.period.isoformat(), u.booked_hours, u.available_hours,
                u.utilisation, n.booked if n else 0, n.no_shows if n else 0,
                n.no_show_rate if n else None, n.late_cancellations if n else 0)


def lines_of(utilisation: list[UtilisationRow], no_shows: list[NoShowRow]) -> list[ReportLine]:
    by_key = {(row.provider_id, row.period): row for row in no_shows}
    return [ReportLine(row, by_key.get((row.provider_id, row.period))) for row in utilisation]


class ReportModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ReportLine] = []

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.lines[index.row()].values()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(value, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= COL_BOOKED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _shown(value: Any, column: int) -> str:
    if value is None:
        return "—"
    if column in (COL_UTILISATION, COL_NO_SHOW_RATE):
        return f"{value:.1%}"
    if column in (COL_BOOKED, COL_AVAILABLE):
        return f"{value:.2f}"
    return str(value)
