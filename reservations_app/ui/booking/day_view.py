"""The appointment book's day: one column per provider, the clinic's time down the side, each
visit a block as long as the visit. It paints a DayLayout and turns keys, clicks and drags into
signals; what they mean is decided by the booking tab and the services.

Keys: arrows move the cursor a slot or a provider, Page Up/Down an hour, Home/End the first and
last available time of the column; Enter books the free time or opens the booking under the
cursor; the context-menu key opens the menu."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from reservations_app.domain.model import Booking
from reservations_app.ui.booking import day_paint
from reservations_app.ui.booking.day_layout import DayLayout
from reservations_app.ui.focus import announce


@dataclasses.dataclass
class _Drag:
    """A booking pressed with the mouse, which becomes a move once dragged far enough."""

    booking: Booking
    origin: QPoint
    column: int
    row: int
    moving: bool = False


class DayView(QAbstractScrollArea):
    free_time_activated = Signal(int, object)  # provider id, UTC start
    booking_activated = Signal(int)  # reservation id
    booking_menu_requested = Signal(int, QPoint)  # reservation id, global position
    free_time_menu_requested = Signal(int, object, QPoint)  # provider id, UTC start, position
    move_dropped = Signal(int, int, object)  # reservation id, provider id, UTC start
    cursor_moved = Signal()
    day_shown = Signal()  # a (re)loaded day is painted; the cursor kept its place if it could

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout: DayLayout | None = None
        self._now: dt.datetime | None = None
        self._column = 0
        self._row = 0
        self._drag: _Drag | None = None
        self._metrics: day_paint.Metrics
        self._texts: day_paint.ElidedTexts
        self._metrics_of: tuple[str, str] | None = None  # the font and locale measured
        self._update_metrics()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Appointment book"))
        self.setAccessibleDescription(self.tr(
            "One column per provider. Arrows move between times and providers, Enter books the "
            "free time or opens the booking, the menu key shows what can be done."))

    # --- state ----------------------------------------------------------------------------

    def set_day(self, layout: DayLayout, now: dt.datetime) -> None:
        """Show `layout`, keeping the cursor on the same provider and time when both are still
        there (another desk's change must not move the receptionist's place)."""
        provider_id, start = self.current_provider_id(), self.current_start()
        self._layout, self._now = layout, now
        self._update_metrics()
        column = self._column_of(provider_id)
        if column is None or start is None or not self._on_axis(start):
            self._column, self._row = 0, self._first_available_row(0)
        else:
            self._column, self._row = column, layout.row_of(start)
        self._update_scroll_range()
        self.viewport().update()
        self._announce()
        self.day_shown.emit()

    def _update_metrics(self) -> None:
        """Measure the axis and rows again when the font or the locale's clock has changed
        (on each new day, not on each paint; measuring 24 hour labels is not free)."""
        measured = (self.font().key(), QLocale().name())
        if measured != self._metrics_of:
            self._metrics_of = measured
            self._metrics = day_paint.Metrics.of(self.fontMetrics())
            self._texts = day_paint.ElidedTexts(self.fontMetrics())

    def set_now(self, now: dt.datetime) -> None:
        self._now = now
        self.viewport().update()

    def day_layout(self) -> DayLayout | None:
        return self._layout

    def elided_text(self, text: str, width: int) -> str:
        """What a block or a column's header shows of `text` in `width` pixels."""
        return self._texts(text, width)

    def current_provider_id(self) -> int | None:
        if self._layout is None or not self._layout.columns:
            return None
        return self._layout.columns[self._column].provider.id

    def current_start(self) -> dt.datetime | None:
        return None if self._layout is None else self._layout.row_start(self._row)

    def current_booking(self) -> Booking | None:
        if self._layout is None or not self._layout.columns:
            return None
        return self._layout.booking_at(self._column, self._row)

    def current_free_time(self) -> tuple[int, dt.datetime] | None:
        """(provider id, UTC start) when the cursor is on available time nobody has booked."""
        layout = self._layout
        if layout is None or not layout.columns or self.current_booking() is not None \
                or not layout.is_available(self._column, self._row):
            return None
        return layout.columns[self._column].provider.id, layout.row_start(self._row)

    def select(self, provider_id: int, start: dt.datetime) -> None:
        column = self._column_of(provider_id)
        if self._layout is not None and column is not None and self._on_axis(start):
            self._move_to(column, self._layout.row_of(start))

    def select_booking(self, reservation_id: int) -> bool:
        for column, provider_day in enumerate(self._layout.columns if self._layout else ()):
            for booking in provider_day.bookings:
                if booking.reservation.id == reservation_id and self._layout is not None:
                    start = max(booking.reservation.start, self._layout.row_start(0))
                    self._move_to(column, self._layout.row_of(start))
                    return True
        return False

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._layout is None:
            return
        scene = day_paint.Scene(
            self._layout, self._metrics, self._column_width(), self._now,
            (self._column, self._row) if self.hasFocus() or self._drag is None else None,
            self._drop_target(), self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(), self.viewport().rect(), self.hasFocus())
        day_paint.paint(painter, self.palette(), scene, self._texts)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange) \
                and hasattr(self, "_texts"):  # not while QWidget itself is being built
            self._update_metrics()  # measured and elided again in the new font
            self._update_scroll_range()
            self.viewport().update()

    def _column_width(self) -> int:
        columns = len(self._layout.columns) if self._layout else 1
        free = self.viewport().width() - self._metrics.axis_width
        return max(self._metrics.min_column_width, free // max(1, columns))

    def _update_scroll_range(self) -> None:
        if self._layout is None:
            return
        width = len(self._layout.columns) * self._column_width() + self._metrics.axis_width
        height = self._layout.rows * self._metrics.row_height + self._metrics.header_height
        self.horizontalScrollBar().setRange(0, max(0, width - self.viewport().width()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self.verticalScrollBar().setRange(0, max(0, height - self.viewport().height()))
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.verticalScrollBar().setSingleStep(self._metrics.row_height)

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._layout is None or not self._layout.columns:
            super().keyPressEvent(event)
            return
        key = event.key()
        hour_rows = max(1, 60 // self._layout.slot_minutes)
        steps = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0),
                 Qt.Key.Key_Right: (1, 0), Qt.Key.Key_PageUp: (0, -hour_rows),
                 Qt.Key.Key_PageDown: (0, hour_rows)}
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._step(*steps[Qt.Key(key)])
        elif key == Qt.Key.Key_Home:
            self._move_to(self._column, self._first_available_row(self._column))
        elif key == Qt.Key.Key_End:
            self._move_to(self._column, self._last_available_row(self._column))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._activate()
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers()
                                        == Qt.KeyboardModifier.ShiftModifier):
            self._request_menu(self.viewport().mapToGlobal(self._cursor_rect().center()))
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def _step(self, columns: int, rows: int) -> None:
        assert self._layout is not None
        booking = self.current_booking()
        if rows > 0 and booking is not None:  # step past the whole visit, not into its middle
            end_row = self._layout.row_of(booking.reservation.end) - 1
            rows = max(rows, end_row - self._row + 1)
        self._move_to(self._column + columns, self._row + rows)

    def _move_to(self, column: int, row: int) -> None:
        assert self._layout is not None
        self._column = min(max(column, 0), max(0, len(self._layout.columns) - 1))
        self._row = min(max(row, 0), self._layout.rows - 1)
        self._ensure_visible()
        self.viewport().update()
        self._announce()
        self.cursor_moved.emit()

    def _announce(self) -> None:
        """The painted day has no child elements: the cursor's cell goes out as the view's
        description, and assistive technology is told when it changes."""
        if self._layout is None or not self._layout.columns:
            return
        announce(self, day_paint.spoken_cell(self._layout, self._column, self._row, self._now))

    def _ensure_visible(self) -> None:
        m, width = self._metrics, self._column_width()
        top = m.header_height + self._row * m.row_height
        vertical = self.verticalScrollBar()
        visible_rows = self.viewport().height() - m.header_height
        if top - m.header_height < vertical.value():
            vertical.setValue(top - m.header_height)
        elif top + m.row_height - m.header_height > vertical.value() + visible_rows:
            vertical.setValue(top + m.row_height - m.header_height - visible_rows)
        left = self._column * width
        horizontal = self.horizontalScrollBar()
        visible_width = self.viewport().width() - m.axis_width
        if left < horizontal.value():
            horizontal.setValue(left)
        elif left + width > horizontal.value() + visible_width:
            horizontal.setValue(left + width - visible_width)

    def _activate(self) -> None:
        booking, provider_id = self.current_booking(), self.current_provider_id()
        if booking is not None:
            self.booking_activated.emit(booking.reservation.id)
        elif provider_id is not None:
            self.free_time_activated.emit(provider_id, self.current_start())

    # --- mouse ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position().toPoint())
        if cell is None:
            super().mousePressEvent(event)
            return
        self._move_to(*cell)
        booking = self.current_booking()
        if event.button() == Qt.MouseButton.LeftButton and booking is not None:
            self._drag = _Drag(booking, event.position().toPoint(), *cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        point = event.position().toPoint()
        distance = (point - self._drag.origin).manhattanLength()
        self._drag.moving = self._drag.moving or distance >= QApplication.startDragDistance()
        cell = self._cell_at(point)
        if self._drag.moving and cell is not None:
            self._drag.column, self._drag.row = cell
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        target = self._target_of(drag)
        self.viewport().update()
        if drag is None or target is None or self._layout is None:
            return
        provider_id, start = target
        reservation = drag.booking.reservation
        if (provider_id, start) != (reservation.provider_id, reservation.start):
            self.move_dropped.emit(reservation.id, provider_id, start)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self._cell_at(event.position().toPoint())
        if cell is not None:
            self._move_to(*cell)
            self._activate()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            cell = self._cell_at(event.pos())
            if cell is None:
                return
            self._move_to(*cell)
            self._request_menu(event.globalPos())
        else:
            self._request_menu(self.viewport().mapToGlobal(self._cursor_rect().center()))

    def _request_menu(self, position: QPoint) -> None:
        booking, provider_id = self.current_booking(), self.current_provider_id()
        if booking is not None:
            self.booking_menu_requested.emit(booking.reservation.id, position)
        elif provider_id is not None:
            self.free_time_menu_requested.emit(provider_id, self.current_start(), position)

    # --- geometry -------------------------------------------------------------------------

    def _cell_at(self, point: QPoint) -> tuple[int, int] | None:
        if self._layout is None or not self._layout.columns:
            return None
        m = self._metrics
        x = point.x() - m.axis_width + self.horizontalScrollBar().value()
        y = point.y() - m.header_height + self.verticalScrollBar().value()
        if point.x() < m.axis_width or point.y() < m.header_height:
            return None
        column, row = x // self._column_width(), y // m.row_height
        if not (0 <= column < len(self._layout.columns) and 0 <= row < self._layout.rows):
            return None
        return column, row

    def _cursor_rect(self) -> QRect:
        m = self._metrics
        x = m.axis_width + self._column * self._column_width() - self.horizontalScrollBar().value()
        y = m.header_height + self._row * m.row_height - self.verticalScrollBar().value()
        return QRect(x, y, self._column_width(), m.row_height)

    def _target_of(self, drag: _Drag | None) -> tuple[int, dt.datetime] | None:
        if drag is None or not drag.moving or self._layout is None:
            return None
        return self._layout.columns[drag.column].provider.id, self._layout.row_start(drag.row)

    def _drop_target(self) -> QRectF | None:
        if self._drag is None or not self._drag.moving or self._layout is None:
            return None
        reservation = self._drag.booking.reservation
        rows = max(1, round((reservation.end - reservation.start).total_seconds() / 60
                            / self._layout.slot_minutes))
        m = self._metrics
        x = m.axis_width + self._drag.column * self._column_width() \
            - self.horizontalScrollBar().value()
        y = m.header_height + self._drag.row * m.row_height - self.verticalScrollBar().value()
        return QRectF(x + 2, y, self._column_width() - 4, rows * m.row_height)

    def _column_of(self, provider_id: int | None) -> int | None:
        for column, provider_day in enumerate(self._layout.columns if self._layout else ()):
            if provider_day.provider.id == provider_id:
                return column
        return None

    def _on_axis(self, start: dt.datetime) -> bool:
        return self._layout is not None and 0 <= self._layout.row_of(start) < self._layout.rows

    def _first_available_row(self, column: int) -> int:
        layout = self._layout
        if layout is None or not layout.columns:
            return 0
        found = layout.first_available_row(column)
        return 0 if found is None else found

    def _last_available_row(self, column: int) -> int:
        layout = self._layout
        if layout is None or not layout.columns:
            return 0
        found = layout.last_available_row(column)
        return layout.rows - 1 if found is None else found

