"""Find a client as you type (name, email or phone digits), keyboard only."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.model import Client
from reservations_app.services import people
from reservations_app.services.changeset import PEOPLE, SETTINGS
from reservations_app.ui.booking.views import list_table
from reservations_app.ui.models.client_model import ClientTableModel
from reservations_app.ui.phone_display import ClientRows, phone_region
from reservations_app.ui.session import Session

SEARCH_DELAY_MS = 150
# Below this width the email column goes (its text stays in the row's tool tip), so names are
# not cut to "E…" on a 1024-pixel screen.
EMAIL_COLUMN_MIN_WIDTH = 420
COUNT_AT_MOST = 1000  # beyond this the desk types more, and counting would read every client
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class ClientFinder(QWidget):
    client_changed = Signal(object)  # the chosen Client, or None
    client_accepted = Signal()  # Enter on a client: the desk is ready to pick a slot
    load_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._current: Client | None = None
        self._accept_when_loaded = False  # Enter came while the search was still on its way
        self.model = ClientRows(lambda: phone_region(session), parent=self, runner=session.ops)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect_signals()
        self.run_search()

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, email or phone digits"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Find client"))
        self.search_edit.installEventFilter(self)
        label = QLabel(self.tr("&Client:"), self)
        label.setBuddy(self.search_edit)
        self.new_button = QPushButton(self.tr("&New client…"), self)
        self.new_button.setAccessibleName(self.tr("New client"))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Clients found"))
        self.history_button = QPushButton(self.tr("&History…"), self)
        self.history_button.setAccessibleName(self.tr("Client's history"))
        self.history_button.setToolTip(self.tr("The chosen client's reservations (Ctrl+H)"))
        self.table = list_table(self.tr("Clients"), self)
        self.table.setModel(self.model)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ClientTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ClientTableModel.COL_EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ClientTableModel.COL_PHONE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        # Fitted to the rows on screen: fitted to every row of a page, the start formatted
        # hundreds of phone numbers nobody had scrolled to.
        header.setResizeContentsPrecision(0)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.history_button)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.search_edit, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.history_button)

    def _connect_signals(self) -> None:
        self.search_edit.textEdited.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.run_search)
        self.model.load_failed.connect(self.load_failed)
        self.model.modelReset.connect(self._select_first_row)
        self.model.loaded.connect(self._on_loaded)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(self._accept)
        self._session.ops.watch(self, (PEOPLE, SETTINGS), self.refresh)  # phones follow the region

    # Public --------------------------------------------------------------------------------
    def current_client(self) -> Client | None:
        return self._current

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    @Slot()
    def run_search(self) -> None:
        """Search now for what is typed (typing waits a moment so each key does not query)."""
        self._search_timer.stop()
        text, actor = self.search_edit.text(), self._session.actor
        self.model.set_source(lambda offset, limit: people.search_clients(
            actor, text, limit=limit, offset=offset))
        self._show_count(text)

    @Slot()
    def refresh(self) -> None:
        """Reload the results (another desk may have changed clients), keeping the choice."""
        self.model.refresh()
        self._show_count(self.search_edit.text())

    def select_client(self, client: Client) -> None:
        """Show `client` (e.g. just added) and choose it: chosen at once, shown in the list
        when the search answers."""
        self.search_edit.setText(client.email or client.name)
        self.run_search()
        self._set_current(client)
        row = self.model.row_of(client.id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, ClientTableModel.COL_NAME))

    # Internals -----------------------------------------------------------------------------
    def _show_count(self, text: str) -> None:
        actor = self._session.actor
        self._session.ops.query(
            lambda: people.count_clients(actor, text, at_most=COUNT_AT_MOST),
            lambda count: self._show_counted(text, count), owner=self,
            on_error=lambda error: self.load_failed.emit(error.message))

    def _show_counted(self, text: str, count: int) -> None:
        if text != self.search_edit.text():
            return  # counted for what was typed before; the newer count follows
        if count >= COUNT_AT_MOST:
            self.count_label.setText(self.tr("{count} or more clients found").format(
                count=QLocale().toString(COUNT_AT_MOST)))
            return
        self.count_label.setText(self.tr("%n client(s) found", "", count))

    @Slot()
    def _select_first_row(self) -> None:
        """Keep the chosen client; otherwise choose only a single match. Among several (three
        Patels) nobody is chosen until the desk picks one: a hold must never go to a client
        the receptionist did not choose."""
        keep = self._current.id if self._current else None
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount() == 1 and not self.model.canFetchMore() \
                and self.search_edit.text().strip():
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, ClientTableModel.COL_NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._set_current(self.model.item(row) if row >= 0 else None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.item(current.row()) if current.isValid() else None)

    def _set_current(self, client: Client | None) -> None:
        if client != self._current:
            self._current = client
            self.client_changed.emit(client)

    @Slot()
    def _accept(self) -> None:
        if self.model.loading:  # Enter right after typing: take what the search finds
            self._accept_when_loaded = True
            return
        if self._current is not None:
            self.client_accepted.emit()

    @Slot()
    def _on_loaded(self) -> None:
        if self._accept_when_loaded:
            self._accept_when_loaded = False
            self._accept()

    def _fit_columns(self) -> None:
        narrow = self.table.viewport().width() < EMAIL_COLUMN_MIN_WIDTH
        if self.table.isColumnHidden(ClientTableModel.COL_EMAIL) != narrow:
            self.table.setColumnHidden(ClientTableModel.COL_EMAIL, narrow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the results; Enter takes the client."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        if watched is self.search_edit and key in _NAVIGATION_KEYS:
            QApplication.sendEvent(self.table, QKeyEvent(event.type(), event.key(),
                                                         event.modifiers()))
            return True
        plain = (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == \
            Qt.KeyboardModifier.NoModifier
        if key in _ENTER_KEYS and plain:
            self._run_pending_search()
            self._accept()
            return True
        return super().eventFilter(watched, event)

    def _run_pending_search(self) -> None:
        if self._search_timer.isActive():
            self.run_search()
