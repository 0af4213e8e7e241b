"""TRUNCATE empties a table without firing row triggers, so the append-only guards of 0001 let
`TRUNCATE audit_log` wipe the trail on PostgreSQL. A statement-level trigger refuses it (for
the owner too; the app's own least-privilege role has no TRUNCATE right at all, see the
README). SQLite has no TRUNCATE: its `DELETE FROM audit_log` already fires the row guard.
"""

from peewee import PostgresqlDatabase

POSTGRES_GUARD = (
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
)


def up(migrator, db):  # type: ignore[no-untyped-def]
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(POSTGRES_GUARD)


def down(migrator, db):  # type: ignore[no-untyped-def]
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("DROP TRIGGER audit_log_no_truncate ON audit_log")
