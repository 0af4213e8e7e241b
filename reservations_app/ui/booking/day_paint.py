"""Painting the appointment book's day from a DayLayout, with the palette's colours so dark and
high-contrast themes read as well as the default. Status is always written as text too, never
shown by colour alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen

from reservations_app.domain.model import Booking, Status, VisitType
from reservations_app.domain.timezones import zone
from reservations_app.ui.booking.day_layout import DayItem, DayLayout, ItemKind
from reservations_app.ui.calendar import colors
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.models.formatting import short_time


@dataclass(frozen=True)
class Metrics:
    """The day view's sizes in pixels, measured from its font."""

    axis_width: int
    header_height: int
    row_height: int
    min_column_width: int

    @classmethod
    def of(cls, metrics: QFontMetrics) -> Metrics:
        # The locale's clock decides the width: "10:00 PM" needs more room than "22:00".
        widest = max(metrics.horizontalAdvance(short_time(dt.time(hour))) for hour in range(24))
        return cls(axis_width=widest + 18,
                   header_height=2 * metrics.height() + 10,
                   row_height=max(20, metrics.height() + 6),
                   min_column_width=max(120, metrics.averageCharWidth() * 18))


class ElidedTexts:
    """metrics.elidedText(text, ElideRight, width), remembered by (text, width): each paint
    elides two lines of every block it shows and each column's header, and they repeat from
    paint to paint (the same names at the same column width). For one font: the view makes a
    new one when its font changes."""

    LIMIT = 5000  # texts kept; past it the memory starts over

    def __init__(self, metrics: QFontMetrics) -> None:
        self.metrics = metrics
        self._known: dict[tuple[str, int], str] = {}

    def __call__(self, text: str, width: int) -> str:
        key = (text, width)
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            found = self._known[key] = self.metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width)
        return found


