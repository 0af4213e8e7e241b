"""The week grid: days across, wall-clock time down, in the provider's zone. It paints the
rows of a WeekModel; a vertical drag in a day column proposes a new block of availability."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from reservations_app.domain.model import AvailabilityBlock, Booking
from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.geometry import GridGeometry, drag_span, pixels_per_hour
from reservations_app.ui.calendar.grid_painter import GridPainter, GridScene
from reservations_app.ui.calendar.week_layout import ItemKind, WeekItem, items_at
from reservations_app.ui.calendar.week_model import WeekModel
from reservations_app.ui.focus import announce

# Shown until the tab sets the real week; the grid never reads the clock itself.
PLACEHOLDER_WEEK = dt.date(2001, 1, 1)


@dataclasses.dataclass
class _Drag:
    day: int
    anchor: float
    current: float
    moved: bool = False


class WeekGrid(QAbstractScrollArea):
    block_drawn = Signal(object, int, int)  # local date, start minute, end minute
    block_activated = Signal(object)  # AvailabilityBlock to edit
    booking_activated = Signal(object)  # Booking to open (double-click, or Enter on it)
    block_delete_requested = Signal(object)  # AvailabilityBlock
    day_clicked = Signal(object)  # local date
    menu_requested = Signal(object, object, QPoint)  # local date, WeekItem | None, global pos
    week_step_requested = Signal(int)  # -1 previous, +1 next

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._scene = GridScene(first=PLACEHOLDER_WEEK)
        self._editable = False
        self._drag: _Drag | None = None
        self._gutter: tuple[tuple[str, str], int] = (("", ""), 0)  # (font, locale) -> width
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Week grid"))
        self.setAccessibleDescription(self._help_text())
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._model.modelReset.connect(self._model_changed)
        self._model.dataChanged.connect(self._model_changed)

    # --- state set by the tab -------------------------------------------------------------

    def set_week(self, first: dt.date, today: dt.date, now_minute: int, slot_minutes: int,
                 provider_color: str, zone_label: str) -> None:
        self._scene = dataclasses.replace(
            self._scene, first=first, today=today, now_minute=now_minute,
            slot_minutes=slot_minutes, provider_color=QColor(provider_color),
            zone_label=zone_label, items=self._model.items())
        self._update_scroll_range()
        self.viewport().update()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._drag = None

    def first_day(self) -> dt.date:
        return self._scene.first

    def today(self) -> dt.date | None:
        """The provider's today, marked on the grid when it falls in the week shown."""
        return self._scene.today

    def selected_block(self) -> AvailabilityBlock | None:
        for item in self._scene.items:
            if item.block is not None and item.block.id == self._scene.selected_block_id:
                return item.block
        return None

    def select_block(self, block_id: int | None) -> None:
        self._scene = dataclasses.replace(self._scene, selected_block_id=block_id)
        self.viewport().update()
        self._announce()

    def selected_booking(self) -> Booking | None:
        item = self._selected_booking_item()
        return item.booking if item is not None else None

    def select_booking(self, reservation_id: int | None) -> None:
        self._scene = dataclasses.replace(self._scene, selected_booking_id=reservation_id)
        self.viewport().update()
        self._announce()

    def _selected_booking_item(self) -> WeekItem | None:
        chosen = self._scene.selected_booking_id
        return next((item for item in self._scene.items if item.booking is not None
                     and item.booking.reservation.id == chosen), None)

    def _help_text(self) -> str:
        return self.tr(
            "Drag down a day to add availability. Up and Down select a block, Enter changes "
            "its times, Delete removes it. Left and Right select a booking, Enter opens it. "
            "Ctrl+Page Up and Ctrl+Page Down change the week.")

    def spoken_selection(self) -> str:
        """The selected block and the bookings inside it, as a screen reader reads them."""
        items = self._scene.items
        booking = self._selected_booking_item()
        if booking is not None:
            return labels.spoken_text(booking)
        chosen = next((item for item in items if item.block is not None
                       and item.block.id == self._scene.selected_block_id), None)
        if chosen is None:
            return self._help_text()
        inside = [item for item in items if item.booking is not None
                  and item.local_date == chosen.local_date
                  and item.start_minute < chosen.end_minute
                  and item.end_minute > chosen.start_minute]
        return "; ".join([labels.spoken_text(chosen), *map(labels.spoken_text, inside)])

    def _announce(self) -> None:
        """The painted grid has no child elements: what the cursor is on goes out as the
        grid's description, and assistive technology is told it changed."""
        announce(self, self.spoken_selection())

    def preview(self) -> tuple[int, int, int] | None:
        """The block a drag in progress would create: (day, start minute, end minute)."""
        return self._scene.preview

    def grid_geometry(self) -> GridGeometry:
        font_height = QFontMetrics(self.font()).height()
        return GridGeometry(
            width=self.viewport().width(), gutter=self._gutter_width(),
            header=font_height + 16,
            pixels_per_hour=pixels_per_hour(font_height, self._scene.slot_minutes),
            scroll=self.verticalScrollBar().value())

    def _gutter_width(self) -> int:
        """Wide enough for the widest hour label in this font and locale ("10:00 AM" on a
        12-hour clock); measured again only when either changes."""
        key = (self.font().key(), QLocale().name())
        if self._gutter[0] != key:
            metrics = QFontMetrics(self.font())
            widest = max(metrics.horizontalAdvance(labels.minute_text(hour * 60))
                         for hour in range(24))
            self._gutter = (key, max(52, metrics.height() * 4, widest + 12))
        return self._gutter[1]

    def scroll_to_minute(self, minute: int) -> None:
        self._update_scroll_range()
        geometry = self.grid_geometry()
        self.verticalScrollBar().setValue(geometry.scroll_for(minute, self.viewport().height()))

    def date_of(self, day: int) -> dt.date:
        return self._scene.first + dt.timedelta(days=day)

    # --- painting and scrolling -------------------------------------------------------------

    @Slot()
    def _model_changed(self) -> None:
        items = self._model.items()
        selected = self._scene.selected_block_id
        if not any(item.block is not None and item.block.id == selected for item in items):
            selected = None
        self._scene = dataclasses.replace(self._scene, items=items, selected_block_id=selected)
        self.viewport().update()
        self._announce()

    def _update_scroll_range(self) -> None:
        geometry = self.grid_geometry()
        bar = self.verticalScrollBar()
        bar.setRange(0, geometry.max_scroll(self.viewport().height()))
        bar.setPageStep(max(1, self.viewport().height() - geometry.header))
        bar.setSingleStep(max(1, round(geometry.pixels_per_hour / 4)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_scroll_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        try:
            GridPainter(painter, self.grid_geometry(), self.palette(), self.font()).paint(
                self._scene, self.viewport().height())
        finally:
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self._item_at(event.pos())
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), labels.tooltip_text(item), self.viewport())
            return True
        return super().viewportEvent(event)

    # --- mouse and keyboard -----------------------------------------------------------------

    def _point(self, pos: QPoint) -> tuple[int, float] | None:
        geometry = self.grid_geometry()
        day = geometry.day_at(pos.x())
        if day is None or not geometry.in_body(pos.y()):
            return None
        return day, geometry.minute_at(pos.y())

    def _item_at(self, pos: QPoint) -> WeekItem | None:
        point = self._point(pos)
        if point is None:
            return None
        hits = items_at(self._scene.items, *point)
        return hits[0] if hits else None

    def _block_at(self, pos: QPoint) -> AvailabilityBlock | None:
        point = self._point(pos)
        if point is None:
            return None
        blocks = [item.block for item in items_at(self._scene.items, *point)
                  if item.kind is ItemKind.AVAILABILITY]
        return blocks[0] if blocks else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = self._point(event.position().toPoint())
        if event.button() is not Qt.MouseButton.LeftButton or point is None:
            super().mousePressEvent(event)
            return
        block = self._block_at(event.position().toPoint())
        self.select_block(block.id if block else None)
        booking = self._booking_at(event.position().toPoint())
        self.select_booking(booking.reservation.id if booking else None)
        self.day_clicked.emit(self.date_of(point[0]))
        if block is None and self._editable:
            self._drag = _Drag(point[0], point[1], point[1])
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        drag = self._drag
        drag.current = self.grid_geometry().minute_at(event.position().y())
        pixels = abs(drag.current - drag.anchor) * self.grid_geometry().pixels_per_minute
        drag.moved = drag.moved or pixels >= QApplication.startDragDistance()
        if drag.moved:
            start, end = drag_span(drag.anchor, drag.current, self._scene.slot_minutes)
            self._scene = dataclasses.replace(self._scene, preview=(drag.day, start, end))
            self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        preview = self._scene.preview
        self._scene = dataclasses.replace(self._scene, preview=None)
        self.viewport().update()
        if drag is None or not drag.moved or preview is None:
            super().mouseReleaseEvent(event)
            return
        day, start, end = preview
        self.block_drawn.emit(self.date_of(day), start, end)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        booking = self._booking_at(event.position().toPoint())
        if booking is not None:  # a booking is drawn over its block: the booking is opened
            self.booking_activated.emit(booking)
            event.accept()
            return
        block = self._block_at(event.position().toPoint())
        if block is not None and self._editable:
            self.block_activated.emit(block)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        point = self._point(event.pos())
        if point is None:
            return
        block = self._block_at(event.pos())
        self.select_block(block.id if block else None)
        hits = items_at(self._scene.items, *point)
        self.menu_requested.emit(self.date_of(point[0]), hits[0] if hits else None,
                                 event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        block = self.selected_block()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and block and self._editable:
            self.block_delete_requested.emit(block)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_booking():
            self.booking_activated.emit(self.selected_booking())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and block \
                and self._editable:
            self.block_activated.emit(block)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.select_booking(None)
            self._select_next_block(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
            self._select_next_booking(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.week_step_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _booking_at(self, pos: QPoint) -> Booking | None:
        point = self._point(pos)
        if point is None:
            return None
        hits = [item.booking for item in items_at(self._scene.items, *point)
                if item.booking is not None]
        return hits[0] if hits else None

    def _select_next_booking(self, step: int) -> None:
        """Walk the week's bookings in time order (Enter then opens the one chosen)."""
        bookings = sorted((item for item in self._scene.items if item.booking is not None),
                          key=lambda item: (item.local_date, item.start_minute))
        if not bookings:
            return
        ids = [item.booking.reservation.id for item in bookings if item.booking is not None]
        current = self._scene.selected_booking_id
        index = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        index = max(0, min(len(bookings) - 1, index))
        self.select_booking(ids[index])
        self._bring_into_view(bookings[index])

    def _select_next_block(self, step: int) -> None:
        """Walk the week's blocks in time order and bring the chosen one into view."""
        blocks = [item for item in self._scene.items if item.block is not None]
        if not blocks:
            return
        ids = [item.block.id for item in blocks if item.block is not None]
        current = self._scene.selected_block_id
        index = ids.index(current) + step if current in ids else (0 if step > 0 else -1)
        chosen = blocks[max(0, min(len(blocks) - 1, index))]
        self.select_block(ids[blocks.index(chosen)])
        self._bring_into_view(chosen)

    def _bring_into_view(self, chosen: WeekItem) -> None:
        self.day_clicked.emit(chosen.local_date)
        geometry = self.grid_geometry()
        top, bottom = geometry.y_of(chosen.start_minute), geometry.y_of(chosen.end_minute)
        if top < geometry.header or bottom > self.viewport().height():
            self.scroll_to_minute(chosen.start_minute)
