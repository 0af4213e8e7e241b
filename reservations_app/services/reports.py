"""Reports from SQL aggregates: the database sums and counts over the report index (0013:
local_date, provider_id, visit_type_id, status and the times, in that order; 0014 adds each
row's hours, so that they are read, not computed), reading only the index, in order, and
returns one row per provider and day, folded here into months or weeks; no booking is loaded
into Python.

Columns that later migrations add (late_cancellation, visit_type_id) are used where the
schema has them (see store.optional): before them, late cancellations count as none and every
visit is of no type.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import PostgresqlDatabase

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.reports import (
    BOOKED_STATUSES,
    NO_TYPE,
    PERIODS,
    NewClientsRow,
    NoShowRow,
    TypeRow,
    UtilisationRow,
)
from reservations_app.services.exchange import check_range
from reservations_app.store import optional
from reservations_app.store.models import database, to_db
from reservations_app.store.transactions import read_snapshot


def _booked(value: str, status: str = "x.status") -> str:
    """`value` for a booked visit, else 0. The reports filter by status this way rather than
    in WHERE: a status condition there leads the planner to the status index (every
    confirmed booking of all time) instead of the dates' range of the report index (0013).
    Equalities in turn, confirmed (most bookings) first: a fifth cheaper a row than IN."""
    booked = " OR ".join(f"{status} = '{name}'" for name in BOOKED_STATUSES)
    return f"CASE WHEN {booked} THEN {value} ELSE 0 END"


def _postgres() -> bool:
    return isinstance(database.obj, PostgresqlDatabase)


def _hours(start: str, end: str) -> str:
    if _postgres():
        return f"EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0"
    # Exactly the expression of the report indexes (migration 0014), so that SQLite reads
    # each row's hours from the index instead of parsing two times per row.
    return f"((julianday({end}) - julianday({start})) * 24.0)"


def _check_period(period: str) -> None:
    if period not in PERIODS:
        raise InvalidInput(f"Unknown period '{period}': use {' or '.join(PERIODS)}.")


def _period(column: str, period: str) -> str:
    """SQL for the period a date falls in; for the few rows of new clients and of the
    per-day sums. Never on each booking: date() on a year's 200,000 bookings cost ten times
    the sums themselves."""
    _check_period(period)
    if _postgres():
        return f"CAST(date_trunc('{period}', {column}) AS DATE)"
    if period == "week":  # back to Monday: %w is 0 on Sunday
        return f"date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) " \
               "|| ' days')"
    return f"date({column}, 'start of month')"


def _per_period(per_day: str, sums: int, period: str) -> str:
    """`per_day` sums each provider's day in the report index's order (columns provider_id,
    local_date, s0..sN); this adds those few thousand rows up per provider and period."""
    group = _period("d.local_date", period)
    totals = ", ".join(f"SUM(d.s{n})" for n in range(sums))
    return f"SELECT d.provider_id, {group}, {totals} FROM ({per_day}) d " \
           f"GROUP BY d.provider_id, {group}"


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _filters(table: str, first: dt.date, last: dt.date,
             provider_id: int | None) -> tuple[str, list[Any]]:
    p = database.param
    where = f"{table}.local_date >= {p} AND {table}.local_date <= {p}"
    params: list[Any] = [first, last]
    if provider_id is not None:
        where += f" AND {table}.provider_id = {p}"
        params.append(provider_id)
    return where, params


def _rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with read_snapshot():
        return list(database.execute_sql(sql, params).fetchall())


def _start(actor: Actor, first: dt.date, last: dt.date) -> None:
    require(actor, Permission.READ)
    check_range(first, last)


def utilisation(actor: Actor, first: dt.date, last: dt.date, *, provider_id: int | None = None,
                period: str = "month") -> list[UtilisationRow]:
    """Booked against available hours per provider and period, for local dates first..last."""
    _start(actor, first, last)
    _check_period(period)
    where, params = _filters("x", first, last, provider_id)
    hours_of = _hours("x.start_at", "x.end_at")
    booked = _rows(_per_period(
        f"SELECT x.provider_id, x.local_date, SUM({_booked(hours_of)}) AS s0 "
        f"FROM reservation x WHERE {where} GROUP BY x.local_date, x.provider_id", 1, period),
        params)
    available = _rows(_per_period(
        f"SELECT x.provider_id, x.local_date, SUM({hours_of}) AS s0 "
        f"FROM availability_block x WHERE {where} GROUP BY x.local_date, x.provider_id", 1,
        period), params)
    hours: dict[tuple[int, dt.date], list[float]] = {}
    for index, found in enumerate((booked, available)):
        for provider, day, total in found:
            if not total:
                continue  # cancelled bookings only
            hours.setdefault((provider, _day(day)), [0.0, 0.0])[index] += float(total)
    names = _provider_names()
    return sorted((UtilisationRow(provider, names.get(provider, "?"), day,
                                  round(totals[0], 2), round(totals[1], 2))
                   for (provider, day), totals in hours.items()),
                  key=lambda row: (row.provider.lower(), row.provider_id, row.period))


def _provider_names() -> dict[int, str]:
    return {provider_id: name for provider_id, name in _rows("SELECT id, name FROM provider",
                                                             [])}


# The no-shows report counts five things per provider and day in one sum, PACKED_BITS bits
# each from the lowest: booked visits, no-shows, cancellations, late cancellations, and on
# top the day's rows. Fewer than PACKED_LIMIT rows keep every count inside its bits and the
# sum below 2^53, exact even as SQLite's TOTAL (a float, which unlike SUM never fails); a
# fuller day, which the rows on top show even when the float is not exact, is counted per
# status instead. One sum per booking costs a quarter less than a group per status and late
# flag and a count: two more columns compared on each of a year's 340,000 bookings.
PACKED_BITS = 10
PACKED_LIMIT = 1 << PACKED_BITS
_ROWS = 4  # the field that counts the rows


def _packed_counts(late: str) -> str:
    one = [1 << (PACKED_BITS * n) for n in range(_ROWS + 1)]
    row = one[_ROWS]
    weights = [f"WHEN '{status}' THEN {row + one[0] + (one[1] if status == 'no_show' else 0)}"
               for status in BOOKED_STATUSES]
    late_weight = f"CASE WHEN {late} THEN {one[3]} ELSE 0 END"
    return f"CASE x.status {' '.join(weights)} WHEN 'cancelled' THEN {row + one[2]} + " \
           f"{late_weight} ELSE {row} END"


def _field(packed: str, n: int) -> str:
    """Field `n` of each packed day (the rows, on top, whole): PostgreSQL's sum is an exact
    numeric, SQLite's an exact float while the day is not too full."""
    low = 1 << (PACKED_BITS * n)
    if _postgres():
        whole = f"DIV({packed}, {low})"
        return whole if n == _ROWS else f"MOD({whole}, {PACKED_LIMIT})"
    whole = f"(CAST({packed} AS INTEGER) >> {PACKED_BITS * n})"
    return whole if n == _ROWS else f"({whole} & {PACKED_LIMIT - 1})"


