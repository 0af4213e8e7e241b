"""The bookable slots of one day, grouped by provider, in each provider's local time.

Each provider's slots follow a heading row (the provider, their zone and how many slots are
free). Heading rows are not enabled, so the keyboard steps from slot to slot over them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette, QPixmap

from reservations_app.domain.model import Provider, Slot
from reservations_app.domain.timezones import zone
from reservations_app.store.records import fields_constructor
from reservations_app.ui.models.formatting import day_and_time, short_time, zone_abbreviation
from reservations_app.ui.models.table import Index, ObjectTableModel


@dataclass(frozen=True)
class SlotRow:
    """A free slot with its provider, at the provider's and the clinic's local time."""

    slot: Slot
    provider: Provider
    local_start: dt.datetime
    clinic_start: dt.datetime

    @property
    def zone_differs(self) -> bool:
        return self.local_start.utcoffset() != self.clinic_start.utcoffset()


@dataclass(frozen=True)
class ProviderHeading:
    """The row that leads a provider's slots, with how many are free."""

    provider: Provider
    free: int


Row = SlotRow | ProviderHeading  # a heading row leads each provider's slots


_new_slot_row = fields_constructor(SlotRow)  # a day has hundreds: no frozen __init__ each


def slot_rows(slots: Iterable[Slot], providers: Mapping[int, Provider],
              clinic_timezone: str) -> list[Row]:
    """The model's rows for a day's slots: by provider name, then time, each provider's after
    a heading. Slots of unknown providers (removed at another desk a moment ago) are left out.
    No Qt: the free-slot list makes them on the worker that read the slots."""
    clinic = zone(clinic_timezone)
    zones = {provider_id: zone(provider.timezone) for provider_id, provider in providers.items()}
    made = [_new_slot_row(slot, providers[slot.provider_id],
                          slot.start.astimezone(zones[slot.provider_id]),
                          slot.start.astimezone(clinic))
            for slot in slots if slot.provider_id in providers]
    made.sort(key=lambda r: (r.provider.name.casefold(), r.provider.id, r.slot.start))
    rows: list[Row] = []
    for _, group in groupby(made, key=lambda r: r.provider.id):
        members = list(group)
        rows.append(ProviderHeading(members[0].provider, len(members)))
        rows.extend(members)
    return rows


class SlotTableModel(ObjectTableModel[Row]):
    COL_TIME = 0
    COL_CLINIC_TIME = 1
    COL_PROVIDER = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Local time"), self.tr("Clinic time"), self.tr("Provider"))
        self._swatches: dict[str, QIcon] = {}

    def set_slots(self, slots: Iterable[Slot], providers: Mapping[int, Provider],
                  clinic_timezone: str) -> None:
        """Replace the rows: by provider name, then time. Slots of unknown providers (removed
        at another desk a moment ago) are left out."""
        self.set_rows(slot_rows(slots, providers, clinic_timezone))

    def set_rows(self, rows: list[Row]) -> None:
        """Replace the rows with what `slot_rows` made (e.g. on the worker that read them)."""
        self.set_items(rows)

    @property
    def shows_clinic_time(self) -> bool:
        """Whether any slot's local time differs from the clinic's (then that column matters)."""
        return any(isinstance(row, SlotRow) and row.zone_differs for row in self._items)

    @property
    def slot_count(self) -> int:
        return sum(1 for row in self._items if isinstance(row, SlotRow))

    def slot_row(self, row: int) -> SlotRow | None:
        """The slot on `row`, or None for a provider heading."""
        value = self._items[row]
        return value if isinstance(value, SlotRow) else None

    def heading_rows(self) -> list[int]:
        return [n for n, row in enumerate(self._items) if isinstance(row, ProviderHeading)]

    def row_of(self, provider_id: int, start: dt.datetime) -> int:
        return next((n for n, row in enumerate(self._items) if isinstance(row, SlotRow)
                     and row.provider.id == provider_id and row.slot.start == start), -1)

    def nearest_row(self, provider_id: int, start: dt.datetime) -> int:
        """The provider's first slot from `start` on, else the first slot of all; -1 if none."""
        for n, row in enumerate(self._items):
            if isinstance(row, SlotRow) and row.provider.id == provider_id and \
                    row.slot.start >= start:
                return n
        return self.first_slot_row()

    def first_slot_row(self) -> int:
        return next((n for n, row in enumerate(self._items) if isinstance(row, SlotRow)), -1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self.item_at(index), ProviderHeading):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def object_of(self, row: Row) -> Slot | Provider:
        return row.slot if isinstance(row, SlotRow) else row.provider

    def sort_key(self, row: Row, column: int) -> Any:
        if isinstance(row, ProviderHeading):
            return (row.provider.name.casefold(), 0.0)
        return (row.provider.name.casefold(), row.slot.start.timestamp())

    def display(self, row: Row, column: int) -> str | None:
        if isinstance(row, ProviderHeading):
            return self._heading_text(row) if column == self.COL_TIME else None
        return self._slot_text(row, column)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        if isinstance(row, ProviderHeading):
            return self._heading_data(row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_PROVIDER:
            # The heading names the provider; repeated per row it is only a quiet reminder.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _heading_data(self, heading: ProviderHeading, column: int, role: int) -> Any:
        if column != self.COL_TIME:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._swatch(heading.provider.color)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:  # a heading, not a greyed-out row
            return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Button)
        return None

    def _swatch(self, color: str) -> QIcon:
        """The provider's colour; the same in the disabled mode, since headings are not enabled
        (for the keyboard) yet must not look greyed out."""
        if color not in self._swatches:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(color))
            icon = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
                icon.addPixmap(pixmap, mode)
            self._swatches[color] = icon
        return self._swatches[color]

    def _heading_text(self, heading: ProviderHeading) -> str:
        provider = heading.provider
        return self.tr("{provider} · {zone} · {count} free").format(
            provider=provider.name, zone=provider.timezone.replace("_", " "), count=heading.free)

    def _slot_text(self, row: SlotRow, column: int) -> str:
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
