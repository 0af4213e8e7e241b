"""The appointment book's caption: the day shown ("Today, Thu 3 Dec 2026"), bold, wrapped on a
narrow screen, drawn as a word-wrapped QLabel draws it.

Not a QLabel: QLabel.setText asks for a new layout every time, and that request climbs through
the book's and the main window's tab widgets, which repaint themselves whole on it; every day
switch repainted the entire window (every table's cells read again) before the new day was even
loaded. The caption asks for a new layout only when its new text needs another size: another
height at its width, or a wider word than its narrowest width allows."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
_TALL = 2000  # room enough to measure a wrapped caption's height


class DayCaption(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._needs = self._size_needs()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (the name QLabel gives it)
        if text == self._text:
            return
        self._text = text
        self.setAccessibleDescription(text)
        self._relayout_if_needed()
        self.update()

    # --- what a layout asks ---------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._bounds(width).height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The caption on one line (a short day always fits on one)."""
        one_line = self.fontMetrics().boundingRect(self._text or " ")
        return QSize(one_line.width(), self.heightForWidth(one_line.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Its widest word, and every line at that width."""
        narrowest = self._bounds(0)
        return QSize(narrowest.width(), narrowest.height())

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(WRAPPED.value),
                                  self.palette(), self.isEnabled(), self._text,
                                  QPalette.ColorRole.WindowText)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._relayout_if_needed()

    # --- internals ------------------------------------------------------------------------

    def _bounds(self, width: int) -> QRect:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(0, width), _TALL),
                                               int(WRAPPED.value), self._text or " ")

    def _size_needs(self) -> tuple[int, QSize]:
        """What the layout must hear about: the height at this width, the narrowest width.
        The one-line width matters only to a bar squeezed below its hints, which the narrowest
        width governs, so a slightly longer or shorter day name is not worth a relayout."""
        return self.heightForWidth(self.width()), self.minimumSizeHint()

    def _relayout_if_needed(self) -> None:
        needs = self._size_needs()
        if needs != self._needs:
            self._needs = needs
            self.updateGeometry()
