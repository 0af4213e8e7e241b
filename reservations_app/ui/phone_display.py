"""Phone numbers as the desk reads them: stored in E.164, shown nationally for the clinic's
phone region ('(555) 010-2030') and internationally otherwise ('+49 30 1234567')."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Client
from reservations_app.domain.people import format_phone
from reservations_app.ui.models.client_model import ClientTableModel
from reservations_app.ui.models.table import Runner
from reservations_app.ui.session import Session

DEFAULT_REGION = "US"


def phone_region(session: Session) -> str:
    """The clinic's phone region (read with the clinic's settings, so a change applies)."""
    try:
        return session.policy().phone_region
    except DomainError:
        return DEFAULT_REGION


def shown_phone(session: Session, phone: str | None) -> str:
    return format_phone(phone, phone_region(session))


def contact_line(session: Session, client: Client) -> str:
    """'ann@mail.example · (555) 010-1111', leaving out what the client has not given."""
    return " · ".join(part for part in (client.email, shown_phone(session, client.phone))
                      if part)


class ClientRows(ClientTableModel):
    """The client table with each phone in the clinic's format (sorting still by digits)."""

    def __init__(self, region: Callable[[], str], parent: QObject | None = None, *,
                 runner: Runner | None = None) -> None:
        super().__init__(parent=parent, runner=runner)
        self._region = region

    def display(self, item: Client, column: int) -> str:
        if column == self.COL_PHONE:
            return format_phone(item.phone, self._region())
        return super().display(item, column)

    def extra_data(self, item: Client, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            phone = format_phone(item.phone, self._region())
            return "\n".join(part for part in (item.name, item.email, phone) if part)
        return super().extra_data(item, column, role)
