"""Importing a clinic's client list from CSV: a dry run that says row by row what would be
added, what duplicates an existing client (or an earlier row) and what is invalid and why;
then the same run committed, the accepted rows in one transaction, audited as one import.

Each row is judged by the people service's own client check, so an import accepts exactly
what the desk could enter. The dry run is the import itself, rolled back: the two cannot
disagree, and a duplicate of an earlier row of the same file is found the same way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import IntegrityError

from reservations_app.domain import client_import as table
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.client_import import ImportRow
from reservations_app.domain.errors import Duplicate, InvalidInput
from reservations_app.domain.timezones import zone
from reservations_app.services import audit, client_checks
from reservations_app.services.settings import get_policy
from reservations_app.store.models import ClientRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import transactional

ADDED, DUPLICATE, INVALID = "added", "duplicate", "invalid"
SAMPLE_ROWS = 5


@dataclass(frozen=True)
class RowOutcome:
    line: int
    name: str
    status: str  # added (or would be), duplicate, invalid
    reason: str | None = None
    existing_id: int | None = None


@dataclass(frozen=True)
class FileLayout:
    """What the wizard's mapping step shows: how the file was read and which column is what."""

    encoding: str
    delimiter: str
    headers: list[str]
    mapping: dict[int, str]
    sample: list[list[str]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    layout: FileLayout
    rows: list[RowOutcome]
    dry_run: bool

    def of(self, status: str) -> list[RowOutcome]:
        return [row for row in self.rows if row.status == status]

    @property
    def added(self) -> int:
        return len(self.of(ADDED))


class _RolledBack(Exception):
    """Ends a dry run's transaction with a rollback, carrying its outcomes out."""

    def __init__(self, outcomes: list[RowOutcome]) -> None:
        super().__init__("dry run")
        self.outcomes = outcomes


def layout(data: bytes, overrides: Sequence[str] = ()) -> FileLayout:
    """Read the file's encoding, delimiter and headers; map columns by their names, then by
    `overrides` ("column=field")."""
    return _read(data, overrides)[0]


def _read(data: bytes, overrides: Sequence[str]) -> tuple[FileLayout, str, Any]:
    text, encoding, dialect, headers = table.read_table(data)
    mapping = table.apply_overrides(headers, table.guess_mapping(headers), overrides)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        sample: list[list[str]] = list(itertools.islice(reader, 1, SAMPLE_ROWS + 1))
    except csv.Error as exc:
        raise InvalidInput(f"Line {reader.line_num} of the file cannot be read: {exc}.") \
            from exc
    return FileLayout(encoding, dialect.delimiter, headers, mapping, sample), text, dialect


def import_clients(actor: Actor, data: bytes, now: dt.datetime, *,
                   overrides: Sequence[str] = (), mapping: dict[int, str] | None = None,
                   dry_run: bool = False, source: str = "") -> ImportReport:
    """Judge every row; unless `dry_run`, add the accepted ones, all in one transaction.
    `mapping` (column index -> field, from the wizard) replaces the guessed one."""
    require(actor, Permission.MANAGE_CLIENTS)
    found, text, dialect = _read(data, overrides)
    if mapping is not None:
        found = FileLayout(found.encoding, found.delimiter, found.headers, mapping, found.sample)
    table.check_mapping(found.mapping)
    rows = list(table.rows_of(text, found.mapping, len(found.headers), dialect))
    try:
        outcomes = _run(actor, rows, now, dry_run, source)
    except _RolledBack as done:
        outcomes = done.outcomes
    except IntegrityError as exc:
        raise Duplicate("Another desk added one of these clients during the import; nothing "
                        "was imported. Run the import again.") from exc
    return ImportReport(found, outcomes, dry_run)


@transactional
def _run(actor: Actor, rows: list[ImportRow], now: dt.datetime, dry_run: bool,
         source: str) -> list[RowOutcome]:
    added_lines: dict[int, RowOutcome] = {}  # new client id -> the row that added it
    rules = _Rules.now(now)
    outcomes = [_import_row(rules, row, now, added_lines) for row in rows]
    if dry_run:
        raise _RolledBack(outcomes)
    counts = {status: sum(1 for o in outcomes if o.status == status)
              for status in (ADDED, DUPLICATE, INVALID)}
    audit.record(actor, now, "client.import", "client", None, None,
                 {"source": source, "rows": len(outcomes), **counts})
    return outcomes


def _import_row(rules: _Rules, row: ImportRow, now: dt.datetime,
                added_lines: dict[int, RowOutcome]) -> RowOutcome:
    if row.problem is not None:
        return RowOutcome(row.line, row.name, INVALID, row.problem)
    values, problem, existing = _verdict(rules, row)
    if values is None and existing in added_lines:  # not a client yet, in a dry run
        earlier = added_lines[existing]
        return RowOutcome(row.line, row.name, DUPLICATE,
                          f"duplicates line {earlier.line} ({earlier.name}) of this file")
    if values is None:
        status = DUPLICATE if existing is not None else INVALID
        return RowOutcome(row.line, row.name, status, problem, existing)
    new_id = _INSERT.insert(**_insert_values(values, now))
    added_lines[int(new_id)] = outcome = RowOutcome(row.line, values["name"], ADDED)
    return outcome


Verdict = tuple[dict[str, Any] | None, str | None, int | None]


@dataclass(frozen=True)
class _Rules:
    """The clinic's settings every row is judged by, read once per import."""

    region: str
    today: dt.date

    @classmethod
    def now(cls, now: dt.datetime) -> _Rules:
        policy = get_policy()
        return cls(policy.phone_region, now.astimezone(zone(policy.clinic_timezone)).date())


def _verdict(rules: _Rules, row: ImportRow) -> Verdict:
    """The columns to insert, or why not (and the existing client it duplicates), by the
    people service's own rules (services.client_checks): E.164, households, birth dates."""
    verdict = client_checks.check(row.name, row.email, row.phone, row.birth_date, row.note,
                                  None, rules.region, rules.today)
    if not verdict.ok:
        return None, verdict.problem, verdict.duplicate_of
    if verdict.likely_duplicates:
        same = verdict.likely_duplicates[0]
        return None, (f"same name and date of birth as {same.name} (id {same.id})"), same.id
    return _columns(verdict.draft), None, None


# Every row is one more INSERT: built once, not per row (see store.prepared). The columns are
# those this schema's client table has.
_COLUMNS = ("name", "email", "phone", "phone_digits", "search_key", "birth_date", "note",
            "created_at")
_INSERT = Prepared(lambda: ClientRow.insert(
    {ClientRow._meta.fields[name]: Bind(name) for name in _COLUMNS
     if name in ClientRow._meta.fields}))


def _insert_values(values: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    found = {name: values.get(name) for name in _COLUMNS if name in ClientRow._meta.fields}
    found["created_at"] = to_db(now)
    if "note" in found and found["note"] is None:
        found["note"] = ""
    return found


def _columns(draft: Any) -> dict[str, Any]:
    values = {"name": draft.name, "email": draft.email, "phone": draft.phone,
              "phone_digits": draft.phone_digits, "search_key": draft.search_key,
              "birth_date": draft.birth_date, "note": draft.note}
    return {key: value for key, value in values.items() if key in ClientRow._meta.fields}
