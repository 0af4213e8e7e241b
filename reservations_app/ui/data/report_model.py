"""The Reports window's table: one row per provider and period, utilisation and no-shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from reservations_app.domain.reports import NoShowRow, UtilisationRow
from reservations_app.ui.models.table import ObjectTableModel

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


class ReportModel(ObjectTableModel[ReportLine]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(self.tr(str(title)) for title in HEADERS)

    @property
    def lines(self) -> list[ReportLine]:
        return self.items()

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.set_items(lines)

    def display(self, line: ReportLine, column: int) -> str:
        return _shown(line.values()[column], column)

    def sort_key(self, line: ReportLine, column: int) -> Any:
        value = line.values()[column]
        return (value is None, value if value is not None else 0)

    def extra_data(self, line: ReportLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_BOOKED:
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
