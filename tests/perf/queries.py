"""What SQL a service call runs, and how SQLite plans it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from playhouse.test_utils import count_queries

from reservations_app.domain.model import Slot
from reservations_app.store.models import database, to_db

BIG_TABLES = ("reservation", "availability_block", "client", "audit_log")


def run_capturing(call: Callable[[], Any]) -> list[tuple[str, Any]]:
    """Every statement `call` sent to the database, with its parameters."""
    with count_queries() as counter:
        call()
    return [(record.msg[0], _as_sent(record.msg[1])) for record in counter.get_queries()]


def _as_sent(params: Any) -> Any:
    """Positional parameters as a tuple; named ones (store.prepared on SQLite) as they are."""
    return dict(params) if isinstance(params, dict) else tuple(params or ())


def query_count(call: Callable[[], Any]) -> int:
    with count_queries() as counter:
        call()
    return counter.count


def plan(sql: str, params: Any) -> list[str]:
    """The steps of SQLite's plan, with peewee's table aliases ("t1") put back to names."""
    aliases = dict((alias, table) for table, alias in
                   re.findall(r'(?:FROM|JOIN) "(\w+)" AS "(\w+)"', sql))
    rows = database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return [re.sub(r"\b(SCAN|SEARCH) (\w+)\b",
                   lambda m: f"{m[1]} {aliases.get(m[2], m[2])}", row[3]) for row in rows]


def plans_on_big_tables(call: Callable[[], Any]) -> list[tuple[str, list[str]]]:
    """(statement, plan) for each statement of `call` that reads a big table."""
    result = []
    for sql, params in run_capturing(call):
        if not re.match(r"\s*(SELECT|UPDATE|DELETE)\b", sql, re.IGNORECASE):
            continue
        steps = plan(sql, params)
        if any(_names_big_table(step) for step in steps):
            result.append((sql, steps))
    return result


def _names_big_table(step: str) -> bool:
    return any(re.search(rf"\b(SCAN|SEARCH) {table}\b", step) for table in BIG_TABLES)


def table_scans(steps: list[str]) -> list[str]:
    """Steps that read a big table without any index."""
    return [step for step in steps for table in BIG_TABLES
            if re.search(rf"\bSCAN {table}\b(?! USING)", step)]


def insert_stale_holds(slots: list[tuple[dt.date, Slot]], client_id: int,
                       now: dt.datetime) -> None:
    """Holds that ran out half an hour ago and that no sweep has seen yet."""
    with database.atomic():
        for day, slot in slots:
            database.execute_sql(
                "INSERT INTO reservation (provider_id, client_id, start_at, end_at, local_date, "
                "status, created_at, hold_expires_at, occupied_start, occupied_end) "
                "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)",
                (slot.provider_id, client_id, str(to_db(slot.start)), str(to_db(slot.end)),
                 day.isoformat(), str(to_db(now - dt.timedelta(hours=1))),
                 str(to_db(now - dt.timedelta(minutes=30))), str(to_db(slot.start)),
                 str(to_db(slot.end))))
