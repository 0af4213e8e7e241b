"""Today at the desk: who has arrived and is waiting (and for how long), who is late, who is
due in the next hour. Double-click or Enter shows the visit in the appointment book."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Booking
from reservations_app.domain.timezones import zone
from reservations_app.services import front_desk
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SETTINGS
from reservations_app.ui.models.formatting import short_time
from reservations_app.ui.models.table import OBJECT_ROLE, ObjectTableModel
from reservations_app.ui.session import Session

REFRESH_MS = 60_000  # minutes waited and "late" move on by themselves


class Standing(IntEnum):
    """In the order the desk needs them: waiting clients first."""

    WAITING = 0
    LATE = 1
    DUE = 2


@dataclass(frozen=True)
class ArrivalRow:
    """One line of the arrivals list."""

    standing: Standing
    booking: Booking
    since: dt.datetime  # arrived at (waiting) or the visit's start


def rows_of(arrivals: front_desk.Arrivals) -> list[ArrivalRow]:
    rows = [ArrivalRow(Standing.WAITING, w.booking, w.arrived_at) for w in arrivals.waiting]
    rows += [ArrivalRow(Standing.LATE, b, b.reservation.start) for b in arrivals.late]
    rows += [ArrivalRow(Standing.DUE, b, b.reservation.start) for b in arrivals.due]
    return rows


class ArrivalsModel(ObjectTableModel[ArrivalRow]):
    COL_TIME, COL_CLIENT, COL_PROVIDER, COL_STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Time"), self.tr("Client"), self.tr("With"), self.tr("State"))
        self._now = dt.datetime.now(dt.UTC)
        self._zone = "UTC"

    def set_rows(self, rows: list[ArrivalRow], now: dt.datetime, clinic_zone: str) -> None:
        self._now, self._zone = now, clinic_zone
        self.set_items(rows)

    def set_now(self, now: dt.datetime) -> None:
        self._now = now
        if self._items:
            self.dataChanged.emit(self.index(0, self.COL_STATE),
                                  self.index(len(self._items) - 1, self.COL_STATE))

    def object_of(self, row: ArrivalRow) -> Booking:
        return row.booking

    def sort_key(self, row: ArrivalRow, column: int) -> Any:
        return (row.standing, row.booking.reservation.start)

    def display(self, row: ArrivalRow, column: int) -> str:
        if column == self.COL_TIME:
            return short_time(row.booking.reservation.start.astimezone(zone(self._zone)))
        if column == self.COL_CLIENT:
            return row.booking.client_name
        if column == self.COL_PROVIDER:
            return row.booking.provider_name
        return self.state_text(row)

    def state_text(self, row: ArrivalRow) -> str:
        minutes = abs(int((self._now - row.since).total_seconds() // 60))
        if row.standing is Standing.WAITING:
            return self.tr("waiting %1 min").replace("%1", str(minutes))
        if row.standing is Standing.LATE:
            return self.tr("late %1 min").replace("%1", str(minutes))
        return self.tr("due in %1 min").replace("%1", str(max(0, -int(
            (self._now - row.since).total_seconds() // 60))))


class ArrivalsPanel(QWidget):
    booking_chosen = Signal(int)  # reservation id
    load_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = ArrivalsModel(self)
        self.title = QLabel(self.tr("<b>Arrivals today</b>"), self)
        self.title.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Arrivals today"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its texts, the pane scrolling sideways when they do not
        # fit: a stretched name column gave way to the others in a narrow pane ("12 Min.
        # verspätet", "Dr. Sofia Marquez") until the names showed as "L… J…".
        # Fit the columns to the rows in view, not to the first 1,000 (Qt's default): asking
        # for every cell's text of a busy day's list cost more than the rest of the start.
        header.setResizeContentsPrecision(0)
        self.empty_label = QLabel(self.tr("Nobody is due in the next hour."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self.table.activated.connect(self._chosen)
        self.table.doubleClicked.connect(self._chosen)
        session.ops.watch(self, {BOOKINGS, PEOPLE, SETTINGS}, self.reload)
        self._timer.start()
        self.reload()

    @Slot()
    def reload(self) -> None:
        actor, now = self._session.actor, self._session.now()
        self._session.ops.query(lambda: front_desk.arrivals(actor, now),
                                lambda found: self._show(found, now), self._failed, owner=self)

    def _show(self, arrivals: front_desk.Arrivals, now: dt.datetime) -> None:
        chosen = self.current_booking()
        rows = rows_of(arrivals)
        self.model.set_rows(rows, now, self._session.policy().clinic_timezone)
        self.empty_label.setVisible(not rows)
        waiting = len(arrivals.waiting)
        self.title.setText(self.tr("<b>Arrivals today</b> · %1 waiting · %2 late · %3 due")
                           .replace("%1", str(waiting)).replace("%2", str(len(arrivals.late)))
                           .replace("%3", str(len(arrivals.due))))
        if chosen is not None:
            self._select(chosen.reservation.id)

    def _failed(self, error: DomainError) -> None:
        self.load_failed.emit(error.message)

    def current_booking(self) -> Booking | None:
        index = self.table.currentIndex()
        value = self.model.data(index, OBJECT_ROLE) if index.isValid() else None
        return value if isinstance(value, Booking) else None

    def _select(self, reservation_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).booking.reservation.id == reservation_id:
                self.table.selectRow(row)
                return

    @Slot(QModelIndex)
    def _chosen(self, index: QModelIndex) -> None:
        row = self.model.item_at(index)
        if row is not None:
            self.booking_chosen.emit(row.booking.reservation.id)
