"""The bookable slots of one day, grouped by provider, in each provider's local time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from reservations_app.domain.model import Provider, Slot
from reservations_app.domain.timezones import zone
from reservations_app.ui.models.formatting import day_and_time, short_time, zone_abbreviation
from reservations_app.ui.models.roles import OBJECT_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SlotRow:
    slot: Slot
    provider: Provider
    local_start: dt.datetime
    clinic_start: dt.datetime

    @property
    def zone_differs(self) -> bool:
        return self.local_start.utcoffset() != self.clinic_start.utcoffset()


class SlotTableModel(QAbstractTableModel):
    COL_PROVIDER = 0
    COL_TIME = 1
    COL_CLINIC_TIME = 2
    COLUMN_COUNT = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SlotRow] = []

    def set_slots(self, slots: Iterable[Slot], providers: Mapping[int, Provider],
                  clinic_timezone: str) -> None:
        """Replace the rows: by provider name, then time. Slots of unknown providers (removed
        at another desk a moment ago) are left out."""
        clinic = zone(clinic_timezone)
        rows = [SlotRow(slot, providers[slot.provider_id],
                        slot.start.astimezone(zone(providers[slot.provider_id].timezone)),
                        slot.start.astimezone(clinic))
                for slot in slots if slot.provider_id in providers]
        rows.sort(key=lambda row: (row.provider.name.casefold(), row.provider.id, row.slot.start))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    @property
    def shows_clinic_time(self) -> bool:
        """Whether any slot's local time differs from the clinic's (then that column matters)."""
        return any(row.zone_differs for row in self._rows)

    def row(self, row: int) -> SlotRow:
        return self._rows[row]

    def provider_groups(self) -> list[tuple[int, int]]:
        """(first row, row count) of each provider's run of slots."""
        groups: list[tuple[int, int]] = []
        for number, row in enumerate(self._rows):
            if groups and self._rows[groups[-1][0]].provider.id == row.provider.id:
                groups[-1] = (groups[-1][0], groups[-1][1] + 1)
            else:
                groups.append((number, 1))
        return groups

    def row_of(self, provider_id: int, start: dt.datetime) -> int:
        return next((n for n, row in enumerate(self._rows)
                     if row.provider.id == provider_id and row.slot.start == start), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (self.tr("Provider"), self.tr("Local time"), self.tr("Clinic time"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == OBJECT_ROLE:
            return row.slot
        if role == SORT_ROLE:
            return (row.provider.name.casefold(), row.slot.start.timestamp())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_PROVIDER:
            return QColor(row.provider.color)
        return None

    def _display(self, row: SlotRow, column: int) -> str:
        if column == self.COL_PROVIDER:
            return row.provider.name
        if column == self.COL_TIME:
            local = short_time(row.local_start)
            return f"{local} {zone_abbreviation(row.local_start)}" if row.zone_differs else local
        if not row.zone_differs:
            return ""
        return f"{short_time(row.clinic_start)} {zone_abbreviation(row.clinic_start)}"

    def _tooltip(self, row: SlotRow) -> str:
        text = self.tr("{provider}: {when} to {end} ({zone})").format(
            provider=row.provider.name, when=day_and_time(row.local_start),
            end=short_time(row.slot.end.astimezone(row.local_start.tzinfo)),
            zone=row.provider.timezone)
        if row.zone_differs:
            text += "\n" + self.tr("Clinic time: {when}").format(
                when=day_and_time(row.clinic_start))
        return text
