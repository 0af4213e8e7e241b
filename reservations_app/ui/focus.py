"""Tab order as a list: each widget reached right after the one before it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
