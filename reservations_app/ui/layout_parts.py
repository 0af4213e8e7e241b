"""Small layout helpers the forms share."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def row_of(*widgets: QWidget) -> QWidget:
    """The widgets side by side in one form cell, without the extra margins of a nested layout."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