@dataclass(frozen=True)
class Scene:
    """Everything one paint of the day view draws, and where."""

    layout: DayLayout
    metrics: Metrics
    column_width: int
    now: dt.datetime | None
    cursor: tuple[int, int] | None
    drop_target: QRectF | None
    scroll_x: int
    scroll_y: int
    viewport: QRect
    focused: bool

    def x_of(self, column: int) -> float:
        return self.metrics.axis_width + column * self.column_width - self.scroll_x

    def y_of(self, minute: float) -> float:
        rows = (minute - self.layout.first_minute) / self.layout.slot_minutes
        return self.metrics.header_height + rows * self.metrics.row_height - self.scroll_y

    def visible_columns(self) -> range:
        """The columns the viewport shows: a clinic of 50 providers paints only these."""
        width = max(1, self.column_width)
        first = max(0, self.scroll_x // width)
        last = (self.scroll_x + max(0, self.viewport.width() - self.metrics.axis_width)) // width
        return range(first, min(len(self.layout.columns), last + 1))

    def visible_items(self, kind: ItemKind) -> list[DayItem]:
        """The items of `kind` that reach into the viewport (buffers included)."""
        top, bottom = self.viewport.top(), self.viewport.bottom()
        found = []
        for column in self.visible_columns():
            for item in self.layout.by_column[column]:
                if item.kind is not kind:
                    continue
                start = min(item.start_minute, item.occupied_start_minute or item.start_minute)
                end = max(item.end_minute, item.occupied_end_minute or item.end_minute)
                if self.y_of(end) >= top and self.y_of(start) <= bottom:
                    found.append(item)
        return found


class DayPaint(TranslationContext):
    """The translation context of the painted day's texts."""


def spoken_cell(layout: DayLayout, column: int, row: int, now: dt.datetime | None) -> str:
    """What a screen reader says for the cursor's cell: "09:00, Ava Novak, Consultation,
    confirmed" on a booking, "09:30, Dr Maya Okafor, free" on bookable time."""
    local = layout.row_start(row).astimezone(zone(layout.day.clinic_timezone))
    booking = layout.booking_at(column, row)
    if booking is not None:
        visit_type = layout.day.visit_type_of(booking)
        kind = [visit_type.name] if visit_type else []
        return ", ".join([short_time(local), booking.client_name, *kind,
                          status_text(booking, now)])
    free = DayPaint.tr("free") if layout.is_available(column, row) \
        else DayPaint.tr("not available")
    return ", ".join([short_time(local), layout.columns[column].provider.name, free])


def status_text(booking: Booking, now: dt.datetime | None) -> str:
    """The status as the desk reads it; a hold says how long it has left."""
    status = booking.effective_status(now) if now is not None else booking.reservation.status
    expires = booking.reservation.hold_expires_at
    if status is Status.PENDING and now is not None and expires is not None:
        minutes = max(0, int((expires - now).total_seconds() // 60))
        return DayPaint.tr("held, %n min left", "", minutes)  # "min" needs no plural
    name = _STATUS_NAMES.get(status.value)
    return name() if name is not None else status.value


# Looked up one at a time: a paint writes the status of every block it shows.
_STATUS_NAMES = {"pending": lambda: DayPaint.tr("held"),
                 "confirmed": lambda: DayPaint.tr("confirmed"),
                 "arrived": lambda: DayPaint.tr("arrived"),
                 "completed": lambda: DayPaint.tr("completed"),
                 "no_show": lambda: DayPaint.tr("no-show"),
                 "expired": lambda: DayPaint.tr("expired")}


def paint(painter: QPainter, palette: QPalette, scene: Scene, texts: ElidedTexts) -> None:
    painter.fillRect(scene.viewport, _outside_hours(palette))
    _paint_availability(painter, palette, scene)
    _paint_grid(painter, palette, scene)
    _paint_bookings(painter, palette, scene, texts)
    _paint_now(painter, scene)
    _paint_cursor(painter, palette, scene)
    _paint_drop_target(painter, palette, scene)
    _paint_axis(painter, palette, scene, texts.metrics)
    _paint_header(painter, palette, scene, texts)


def _outside_hours(palette: QPalette) -> QColor:
    return colors.mix(palette.color(QPalette.ColorRole.Text),
                      palette.color(QPalette.ColorRole.Base), 0.08)


def _item_rect(scene: Scene, column: int, start: float, end: float) -> QRectF:
    top, bottom = scene.y_of(start), scene.y_of(end)
    return QRectF(scene.x_of(column) + 1, top, scene.column_width - 2, bottom - top)


def _paint_availability(painter: QPainter, palette: QPalette, scene: Scene) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    for item in scene.visible_items(ItemKind.AVAILABILITY):
        painter.fillRect(_item_rect(scene, item.column, item.start_minute, item.end_minute), base)


def _paint_grid(painter: QPainter, palette: QPalette, scene: Scene) -> None:
    layout, m = scene.layout, scene.metrics
    bottom = scene.y_of(layout.last_minute)
    hour_rows = max(1, 60 // layout.slot_minutes)
    pens = (QPen(colors.grid_line(palette, strong=False), 1),
            QPen(colors.grid_line(palette, strong=True), 1))
    # a line wholly outside the viewport would be clipped anyway: only the rows on screen
    top, last = scene.viewport.top() - 2, scene.viewport.bottom() + 2
    for row in range(layout.rows + 1):
        y = scene.y_of(layout.first_minute + row * layout.slot_minutes)
        if top <= y <= last:
            painter.setPen(pens[row % hour_rows == 0])
            painter.drawLine(QPointF(m.axis_width, y), QPointF(scene.viewport.right(), y))
    painter.setPen(QPen(colors.grid_line(palette, strong=True), 1))
    shown = scene.visible_columns()
    for column in range(shown.start, shown.stop + 1):
        x = scene.x_of(column)
        painter.drawLine(QPointF(x, m.header_height), QPointF(x, bottom))


@dataclass(frozen=True)
class _BlockStyle:
    """How a block of one visit type in one status is drawn: worked out once per paint, not
    once per block (a busy column repeats a few types and statuses)."""

    fill: QColor
    buffer_fill: QColor
    border: QPen
    text: QColor

    @classmethod
    def of(cls, palette: QPalette, scene: Scene, booking: Booking, status: Status) -> _BlockStyle:
        fill = _fill(palette, scene, booking, status)
        text = colors.readable_on(fill)
        border = QPen(palette.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine) \
            if status is Status.PENDING else QPen(text, 1)
        return cls(fill, colors.mix(fill, palette.color(QPalette.ColorRole.Base), 0.25), border,
                   text)


def _paint_bookings(painter: QPainter, palette: QPalette, scene: Scene,
                    texts: ElidedTexts) -> None:
    styles: dict[tuple[int | None, Status], _BlockStyle] = {}
    for item in scene.visible_items(ItemKind.BOOKING):
        if item.booking is None:
            continue
        status = item.booking.effective_status(scene.now) if scene.now else \
            item.booking.reservation.status
        key = (item.booking.reservation.visit_type_id, status)
        style = styles.get(key)
        if style is None:
            style = styles[key] = _BlockStyle.of(palette, scene, item.booking, status)
        _paint_buffers(painter, scene, item, style.buffer_fill)
        rect = _item_rect(scene, item.column, item.start_minute, item.end_minute)
        rect.adjust(3, 1, -3, -1)
        painter.setPen(style.border)
        painter.setBrush(QBrush(style.fill))
        painter.drawRoundedRect(rect, 4, 4)
        _paint_status_strip(painter, rect, status, style.text)
        painter.setPen(style.text)
        _paint_booking_text(painter, rect.adjusted(STRIP, 0, 0, 0), item.booking, scene, texts)


STRIP = 6  # the status pattern down a booking's left edge, so colour is never the only sign


def _paint_status_strip(painter: QPainter, rect: QRectF, status: Status,
                        text: QColor) -> None:
    patterns = {Status.PENDING: Qt.BrushStyle.Dense4Pattern,
                Status.ARRIVED: Qt.BrushStyle.SolidPattern,
                Status.NO_SHOW: Qt.BrushStyle.BDiagPattern,
                Status.COMPLETED: Qt.BrushStyle.Dense6Pattern}
    pattern = patterns.get(status)
    if pattern is None:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(text, pattern))
    painter.drawRect(QRectF(rect.left() + 1, rect.top() + 1, STRIP - 1, rect.height() - 2))


def _fill(palette: QPalette, scene: Scene, booking: Booking, status: Status) -> QColor:
    """The visit type's colour (the provider's without a type); a hold is a paler tint."""
    visit_type = scene.layout.day.visit_type_of(booking)
    colour = QColor(visit_type.color if visit_type else colors.CONFIRMED.name())
    base = palette.color(QPalette.ColorRole.Base)
    if status is Status.PENDING:
        return colors.mix(colour, base, 0.45)
    if status in (Status.NO_SHOW, Status.COMPLETED):
        return colors.mix(colour, base, 0.35)
    return colour


def _paint_buffers(painter: QPainter, scene: Scene, item: DayItem, buffer_fill: QColor) -> None:
    spans = ((item.occupied_start_minute, item.start_minute),
             (item.end_minute, item.occupied_end_minute))
    for start, end in spans:
        if start is not None and end is not None and end > start:
            rect = _item_rect(scene, item.column, start, end).adjusted(3, 0, -3, 0)
            painter.fillRect(rect, QBrush(buffer_fill, Qt.BrushStyle.SolidPattern))


def booking_lines(booking: Booking, visit_type: VisitType | None,
                  now: dt.datetime | None) -> list[str]:
    """What a booking's block says, most important first: the client (with a note marker),
    then the visit type and status."""
    note = " ✎" if booking.reservation.note else ""
    kind = f"{visit_type.name} · " if visit_type else ""
    return [f"{booking.client_name}{note}", f"{kind}{status_text(booking, now)}"]


def _paint_booking_text(painter: QPainter, rect: QRectF, booking: Booking, scene: Scene,
                        texts: ElidedTexts) -> None:
    inner = rect.adjusted(5, 2, -5, -2)
    width = int(inner.width())
    lines = booking_lines(booking, scene.layout.day.visit_type_of(booking), scene.now)
    if inner.height() >= 2 * texts.metrics.height():
        text = "\n".join(texts(line, width) for line in lines)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
    else:
        line = texts(" · ".join(lines), width)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)


def _paint_now(painter: QPainter, scene: Scene) -> None:
    layout = scene.layout
    if scene.now is None or not layout.day.start <= scene.now < layout.day.end:
        return
    minute = layout.minute_of(scene.now)
    if not layout.first_minute <= minute <= layout.last_minute:
        return
    y = scene.y_of(minute)
    painter.setPen(QPen(colors.NOW_LINE, 2))
    painter.drawLine(QPointF(scene.metrics.axis_width, y), QPointF(scene.viewport.right(), y))


def _paint_cursor(painter: QPainter, palette: QPalette, scene: Scene) -> None:
    if scene.cursor is None or not scene.layout.columns:
        return
    column, row = scene.cursor
    minute = scene.layout.first_minute + row * scene.layout.slot_minutes
    rect = _item_rect(scene, column, minute, minute + scene.layout.slot_minutes)
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3 if scene.focused else 1)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))


