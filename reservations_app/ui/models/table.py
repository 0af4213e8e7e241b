"""The one base of every table model in the GUI: a list of domain objects, one per row.

The custom item roles are declared here, once, and answered here, once: OBJECT_ROLE gives the
object behind a row, SORT_ROLE a value that sorts its column correctly. A subclass sets its
column titles (`self._headers`, translated with `self.tr()`) and describes a row through
`display`, `sort_key`, `extra_data` (and `object_of` when the row wraps the object).

Rows come either as a fixed list (`set_items`) or a page at a time from `fetch(offset, limit)`
(`set_source`): the first page loads at once, the rest through canFetchMore/fetchMore as the
view scrolls, so a list of 20,000 clients costs one page until scrolled. Given a `runner`
(the session's operation runner, ui.ops), the pages load on its read worker: the rows on
screen stay until the answer arrives, an answer to a query that was replaced since is dropped,
and `loaded` says when a (re)load's rows are in. Without one the pages load at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain object behind the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column correctly

T = TypeVar("T")
Fetch = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> one page of objects
Index = QModelIndex | QPersistentModelIndex
DEFAULT_PAGE_SIZE = 50
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class Runner(Protocol):
    def query(self, call: Callable[[], Any], on_success: Callable[[Any], None] | None = ...,
              on_error: Callable[[DomainError], None] | None = ..., *,
              owner: QObject | None = ...) -> None: ...


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    load_failed = Signal(str)  # a service refused or the database was busy
    loaded = Signal()  # a (re)load's rows are in

    def __init__(self, parent: QObject | None = None, *, page_size: int = DEFAULT_PAGE_SIZE,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._items: list[T] = []
        self._page_size = page_size
        self._runner = runner
        self._fetch: Fetch | None = None
        self._exhausted = True
        self._generation = 0  # which query an answer belongs to
        self._fetching = False
        self._loading = False  # a (re)load was asked and has not answered yet

    # What subclasses describe -------------------------------------------------------------
    def display(self, item: T, column: int) -> Any:
        """The text of the cell (also read out by screen readers)."""
        raise NotImplementedError

    def sort_key(self, item: T, column: int) -> Any:
        text = self.display(item, column)
        return text.casefold() if isinstance(text, str) else text

    def extra_data(self, item: T, column: int, role: int) -> Any:
        """Other roles (tool tips, colours, fonts); None when the role means nothing here."""
        return None

    def object_of(self, item: T) -> Any:
        """What OBJECT_ROLE gives for the row: the item itself unless it wraps one."""
        return item

    def page_arrived(self, page: list[T]) -> None:
        """Called with each page just before its rows show (e.g. to look up words for it)."""

    # A fixed list ---------------------------------------------------------------------------
    def set_items(self, items: Iterable[T]) -> None:
        """Show exactly these rows; any paged query is dropped."""
        self._fetch, self._generation, self._fetching = None, self._generation + 1, False
        self._replace(list(items), 0)

    # Pages ----------------------------------------------------------------------------------
    def set_source(self, fetch: Fetch | None) -> None:
        """Start over with a new query; `None` empties the model."""
        self._fetch = fetch
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Load again what is loaded now (at least a page), e.g. after another desk changed it."""
        self._reload(max(self._page_size, len(self._items)))

    @property
    def loading(self) -> bool:
        return self._loading

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

    def _replace(self, page: list[T], count: int, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # the query was replaced meanwhile; its own answer follows
        self._loading = False
        if page:
            self.page_arrived(page)
        self.beginResetModel()
        self._items, self._exhausted = page, len(page) < count
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

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return (not parent.isValid() and not self._exhausted and self._fetch is not None
                and not self._fetching)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, offset, generation = self._fetch, len(self._items), self._generation
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
            self.page_arrived(page)
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._items.extend(page)
            self.endInsertRows()

    # Reading --------------------------------------------------------------------------------
    def item(self, row: int) -> T:
        return self._items[row]

    def items(self) -> list[T]:
        return list(self._items)

    def item_at(self, index: Index) -> T | None:
        """The object behind `index`, or None when the index is invalid or past the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]

    def row_where(self, matches: Callable[[T], bool]) -> int:
        """The row of the first loaded object that `matches`, or -1."""
        return next((row for row, item in enumerate(self._items) if matches(item)), -1)

    def refresh_display(self) -> None:
        """Every cell may read differently now (the clock moved, a zone changed); rows stay."""
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        if role in _TEXT_ROLES:
            return self.display(item, index.column())
        if role == OBJECT_ROLE:
            return self.object_of(item)
        if role == SORT_ROLE:
            return self.sort_key(item, index.column())
        return self.extra_data(item, index.column(), role)
