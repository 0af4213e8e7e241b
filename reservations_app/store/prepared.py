"""Queries that peewee builds once and runs many times with new values.

Turning a query into SQL costs peewee 0.1-0.4 ms, more than SQLite takes to run an indexed
statement, and a hold with its confirmation runs a dozen statements. A Prepared query is
built once per open database with `Bind` placeholders where the values go; each run binds
the values and sends the same SQL text. The statement is logged and counted like any other
(on SQLite the few lines of peewee's `execute_sql` are run here, without its layers of calls).

Each value is made ready once per name, however often the statement uses it (the booking
checks use `now` and the day several times each): on SQLite that includes turning instants and
dates into the very text sqlite3's default adapters would make of them, once, in place of a
call back into Python for every occurrence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

import peewee
from peewee import ColumnBase, Context, Database, SqliteDatabase

from reservations_app.store.models import checked_id, database


class _Slot(NamedTuple):
    name: str


class Bind(ColumnBase):
    """A value given when the query runs. No field converter is applied to it, so give it in
    the form the database stores (store.models.to_db for instants)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def __sql__(self, ctx: Context) -> Context:
        return ctx.value(_Slot(self.name), converter=False)


class Prepared:
    """`build()` returns a peewee query using Bind placeholders; it runs once per database."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._compiled: _Compiled | None = None

    def _compile(self) -> _Compiled:
        db = database.obj
        if self._compiled is None or self._compiled.db is not db:
            sql, params = db.get_sql_context().sql(self._build()).query()
            self._compiled = _Compiled.of(db, sql, list(params))
        return self._compiled

    def execute(self, **values: Any) -> Any:
        compiled = self._compile()
        if compiled.named:  # SQLite: the driver looks each name up itself
            given = _sqlite_values(values)
            given.update(compiled.constants)
            return _run_on_sqlite(compiled.db, compiled.sql, given)
        ready = compiled.ready
        # Bound values skip the fields' converters, so check what the id fields would check.
        ready_values = {name: ready(value) for name, value in values.items()}
        bound = [ready_values[p.name] if type(p) is _Slot else p for p in compiled.params]
        return compiled.db.execute_sql(compiled.sql, bound)

    def rows(self, **values: Any) -> list[tuple[Any, ...]]:
        return list(self.execute(**values).fetchall())

    def insert(self, **values: Any) -> int:
        """Run an INSERT and return the new row's id."""
        cursor = self.execute(**values)
        if database.obj.returning_clause:  # PostgreSQL: the INSERT ends in RETURNING id
            return int(cursor.fetchone()[0])
        return int(cursor.lastrowid)


class _Compiled(NamedTuple):
    """A query's SQL for one database. On SQLite each `?` becomes a named parameter (the
    query's own constants too), so a run hands sqlite3 the values by name: no list is built
    in their order on every run."""

    db: Database
    sql: str
    params: list[Any]
    ready: Callable[[Any], Any]
    named: bool
    constants: dict[str, Any]

    @classmethod
    def of(cls, db: Database, sql: str, params: list[Any]) -> _Compiled:
        if not isinstance(db, SqliteDatabase):
            return cls(db, sql, params, checked_id, False, {})
        pieces = sql.split("?")
        if len(pieces) != len(params) + 1 or ":" in sql \
                or any(piece[:1].isalnum() or piece[:1] == "_" for piece in pieces[1:]):
            return cls(db, sql, params, _sqlite_ready, False, {})  # text it cannot name safely
        names = [p.name if type(p) is _Slot else f"_constant{n}"
                 for n, p in enumerate(params)]
        constants = {name: p for name, p in zip(names, params, strict=True)
                     if type(p) is not _Slot}
        named = pieces[0] + "".join(f":{name}{piece}"
                                    for name, piece in zip(names, pieces[1:], strict=True))
        return cls(db, named, params, _sqlite_ready, True, constants)


def _sqlite_values(values: dict[str, Any]) -> dict[str, Any]:
    """Each value as _sqlite_ready makes it, in one loop: a hold and its confirmation bind
    some forty values, and a call per value was a tenth of their Python."""
    given = {}
    for name, value in values.items():
        kind = type(value)
        if kind is dt.datetime:
            given[name] = value.isoformat(" ")
        elif kind is str or value is None:
            given[name] = value
        elif kind is int and _ID_LOW <= value <= _ID_HIGH:
            given[name] = value
        else:  # a date, a bool, or an id out of range (InvalidInput, as the id fields say)
            given[name] = _sqlite_ready(value)
    return given


_ID_LOW, _ID_HIGH = -(2**63), 2**63 - 1
_PLAIN_EXECUTE = SqliteDatabase.execute_sql
# peewee's own translation of driver errors (sqlite3.IntegrityError -> peewee.IntegrityError).
_DRIVER_ERRORS: Any = peewee.__exception_wrapper__  # type: ignore[attr-defined]


def _run_on_sqlite(db: Any, sql: str, params: dict[str, Any]) -> Any:
    """What peewee's execute_sql does on SQLite (log the statement, so it is counted; the same
    errors), without its three layers of calls per statement; any query hooks get the usual
    path."""
    if db.query_hooks or db.is_closed() or type(db).execute_sql is not _PLAIN_EXECUTE:
        return db.execute_sql(sql, params)
    db._log_query(sql, params)
    try:
        return db._state.conn.execute(sql, params)
    except Exception:
        with _DRIVER_ERRORS:  # entered only on failure: two calls fewer per statement
            raise


def _sqlite_ready(value: Any) -> Any:
    """`value` as SQLite receives it: sqlite3's default adapters' text for an instant or a date
    (isoformat with a space, and isoformat), an id checked as the id fields check it."""
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is dt.datetime:
        return value.isoformat(" ")
    if kind is dt.date:
        return value.isoformat()
    return checked_id(value)
