"""A client's history, one click from the client: every reservation they ever had and, for
administrators, every audit row about them or their reservations.

Entry point: `ClientHistoryDialog(session, client_id, parent=None)`; `.open()` it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.access import Actor, Permission
from reservations_app.domain.model import AuditEntry, Booking, Client
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, booking, people
from reservations_app.services.changeset import BOOKINGS, PEOPLE
from reservations_app.ui.audit_model import AuditTableModel, describe
from reservations_app.ui.models.booking_model import status_label
from reservations_app.ui.models.formatting import day_label, short_time
from reservations_app.ui.models.table import SORT_ROLE, ObjectTableModel
from reservations_app.ui.phone_display import contact_line
from reservations_app.ui.session import Session

COL_START, COL_PROVIDER, COL_STATUS, COL_BOOKED, COL_NOTE = range(5)
PAGE = 1000


class ClientBookingsModel(ObjectTableModel[Booking]):
    """One client's reservations, each at its provider's local time."""

    def __init__(self, now: dt.datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Appointment"), self.tr("Provider"), self.tr("Status"),
                         self.tr("Booked"), self.tr("Note"))
        self._now = now

    def set_bookings(self, bookings: list[Booking], now: dt.datetime) -> None:
        self._now = now
        self.set_items(bookings)

    def sort_key(self, item: Booking, column: int) -> Any:
        reservation = item.reservation
        keys = {COL_START: reservation.start.isoformat(),
                COL_BOOKED: reservation.created_at.isoformat()}
        return keys.get(column, self.display(item, column))

    def display(self, item: Booking, column: int) -> str:
        reservation = item.reservation
        local = zone(item.provider_timezone)
        if column == COL_START:
            return _when(reservation.start.astimezone(local))
        if column == COL_PROVIDER:
            return item.provider_name
        if column == COL_STATUS:
            return status_label(item.effective_status(self._now))
        if column == COL_BOOKED:
            return _when(reservation.created_at.astimezone(local))
        return reservation.cancel_reason or ""


def _when(local: dt.datetime) -> str:
    """The date and time in the user's format; the sort keys keep the ISO order."""
    return f"{day_label(local.date())} {short_time(local)}"


def _table(model: QSortFilterProxyModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _proxy(source: QAbstractTableModel, parent: QObject) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(source)
    proxy.setSortRole(SORT_ROLE)
    return proxy


class ClientHistoryDialog(QDialog):
    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientHistory")
        self._session = session
        self._client_id = client_id
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.bookings = ClientBookingsModel(session.now(), self)
        self.bookings_proxy = _proxy(self.bookings, self)
        self.bookings_table = _table(self.bookings_proxy, "historyBookings")
        self.bookings_table.setAccessibleName(self.tr("Bookings of this client"))
        self.bookings_table.setSortingEnabled(True)
        self.bookings_table.sortByColumn(COL_START, Qt.SortOrder.DescendingOrder)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.bookings_table, self.tr("Reservations"))
        self.audit: AuditTableModel | None = None
        if session.may(Permission.VIEW_AUDIT):
            self.tabs.addTab(self._audit_tab(), self.tr("Audit trail"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.error, self.tabs, self.buttons):
            layout.addWidget(widget)
        self.resize(820, 480)
        self._request = 0  # an answer to an older reload is dropped
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self._session.ops.watch(self, (BOOKINGS, PEOPLE), self.reload)
        if self.audit is not None:
            self.audit.load_failed.connect(self.error.setText)
            self.audit_table.selectionModel().selectionChanged.connect(self._show_audit_row)

    def _audit_tab(self) -> QWidget:
        actor, client_id = self._session.actor, self._client_id

        def fetch(offset: int, limit: int) -> list[AuditEntry]:
            return audit.list_entries(actor, client_id=client_id, limit=limit, offset=offset)

        self._zone = self._session.clinic_zone()
        self.audit = AuditTableModel(self._zone, fetch, parent=self, runner=self._session.ops)
        self.audit_table = _table(_proxy(self.audit, self), "historyAudit")
        self.audit_detail = QPlainTextEdit()
        self.audit_detail.setReadOnly(True)
        self.audit_detail.setPlaceholderText(self.tr("Select a row to see what changed."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.audit_table)
        splitter.addWidget(self.audit_detail)
        return splitter

    @Slot()
    def reload(self) -> None:
        """Ask for the client and their bookings; what is shown stays until they arrive."""
        self._request += 1
        request, actor, client_id, now = (self._request, self._session.actor, self._client_id,
                                          self._session.now())
        self._session.ops.query(
            lambda: (people.get_client(actor, client_id), _all_bookings(actor, client_id, now)),
            lambda found: self._loaded(request, now, *found),
            lambda exc: self.error.setText(exc.message), owner=self)

    def _loaded(self, request: int, now: dt.datetime, client: Client,
                found: list[Booking]) -> None:
        if request != self._request:
            return  # a later reload answers
        self.error.clear()
        self.setWindowTitle(self.tr("History of {name}").format(name=client.name))
        contact = contact_line(self._session, client)
        self.heading.setText(f"<b>{client.name}</b>" + (f" — {contact}" if contact else ""))
        self.bookings.set_bookings(found, now)
        if self.audit is not None:
            self.audit.reload()

    @Slot(QItemSelection, QItemSelection)
    def _show_audit_row(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.audit_table.selectionModel().selectedRows()
        if not rows or self.audit is None:
            self.audit_detail.clear()
            return
        proxy = self.audit_table.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        entry = self.audit.entry(proxy.mapToSource(rows[0]).row())
        self.audit_detail.setPlainText(describe(entry, self._zone))


def _all_bookings(actor: Actor, client_id: int, now: dt.datetime) -> list[Booking]:
    """Every booking of the client, page by page (on the runner's read worker)."""
    found: list[Booking] = []
    while True:
        page = booking.list_bookings(actor, now, client_id=client_id, limit=PAGE,
                                     offset=len(found))
        found += page
        if len(page) < PAGE:
            return found
