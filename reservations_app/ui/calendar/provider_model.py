"""Providers as a table, and the proxy the search box filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from reservations_app.domain.model import Provider
from reservations_app.ui.models.table import OBJECT_ROLE, SORT_ROLE, ObjectTableModel

COL_NAME, COL_EMAIL, COL_TIMEZONE = range(3)



class ProviderModel(ObjectTableModel[Provider]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Email"), self.tr("Time zone"))

    def set_providers(self, providers: Sequence[Provider]) -> None:
        self.set_items(providers)

    def provider(self, row: int) -> Provider:
        return self.item(row)

    def row_of(self, provider_id: int) -> int | None:
        row = self.row_where(lambda provider: provider.id == provider_id)
        return None if row < 0 else row

    def display(self, provider: Provider, column: int) -> str:
        return (provider.name, provider.email, provider.timezone)[column]

    def sort_key(self, provider: Provider, column: int) -> Any:
        return (provider.name.casefold(), provider.email, provider.timezone)[column]

    def extra_data(self, provider: Provider, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{provider.name}\n{provider.email}\n{provider.timezone}"
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return QColor(provider.color)
        return None


class ProviderFilter(QSortFilterProxyModel):
    """Matches the search text against name, email and zone, ignoring case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def provider_at(self, row: int) -> Provider | None:
        index = self.index(row, COL_NAME)
        return index.data(OBJECT_ROLE) if index.isValid() else None
