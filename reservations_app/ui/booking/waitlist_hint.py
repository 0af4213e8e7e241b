"""Under the day and time the desk chose: how many waitlisted clients fit that free time
("3 waitlisted clients fit Thu 3 Dec 09:00 with Dr Okafor") and a button that shows them in the
waitlist panel, where one action offers the time. Counted on the runner, a moment after the
cursor stops, and again on every bookings change, this desk's or another's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from reservations_app.domain.model import Provider
from reservations_app.domain.timezones import zone
from reservations_app.services.changeset import BOOKINGS
from reservations_app.ui.models.formatting import day_and_time
from reservations_app.ui.session import Session

SETTLE_MS = 250  # arrowing through the day asks once, where the cursor stops


class WaitlistHint(QWidget):
    show_requested = Signal(int, object)  # provider id, UTC start
    free_time_settled = Signal(int, object)  # the cursor stopped on this free time

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._free_time: tuple[Provider, dt.datetime] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setAccessibleName(self.tr("Waitlisted clients for this time"))
        self.show_button = QPushButton(self.tr("Show &waitlisted"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        self._timer.timeout.connect(self._settled)
        self.show_button.clicked.connect(self._ask_to_show)
        session.ops.watch(self, (BOOKINGS,), self.recount)
        self.hide()

    def free_time(self) -> tuple[Provider, dt.datetime] | None:
        return self._free_time

    def set_free_time(self, provider: Provider | None, start: dt.datetime | None) -> None:
        """The free time the desk has chosen (None: a booking or nothing is chosen)."""
        chosen = (provider, start) if provider is not None and start is not None else None
        if chosen == self._free_time:
            return
        self._free_time = chosen
        if chosen is None:
            self._timer.stop()
            self.hide()
        else:
            self._timer.start()

    @Slot()
    def _settled(self) -> None:
        if self._free_time is not None:
            provider, start = self._free_time
            self.free_time_settled.emit(provider.id, start)
            self.recount()

    @Slot()
    def recount(self) -> None:
        chosen = self._free_time
        if chosen is None:
            return
        from reservations_app.services import waitlist  # its modules: not at start

        (provider, start), actor, now = chosen, self._session.actor, self._session.now()
        self._session.ops.query(lambda: len(waitlist.matches(actor, provider.id, start, now)),
                                lambda count: self._show(chosen, count), owner=self)

    def _show(self, counted_for: tuple[Provider, dt.datetime], count: int) -> None:
        if counted_for != self._free_time:
            return  # the cursor moved on; its own count follows
        provider, start = counted_for
        if not count:
            self.hide()
            return
        when = day_and_time(start.astimezone(zone(provider.timezone)))
        self.label.setText(self.tr("%n waitlisted client(s) fit %1 with %2", "", count)
                           .replace("%1", when).replace("%2", provider.name))
        self.show()

    @Slot()
    def _ask_to_show(self) -> None:
        if self._free_time is not None:
            provider, start = self._free_time
            self.show_requested.emit(provider.id, start)