def no_shows(actor: Actor, first: dt.date, last: dt.date, *, provider_id: int | None = None,
             period: str = "month") -> list[NoShowRow]:
    """Booked visits, no-shows, cancellations and late cancellations per provider and period."""
    _start(actor, first, last)
    _check_period(period)
    where, params = _filters("x", first, last, provider_id)
    has = optional.columns("reservation")
    late = "x.late_cancellation" if "late_cancellation" in has else "FALSE"
    # Counted per provider and day in the report index's order, then those days' counts
    # taken apart and added up per provider and period.
    group = _period("d.local_date", period)
    counted = ", ".join(f"SUM({_field('d.s', n)})" for n in range(_ROWS))
    found = _rows(
        f"SELECT d.provider_id, {group}, MAX({_field('d.s', _ROWS)}), {counted} FROM ("
        f"SELECT x.provider_id, x.local_date, "
        f"{'SUM' if _postgres() else 'TOTAL'}({_packed_counts(late)}) AS s "
        f"FROM reservation x WHERE {where} GROUP BY x.local_date, x.provider_id) d "
        f"GROUP BY d.provider_id, {group}", params)
    if any(rows >= PACKED_LIMIT for _provider, _period_start, rows, *_counts in found):
        found = _no_shows_by_status(where, params, period, late, has)
    counts: dict[tuple[int, dt.date], list[int]] = {}
    for provider, day, _most, *numbers in found:
        if any(numbers):  # not expired holds only
            counts[(provider, _day(day))] = [int(number or 0) for number in numbers]
    names = _provider_names()
    return sorted((NoShowRow(provider, names.get(provider, "?"), day, *totals)
                   for (provider, day), totals in counts.items()),
                  key=lambda row: (row.provider.lower(), row.provider_id, row.period))


