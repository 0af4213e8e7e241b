"""The desk's reminder calls for the next clinic day: each visit with the client's phone and a
choice of what the call gave (reached, left a message, no answer), saved as it is picked and
audited; Print… gives the same list on paper with the noted outcomes ticked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.timezones import zone
from reservations_app.services import calls, printouts
from reservations_app.ui.models.formatting import day_label, short_time
from reservations_app.ui.session import Session

CHOICES = ((None, QT_TRANSLATE_NOOP("CallListDialog", "not called")),
           (calls.CallOutcome.REACHED, QT_TRANSLATE_NOOP("CallListDialog", "reached")),
           (calls.CallOutcome.LEFT_MESSAGE, QT_TRANSLATE_NOOP("CallListDialog", "left message")),
           (calls.CallOutcome.NO_ANSWER, QT_TRANSLATE_NOOP("CallListDialog", "no answer")))


class CallListDialog(QDialog):
    COL_TIME, COL_CLIENT, COL_PHONE, COL_PROVIDER, COL_CALL = range(5)

    def __init__(self, session: Session, day: printouts.PrintedDay,
                 print_list: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._day = session, day
        self.setWindowTitle(self.tr("Call list"))
        self.title = QLabel(self.tr("Reminder calls for {day}").format(
            day=day_label(day.local_date)), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(len(day.visits), 5, self)
        self.table.setAccessibleName(self.tr("Visits to call about"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Client"),
                                              self.tr("Phone"), self.tr("With"),
                                              self.tr("Call")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_CLIENT, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(self.tr("&Print…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        if callable(print_list):
            self.print_button.clicked.connect(print_list)
        else:
            self.print_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

    def _fill(self) -> None:
        tz = zone(self._day.clinic_timezone)
        for row, visit in enumerate(self._day.visits):
            cells = (short_time(visit.start.astimezone(tz)), visit.client_name,
                     visit.phone or self.tr("no phone"), visit.provider_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, self.COL_CALL, self._choice(visit))

    def _choice(self, visit: printouts.PrintedVisit) -> QComboBox:
        box = QComboBox(self.table)
        box.setAccessibleName(self.tr("Call to {client}").format(client=visit.client_name))
        for outcome, words in CHOICES:
            box.addItem(self.tr(str(words)), outcome.value if outcome else "")
        marked = next((i for i, (outcome, _) in enumerate(CHOICES)
                       if outcome is not None and outcome.value == visit.call_outcome), 0)
        box.setCurrentIndex(marked)
        box.currentIndexChanged.connect(
            lambda _index, v=visit, b=box: self._save(
                v, calls.CallOutcome(b.currentData()) if b.currentData() else None))
        return box

    def _save(self, visit: printouts.PrintedVisit, outcome: calls.CallOutcome | None) -> None:
        actor, now, rid = self._session.actor, self._session.now(), visit.reservation_id
        self._session.ops.write(
            lambda: calls.mark_call(actor, rid, outcome, now),
            on_success=lambda _: self.message.setText(self.tr("Saved: {client}.").format(
                client=visit.client_name)),
            on_error=self._refused, initiator=self, owner=self)

    def _refused(self, error: DomainError) -> None:
        self.message.setText(error.message)
