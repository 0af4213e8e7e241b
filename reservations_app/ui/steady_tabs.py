"""A tab widget that repaints only what changed when something inside it is laid out again.

QTabWidget answers every LayoutRequest by placing its tab bar and page again and repainting
its whole area, even when nothing moved. Such a request reaches it whenever any widget on a
page changes its size hint (a label's new text, a table's new rows): on the main window's
tabs that was a repaint of the whole window on every day switch, besides the repaint of what
did change. This one lets the request through only when its own layout can differ (its size,
the tab bar's or the corner widgets' size hints), and else only passes the change of its
pages' size hints on to its parent, as QTabWidget does after laying out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

_CORNERS = (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner, Qt.Corner.BottomLeftCorner,
            Qt.Corner.BottomRightCorner)


class SteadyTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: tuple[object, ...] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.LayoutRequest:
            return super().event(event)
        inputs = self._layout_inputs()
        if inputs == self._laid_out_for:
            self.updateGeometry()  # the pages' size hints may have changed: tell the parent
            return True
        self._laid_out_for = inputs
        return super().event(event)

    def _layout_inputs(self) -> tuple[object, ...]:
        """What QTabWidget places its tab bar and page by."""
        corners: list[QSize | None] = []
        for corner in _CORNERS:
            widget = self.cornerWidget(corner)
            corners.append(widget.sizeHint() if widget is not None and widget.isVisible()
                           else None)
        return (self.size(), self.tabBar().sizeHint(), self.tabBar().isVisible(),
                self.tabPosition(), self.documentMode(), *corners)
