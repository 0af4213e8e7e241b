"""Waitlist entries as the desk reads them: client, visit, who with, when, urgency, status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from reservations_app.domain.waitlist import WishStatus
from reservations_app.services.waitlist import Entry, WaitingOffer
from reservations_app.ui.models.formatting import (
    day_and_time,
    day_label,
    short_time,
    weekday_short,
)
from reservations_app.ui.models.table import ObjectTableModel


@dataclass(frozen=True)
class Names:
    clients: Mapping[int, str] = field(default_factory=dict)
    providers: Mapping[int, str] = field(default_factory=dict)
    types: Mapping[int, str] = field(default_factory=dict)


STATUS_WORDS = {WishStatus.OPEN: QT_TRANSLATE_NOOP("WaitlistStatus", "Open"),
                WishStatus.BOOKED: QT_TRANSLATE_NOOP("WaitlistStatus", "Booked"),
                WishStatus.REMOVED: QT_TRANSLATE_NOOP("WaitlistStatus", "Removed"),
                WishStatus.LAPSED: QT_TRANSLATE_NOOP("WaitlistStatus", "Lapsed")}


def status_text(status: WishStatus) -> str:
    """An entry's status in the desk's language."""
    return QCoreApplication.translate("WaitlistStatus", str(STATUS_WORDS[status]))


class WaitlistModel(ObjectTableModel[Entry]):
    COL_CLIENT, COL_TYPE, COL_PROVIDERS, COL_DATES, COL_WHEN, COL_STATUS, COL_NOTE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Client"), self.tr("Visit"), self.tr("With"),
                         self.tr("Dates"), self.tr("When"), self.tr("Status"), self.tr("Note"))
        self.names = Names()
        self.offers: Mapping[int, WaitingOffer] = {}

    def set_entries(self, entries: list[Entry], names: Names,
                    offers: Mapping[int, WaitingOffer] | None = None) -> None:
        """`offers`: the entries whose offered hold still waits, by entry id."""
        self.names = names
        self.offers = offers or {}
        self.set_items(entries)

    def sort_key(self, entry: Entry, column: int) -> Any:
        return (not entry.wish.urgent, entry.wish.created_at) \
            if column == self.COL_STATUS else self.display(entry, column)

    def extra_data(self, entry: Entry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and entry.wish.urgent:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(entry, column)
        return None

    def display(self, entry: Entry, column: int) -> str:
        wish = entry.wish
        if column == self.COL_CLIENT:
            return self.names.clients.get(wish.client_id, f"#{wish.client_id}")
        if column == self.COL_TYPE:
            return self.names.types.get(wish.visit_type_id, f"#{wish.visit_type_id}")
        if column == self.COL_PROVIDERS:
            return ", ".join(self.names.providers.get(p, f"#{p}")
                             for p in sorted(wish.provider_ids)) or self.tr("Anyone")
        if column == self.COL_DATES:
            return f"{day_label(wish.first_day)} – {day_label(wish.last_day)}"
        if column == self.COL_WHEN:
            return self._when(entry)
        if column == self.COL_STATUS:
            status = self._status(entry)
            return self.tr("Urgent · %1").replace("%1", status) if wish.urgent else status
        return entry.note

    def _status(self, entry: Entry) -> str:
        offer = self.offers.get(entry.id) if entry.status is WishStatus.OPEN else None
        if offer is None:
            return status_text(entry.status)
        if offer.local_until is None:
            return self.tr("Offered %1").replace("%1", day_and_time(offer.local_start))
        return self.tr("Offered %1, held until %2").replace(
            "%1", day_and_time(offer.local_start)).replace("%2", short_time(offer.local_until))

    def _when(self, entry: Entry) -> str:
        wish = entry.wish
        days = ", ".join(weekday_short(d) for d in sorted(wish.weekdays)) \
            or self.tr("Any day")
        if wish.window is None:
            return days
        end = short_time(wish.window.end) if wish.window.end else self.tr("midnight")
        return f"{days}, {short_time(wish.window.start)}–{end}"
