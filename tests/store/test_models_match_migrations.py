"""The Peewee models mirror the schema the migrations build (issue 10, "Tidy the house"): same
tables, columns, column types, nullability and primary keys, and every index a model declares
exists with the same columns and uniqueness. A model edited without a migration (or the other
way round) fails here, on both backends."""

from __future__ import annotations

from typing import Any

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from reservations_app.store.connect import Target
from reservations_app.store.models import ALL_MODELS, database


def _columns(db: Database, table: str) -> dict[str, tuple[str, bool, bool]]:
    """column -> (type, nullable, primary key)"""
    primary = {name for name in db.get_primary_keys(table)}
    return {c.name: (_type(c.data_type), c.null, c.name in primary)
            for c in db.get_columns(table)}


def _type(declared: str) -> str:
    """Types as the two backends spell them, reduced to one vocabulary."""
    text = declared.lower().split("(")[0].strip()
    return {"character varying": "varchar", "timestamp without time zone": "datetime",
            "timestamp": "datetime", "bigint": "integer", "serial": "integer",
            "bool": "boolean", "smallint": "integer", "int": "integer",
            "double precision": "real"}.get(text, text)


def _indexes(db: Database, table: str) -> set[tuple[tuple[str, ...], bool]]:
    return {(tuple(index.columns), bool(index.unique)) for index in db.get_indexes(table)}


def _covered(wanted: tuple[tuple[str, ...], bool], made: set[tuple[tuple[str, ...], bool]]) \
        -> bool:
    """Made as declared, or (for a plain index, such as peewee's on a foreign key) served by a
    made index that starts with the same columns."""
    columns, unique = wanted
    return wanted in made or (not unique and any(
        have[:len(columns)] == columns for have, _ in made))


def _models_schema(kind: type[Database], url_db: Database) -> Database:
    """The models' own idea of the schema, made with create_tables on a scratch database."""
    if kind is SqliteDatabase:
        scratch: Database = SqliteDatabase(":memory:")
    else:
        scratch = url_db
        url_db.execute_sql("CREATE SCHEMA models_only")
        url_db.execute_sql("SET search_path TO models_only")
    return scratch


# SQLite cannot add a NOT NULL column to a table that has rows: migration 0006 added the
# occupied time as nullable columns and a trigger that refuses NULLs (tests/store/
# test_occupying.py proves it); PostgreSQL sets NOT NULL itself.
SQLITE_NULLABLE_BY_TRIGGER = {("reservation", "occupied_start"), ("reservation", "occupied_end")}


def _as_on_sqlite(table: str, columns: dict[str, tuple[str, bool, bool]]) \
        -> dict[str, tuple[str, bool, bool]]:
    return {name: (kind, True, key) if (table, name) in SQLITE_NULLABLE_BY_TRIGGER
            else (kind, null, key) for name, (kind, null, key) in columns.items()}


def differences(built: Database) -> list[str]:
    kind: Any = PostgresqlDatabase if isinstance(built, PostgresqlDatabase) else SqliteDatabase
    migrated = {model._meta.table_name: (_columns(built, model._meta.table_name),
                                         _indexes(built, model._meta.table_name))
                for model in ALL_MODELS}
    found = [f"no table {t}" for t in sorted(set(migrated) - set(built.get_tables()))]
    scratch = _models_schema(kind, built)
    try:
        with scratch.bind_ctx(ALL_MODELS):
            scratch.create_tables(ALL_MODELS)
            for model in ALL_MODELS:
                table = model._meta.table_name
                columns, indexes = migrated[table]
                modelled = _columns(scratch, table)
                if kind is SqliteDatabase:
                    modelled = _as_on_sqlite(table, modelled)
                if modelled != columns:
                    found.append(f"{table}: models {_columns(scratch, table)} != "
                                 f"migrations {columns}")
                found += [f"{table}: the models declare index {wanted} that no migration makes"
                          for wanted in _indexes(scratch, table)
                          if not _covered(wanted, indexes)]
    finally:
        if kind is SqliteDatabase:
            scratch.close()
        else:
            built.execute_sql("SET search_path TO public")
            built.execute_sql("DROP SCHEMA models_only CASCADE")
    return found


def test_models_and_migrations_agree(db: Target) -> None:
    assert differences(database.obj) == []


def test_a_drift_would_be_caught(db: Target) -> None:
    """The comparison is not vacuous: a column only the database has shows up."""
    database.execute_sql("ALTER TABLE client ADD COLUMN drifted TEXT")
    (found,) = differences(database.obj)
    assert found.startswith("client: models")
