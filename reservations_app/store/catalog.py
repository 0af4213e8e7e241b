"""What the schema of a database is, and what the app's own migrations would have built.

A database is used only when its schema objects (tables, columns, indexes, triggers, views)
are exactly those this version's migrations create: a file whose guard triggers were dropped,
whose unique slot index was removed, or which carries triggers of its own is refused at open
and at restore. Reading the catalog is one query; the expected catalog is built once per
version of the migrations into an in-memory database and cached in the user cache folder.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import zlib
from functools import cache
from pathlib import Path

from peewee import Database

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.paths import cache_dir

log = logging.getLogger(__name__)

Entry = tuple[str, str, str, str]  # type, name, table, normalised SQL
POSTGRES_OBJECT = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?(FUNCTION|TRIGGER)\s+(\w+)",
                             re.IGNORECASE)


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").replace('"', "").split()).lower()


def sqlite_catalog(connection: sqlite3.Connection, schema: str = "main") -> list[Entry]:
    """Every schema object but SQLite's own (sqlite_autoindex_*, sqlite_sequence)."""
    rows = connection.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master "  # noqa: S608
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    return sorted((kind, name, table, _normal(sql)) for kind, name, table, sql in rows)


def _fingerprint(migrations_dir: Path, upto: str) -> str:
    """Names the cached catalog of these migrations. Not a secret and not a guard (the cache
    is the user's own): two checksums and the length tell versions apart without hashlib,
    whose import loads OpenSSL into every start."""
    data = f"{sqlite3.sqlite_version}|{upto}".encode()
    for path in sorted(migrations_dir.glob("[0-9]*.py")):
        data += path.name.encode() + path.read_bytes()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def expected_sqlite(migrations_dir: Path, table_name: str, upto: str) -> list[Entry]:
    """The catalog the migrations up to `upto` build on an empty SQLite database."""
    cached = cache_dir() / f"schema-{_fingerprint(migrations_dir, upto)}.json"
    return list(_load_or_build(cached, migrations_dir, table_name, upto))


@cache
def _load_or_build(cached: Path, migrations_dir: Path, table_name: str,
                   upto: str) -> tuple[Entry, ...]:
    try:
        return tuple((kind, name, table, sql)
                     for kind, name, table, sql in json.loads(cached.read_text()))
    except (OSError, ValueError):
        pass
    built = tuple(build_sqlite(migrations_dir, table_name, upto))
    try:
        cached.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(built))
        temporary.replace(cached)  # two processes starting at once never read half a file
    except OSError:  # a read-only home: rebuild next time, still correct
        log.info("could not cache the expected schema in %s", cached)
    return built


def build_sqlite(migrations_dir: Path, table_name: str, upto: str,
                 into: Database | None = None) -> list[Entry]:
    """Run the migrations up to `upto` on `into` (an in-memory database by default)."""
    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    db = into or SqliteDatabase(":memory:")
    Runner(db, str(migrations_dir), table_name=table_name).up(target=upto)
    catalog = sqlite_catalog(db.connection())
    if into is None:
        db.close()
    return catalog


def first_difference(actual: list[Entry], expected: list[Entry]) -> str | None:
    """A description of one object that differs, or None when the catalogs agree."""
    have, want = set(actual), set(expected)
    for kind, name, _table, _sql in sorted(have - want):
        if any(e[:2] == (kind, name) for e in want):
            return f"the {kind} {name} was altered"
        return f"the {kind} {name} was not made by Reservations"
    for kind, name, _table, _sql in sorted(want - have):
        return f"the {kind} {name} is missing"
    return None


def check_sqlite(connection: sqlite3.Connection, migrations_dir: Path, table_name: str,
                 upto: str, where: str, schema: str = "main") -> None:
    problem = first_difference(sqlite_catalog(connection, schema),
                               expected_sqlite(migrations_dir, table_name, upto))
    if problem:
        raise DatabaseUnusable(
            f"The database {where} differs from what Reservations builds ({problem}). "
            "It may have been tampered with; it was not used. Restore a backup, or ask "
            "whoever manages the clinic's computers.")


def postgres_objects(migrations_dir: Path) -> set[tuple[str, str]]:
    """The functions and triggers the migrations create on PostgreSQL, by name: a migration
    must spell a PostgreSQL function's or trigger's name literally in its CREATE statement."""
    found = set()
    for path in migrations_dir.glob("[0-9]*.py"):
        for kind, name in POSTGRES_OBJECT.findall(path.read_text()):
            found.add((kind.lower(), name.lower()))
    return found


POSTGRES_CATALOG = """
SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT t.tgisinternal AND n.nspname = current_schema()
UNION ALL
SELECT 'function', p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = current_schema() AND NOT EXISTS (
    SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
UNION ALL
SELECT 'rule', r.rulename FROM pg_rules r WHERE r.schemaname = current_schema()
UNION ALL
SELECT 'view', v.viewname FROM pg_views v WHERE v.schemaname = current_schema()
"""


def check_postgres(db: Database, migrations_dir: Path, where: str) -> None:
    """No trigger, function, rule or view the migrations did not create (an extension's
    own functions, such as btree_gist's, belong to the extension)."""
    known = postgres_objects(migrations_dir)
    for kind, name in db.execute_sql(POSTGRES_CATALOG).fetchall():
        if (kind, name.lower()) not in known:
            raise DatabaseUnusable(
                f"The database {where} has a {kind} {name} that Reservations did not create. "
                "It may have been tampered with; it was not used. Ask the server's "
                "administrator to remove it, or restore a backup.")
