"""An inline message above a screen: what went wrong (or right) and what to do next."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from reservations_app.ui.models.formatting import local_dates


class Kind(Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    SUCCESS = "success"


# Translucent tints over the palette's own window colour, so light and dark themes both work.
_TINTS = {
    Kind.ERROR: "rgba(220, 38, 38, 45)",
    Kind.WARNING: "rgba(245, 158, 11, 55)",
    Kind.INFO: "rgba(59, 130, 246, 40)",
    Kind.SUCCESS: "rgba(16, 185, 129, 45)",
}
_ICONS = {
    Kind.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Kind.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Kind.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Kind.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
}


class MessageBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.kind = Kind.INFO
        self._icon = QLabel(self)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setAutoRaise(True)
        self._close.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._icon)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Message"))
        self._close.clicked.connect(self.clear)
        self.hide()

    def show_message(self, text: str, kind: Kind = Kind.INFO) -> None:
        self.kind = kind
        text = local_dates(text)
        self._label.setText(text)
        self._icon.setPixmap(self.style().standardIcon(_ICONS[kind]).pixmap(20, 20))
        self.setStyleSheet(f"#messageBanner {{ background: {_TINTS[kind]}; "
                           "border: 1px solid palette(mid); border-radius: 4px; }")
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    @Slot()
    def clear(self) -> None:
        self._label.clear()
        self.hide()
