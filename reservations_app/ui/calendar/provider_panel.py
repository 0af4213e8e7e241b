"""The provider list with its search box and the buttons to add or change a provider."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.model import Provider
from reservations_app.ui.calendar.provider_model import (
    COL_NAME,
    ProviderFilter,
    ProviderModel,
)
from reservations_app.ui.models.table import OBJECT_ROLE


class ProviderPanel(QWidget):
    provider_selected = Signal(object)  # Provider | None

    def __init__(self, new_action: QAction, edit_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProviderModel(self)
        self.proxy = ProviderFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search providers"))
        self.search.setAccessibleName(self.tr("Search providers"))
        self.search.setClearButtonEnabled(True)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setModelColumn(COL_NAME)
        self.view.setAccessibleName(self.tr("Providers"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._lay_out(new_action, edit_action)
        self._current: Provider | None = None
        self._connect_signals()

    def _lay_out(self, new_action: QAction, edit_action: QAction) -> None:
        buttons = QHBoxLayout()
        self.buttons: list[QToolButton] = []  # under the list: Tab reaches them next
        for action in (new_action, edit_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            self.buttons.append(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)

    def set_providers(self, providers: Sequence[Provider], keep_id: int | None) -> None:
        """New data; the provider with `keep_id` (else the first) stays selected."""
        self.model.set_providers(providers)
        wanted = keep_id if self.model.row_of(keep_id or -1) is not None else None
        if wanted is None and self.proxy.rowCount():
            first = self.proxy.provider_at(0)
            wanted = first.id if first else None
        self.select(wanted)

    def select(self, provider_id: int | None) -> None:
        row = self.model.row_of(provider_id) if provider_id is not None else None
        if row is None:
            self.view.clearSelection()
            self._emit_if_changed(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        self.view.setCurrentIndex(index)
        self._emit_if_changed(self.model.provider(row))

    def current(self) -> Provider | None:
        return self._current

    def _emit_if_changed(self, provider: Provider | None) -> None:
        if provider != self._current:
            self._current = provider
            self.provider_selected.emit(provider)

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if self._current is not None and self.model.row_of(self._current.id) is not None:
            row = self.model.row_of(self._current.id) or 0
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
            if index.isValid():
                self.view.setCurrentIndex(index)

    @Slot()
    def _search_entered(self) -> None:
        """Enter in the search box takes the first match."""
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, COL_NAME))
            self.view.setFocus()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            self._emit_if_changed(indexes[0].data(OBJECT_ROLE))
