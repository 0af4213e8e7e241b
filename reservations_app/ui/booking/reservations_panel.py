"""The day's and upcoming reservations: filter by status, search, sort; pick one to act on."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Booking, Client, Status
from reservations_app.services import booking as booking_service
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SETTINGS
from reservations_app.ui.booking.views import list_table
from reservations_app.ui.models.booking_model import BookingTableModel
from reservations_app.ui.models.booking_proxy import BookingFilterProxy
from reservations_app.ui.models.table import Fetch
from reservations_app.ui.session import Session

UPCOMING_DAYS = 56
# A few screenfuls: a busy day of the clinic has over a thousand bookings, and loading (and
# sorting) 200 of them on each day switch cost more than the switch's own slot search.
PAGE_SIZE = 50
# The status filter's choices, in the order of its combo box.
STATUS_CHOICES: tuple[tuple[Status, ...] | None, ...] = (
    None, (Status.PENDING, Status.CONFIRMED), (Status.PENDING,), (Status.CONFIRMED,),
    (Status.CANCELLED,), (Status.EXPIRED,))
SCOPE_DAY, SCOPE_UPCOMING = "day", "upcoming"
SEARCH_DELAY_MS = 200


class ReservationsPanel(QWidget):
    booking_selected = Signal(object)  # the Booking picked in the list, or None
    load_failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._day = session.clinic_today()
        self._client: Client | None = None
        self._quiet = False  # True while reloading: re-selecting a row is not the user's pick
        self._select_on_load: int | None = None
        self._search_timer = QTimer(self)  # the search asks the database once typing pauses
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.model = BookingTableModel(session.now, page_size=PAGE_SIZE, parent=self,
                                       runner=session.ops)
        self.proxy = BookingFilterProxy(session.now, self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.scope_combo = self._combo(self.tr("Which reservations"), [
            (self.tr("On the chosen day"), SCOPE_DAY),
            (self.tr("Upcoming (8 weeks)"), SCOPE_UPCOMING)])
        self.status_combo = self._combo(self.tr("Status filter"), [
            (self.tr("Any status"), 0), (self.tr("Held or confirmed"), 1), (self.tr("Held"), 2),
            (self.tr("Confirmed"), 3), (self.tr("Cancelled"), 4), (self.tr("Expired"), 5)])
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search client or provider"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search reservations"))
        self.client_only_check = QCheckBox(self.tr("Only the chosen c&lient"), self)
        self.client_only_check.setAccessibleName(self.tr("Only the chosen client"))
        self.table = list_table(self.tr("Reservations"), self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BookingTableModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (BookingTableModel.COL_CLIENT, BookingTableModel.COL_PROVIDER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in ((BookingTableModel.COL_WHEN, 200),
                              (BookingTableModel.COL_STATUS, 110),
                              (BookingTableModel.COL_LEFT, 90)):
            # never narrower than the column's title ("Tiempo de retención" needs 130 px)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.table, 1)

    def _combo(self, accessible_name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible_name)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _filter_row(self) -> QHBoxLayout:
        title = QLabel(self.tr("&Reservations:"), self)
        title.setBuddy(self.scope_combo)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.scope_combo)
        row.addWidget(self.status_combo)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.client_only_check)
        row.addWidget(self.count_label)
        return row

    def _connect_signals(self) -> None:
        self.scope_combo.currentIndexChanged.connect(self.refresh)
        self.client_only_check.toggled.connect(self.refresh)
        self.status_combo.currentIndexChanged.connect(self._apply_status)
        self.search_edit.textChanged.connect(self.proxy.set_text)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.refresh)
        self.model.load_failed.connect(self.load_failed)
        self.model.modelAboutToBeReset.connect(self._quieten)
        self.model.loaded.connect(self._on_loaded)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._session.ops.watch(self, (BOOKINGS, PEOPLE, SETTINGS), self.refresh)

    # Public --------------------------------------------------------------------------------
    def set_day(self, day: dt.date) -> None:
        self._day = day
        if self.scope_combo.currentData() == SCOPE_DAY:
            self.refresh()

    def set_client(self, client: Client | None) -> None:
        self._client = client
        if self.client_only_check.isChecked():
            self.refresh()

    def set_statuses(self, statuses: tuple[Status, ...] | None) -> None:
        self.status_combo.setCurrentIndex(STATUS_CHOICES.index(statuses))

    def current_booking(self) -> Booking | None:
        index = self.table.currentIndex()
        return self.proxy.booking(index.row()) if index.isValid() else None

    def select_reservation(self, reservation_id: int) -> bool:
        source_row = self.model.row_of(reservation_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        # Scroll once the view has laid out the rows it was just given.
        persistent = QPersistentModelIndex(index)
        QTimer.singleShot(0, lambda: self._scroll_to(persistent))
        return True

    def _scroll_to(self, persistent: QPersistentModelIndex) -> None:
        if persistent.isValid():
            self.table.scrollTo(self.proxy.index(persistent.row(), persistent.column()))

    @Slot()
    def refresh(self) -> None:
        """Load the list again (on the runner), keeping the selected reservation."""
        keep = self.current_booking()
        if keep is not None and self._select_on_load is None:
            self._select_on_load = keep.reservation.id
        self.model.set_clinic_timezone(self._clinic_timezone())
        self.model.set_source(self._fetcher())

    def select_when_loaded(self, reservation_id: int) -> None:
        """Select this reservation once the list that is loading now is in."""
        self._select_on_load = reservation_id

    @Slot()
    def _quieten(self) -> None:
        self._quiet = True  # the reset and the re-selection that follows are not the user's

    @Slot()
    def _on_loaded(self) -> None:
        keep, self._select_on_load = self._select_on_load, None
        try:
            if keep is not None:
                self.select_reservation(keep)
        finally:
            self._quiet = False

    @Slot()
    def tick(self) -> None:
        self.model.tick()

    # Internals -----------------------------------------------------------------------------
    def _fetcher(self) -> Fetch | None:
        actor, now = self._session.actor, self._session.now()
        client_id = self._client.id if self._client and self.client_only_check.isChecked() \
            else None
        if client_id is None and self.client_only_check.isChecked():
            return None
        # The search goes to the database too: filtering only the loaded page lost rows of
        # the searched client whenever a new booking pushed them past the page's end.
        text = self.search_edit.text().strip() or None
        if self.scope_combo.currentData() == SCOPE_DAY:
            day = self._day
            return lambda offset, limit: booking_service.list_bookings(
                actor, now, local_date=day, client_id=client_id, limit=limit, offset=offset,
                text=text)
        first = self._clinic_today()
        last = first + dt.timedelta(days=UPCOMING_DAYS)
        return lambda offset, limit: booking_service.list_bookings(
            actor, now, first=first, last=last, client_id=client_id, limit=limit, offset=offset,
            text=text)

    def _clinic_timezone(self) -> str | None:
        try:
            return self._session.policy().clinic_timezone
        except DomainError:
            return None

    def _clinic_today(self) -> dt.date:
        return self._session.clinic_today()

    @Slot()
    def _apply_status(self) -> None:
        self.proxy.set_statuses(STATUS_CHOICES[self.status_combo.currentIndex()])

    @Slot()
    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n shown", "", self.proxy.rowCount()))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        self.booking_selected.emit(self.proxy.booking(current.row()) if current.isValid()
                                   else None)
