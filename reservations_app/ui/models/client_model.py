"""Clients found by a search, loaded a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from reservations_app.domain.model import Client
from reservations_app.domain.people import phone_digits
from reservations_app.ui.models.table import ObjectTableModel, Runner


class ClientTableModel(ObjectTableModel[Client]):
    COL_NAME = 0
    COL_EMAIL = 1
    COL_PHONE = 2

    def __init__(self, parent: QObject | None = None, *, page_size: int = 50,
                 runner: Runner | None = None) -> None:
        super().__init__(parent, page_size=page_size, runner=runner)
        self._headers = (self.tr("Name"), self.tr("Email"), self.tr("Phone"))

    def display(self, item: Client, column: int) -> str:
        if column == self.COL_NAME:
            return item.name
        if column == self.COL_EMAIL:
            return item.email or ""
        return item.phone or ""

    def sort_key(self, item: Client, column: int) -> Any:
        if column == self.COL_PHONE:
            return phone_digits(item.phone) or ""
        return self.display(item, column).casefold()

    def extra_data(self, item: Client, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (item.name, item.email, item.phone) if part)
        return None

    def row_of(self, client_id: int) -> int:
        return self.row_where(lambda client: client.id == client_id)
