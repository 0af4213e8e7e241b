"""Small layout helpers the forms share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from reservations_app.ui.models.formatting import qdate

DATE_FORMAT = "ddd d MMM yyyy"  # day and month names in the user's language


def row_of(*widgets: QWidget) -> QWidget:
    """The widgets side by side in one form cell, without the extra margins of a nested layout."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def date_edit(day: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, written as the rest of the app writes dates."""
    edit = QDateEdit(parent)
    if day is not None:
        edit.setDate(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit
