"""The booking in progress: who, which slot, and the current reservation with its countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.expiry import about_to_expire
from reservations_app.domain.model import Booking, Client, Status
from reservations_app.domain.timezones import zone
from reservations_app.ui.models.booking_model import URGENT_TINT, status_label
from reservations_app.ui.models.formatting import (
    countdown,
    day_and_time,
    day_label,
    short_time,
)
from reservations_app.ui.models.slot_model import SlotRow
from reservations_app.ui.phone_display import contact_line
from reservations_app.ui.session import Session

TICK_MS = 1000
BUTTONS_PER_ROW = 2


class HoldPanel(QWidget):
    hold_ran_out = Signal(int)  # reservation id: its countdown reached zero

    def __init__(self, session: Session, hold_action: QAction, booking_actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._booking: Booking | None = None
        self._ran_out_reported: int | None = None  # reported once per hold, not per redraw
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self.buttons: list[QToolButton] = []  # Hold, then Confirm, Move, Cancel: in tab order
        self._build(hold_action, booking_actions)
        self._ticker.timeout.connect(self.tick)
        self.set_client(None)
        self.set_slot(None)
        self.show_booking(None)

    def _build(self, hold_action: QAction, booking_actions: list[QAction]) -> None:
        self.client_label = self._value_label(self.tr("Chosen client"))
        self.slot_label = self._value_label(self.tr("Chosen slot"))
        new_box = QGroupBox(self.tr("New booking"), self)
        # A grid, not a form: a form layout gives a wrapped value the height of one line
        # at the width it first had, and a longer language's second line disappears.
        form = QGridLayout(new_box)
        for row, (text, value) in enumerate(((self.tr("Client:"), self.client_label),
                                             (self.tr("Slot:"), self.slot_label))):
            form.addWidget(QLabel(text, new_box), row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(value, row, 1)
        form.setColumnStretch(1, 1)
        form.addLayout(self._buttons([hold_action]), 2, 0, 1, 2)
        self.reservation_box = QGroupBox(self.tr("Current reservation"), self)
        self.title_label = self._value_label(self.tr("Reservation"))
        self.status_label = self._value_label(self.tr("Reservation status"))
        big = QFont(self.status_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.status_label.setFont(big)
        self.status_label.setAutoFillBackground(True)
        self.hint_label = self._value_label(self.tr("What to do next"))
        box_layout = QVBoxLayout(self.reservation_box)
        box_layout.addWidget(self.title_label)
        box_layout.addWidget(self.status_label)
        box_layout.addWidget(self.hint_label)
        box_layout.addLayout(self._buttons(booking_actions))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(new_box)
        layout.addWidget(self.reservation_box)
        layout.addStretch(1)

    def _value_label(self, accessible_name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _buttons(self, actions: list[QAction]) -> QGridLayout:
        """Two buttons a row: three side by side kept the window from narrowing to 1024 px."""
        grid = QGridLayout()
        for position, action in enumerate(actions):
            button = QToolButton(self)
            self.buttons.append(button)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, *divmod(position, BUTTONS_PER_ROW))
        grid.setColumnStretch(BUTTONS_PER_ROW, 1)
        return grid

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The splitter above sizes this panel by its one-line minimum; at the width it got,
        the wrapped texts (two lines in German) need more, so ask for that height."""
        super().resizeEvent(event)
        layout = self.layout()
        needed = layout.heightForWidth(self.width()) \
            if layout is not None and layout.hasHeightForWidth() else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    # Public --------------------------------------------------------------------------------
    def booking(self) -> Booking | None:
        return self._booking

    def set_client(self, client: Client | None) -> None:
        if client is None:
            self.client_label.setText(self.tr("None chosen: find one on the left (Ctrl+F)."))
            return
        details = contact_line(self._session, client)
        self.client_label.setText(f"<b>{_escape(client.name)}</b><br>{_escape(details)}")

    def set_slot(self, row: SlotRow | None) -> None:
        if row is None:
            self.slot_label.setText(self.tr("None chosen: pick a free slot."))
            return
        text = self.tr("{provider}<br>{when} ({zone})").format(
            provider=f"<b>{_escape(row.provider.name)}</b>", when=day_and_time(row.local_start),
            zone=_escape(row.provider.timezone))
        self.slot_label.setText(text)

    def show_booking(self, booking: Booking | None) -> None:
        """Make `booking` the current reservation (None: no reservation in hand)."""
        self._booking = booking
        self.reservation_box.setVisible(True)
        if booking is None:
            self.title_label.setText(self.tr("None yet. Hold a slot, or pick a reservation "
                                             "from the list below."))
            self.status_label.hide()
            self.hint_label.hide()
            self._ticker.stop()
            return
        self.status_label.show()
        self.hint_label.show()
        local = booking.reservation.start.astimezone(zone(booking.provider_timezone))
        self.title_label.setText(self.tr("<b>{client}</b> with {provider}<br>{day}, {time}")
                                 .format(client=_escape(booking.client_name),
                                         provider=_escape(booking.provider_name),
                                         day=day_label(local.date()),
                                         time=short_time(local)))
        self.tick()
        if booking.reservation.status is Status.PENDING:
            self._ticker.start()
        else:
            self._ticker.stop()

    @Slot()
    def tick(self) -> None:
        """Show the hold's time left at `session.now()`; past zero it shows expired."""
        if self._booking is None:
            return
        now = self._session.now()
        reservation = self._booking.reservation
        status = self._booking.effective_status(now)
        urgent = about_to_expire(reservation, now)
        if status is Status.PENDING:
            self.status_label.setText(self.tr("Held: {left} left").format(
                left=countdown(reservation.seconds_left(now))))
            self.hint_label.setText(self.tr("Confirm it (Ctrl+Enter) before the time runs out."))
        else:
            self.status_label.setText(status_label(status))
            self.hint_label.setText(self._hint_for(status))
        self._tint(urgent)
        if status is Status.EXPIRED and reservation.status is Status.PENDING:
            self._ticker.stop()
            if self._ran_out_reported != reservation.id:
                self._ran_out_reported = reservation.id
                self.hold_ran_out.emit(reservation.id)

    def _hint_for(self, status: Status) -> str:
        if status is Status.EXPIRED:
            return self.tr("The hold ran out and the slot was freed. Hold it again if it is "
                           "still free.")
        if status is Status.CONFIRMED:
            return self.tr("Booked. Move or cancel it here if plans change.")
        reason = self._booking.reservation.cancel_reason if self._booking else None
        return self.tr("Reason: {reason}").format(reason=reason) if reason else ""

    def _tint(self, urgent: bool) -> None:
        palette = self.status_label.palette()
        role = self.status_label.backgroundRole()
        palette.setColor(role, URGENT_TINT if urgent else self.palette().color(role))
        self.status_label.setPalette(palette)
        self.status_label.setAccessibleDescription(
            self.tr("Hold about to expire") if urgent else "")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
