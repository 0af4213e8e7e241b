"""Providers as a table, and the proxy the search box filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from reservations_app.domain.model import Provider

COL_NAME, COL_EMAIL, COL_TIMEZONE = range(3)
PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ProviderModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._providers: list[Provider] = []
        self._headers = [self.tr("Name"), self.tr("Email"), self.tr("Time zone")]

    def set_providers(self, providers: Sequence[Provider]) -> None:
        self.beginResetModel()
        self._providers = list(providers)
        self.endResetModel()

    def provider(self, row: int) -> Provider:
        return self._providers[row]

    def row_of(self, provider_id: int) -> int | None:
        for row, provider in enumerate(self._providers):
            if provider.id == provider_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._providers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._providers):
            return None
        provider = self._providers[index.row()]
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
