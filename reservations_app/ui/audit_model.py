"""The audit trail as a lazily filled table model, and an entry as readable text."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import AuditEntry
from reservations_app.ui.models.formatting import day_label, short_time
from reservations_app.ui.models.table import OBJECT_ROLE, SORT_ROLE, ObjectTableModel

PAGE_SIZE = 200
ENTRY_ROLE = OBJECT_ROLE  # the roles every model here answers, declared once in models.table

COL_WHEN, COL_WHO, COL_SUMMARY, COL_WORKSTATION, COL_ACTION, COL_ENTITY, COL_ENTITY_ID = \
    range(7)
RAW_COLUMNS = (COL_WORKSTATION, COL_ACTION, COL_ENTITY, COL_ENTITY_ID)

Fetch = Callable[[int, int], list[AuditEntry]]  # (offset, limit) -> one page, newest first
Describe = Callable[[list[AuditEntry]], dict[int, str]]  # a page -> entry id: what happened
Index = QModelIndex | QPersistentModelIndex


_Page = tuple[list[AuditEntry], dict[int, str], str]  # rows, their words, why words are missing


class Runner(Protocol):
    def query(self, call: Callable[[], Any], on_success: Callable[[Any], None] | None = ...,
              on_error: Callable[[DomainError], None] | None = ..., *,
              owner: QObject | None = ...) -> None: ...


def _described(page: list[AuditEntry], describe: Describe) -> _Page:
    try:
        return page, describe(page) if page else {}, ""
    except DomainError as exc:
        return page, {}, exc.message


def _no_rows(offset: int, limit: int) -> list[AuditEntry]:
    return []


def _no_words(page: list[AuditEntry]) -> dict[int, str]:
    return {}


class AuditTableModel(ObjectTableModel[AuditEntry]):
    """Rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore), so a trail
    of a million rows opens as fast as one of ten."""

    load_failed = Signal(str)

    def __init__(self, zone: ZoneInfo, fetch: Fetch = _no_rows, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None, describe: Describe = _no_words, *,
                 runner: Runner | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("When"), self.tr("Who"), self.tr("What happened"),
                         self.tr("Workstation"), self.tr("Action"), self.tr("Record"),
                         self.tr("Id"))
        self._zone = zone
        self._pages = fetch
        self._describe = describe
        self._said: dict[int, str] = {}
        self._page_size = page_size
        self._more = True
        self._runner = runner  # pages load on its read worker; without one, at once
        self._generation = 0  # which reload a page's answer belongs to
        self._fetching = False

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start over, with new filters if `fetch` is given; the view pulls the first page."""
        self.beginResetModel()
        if fetch is not None:
            self._pages = fetch
        self._items = []
        self._more = True
        self._generation += 1
        self._fetching = False
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self.item(row)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, describe, offset, limit = self._pages, self._describe, len(self._items), \
            self._page_size
        if self._runner is None:
            try:
                page = fetch(offset, limit)
            except DomainError as exc:
                self._refused(exc)
                return
            self._add(_described(page, describe))
            return
        generation = self._generation
        self._fetching = True
        self._runner.query(lambda: _described(fetch(offset, limit), describe),
                           lambda found: self._add(found, generation), self._refused,
                           owner=self)

    def _refused(self, error: DomainError) -> None:
        self._more = self._fetching = False
        self.load_failed.emit(error.message)

    def _add(self, found: _Page, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # reloaded meanwhile: this page belongs to the old filters
        self._fetching = False
        page, said, trouble = found
        self._more = len(page) >= self._page_size
        if not page:
            return
        self._said.update(said)
        if trouble:  # the rows still show, with their raw action
            self.load_failed.emit(trouble)
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._items.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.item_at(index)
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return entry.id if index.column() == COL_WHEN else self._text(entry, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_WHEN:
            return entry.at.isoformat(timespec="seconds")
        return None

    def said(self, entry: AuditEntry) -> str:
        return self._said.get(entry.id) or entry.action

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == COL_WHEN:
            local = entry.at.astimezone(self._zone)
            return f"{day_label(local.date())} {short_time(local)}"
        if column == COL_SUMMARY:
            return self.said(entry)
        values = {COL_WHO: entry.actor, COL_WORKSTATION: entry.workstation,
                  COL_ACTION: entry.action, COL_ENTITY: entry.entity,
                  COL_ENTITY_ID: "" if entry.entity_id is None else str(entry.entity_id)}
        return values.get(column, "")


def pretty_json(text: str | None) -> str:
    """Stored JSON indented for reading; anything else as it is."""
    if text is None:
        return "—"
    try:
        return json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False)
    except ValueError:
        return text


def _object(text: str | None) -> dict[str, Any] | None:
    try:
        value = json.loads(text) if text else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def changed_keys(before: str | None, after: str | None) -> list[str]:
    """The fields whose value differs, when both sides are JSON objects."""
    old, new = _object(before), _object(after)
    if old is None or new is None:
        return []
    return sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))

class AuditDetail:
    """A translation context: lupdate reads `AuditDetail.tr("...")` as this one."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("AuditDetail", text, disambiguation, n)


def describe(entry: AuditEntry, zone: ZoneInfo) -> str:
    """One entry as the detail pane shows it: who did what, when, and before/after."""
    local = entry.at.astimezone(zone)
    record = entry.entity if entry.entity_id is None else f"{entry.entity} #{entry.entity_id}"
    lines = [
        f"{entry.action} — {record}",
        AuditDetail.tr("When: {local} {zone} ({utc} UTC)").format(
            local=f"{local:%Y-%m-%d %H:%M:%S}", zone=zone.key,
            utc=f"{entry.at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S}"),
        AuditDetail.tr("Who: {actor} at {workstation}").format(
            actor=entry.actor, workstation=entry.workstation),
    ]
    changed = changed_keys(entry.before, entry.after)
    if changed:
        lines.append(AuditDetail.tr("Changed: {keys}").format(keys=", ".join(changed)))
    lines += [
        "", AuditDetail.tr("Before:"), pretty_json(entry.before),
        "", AuditDetail.tr("After:"), pretty_json(entry.after),
    ]
    return "\n".join(lines)
