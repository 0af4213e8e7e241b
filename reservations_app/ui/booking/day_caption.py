"""The appointment book's caption: the day shown ("Today, Thu 3 Dec 2026"), bold, wrapped on a
narrow screen, drawn as a word-wrapped QLabel draws it.

Not a QLabel: QLabel.setText asks for a new layout every time, and that request climbs through
the book's and the main window's tab widgets, which repaint themselves whole on it; every day
switch repainted the entire window (every table's cells read again) before the new day was even
loaded. The caption asks for a new layout only when its new text needs another size: another
height at its width, or a wider word than its narrowest width allows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
_MEASURED = int((Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap).value)
_TALL = 2000  # room enough to measure a wrapped caption's height
_UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX: a width at which any caption fits on one line


class DayCaption(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        # Sizes measured for this text and font, by the width asked, the size limits and the
        # screen: a layout asks the same few widths dozens of times, ~1 ms of text layout each.
        self._measured: dict[tuple[int, ...], QSize] = {}
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred,
                             QSizePolicy.ControlType.Label)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._needs = self._size_needs()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (the name QLabel gives it)
        if text == self._text:
            return
        self._text = text
        self._measured.clear()
        self.setAccessibleDescription(text)
        self._relayout_if_needed()
        self.update()

    # --- what a layout asks: the sizes a word-wrapped QLabel gives, worked out as it does ---

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._size_for_width(width).height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._size_for_width(-1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as its widest word, as high as one line."""
        one_line = self._size_for_width(_UNLIMITED).height()
        return QSize(self._size_for_width(0).width(), min(one_line, self.sizeHint().height()))

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(WRAPPED.value),
                                  self.palette(), self.isEnabled(), self._text,
                                  self.foregroundRole())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._relayout_if_needed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)  # a new font or style: QWidget asks for a layout itself
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured.clear()
            self._needs = self._size_needs()

    # --- internals ------------------------------------------------------------------------

    def _size_for_width(self, width: int) -> QSize:
        """QLabel's own sizing of word-wrapped text; -1: the width it would like, narrowed
        while the text still fits on a few lines."""
        least = self.minimumSize()
        key = (width, least.width(), least.height(), self.maximumWidth(), self.logicalDpiY())
        if key not in self._measured:
            self._measured[key] = self._measure(width)
        return QSize(self._measured[key])

    def _measure(self, width: int) -> QSize:
        metrics, text = self.fontMetrics(), self._text
        trying = width < 0
        if trying:
            width = min(metrics.averageCharWidth() * 80, self.maximumWidth())
        width = max(width, self.minimumWidth())
        bounds = metrics.boundingRect(QRect(0, 0, width, _TALL), _MEASURED, text)
        if trying and bounds.height() < 4 * metrics.lineSpacing() and bounds.width() > width // 2:
            bounds = metrics.boundingRect(QRect(0, 0, width // 2, _TALL), _MEASURED, text)
        if trying and bounds.height() < 2 * metrics.lineSpacing() and bounds.width() > width // 4:
            bounds = metrics.boundingRect(QRect(0, 0, width // 4, _TALL), _MEASURED, text)
        return QSize(bounds.width(), bounds.height()).expandedTo(self.minimumSize())

    def _size_needs(self) -> tuple[int, QSize]:
        """What the layout must hear about: the height at this width and the narrowest size.
        The width it would like changes by a few pixels with nearly every day name, and counts
        only in a bar narrower than its items' hints (otherwise the caption stretches over the
        rest), so it waits for the next layout instead of asking for one."""
        return self.heightForWidth(self.width()), self.minimumSizeHint()

    def _relayout_if_needed(self) -> None:
        needs = self._size_needs()
        if needs != self._needs:
            self._needs = needs
            self.updateGeometry()
