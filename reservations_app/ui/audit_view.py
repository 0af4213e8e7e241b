"""The audit trail screen (administrators): filters, a lazily loaded table, and the detail of the
selected row with its before/after as indented JSON.

Entry point: `AuditView(session, parent=None)`; `show_audit_window(session, parent)` opens it
in a window of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QItemSelection,
    QLocale,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.access import Permission
from reservations_app.domain.model import AuditEntry, Client
from reservations_app.domain.timezones import wall_to_utc
from reservations_app.services import audit, audit_names, auth, people
from reservations_app.ui.audit_model import RAW_COLUMNS, AuditTableModel, describe
from reservations_app.ui.audit_words import sentence
from reservations_app.ui.models.formatting import day_label, short_time
from reservations_app.ui.models.table import SORT_ROLE
from reservations_app.ui.session import Session

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"
ACTIONS = ("login", "unlock", "access.denied", "reservation", "client", "provider",
           "availability", "settings", "user", "database")
_CLIENT_ID = re.compile(r"\(#(\d+)\)\s*$")


@dataclass(frozen=True)
class AuditFilters:
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    who: str | None = None
    action: str | None = None
    client_id: int | None = None


class AuditFilterBar(QWidget):
    """Date range, user, client and action; `filters_applied` carries an AuditFilters."""

    filters_applied = Signal(object)

    def __init__(self, session: Session, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._zone = tz
        self.since = self._date_edit()
        self.since.setAccessibleName(self.tr("From date"))
        self.until = self._date_edit()
        self.until.setAccessibleName(self.tr("Until date"))
        self.who = QComboBox()
        self.who.setEditable(True)
        self.action = QComboBox()
        self.action.setEditable(True)
        self.client = QLineEdit()
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setPlaceholderText(self.tr("Any client: type a name, email or phone"))
        self._suggestions = QStringListModel(self)
        self.client.setCompleter(QCompleter(self._suggestions, self.client))
        self.apply = QPushButton(self.tr("Apply"))
        self.clear = QPushButton(self.tr("Clear"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(200)
        self._fill_choices()
        self._lay_out()
        self._connect_signals()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        return edit

    def _fill_choices(self) -> None:
        """The user names arrive from the runner ("system" is there at once)."""
        self.who.addItems(["", "system"])
        actor = self._session.actor
        self._session.ops.query(lambda: [user.username for user in auth.list_users(actor)],
                                lambda names: self.who.insertItems(1, names),
                                lambda _: None, owner=self)  # no names: free text still works
        self.action.addItem("")
        self.action.addItems(ACTIONS)
        for combo, hint in ((self.who, self.tr("Anyone")), (self.action, self.tr("Any action"))):
            line = combo.lineEdit()
            if line is not None:
                line.setPlaceholderText(hint)

    def _lay_out(self) -> None:
        form = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(self.tr("From"), dates)
        form.addRow(self.tr("User"), self.who)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Action"), self.action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.clear)
        buttons.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.apply.clicked.connect(self.apply_filters)
        self.clear.clicked.connect(self.clear_filters)
        self.client.textEdited.connect(self._search.start)
        self.client.returnPressed.connect(self.apply_filters)
        self._search.timeout.connect(self.suggest_clients)

    @Slot()
    def suggest_clients(self) -> None:
        actor, text = self._session.actor, self.client.text()
        self._session.ops.query(lambda: people.search_clients(actor, text, limit=20),
                                lambda found: self._suggest(text, found), lambda _: None,
                                owner=self)

    def _suggest(self, text: str, found: list[Client]) -> None:
        if text != self.client.text():
            return  # typed on meanwhile: the next search answers
        self._suggestions.setStringList([f"{c.name} (#{c.id})" for c in found])
        self.client.completer().complete()

    def _local_midnight(self, value: QDate) -> dt.datetime | None:
        if value == NO_DATE:
            return None
        return wall_to_utc(dt.date(value.year(), value.month(), value.day()), dt.time(0),
                           self._zone)

    def _client_found(self, text: str, found: list[Client]) -> None:
        if len(found) != 1:
            self.error.setText(self.tr("No single client matches '{text}': pick one from the "
                                       "suggestions.").format(text=text))
            return
        self._apply_with(found[0].id)

    def current(self, client_id: int | None) -> AuditFilters:
        until = self.until.date()
        return AuditFilters(
            since=self._local_midnight(self.since.date()),
            until=None if until == NO_DATE else self._local_midnight(until.addDays(1)),
            who=self.who.currentText().strip() or None,
            action=self.action.currentText().strip() or None,
            client_id=client_id)

    @Slot()
    def apply_filters(self) -> None:
        """A client typed by name is looked up (on the runner) before the filters apply."""
        text = self.client.text().strip()
        marked = _CLIENT_ID.search(text)
        if not text or marked:
            self._apply_with(int(marked.group(1)) if marked else None)
            return
        actor = self._session.actor
        self._session.ops.query(lambda: people.search_clients(actor, text, limit=2),
                                lambda found: self._client_found(text, found),
                                lambda exc: self.error.setText(exc.message), owner=self)

    def _apply_with(self, client_id: int | None) -> None:
        self.error.clear()
        self.filters_applied.emit(self.current(client_id))

    @Slot()
    def clear_filters(self) -> None:
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        self.who.setEditText("")
        self.action.setEditText("")
        self.client.clear()
        self.apply_filters()


class AuditView(QWidget):
    """Filters on top, the trail below (newest first), the selected row's detail beside it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.setWindowTitle(self.tr("Audit trail"))
        self._session = session
        self._zone = session.clinic_zone()
        self.status = QLabel()
        layout = QVBoxLayout(self)
        if not session.may(Permission.VIEW_AUDIT):
            self.status.setText(self.tr("Only administrators can read the audit trail."))
            layout.addWidget(self.status)
            self.model = AuditTableModel(self._zone, parent=self)
            return
        self.filters = AuditFilterBar(session, self._zone)
        self.model = AuditTableModel(self._zone, parent=self, describe=self._describe,
                                     runner=session.ops)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()
        self.summary = QLabel()
        self.summary.setObjectName("auditSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select a row to see what changed."))
        self.raw_button = QPushButton(self.tr("Show &raw values"))
        self.raw_button.setCheckable(True)
        self.raw_button.setToolTip(self.tr("The row as stored: action, record, ids and the "
                                           "values before and after"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.filters)
        layout.addWidget(self._split(), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.raw_button)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._connect_signals()
        self._show_raw(False)
        self.apply(AuditFilters())

    def _split(self) -> QSplitter:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 360])
        side.setMinimumWidth(240)
        return splitter

    def _describe(self, page: list[AuditEntry]) -> dict[int, str]:
        names = audit_names.names_for(self._session.actor, page)
        return {entry.id: sentence(entry, names) for entry in page}

    @Slot(bool)
    def _show_raw(self, raw: bool) -> None:
        """The trail reads in words; the stored row (action, ids, JSON) is one click away."""
        for column in RAW_COLUMNS:
            self.table.setColumnHidden(column, not raw)
        self.detail.setVisible(raw)
        self.raw_button.setText(self.tr("Hide &raw values") if raw
                                else self.tr("Show &raw values"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("auditTable")
        table.setAccessibleName(self.tr("Audit trail"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(False)  # newest first, as loaded; sorting a partial page misleads
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _connect_signals(self) -> None:
        self.filters.filters_applied.connect(self.apply)
        self.model.load_failed.connect(self.status.setText)
        self.model.rowsInserted.connect(self._count_rows)
        self.model.modelReset.connect(self._count_rows)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.raw_button.toggled.connect(self._show_raw)
        self.buttons.rejected.connect(self.close)

    @Slot(object)
    def apply(self, filters: AuditFilters) -> None:
        actor = self._session.actor

        def fetch(offset: int, limit: int) -> list[AuditEntry]:
            return audit.list_entries(actor, since=filters.since, until=filters.until,
                                      who=filters.who, action=filters.action,
                                      client_id=filters.client_id, limit=limit, offset=offset)

        self.detail.clear()
        self.summary.clear()
        self.model.reload(fetch)

    @Slot()
    def _count_rows(self) -> None:
        shown = self.model.rowCount()
        more = self.tr(" (scroll for more)") if self.model.canFetchMore(
            self.table.rootIndex()) else ""
        self.status.setText(self.tr("{count} entries{more}").format(count=shown, more=more))

    @Slot(QItemSelection, QItemSelection)
    def _show_selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            self.summary.clear()
            return
        row = self.proxy.mapToSource(rows[0]).row()
        entry = self.model.entry(row)
        local = entry.at.astimezone(self._zone)
        self.summary.setText(self.tr("{what}\n{when}, by {who} at {workstation}").format(
            what=self.model.said(row), when=f"{day_label(local.date())} {short_time(local)}",
            who=entry.actor, workstation=entry.workstation))
        self.detail.setPlainText(describe(entry, self._zone))


def show_audit_window(session: Session, parent: QWidget | None = None) -> AuditView:
    """The audit trail in its own window beside the main one (not modal)."""
    view = AuditView(session, parent)
    view.setWindowFlag(Qt.WindowType.Window, True)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    view.resize(980, 600)
    view.show()
    return view
