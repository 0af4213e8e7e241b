"""Custom item roles every table model here answers."""

from __future__ import annotations

from PySide6.QtCore import Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain object behind the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column correctly
