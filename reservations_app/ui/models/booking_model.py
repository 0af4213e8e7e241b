"""Reservations with their client and provider names; holds count down as the clock runs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from reservations_app.domain.expiry import about_to_expire
from reservations_app.domain.model import Booking, Status
from reservations_app.domain.timezones import zone
from reservations_app.ui.models.formatting import (
    countdown,
    day_and_time,
    short_time,
    zone_abbreviation,
)
from reservations_app.ui.models.table import ObjectTableModel, Runner
from reservations_app.ui.session import Clock

# A translucent amber reads on light and dark palettes alike; the text keeps the palette colour.
URGENT_TINT = QColor(245, 158, 11, 90)
STATUS_ORDER = {Status.PENDING: 0, Status.CONFIRMED: 1, Status.ARRIVED: 2, Status.COMPLETED: 3,
                Status.NO_SHOW: 4, Status.EXPIRED: 5, Status.CANCELLED: 6}


def status_label(status: Status) -> str:
    labels = {
        Status.PENDING: QCoreApplication.translate("BookingStatus", "Held"),
        Status.CONFIRMED: QCoreApplication.translate("BookingStatus", "Confirmed"),
        Status.CANCELLED: QCoreApplication.translate("BookingStatus", "Cancelled"),
        Status.EXPIRED: QCoreApplication.translate("BookingStatus", "Expired"),
        Status.ARRIVED: QCoreApplication.translate("BookingStatus", "Arrived"),
        Status.COMPLETED: QCoreApplication.translate("BookingStatus", "Completed"),
        Status.NO_SHOW: QCoreApplication.translate("BookingStatus", "No-show"),
    }
    return labels[status]


class BookingTableModel(ObjectTableModel[Booking]):
    COL_WHEN = 0
    COL_CLIENT = 1
    COL_PROVIDER = 2
    COL_STATUS = 3
    COL_LEFT = 4

    def __init__(self, clock: Clock, parent: QObject | None = None, *, page_size: int = 200,
                 runner: Runner | None = None) -> None:
        super().__init__(parent, page_size=page_size, runner=runner)
        self._headers = (self.tr("When"), self.tr("Client"), self.tr("Provider"),
                         self.tr("Status"), self.tr("Hold left"))
        self._clock = clock
        self._clinic_timezone: str | None = None

    def set_clinic_timezone(self, name: str | None) -> None:
        """Times are shown in each provider's zone, marked with it where the clinic's differs."""
        if name != self._clinic_timezone:
            self._clinic_timezone = name
            self.refresh_display()

    def display(self, item: Booking, column: int) -> str:
        reservation = item.reservation
        if column == self.COL_WHEN:
            return self._when(item)
        if column == self.COL_CLIENT:
            return item.client_name
        if column == self.COL_PROVIDER:
            return item.provider_name
        status = item.effective_status(self._clock())
        if column == self.COL_STATUS:
            return status_label(status)
        return countdown(reservation.seconds_left(self._clock())) \
            if status is Status.PENDING else ""

    def _when(self, item: Booking) -> str:
        """In the clinic's zone, so the list reads in the order it is sorted (by instant); a
        provider elsewhere has their own wall time beside it: "Thu 3 Dec 10:30 (09:30 CST)"."""
        start = item.reservation.start
        local = start.astimezone(zone(item.provider_timezone))
        if not self._clinic_timezone:
            return day_and_time(local)
        clinic = start.astimezone(zone(self._clinic_timezone))
        text = day_and_time(clinic)
        if clinic.utcoffset() != local.utcoffset():
            text += f" ({short_time(local)} {zone_abbreviation(local)})"
        return text

    def sort_key(self, item: Booking, column: int) -> Any:
        now = self._clock()
        if column == self.COL_WHEN:
            return item.reservation.start.timestamp()
        if column == self.COL_STATUS:
            return STATUS_ORDER[item.effective_status(now)]
        if column == self.COL_LEFT:
            return item.reservation.seconds_left(now)
        return self.display(item, column).casefold()

    def extra_data(self, item: Booking, column: int, role: int) -> Any:
        now = self._clock()
        status = item.effective_status(now)
        urgent = about_to_expire(item.reservation, now)
        if role == Qt.ItemDataRole.BackgroundRole and urgent:
            return URGENT_TINT
        if role == Qt.ItemDataRole.FontRole and (urgent or status is Status.EXPIRED):
            font = QFont()
            font.setBold(urgent)
            font.setItalic(status is Status.EXPIRED)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and status in (Status.EXPIRED,
                                                                 Status.CANCELLED):
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, status, urgent)
        return None

    def _tooltip(self, item: Booking, status: Status, urgent: bool) -> str:
        text = self.tr("{client} with {provider}, {when} ({zone}): {status}").format(
            client=item.client_name, provider=item.provider_name,
            when=self.display(item, self.COL_WHEN), zone=item.provider_timezone,
            status=status_label(status))
        if item.reservation.cancel_reason:
            text += "\n" + self.tr("Reason: {reason}").format(
                reason=item.reservation.cancel_reason)
        if urgent:
            text += "\n" + self.tr("The hold runs out soon: confirm it now.")
        return text

    def row_of(self, reservation_id: int) -> int:
        return self.row_where(lambda booking: booking.reservation.id == reservation_id)

    def tick(self) -> None:
        """The clock moved: countdowns, highlights and expired states change, rows stay."""
        self.refresh_display()
