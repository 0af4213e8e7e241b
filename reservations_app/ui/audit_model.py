"""The audit trail as a lazily filled table model, and an entry as readable text."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import AuditEntry
from reservations_app.ui.models.formatting import day_label, short_time
from reservations_app.ui.models.table import OBJECT_ROLE, ObjectTableModel, Runner

PAGE_SIZE = 200
ENTRY_ROLE = OBJECT_ROLE  # the roles every model here answers, declared once in models.table

COL_WHEN, COL_WHO, COL_SUMMARY, COL_WORKSTATION, COL_ACTION, COL_ENTITY, COL_ENTITY_ID = \
    range(7)
RAW_COLUMNS = (COL_WORKSTATION, COL_ACTION, COL_ENTITY, COL_ENTITY_ID)

Fetch = Callable[[int, int], list[AuditEntry]]  # (offset, limit) -> one page, newest first
Describe = Callable[[list[AuditEntry]], dict[int, str]]  # a page -> entry id: what happened


class Described(NamedTuple):
    """One row: the entry, what happened in words ("" when there are none), and why the
    words are missing when the names could not be read."""

    entry: AuditEntry
    said: str
    trouble: str


def described_pages(fetch: Fetch, describe: Describe) -> Callable[[int, int], list[Described]]:
    """Pages of entries with their words, both read in one call (on the runner's worker)."""

    def page(offset: int, limit: int) -> list[Described]:
        entries = fetch(offset, limit)
        try:
            words, trouble = (describe(entries) if entries else {}), ""
        except DomainError as exc:
            words, trouble = {}, exc.message
        return [Described(entry, words.get(entry.id, ""), trouble) for entry in entries]

    return page


def _no_words(page: list[AuditEntry]) -> dict[int, str]:
    return {}


class AuditTableModel(ObjectTableModel[Described]):
    """The paging is the one of every table here (models.table): `reload` loads the first
    page, the rest arrive as the view scrolls, so a trail of a million rows opens as fast as
    one of ten."""

    def __init__(self, zone: ZoneInfo, fetch: Fetch | None = None, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None, describe: Describe = _no_words, *,
                 runner: Runner | None = None) -> None:
        super().__init__(parent, page_size=page_size, runner=runner)
        self._headers = (self.tr("When"), self.tr("Who"), self.tr("What happened"),
                         self.tr("Workstation"), self.tr("Action"), self.tr("Record"),
                         self.tr("Id"))
        self._zone = zone
        self._pages = fetch
        self._describe = describe

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start over, with new filters if `fetch` is given; what shows stays until the first
        page of the answer arrives."""
        if fetch is not None:
            self._pages = fetch
        if self._pages is not None:
            self.set_source(described_pages(self._pages, self._describe))

    def entry(self, row: int) -> AuditEntry:
        return self.item(row).entry

    def said(self, row: int) -> str:
        """What happened in the row's entry, in words (its raw action without them)."""
        described = self.item(row)
        return described.said or described.entry.action

    def page_arrived(self, page: list[Described]) -> None:
        trouble = next((row.trouble for row in page if row.trouble), "")
        if trouble:  # the rows still show, with their raw action
            self.load_failed.emit(trouble)

    def object_of(self, item: Described) -> AuditEntry:
        return item.entry

    def sort_key(self, item: Described, column: int) -> Any:
        return item.entry.id if column == COL_WHEN else self.display(item, column)

    def extra_data(self, item: Described, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            return item.entry.at.isoformat(timespec="seconds")
        return None

    def display(self, item: Described, column: int) -> str:
        entry = item.entry
        if column == COL_WHEN:
            local = entry.at.astimezone(self._zone)
            return f"{day_label(local.date())} {short_time(local)}"
        if column == COL_SUMMARY:
            return item.said or entry.action
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
