"""Providers as a table, and the proxy the search box filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from reservations_app.domain.model import Provider
from reservations_app.ui.models.objects import ObjectTableModel
from reservations_app.ui.models.roles import OBJECT_ROLE, SORT_ROLE

COL_NAME, COL_EMAIL, COL_TIMEZONE = range(3)
PROVIDER_ROLE = OBJECT_ROLE

Index = QModelIndex | QPersistentModelIndex


class ProviderModel(ObjectTableModel[Provider]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Name"), self.tr("Email"), self.tr("Time zone"))

    def set_providers(self, providers: Sequence[Provider]) -> None:
        self.beginResetModel()
        self._items = list(providers)
        self.endResetModel()

    def provider(self, row: int) -> Provider:
        return self.item(row)

    def row_of(self, provider_id: int) -> int | None:
        for row, provider in enumerate(self._items):
            if provider.id == provider_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        provider = self.item_at(index)
        if provider is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (provider.name, provider.email, provider.timezone)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{provider.name}\n{provider.email}\n{provider.timezone}"
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return QColor(provider.color)
        if role == PROVIDER_ROLE:
            return provider
        if role == SORT_ROLE:
            return (provider.name.casefold(), provider.email, provider.timezone)[column]
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
        return index.data(PROVIDER_ROLE) if index.isValid() else None