def _no_shows_by_status(where: str, params: list[Any], period: str, late: str,
                        has: frozenset[str]) -> list[tuple[Any, ...]]:
    """The same counts, per provider and period, for a clinic with a day too full to pack:
    counted per day and status first (the report index's order), then summed."""
    by_late = ", x.late_cancellation" if "late_cancellation" in has else ""
    typed = ", x.visit_type_id" if "visit_type_id" in has else ""
    group = _period("d.local_date", period)
    return _rows(
        f"SELECT d.provider_id, {group}, 0, SUM({_booked('d.n', 'd.status')}), "
        "SUM(CASE WHEN d.status = 'no_show' THEN d.n ELSE 0 END), "
        "SUM(CASE WHEN d.status = 'cancelled' THEN d.n ELSE 0 END), "
        "SUM(CASE WHEN d.status = 'cancelled' AND d.late THEN d.n ELSE 0 END) FROM ("
        f"SELECT x.provider_id, x.local_date, x.status, {late} AS late, COUNT(*) AS n "
        f"FROM reservation x WHERE {where} "
        f"GROUP BY x.local_date, x.provider_id{typed}, x.status{by_late}) d "
        f"GROUP BY d.provider_id, {group}", params)


def visit_types(actor: Actor, first: dt.date, last: dt.date, *,
                provider_id: int | None = None) -> list[TypeRow]:
    """Booked visits and their hours per visit type, most visits first."""
    _start(actor, first, last)
    where, params = _filters("x", first, last, provider_id)
    typed = "visit_type_id" in optional.columns("reservation") and optional.has_table(
        "visit_type")
    name = "t.name" if typed else "NULL"
    join = " LEFT JOIN visit_type t ON t.id = d.visit_type_id" if typed else ""
    visit_type = ", x.visit_type_id" if typed else ""
    # Counted and summed per day, type and status in the report index's order; then those
    # few rows per type.
    found = _rows(
        f"SELECT {name}, SUM({_booked('d.n', 'd.status')}), "
        f"SUM({_booked('d.hours', 'd.status')}) FROM ("
        f"SELECT x.status{visit_type}, COUNT(*) AS n, "
        f"SUM({_hours('x.start_at', 'x.end_at')}) AS hours FROM reservation x "
        f"WHERE {where} GROUP BY x.local_date, x.provider_id{visit_type}, x.status"
        f") d{join}{' GROUP BY t.name' if typed else ''}", params)
    rows = [TypeRow(type_name or NO_TYPE, int(count), round(float(total or 0), 2))
            for type_name, count, total in found if count]
    return sorted(rows, key=lambda row: (-row.visits, row.visit_type))


def new_clients(actor: Actor, first: dt.date, last: dt.date, *,
                period: str = "month") -> list[NewClientsRow]:
    """Clients added per period (their first record, by UTC date)."""
    _start(actor, first, last)
    day = "CAST(created_at AS DATE)" if _postgres() else "date(created_at)"
    group = _period(day, period)
    p = database.param
    found = _rows(
        f"SELECT {group}, COUNT(*) FROM client WHERE created_at >= {p} AND created_at < {p} "
        f"GROUP BY {group} ORDER BY {group}",
        [to_db(dt.datetime.combine(first, dt.time(), dt.UTC)),
         to_db(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC))])
    return [NewClientsRow(_day(period_day), int(count)) for period_day, count in found]
