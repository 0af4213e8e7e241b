"""A table model that loads its rows a page at a time, as the view scrolls to them.

Given a `runner` (the session's operation runner, ui.ops), the pages load on its read worker:
the rows on screen stay until the answer arrives, an answer to a query that was replaced since
is dropped, and `loaded` says when a (re)load's rows are in. Without one (tests of the model
alone, fixed lists) the pages load at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

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


class Runner(Protocol):
    def query(self, call: Callable[[], Any], on_success: Callable[[Any], None] | None = ...,
              on_error: Callable[[DomainError], None] | None = ..., *,
              owner: QObject | None = ...) -> None: ...


class LazyTableModel(QAbstractTableModel, Generic[T]):
    """Rows come from `fetch(offset, limit)`; the first page loads at once, the rest through
    canFetchMore/fetchMore, so a list of 20,000 clients costs one page until scrolled."""

    load_failed = Signal(str)  # a service refused or the database was busy
    loaded = Signal()  # a (re)load's rows are in

    HEADERS: tuple[str, ...] = ()

    def __init__(self, page_size: int = 50, parent: QObject | None = None, *,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._runner = runner
        self._fetch: Fetch | None = None
        self._rows: list[T] = []
        self._exhausted = True
        self._generation = 0  # which query an answer belongs to
        self._fetching = False
        self._loading = False  # a (re)load was asked and has not answered yet

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
        self._generation += 1
        self._fetching = False
        fetch, generation = self._fetch, self._generation
        if fetch is None or self._runner is None:
            self._replace(self._load(0, count) if fetch is not None else [], count)
            return
        self._loading = True
        self._runner.query(lambda: list(fetch(0, count)),
                           lambda page: self._replace(page, count, generation),
                           on_error=self._failed, owner=self)

    @property
    def loading(self) -> bool:
        return self._loading

    def _replace(self, page: list[T], count: int, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # the query was replaced meanwhile; its own answer follows
        self._loading = False
        self.beginResetModel()
        self._rows, self._exhausted = page, len(page) < count
        self.endResetModel()
        self.loaded.emit()

    def _load(self, offset: int, limit: int) -> list[T]:
        assert self._fetch is not None
        try:
            return list(self._fetch(offset, limit))
        except DomainError as exc:
            self._failed(exc)
            return []

    def _failed(self, error: DomainError) -> None:
        self._fetching = self._loading = False
        self.load_failed.emit(error.message)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self._exhausted and self._fetch is not None
                and not self._fetching)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, offset, generation = self._fetch, len(self._rows), self._generation
        if fetch is None or self._runner is None:
            self._append(self._load(offset, self._page_size), generation)
            return
        self._fetching = True
        self._runner.query(lambda: list(fetch(offset, self._page_size)),
                           lambda page: self._append(page, generation),
                           on_error=self._failed, owner=self)

    def _append(self, page: list[T], generation: int) -> None:
        if generation != self._generation:
            return
        self._fetching = False
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
