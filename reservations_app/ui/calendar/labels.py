"""Words the grid, its table model and its tooltips share, all through Qt's translator."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from reservations_app.domain.model import Status
from reservations_app.ui.calendar.geometry import MINUTES_PER_DAY
from reservations_app.ui.calendar.week_layout import ItemKind, WeekItem


class Calendar:
    """A translation context: lupdate reads `Calendar.tr("...")` as this one."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Calendar", text, disambiguation, n)


def minute_text(minute: int) -> str:
    """A time of day with the locale's clock (09:00 or 9:00 AM); the end of a day is 24:00
    on a 24-hour clock, 12:00 AM on a 12-hour one."""
    short = QLocale.FormatType.ShortFormat
    if minute >= MINUTES_PER_DAY and "a" not in QLocale().timeFormat(short).lower():
        return "24:00"
    return QLocale().toString(QTime(minute // 60 % 24, minute % 60), short)


def date_text(day: dt.date, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def day_text(day: dt.date) -> str:
    """'Tue 1 Dec' in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def minutes_left(seconds: int) -> int:
    """A hold with 30 s left still shows '1 min': it has not run out."""
    return -(-seconds // 60)


def status_text(item: WeekItem) -> str:
    if item.kind is ItemKind.AVAILABILITY:
        return Calendar.tr("Available")
    if item.status is Status.PENDING:
        return Calendar.tr("Held, %n min left", "", minutes_left(item.seconds_left))
    return {Status.CONFIRMED: Calendar.tr("Confirmed"), Status.CANCELLED: Calendar.tr("Cancelled"),
            Status.EXPIRED: Calendar.tr("Expired"), Status.ARRIVED: Calendar.tr("Arrived"),
            Status.COMPLETED: Calendar.tr("Completed"), Status.NO_SHOW: Calendar.tr("No-show")}.get(
        item.status or Status.EXPIRED, "")


def short_status(item: WeekItem) -> str:
    """The few characters that fit in front of a name inside a one-slot box."""
    if item.status is Status.PENDING:
        return Calendar.tr("Held %n min", "", minutes_left(item.seconds_left))
    return status_text(item)


def detail_text(item: WeekItem) -> str:
    if item.booking is not None:
        return item.booking.client_name
    return f"{minute_text(item.start_minute)}-{minute_text(item.end_minute)}"


def span_text(item: WeekItem) -> str:
    return f"{minute_text(item.start_minute)}-{minute_text(item.end_minute)}"


def tooltip_text(item: WeekItem) -> str:
    lines = [f"{day_text(item.local_date)}, {span_text(item)}", status_text(item)]
    if item.booking is not None:
        lines.insert(0, item.booking.client_name)
        if item.booking.reservation.cancel_reason:
            lines.append(item.booking.reservation.cancel_reason)
    return "\n".join(lines)


def spoken_text(item: WeekItem) -> str:
    """What a screen reader says for one item: "09:00, Ava Novak, Confirmed", or a free
    block's "Tue 1 Dec, 09:00-12:00, Available"; the status in words, never only a colour."""
    if item.booking is not None:
        return ", ".join([minute_text(item.start_minute), item.booking.client_name,
                          status_text(item)])
    return ", ".join([day_text(item.local_date), span_text(item), status_text(item)])


def box_text(item: WeekItem) -> str:
    """The text inside a booking's box: time and name when confirmed, else status first."""
    name = item.booking.client_name if item.booking else ""
    if item.status is Status.CONFIRMED:
        return f"{minute_text(item.start_minute)} {name}"
    return f"{short_status(item)} · {name}"


def offset_text(offset: dt.timedelta | None) -> str:
    """'UTC', 'UTC+1', 'UTC-5', 'UTC+5:30' (with a real minus sign)."""
    if not offset:
        return "UTC"
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes > 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def week_title(provider_name: str, first: dt.date, last: dt.date, zone_name: str,
               offset: str) -> str:
    span = f"{day_text(first)} \u2013 {day_text(last)} {last.year}"
    return f"{provider_name}  \u00b7  {span}  \u00b7  {zone_name} ({offset})"
