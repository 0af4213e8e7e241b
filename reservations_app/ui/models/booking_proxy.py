"""Sort and filter the reservation list: by what the desk sees as the status, and by text."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from reservations_app.domain.model import Booking, Status
from reservations_app.ui.models.table import OBJECT_ROLE, SORT_ROLE
from reservations_app.ui.session import Clock


class BookingFilterProxy(QSortFilterProxyModel):
    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._statuses: frozenset[Status] | None = None
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_statuses(self, statuses: Iterable[Status] | None) -> None:
        """Show only these (effective) statuses; None shows all."""
        self.beginFilterChange()
        self._statuses = None if statuses is None else frozenset(statuses)
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        """Show rows whose client or provider name contains `text` (any case)."""
        self.beginFilterChange()
        self._needle = " ".join(text.split()).casefold()
        self.endFilterChange()

    def booking(self, row: int) -> Booking:
        value = self.index(row, 0).data(OBJECT_ROLE)
        assert isinstance(value, Booking)
        return value

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._statuses is None and not self._needle:
            return True  # nothing to filter by: no row's booking is asked for on each reload
        source = self.sourceModel()
        booking = source.index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(booking, Booking):
            return False
        if self._statuses is not None and \
                booking.effective_status(self._clock()) not in self._statuses:
            return False
        if self._needle:
            haystack = f"{booking.client_name} {booking.provider_name}".casefold()
            return self._needle in haystack
        return True
