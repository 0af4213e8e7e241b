"""Keyboard reach: Tab order as a list, a form label's Alt+letter for a row of two, and what a
painted view says to assistive technology."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Each widget reached by Tab right after the one before it."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def label_row_of_two(form: QFormLayout, row: QLayout, buddy: QWidget) -> None:
    """A form row holding a layout of two widgets gets no buddy by itself, and a label
    without one shows its '&' instead of taking Alt+letter: give it the first."""
    label = form.labelForField(row)
    if isinstance(label, QLabel):
        label.setBuddy(buddy)


def announce(view: QWidget, text: str) -> None:
    """A painted view has no child elements: what its cursor is on goes out as the view's
    description, and assistive technology is told when it changed (only while focused)."""
    if text == view.accessibleDescription():
        return
    view.setAccessibleDescription(text)
    if view.hasFocus():
        # Imported at the first announcement: PySide builds QAccessible's eight enums (~5 ms)
        # when the class is first named, and a start with nothing focused needs none.
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(
            QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))
