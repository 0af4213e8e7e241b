"""Bookings and clients on their way out of the app: the rows every export reads, CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.exchange import ExportedBooking
from reservations_app.domain.timezones import check_date_range, zone
from reservations_app.store import optional
from reservations_app.store.models import database, from_db
from reservations_app.store.transactions import read_snapshot

MAX_DAYS = 3 * 366  # one export, one calendar feed: a few years at most

_BASE_COLUMNS = ("r.id, r.provider_id, p.name, p.timezone, r.client_id, c.name, c.email, "
                 "r.start_at, r.end_at, r.local_date, r.status, r.hold_expires_at, r.created_at, "
                 "r.cancel_reason")


def check_range(first: dt.date, last: dt.date) -> None:
    check_date_range(first)
    check_date_range(last)
    if last < first:
        raise InvalidInput(f"The range ends ({last}) before it starts ({first}).")
    if (last - first).days > MAX_DAYS:
        raise InvalidInput(f"Choose a range of at most {MAX_DAYS} days.")


def _optional_parts() -> tuple[str, str]:
    """The select list's tail and joins for the columns this schema has (see store.optional)."""
    have = optional.columns("reservation")
    has_types = "visit_type_id" in have and optional.has_table("visit_type")
    tail = [
        "vt.name" if has_types else "NULL",
        "r.note" if "note" in have else "''",
        "r.late_cancellation" if "late_cancellation" in have else "NULL",
    ]
    join = " LEFT JOIN visit_type vt ON vt.id = r.visit_type_id" if has_types else ""
    return ", ".join(tail), join


def bookings_between(first: dt.date, last: dt.date,
                     provider_id: int | None = None) -> list[ExportedBooking]:
    """Every reservation (any status) on the providers' local dates first..last, in time
    order; read through the (local_date, provider_id) and (provider_id, local_date) indexes."""
    check_range(first, last)
    p = database.param
    where = f"r.local_date >= {p} AND r.local_date <= {p}"
    params: list[Any] = [first, last]
    if provider_id is not None:
        where += f" AND r.provider_id = {p}"
        params.append(provider_id)
    return _bookings(where, params)


def bookings_by_ids(ids: list[int]) -> list[ExportedBooking]:
    if not ids:
        return []
    marks = ", ".join([database.param] * len(ids))
    return _bookings(f"r.id IN ({marks})", list(ids))


def _bookings(where: str, params: list[Any]) -> list[ExportedBooking]:
    tail, join = _optional_parts()
    sql = (f"SELECT {_BASE_COLUMNS}, {tail} FROM reservation r "
           "JOIN provider p ON p.id = r.provider_id JOIN client c ON c.id = r.client_id"
           f"{join} WHERE {where} ORDER BY r.start_at, r.id")
    with read_snapshot():
        rows = database.execute_sql(sql, params).fetchall()
    return [_exported(row) for row in rows]


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _exported(row: tuple[Any, ...]) -> ExportedBooking:
    (rid, provider_id, provider_name, timezone, client_id, client_name, email, start, end,
     local_date, status, hold_expires_at, created_at, reason, visit_type, note, late) = row
    return ExportedBooking(
        rid, provider_id, provider_name, timezone, client_id, client_name, email,
        from_db(start), from_db(end), _date(local_date), status,  # type: ignore[arg-type]
        from_db(hold_expires_at), from_db(created_at), reason,  # type: ignore[arg-type]
        visit_type, note or "", bool(late))


# --- writing files -------------------------------------------------------------------------

def write_atomically(path: Path, chunks: Iterable[str], *, encoding: str = "utf-8") -> None:
    """Write `path` whole or not at all: a failure half-way leaves any earlier file as it was."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"Cannot write {path}: the folder {folder} does not exist.")
    _refuse_special(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from exc
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, path)
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from exc
        raise


def _refuse_special(path: Path) -> None:
    """The new file replaces `path` by a rename: that must never swap a device such as
    /dev/null, a pipe or a folder for a regular file (as root it would)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from exc
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "a device or pipe, not a regular file"
        raise InvalidInput(f"Cannot write {path}: it is {kind}. Give a file name.")


class _Line:
    """A file-like sink for csv.writer that hands back each formatted line."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text = text


def csv_lines(header: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    sink = _Line()
    writer = csv.writer(sink, lineterminator="\r\n")
    writer.writerow(header)
    yield sink.text
    for row in rows:
        writer.writerow(row)
        yield sink.text


# --- CSV exports ---------------------------------------------------------------------------

CLIENT_HEADER = ["id", "name", "email", "phone", "birth_date", "note", "household_id",
                 "created_at"]
BOOKING_HEADER = ["id", "provider_id", "provider", "provider_timezone", "client_id", "client",
                  "start", "end", "local_date", "type", "status", "late_cancellation", "note",
                  "cancel_reason", "created_at"]


def _iso(instant: dt.datetime | None) -> str:
    return instant.isoformat(timespec="seconds") if instant is not None else ""


def export_clients(actor: Actor, path: Path) -> int:
    """Every client, oldest first, as UTF-8 CSV; returns how many."""
    require(actor, Permission.READ)
    have = optional.columns("client")
    extra = [name if name in have else "NULL" for name in ("birth_date", "note", "household_id")]
    sql = (f"SELECT id, name, email, phone, {', '.join(extra)}, created_at FROM client "
           "ORDER BY id")
    with read_snapshot():
        rows = database.execute_sql(sql).fetchall()
    write_atomically(path, csv_lines(CLIENT_HEADER, [_client_line(row) for row in rows]))
    return len(rows)


def _client_line(row: tuple[Any, ...]) -> list[Any]:
    *fields, created_at = row
    birth = fields[4]
    fields[4] = birth.isoformat() if isinstance(birth, dt.date) else (birth or "")
    return [("" if value is None else value) for value in fields] + [_iso(from_db(created_at))]


def export_bookings(actor: Actor, path: Path, first: dt.date, last: dt.date, now: dt.datetime,
                    provider_id: int | None = None) -> int:
    """Bookings of the local dates first..last (every status, as the desk sees it), with their
    instants in the provider's own offset, as UTF-8 CSV; returns how many."""
    require(actor, Permission.READ)
    found = bookings_between(first, last, provider_id)
    write_atomically(path, csv_lines(BOOKING_HEADER, [_booking_line(b, now) for b in found]))
    return len(found)


def _booking_line(item: ExportedBooking, now: dt.datetime) -> list[Any]:
    tz = zone(item.provider_timezone)
    return [item.reservation_id, item.provider_id, item.provider_name, item.provider_timezone,
            item.client_id, item.client_name, _iso(item.start.astimezone(tz)),
            _iso(item.end.astimezone(tz)), item.local_date.isoformat(), item.visit_type or "",
            item.shown_status(now), "true" if item.late_cancellation else "false", item.note,
            item.cancel_reason or "", _iso(item.created_at)]
