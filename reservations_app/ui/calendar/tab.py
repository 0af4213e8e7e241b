"""A minimal calendar tab: the providers and their time zones. The full week-grid editor
replaces this module; it keeps the same constructor and `undo_stack`."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from reservations_app.domain.errors import DomainError
from reservations_app.services import people
from reservations_app.ui.session import Session


class CalendarTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.undo_stack = QUndoStack(self)
        self.provider_list = QListWidget(self)
        self.provider_list.setAccessibleName(self.tr("Providers"))
        self.status_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Providers"), self))
        layout.addWidget(self.provider_list, 1)
        layout.addWidget(self.status_label)
        session.people_changed.connect(self.refresh)
        session.schedule_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            providers = people.list_providers(self._session.actor)
        except DomainError as exc:
            self.status_label.setText(exc.message)
            return
        self.provider_list.clear()
        for provider in providers:
            self.provider_list.addItem(f"{provider.name} ({provider.timezone})")
        self.status_label.setText(self.tr("Providers: {count}").format(count=len(providers)))
