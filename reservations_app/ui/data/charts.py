"""Bar and line charts drawn with QPainter from a list of (label, value) points.

QPainter rather than QtCharts: QtCharts comes only with PySide6-Addons, which the bundle would
have to carry for two simple charts (see the README's measurement). The same `paint` draws
on screen, into a PNG and onto a PDF page.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[str, float]
BAR_COLOR = QColor("#4a90d9")
LINE_COLOR = QColor("#d9534f")
AXIS_COLOR = QColor("#555555")
GRID_COLOR = QColor("#dddddd")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 48, 16, 32, 56


def scale_top(highest: float) -> float:
    """The axis' top: a little above the highest value, so that its four grid steps are
    whole percents; at least 4 %."""
    return max(0.04, math.ceil(round(highest * 1.1 * 100, 6) / 4) * 4 / 100)


class Chart(QWidget):
    """A chart of `points` whose values are fractions (0.25 is shown as 25 %)."""

    def __init__(self, title: str, kind: str = "bar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.kind = kind  # "bar" or "line"
        self.points: list[Point] = []
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def set_points(self, points: list[Point]) -> None:
        self.points = list(points)
        self.setAccessibleDescription(", ".join(f"{label}: {value:.0%}"
                                                for label, value in self.points))
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def to_image(self, size: QSize | None = None) -> QImage:
        image = QImage(size or self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            self.paint(painter, QRectF(image.rect()))
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, Qt.GlobalColor.white)
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(AXIS_COLOR)
        painter.drawText(QRectF(area.left(), area.top() + 4, area.width(), 24),
                         Qt.AlignmentFlag.AlignHCenter, self.title)
        painter.setFont(QFont(self.font()))
        plot = area.adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        if not self.points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        top = scale_top(max(value for _, value in self.points))
        self._axes(painter, plot, top)
        if self.kind == "line":
            self._line(painter, plot, top)
        else:
            self._bars(painter, plot, top)

    def _axes(self, painter: QPainter, plot: QRectF, top: float) -> None:
        for step in range(5):
            fraction = step / 4
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(QPen(GRID_COLOR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_COLOR)
            painter.drawText(QRectF(plot.left() - MARGIN_LEFT, y - 8, MARGIN_LEFT - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{fraction * top:.0%}")
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _slot(self, plot: QRectF, index: int) -> QRectF:
        width = plot.width() / len(self.points)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def _label(self, painter: QPainter, plot: QRectF, index: int, label: str) -> None:
        slot = self._slot(plot, index)
        painter.setPen(AXIS_COLOR)
        shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                 int(slot.width()) - 2)
        painter.drawText(QRectF(slot.left(), plot.bottom() + 4, slot.width(), 20),
                         Qt.AlignmentFlag.AlignHCenter, shown)

    def _bars(self, painter: QPainter, plot: QRectF, top: float) -> None:
        for index, (label, value) in enumerate(self.points):
            slot = self._slot(plot, index)
            height = plot.height() * value / top
            bar = QRectF(slot.left() + slot.width() * 0.2, plot.bottom() - height,
                         slot.width() * 0.6, height)
            painter.fillRect(bar, BAR_COLOR)
            painter.setPen(AXIS_COLOR)
            painter.drawText(QRectF(slot.left(), bar.top() - 18, slot.width(), 16),
                             Qt.AlignmentFlag.AlignHCenter, f"{value:.0%}")
            self._label(painter, plot, index, label)

    def _line(self, painter: QPainter, plot: QRectF, top: float) -> None:
        path = QPainterPath()
        for index, (label, value) in enumerate(self.points):
            point = QPointF(self._slot(plot, index).center().x(),
                            plot.bottom() - plot.height() * value / top)
            if index == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
            painter.setBrush(LINE_COLOR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 3.5, 3.5)
            self._label(painter, plot, index, label)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(LINE_COLOR, 2))
        painter.drawPath(path)
