"""A table model that loads its rows a page at a time, as the view scrolls to them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reservations_app.domain.errors import DomainError
from reservations_app.ui.models.roles import OBJECT_ROLE, SORT_ROLE

T = TypeVar("T")
Fetch = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> one page of objects
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel, Generic[T]):
    """Rows come from `fetch(offset, limit)`; the first page loads at once, the rest through
    canFetchMore/fetchMore, so a list of 20,000 clients costs one page until scrolled."""

    load_failed = Signal(str)  # a service refused or the database was busy

    HEADERS: tuple[str, ...] = ()

    def __init__(self, page_size: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[T] = []
        self._exhausted = True

    # What subclasses describe -------------------------------------------------------------
    def header(self, column: int) -> str:
        return self.tr(self.HEADERS[column])

    def display(self, item: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, item: T, column: int) -> Any:
        return self.display(item, column).casefold()

    def extra_data(self, item: T, column: int, role: int) -> Any:
        """Other roles (tool tips, colours); None when the role means nothing here."""
        return None

    # Loading -------------------------------------------------------------------------------
    def set_source(self, fetch: Fetch | None) -> None:
        """Start over with a new query; `None` empties the model."""
        self._fetch = fetch
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Load again what is loaded now (at least a page), e.g. after another desk changed it."""
        self._reload(max(self._page_size, len(self._rows)))

    def _reload(self, count: int) -> None:
        self.beginResetModel()
        self._rows, self._exhausted = [], True
        if self._fetch is not None:
            page = self._load(0, count)
            self._rows = page
            self._exhausted = len(page) < count
        self.endResetModel()

    def _load(self, offset: int, limit: int) -> list[T]:
        assert self._fetch is not None
        try:
            return list(self._fetch(offset, limit))
        except DomainError as exc:
            self.load_failed.emit(exc.message)
            return []

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._load(len(self._rows), self._page_size)
        self._exhausted = len(page) < self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # Reading -------------------------------------------------------------------------------
    def item(self, row: int) -> T:
        return self._rows[row]

    def items(self) -> list[T]:
        return list(self._rows)

    def row_where(self, matches: Callable[[T], bool]) -> int:
        """The row of the first loaded object that `matches`, or -1."""
        return next((row for row, item in enumerate(self._rows) if matches(item)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.header(section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == OBJECT_ROLE:
            return item
        if role == SORT_ROLE:
            return self.sort_key(item, index.column())
        return self.extra_data(item, index.column(), role)
