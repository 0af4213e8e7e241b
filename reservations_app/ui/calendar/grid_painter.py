"""Draws one week: hour lines, availability, bookings by status, today and the current time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from reservations_app.domain.model import Status
from reservations_app.ui.calendar import colors, labels
from reservations_app.ui.calendar.geometry import MINUTES_PER_DAY, GridGeometry
from reservations_app.ui.calendar.labels import Calendar
from reservations_app.ui.calendar.week_layout import ItemKind, WeekItem, week_dates


@dataclass(frozen=True)
class GridScene:
    """Everything one paint needs besides the palette and the geometry."""

    first: dt.date
    items: list[WeekItem] = field(default_factory=list)
    today: dt.date | None = None
    now_minute: int | None = None
    slot_minutes: int = 15
    provider_color: QColor = field(default_factory=lambda: QColor("#4a90d9"))
    zone_label: str = ""
    selected_block_id: int | None = None
    selected_booking_id: int | None = None  # a reservation id
    preview: tuple[int, int, int] | None = None  # day, start minute, end minute of a drag


class GridPainter:
    def __init__(self, painter: QPainter, geometry: GridGeometry, palette: QPalette,
                 font: QFont) -> None:
        self.p, self.g, self.pal = painter, geometry, palette
        self.font = font
        self.metrics = QFontMetrics(font)

    def paint(self, scene: GridScene, height: int) -> None:
        self.p.fillRect(QRectF(0, 0, self.g.width, height),
                        self.pal.color(QPalette.ColorRole.Base))
        self.p.save()
        self.p.setClipRect(QRectF(0, self.g.header, self.g.width, height - self.g.header))
        self._today_column(scene, height)
        self._lines(scene.slot_minutes)
        for item in scene.items:
            self._item(item, scene)
        self._past(scene)
        self._preview(scene)
        self._now_line(scene)
        self._hour_labels()
        self.p.restore()
        self._header(scene)

    def _column_rect(self, day: int, start: float, end: float, inset: float = 0) -> QRectF:
        left = self.g.column_left(day) + 1 + inset
        top = self.g.y_of(start)
        return QRectF(left, top, self.g.column_width - 3 - inset,
                      max(2.0, self.g.y_of(end) - top - 1))

    def _today_column(self, scene: GridScene, height: int) -> None:
        if scene.today is None or not 0 <= (scene.today - scene.first).days < self.g.days:
            return
        left = self.g.column_left((scene.today - scene.first).days)
        self.p.fillRect(QRectF(left, self.g.header, self.g.column_width, height),
                        colors.today_tint(self.pal))

    def _past(self, scene: GridScene) -> None:
        """Time that has gone by is shaded: nothing can be added or booked there."""
        if scene.today is None or scene.now_minute is None:
            return
        shade = colors.past_shade(self.pal)
        for day, date in enumerate(week_dates(scene.first, self.g.days)):
            if date > scene.today:
                break
            end = scene.now_minute if date == scene.today else MINUTES_PER_DAY
            left = self.g.column_left(day)
            top = self.g.y_of(0)
            self.p.fillRect(QRectF(left, top, self.g.column_width, self.g.y_of(end) - top), shade)

    def _lines(self, slot_minutes: int) -> None:
        slot_px = slot_minutes * self.g.pixels_per_minute
        for minute in range(0, MINUTES_PER_DAY + 1, min(slot_minutes, 60)):
            on_hour = minute % 60 == 0
            if not on_hour and slot_px < 8:
                continue
            self.p.setPen(QPen(colors.grid_line(self.pal, on_hour), 1))
            y = round(self.g.y_of(minute)) + 0.5
            self.p.drawLine(QPointF(self.g.gutter, y),
                            QPointF(self.g.width, y))
        self.p.setPen(QPen(colors.grid_line(self.pal, True), 1))
        for day in range(self.g.days + 1):
            x = round(self.g.column_left(day)) + 0.5
            self.p.drawLine(QPointF(x, self.g.header),
                            QPointF(x, self.g.y_of(MINUTES_PER_DAY)))

    def _item(self, item: WeekItem, scene: GridScene) -> None:
        if item.kind is ItemKind.AVAILABILITY:
            self._block(item, scene)
        else:
            self._booking(item, scene)

    def _block(self, item: WeekItem, scene: GridScene) -> None:
        rect = self._column_rect(item.day, item.start_minute, item.end_minute)
        self.p.fillRect(rect, colors.availability_fill(self.pal, scene.provider_color))
        stripe = QRectF(rect.left(), rect.top(), 3, rect.height())
        self.p.fillRect(stripe, scene.provider_color)
        if item.block is not None and item.block.id == scene.selected_block_id:
            self.p.setPen(QPen(self.pal.color(QPalette.ColorRole.Highlight), 2))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(rect.adjusted(1, 1, -1, -1))

    def _booking(self, item: WeekItem, scene: GridScene) -> None:
        live = item.is_live
        rect = self._column_rect(item.day, item.start_minute, item.end_minute,
                                 inset=6 if live else 10)
        fill = colors.booking_fill(self.pal, item.status)
        self.p.setPen(QPen(fill.darker(130), 1, Qt.PenStyle.SolidLine if live
                           else Qt.PenStyle.DashLine))
        brush = QBrush(fill, Qt.BrushStyle.BDiagPattern if item.status is Status.EXPIRED
                       else Qt.BrushStyle.SolidPattern)
        if item.status is Status.CANCELLED:
            brush = QBrush(Qt.BrushStyle.NoBrush)
        self.p.setBrush(brush)
        self.p.drawRoundedRect(rect, 3, 3)
        self._booking_text(item, rect)
        if item.booking is not None and item.booking.reservation.id == scene.selected_booking_id:
            self.p.setPen(QPen(self.pal.color(QPalette.ColorRole.Highlight), 2))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)

    def _booking_text(self, item: WeekItem, rect: QRectF) -> None:
        font = QFont(self.font)
        font.setStrikeOut(item.status is Status.CANCELLED)
        self.p.setFont(font)
        self.p.setPen(colors.booking_text(self.pal, item.status))
        text = labels.box_text(item)
        inner = rect.adjusted(4, 0, -2, 0)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                               int(inner.width()))
        vertical = Qt.AlignmentFlag.AlignVCenter if rect.height() < 2.5 * self.metrics.height() \
            else Qt.AlignmentFlag.AlignTop
        self.p.drawText(inner, Qt.AlignmentFlag.AlignLeft | vertical, elided)
        self.p.setFont(self.font)

    def _preview(self, scene: GridScene) -> None:
        if scene.preview is None:
            return
        day, start, end = scene.preview
        rect = self._column_rect(day, start, end)
        highlight = self.pal.color(QPalette.ColorRole.Highlight)
        self.p.setPen(QPen(highlight, 2))
        self.p.setBrush(colors.mix(highlight, self.pal.color(QPalette.ColorRole.Base), 0.3))
        self.p.drawRect(rect)
        self.p.setPen(self.pal.color(QPalette.ColorRole.Text))
        self.p.drawText(rect.adjusted(6, 2, -2, 0), Qt.AlignmentFlag.AlignLeft
                        | Qt.AlignmentFlag.AlignTop,
                        f"{labels.minute_text(start)}-{labels.minute_text(end)}")

    def _now_line(self, scene: GridScene) -> None:
        if scene.today is None or scene.now_minute is None:
            return
        day = (scene.today - scene.first).days
        if not 0 <= day < self.g.days:
            return
        y = self.g.y_of(scene.now_minute)
        left = self.g.column_left(day)
        self.p.setPen(QPen(colors.NOW_LINE, 2))
        self.p.drawLine(QPointF(left, y),
                        QPointF(left + self.g.column_width, y))
        self.p.setBrush(colors.NOW_LINE)
        self.p.drawEllipse(QRectF(left - 3, y - 3, 6, 6))

    def _hour_labels(self) -> None:
        self.p.fillRect(QRectF(0, self.g.header, self.g.gutter - 1, self.g.y_of(MINUTES_PER_DAY)),
                        self.pal.color(QPalette.ColorRole.Window))
        self.p.setPen(self.pal.color(QPalette.ColorRole.WindowText))
        height = self.metrics.height()
        for hour in range(24):
            y = self.g.y_of(hour * 60)
            rect = QRectF(0, y + 1, self.g.gutter - 6, height)
            self.p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                            labels.minute_text(hour * 60))

    def _header(self, scene: GridScene) -> None:
        window = self.pal.color(QPalette.ColorRole.Window)
        self.p.fillRect(QRectF(0, 0, self.g.width, self.g.header), window)
        self.p.setPen(self.pal.color(QPalette.ColorRole.WindowText))
        corner = QRectF(2, 0, self.g.gutter - 4, self.g.header)
        self.p.drawText(corner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                        scene.zone_label)
        for day, date in enumerate(week_dates(scene.first, self.g.days)):
            self._day_header(day, date, date == scene.today)
        self.p.setPen(QPen(colors.grid_line(self.pal, True), 1))
        self.p.drawLine(QPointF(0, self.g.header - 0.5),
                        QPointF(self.g.width, self.g.header - 0.5))

    def _day_header(self, day: int, date: dt.date, is_today: bool) -> None:
        rect = QRectF(self.g.column_left(day), 0, self.g.column_width, self.g.header)
        font = QFont(self.font)
        font.setBold(is_today)
        self.p.setFont(font)
        if is_today:
            self.p.fillRect(rect.adjusted(2, 3, -2, -3),
                            self.pal.color(QPalette.ColorRole.Highlight))
            self.p.setPen(self.pal.color(QPalette.ColorRole.HighlightedText))
        else:
            self.p.setPen(self.pal.color(QPalette.ColorRole.WindowText))
        text = labels.day_text(date)
        metrics, room = QFontMetrics(font), int(rect.width()) - 4
        if is_today:
            marked = Calendar.tr("Today, %1").replace("%1", text)
            # On a narrow column the highlight says "today"; the date must stay whole.
            text = marked if metrics.horizontalAdvance(marked) <= room else text
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.p.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        self.p.setFont(self.font)
