"""Columns that later migrations add (visit types, notes, late cancellations).

Exports and reports read them where the schema has them, so they work on a database either
side of the migration that brings them. Asking costs one catalogue query per export or
report, not per row.
"""

from __future__ import annotations

from reservations_app.store.models import database


def columns(table: str) -> frozenset[str]:
    return frozenset(column.name for column in database.get_columns(table))


def has_table(table: str) -> bool:
    return table in database.get_tables()
