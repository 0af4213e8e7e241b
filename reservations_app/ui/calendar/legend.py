"""A key to the grid's colours, drawn with the same colours the grid uses."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from reservations_app.domain.model import Status
from reservations_app.ui.calendar import colors

SWATCH = 14


def swatch(fill: QColor, style: Qt.BrushStyle = Qt.BrushStyle.SolidPattern,
           border: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(border or fill.darker(130))
    painter.setBrush(QBrush(fill, style))
    painter.drawRect(QRectF(0.5, 0.5, SWATCH - 1, SWATCH - 1))
    painter.end()
    return pixmap


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.setAccessibleName(self.tr("Colour key"))
        palette = self.palette()
        self._available = QLabel(self)
        entries = [
            (self._available, self.tr("Available")),
            (swatch(colors.booking_fill(palette, Status.CONFIRMED)), self.tr("Confirmed")),
            (swatch(colors.booking_fill(palette, Status.PENDING)), self.tr("Held (min left)")),
            (swatch(palette.color(QPalette.ColorRole.Base), Qt.BrushStyle.SolidPattern,
                    colors.FADED), self.tr("Cancelled")),
            (swatch(colors.booking_fill(palette, Status.EXPIRED), Qt.BrushStyle.BDiagPattern),
             self.tr("Expired")),
        ]
        for index, (shown, text) in enumerate(entries):
            icon = shown if isinstance(shown, QLabel) else QLabel(self)
            if isinstance(shown, QPixmap):
                icon.setPixmap(shown)
            layout.addWidget(icon, index // 2, (index % 2) * 2)
            layout.addWidget(QLabel(text, self), index // 2, (index % 2) * 2 + 1)
        layout.setColumnStretch(3, 1)
        self.show_provider_color(QColor("#4a90d9"))

    def show_provider_color(self, provider_color: QColor) -> None:
        fill = colors.availability_fill(self.palette(), provider_color)
        self._available.setPixmap(swatch(fill, border=provider_color))
