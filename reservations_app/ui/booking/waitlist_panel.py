"""The waitlist panel: the entries (filtered by status and client name), add, edit and remove,
and for a freed time the waiting clients it suits, best first, with Offer.

    panel = WaitlistPanel(session, parent)
    panel.show_matches(provider_id, start)      # "3 waitlisted clients fit Thu 3 Dec 09:00 ..."
    panel.offered.connect(lambda reservation_id: ...)   # the hold made for the chosen client

Every service call goes through the session's operation runner; the panel reloads on any
bookings change, its own or another desk's, so the matches stay live across desks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.timezones import zone
from reservations_app.domain.waitlist import WishStatus
from reservations_app.services import people, visit_types, waitlist
from reservations_app.services.changeset import BOOKINGS, PEOPLE
from reservations_app.ui.booking.waitlist_entry_dialog import WaitlistEntryDialog
from reservations_app.ui.layout_parts import row_of
from reservations_app.ui.models.formatting import day_and_time
from reservations_app.ui.models.table import OBJECT_ROLE
from reservations_app.ui.models.waitlist_model import Names, WaitlistModel, status_text

# What the panel reads on the worker: the entries, their names, the editor's choices (clients,
# active types, providers) and the offers still waiting for an answer.
Loaded = tuple[list[waitlist.Entry], Names, tuple[list[Any], ...],
               dict[int, waitlist.WaitingOffer]]


class WaitlistPanel(QWidget):
    offered = Signal(int)  # the reservation id of the hold made for a waiting client

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = WaitlistModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(WaitlistModel.COL_CLIENT)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.free_time: tuple[int, dt.datetime] | None = None  # (provider, start) matched
        self._choices: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
        self.editor: WaitlistEntryDialog | None = None
        self._build()
        self._connect_signals()
        self._loaded = False
        session.ops.watch(self, {BOOKINGS, PEOPLE}, self.reload)

    def _build(self) -> None:
        self.status_box = QComboBox()
        for status in WishStatus:
            self.status_box.addItem(status_text(status), status)
        self.status_box.addItem(self.tr("All"), None)
        self.search_edit = QLineEdit(placeholderText=self.tr("Filter by client"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.search_edit.setAccessibleName(self.tr("Filter by client"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Waitlist"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.offer_button = QPushButton(self.tr("&Offer this time"))
        self.all_button = QPushButton(self.tr("Show the whole list"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        filters = row_of(QLabel(self.tr("Status:")), self.status_box, self.search_edit)
        buttons = row_of(self.add_button, self.edit_button, self.remove_button,
                       self.offer_button, self.all_button)
        layout = QVBoxLayout(self)
        for part in (filters, self.headline, self.table, self.error, buttons):
            layout.addWidget(part)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.status_box.currentIndexChanged.connect(self.reload)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.offer_button.clicked.connect(self.offer_selected)
        self.all_button.clicked.connect(self.show_all)

    # --- what is shown ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._loaded:  # nothing is read for a panel never opened
            self.reload()

    def show_matches(self, provider_id: int, start: dt.datetime) -> None:
        """Show the open entries that could take this free start, best first."""
        self.free_time = (provider_id, start)
        self.reload()

    @Slot()
    def show_all(self) -> None:
        self.free_time = None
        self.reload()

    @Slot()
    def reload(self) -> None:
        actor, now, free_time = self.session.actor, self.session.now(), self.free_time
        chosen = self.status_box.currentData()  # Qt hands the enum back as its text
        status = WishStatus(chosen) if chosen else None

        def load() -> Loaded:
            if free_time is None:
                entries = waitlist.list_entries(actor, now, status=status)
            else:
                entries = waitlist.matches(actor, *free_time, now)
            choices = (people.search_clients(actor, "", limit=500),
                       visit_types.list_types(actor, include_inactive=False),
                       people.list_providers(actor))
            names = Names(waitlist.client_names(actor, (e.wish.client_id for e in entries)),
                          {p.id: p.name for p in choices[2]},
                          {t.id: t.name for t in visit_types.list_types(actor)})
            return entries, names, choices, waitlist.offers_waiting(actor, entries, now)

        self._loaded = True
        self.session.ops.query(load, self._show, owner=self, on_error=self._refused)

    def _show(self, found: Loaded) -> None:
        entries, names, choices, offers = found
        self._choices = (choices[0], choices[1], choices[2])
        self.model.set_entries(entries, names, offers)
        self.headline.setText(self._headline(len(entries), names))
        self.status_box.setEnabled(self.free_time is None)
        self._update_buttons()

    def _headline(self, count: int, names: Names) -> str:
        if self.free_time is None:
            return self.tr("%n client(s) on the list", "", count)
        provider_id, start = self.free_time
        provider = next((p for p in self._choices[2] if p.id == provider_id), None)
        local = start.astimezone(zone(provider.timezone)) if provider else start
        return self.tr("%n waitlisted client(s) fit %1 with %2", "", count).replace(
            "%1", day_and_time(local)).replace("%2", names.providers.get(provider_id, "?"))

    def selected(self) -> waitlist.Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(OBJECT_ROLE) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        entry = self.selected()
        is_open = entry is not None and entry.status is WishStatus.OPEN
        self.edit_button.setEnabled(is_open)
        self.remove_button.setEnabled(is_open)
        self.offer_button.setEnabled(is_open and self.free_time is not None)
        self.all_button.setVisible(self.free_time is not None)

    # --- writes ----------------------------------------------------------------------------

    @Slot()
    def offer_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.free_time is None:
            return
        actor, now, (provider_id, start) = self.session.actor, self.session.now(), \
            self.free_time
        self.error.clear()
        self.session.ops.write(lambda: waitlist.offer(actor, entry.id, provider_id, start, now),
                               on_success=lambda held: self.offered.emit(held.id),
                               on_error=self._refused, initiator=self)

    @Slot()
    def remove_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        actor, now = self.session.actor, self.session.now()
        self.session.ops.write(lambda: waitlist.remove(actor, entry.id, now),
                               on_error=self._refused, initiator=self)

    @Slot()
    def add_entry(self) -> None:
        self._open_editor(None)

    @Slot()
    def edit_entry(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._open_editor(entry)

    def _open_editor(self, entry: waitlist.Entry | None) -> None:
        clients, types, providers = self._choices
        self.editor = WaitlistEntryDialog(clients, types, providers, self.session.clinic_today(),
                                          self)
        if entry is not None:
            self.editor.load(entry)
        self.editor.submitted.connect(lambda: self._save(entry))
        self.editor.open()

    def _save(self, entry: waitlist.Entry | None) -> None:
        editor = self.editor
        if editor is None:
            return
        form, actor, now = editor.form(), self.session.actor, self.session.now()
        options: dict[str, Any] = {"first_day": form.first_day, "last_day": form.last_day,
                   "provider_ids": form.provider_ids, "weekdays": form.weekdays,
                   "window": form.window, "urgent": form.urgent, "note": form.note}
        if entry is None:
            if form.client_id is None or form.visit_type_id is None:
                editor.show_error(self.tr("Choose a client and a visit type."))
                return
            call = lambda: waitlist.add(actor, form.client_id, form.visit_type_id, now,  # noqa: E731
                                        **options)
        else:
            call = lambda: waitlist.edit(actor, entry.id, now, **options)  # noqa: E731
        self.session.ops.write(call, on_success=lambda _entry: editor.accept(),
                               on_error=lambda exc: editor.show_error(str(exc)),
                               initiator=self)

    def _refused(self, error: DomainError) -> None:
        self.error.setText(str(error))