def _paint_drop_target(painter: QPainter, palette: QPalette, scene: Scene) -> None:
    if scene.drop_target is None:
        return
    highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
    highlight.setAlphaF(0.35)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
    painter.setBrush(highlight)
    painter.drawRoundedRect(scene.drop_target, 4, 4)


def _paint_axis(painter: QPainter, palette: QPalette, scene: Scene,
                metrics: QFontMetrics) -> None:
    m = scene.metrics
    painter.fillRect(QRectF(0, m.header_height, m.axis_width, scene.viewport.height()),
                     palette.color(QPalette.ColorRole.Window))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    for minute, local in scene.layout.hour_marks():
        y = scene.y_of(minute)
        if y < m.header_height - 1:
            continue
        label = QRectF(0, y + 1, m.axis_width - 6, metrics.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         short_time(local))


def _paint_header(painter: QPainter, palette: QPalette, scene: Scene,
                  texts: ElidedTexts) -> None:
    m, layout = scene.metrics, scene.layout
    painter.fillRect(QRectF(0, 0, scene.viewport.width(), m.header_height),
                     palette.color(QPalette.ColorRole.Window))
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    top_of_view = layout.row_start(max(0, scene.scroll_y // m.row_height))
    for column in scene.visible_columns():
        provider_day, x = layout.columns[column], scene.x_of(column)
        if x + scene.column_width < m.axis_width:
            continue
        box = QRectF(x + 4, 4, scene.column_width - 8, m.header_height - 8)
        name = texts(provider_day.provider.name, int(box.width()))
        clock = layout.provider_clock(column, top_of_view)
        second = "" if clock is None else DayPaint.tr("their time %1").replace(
            "%1", f"{short_time(clock)} {clock.tzname() or ''}".strip())
        second = texts(second, int(box.width()))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"{name}\n{second}")
    painter.setPen(QPen(colors.grid_line(palette, strong=True), 1))
    painter.drawLine(QPointF(0, m.header_height), QPointF(scene.viewport.right(),
                                                          m.header_height))
