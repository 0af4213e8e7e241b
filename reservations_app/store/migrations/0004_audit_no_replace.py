"""Close the last way to overwrite an audit row on SQLite.

`INSERT OR REPLACE` (and `REPLACE`) deletes the clashing row without firing DELETE triggers
(SQLite fires them only with recursive_triggers on), so the guards of 0001 let it rewrite
history. A BEFORE INSERT guard refuses any insert that reuses an existing id. PostgreSQL has no
REPLACE, and its ON CONFLICT DO UPDATE fires the UPDATE trigger of 0001: nothing to do there.
"""

from peewee import SqliteDatabase

SQLITE_GUARD = (
    "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
)


def up(migrator, db):  # type: ignore[no-untyped-def]
    if isinstance(db, SqliteDatabase):
        db.execute_sql(SQLITE_GUARD)
