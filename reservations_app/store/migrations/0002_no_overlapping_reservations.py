"""No two live reservations of one provider may overlap in time, enforced by the database.

0001's partial unique index only stops two live reservations with the same start. After the
clinic changes its slot length, a 30-minute booking at 09:00 and a 15-minute one at 09:15 have
different starts and still overlap; the services refuse that, and this migration makes the
database refuse it too, for any writer.

PostgreSQL: an exclusion constraint over (provider_id, tsrange(start_at, end_at)) on live rows,
which needs the btree_gist extension. If the extension cannot be created (no permission, not
installed), or live rows overlap already, the constraint is left out and a warning is logged:
the services' checks and the unique index still guard, and the app keeps working.

SQLite: the honest equivalent is a pair of triggers that abort an INSERT or UPDATE making a
live reservation overlap another live one of the same provider. The abort is a constraint
error, so the services see the same IntegrityError and report SlotTaken.
"""

import logging

from peewee import PostgresqlDatabase

log = logging.getLogger("reservations_app.store.migrations")

LIVE = "('pending', 'confirmed')"

POSTGRES_CONSTRAINT = (
    "ALTER TABLE reservation ADD CONSTRAINT reservation_no_overlap "
    "EXCLUDE USING gist (provider_id WITH =, tsrange(start_at, end_at) WITH &&) "
    f"WHERE (status IN {LIVE})"
)

OVERLAPPING_LIVE = (
    "SELECT a.id, b.id FROM reservation a JOIN reservation b "
    "ON a.provider_id = b.provider_id AND a.id < b.id "
    "AND a.start_at < b.end_at AND b.start_at < a.end_at "
    f"WHERE a.status IN {LIVE} AND b.status IN {LIVE} LIMIT 5"
)


def _sqlite_trigger(event: str, new_row_only: str) -> str:
    return (
        f"CREATE TRIGGER reservation_no_overlap_{event.split(maxsplit=1)[0].lower()} BEFORE {event} "
        f"ON reservation WHEN NEW.status IN {LIVE} AND EXISTS ("
        "SELECT 1 FROM reservation other WHERE other.provider_id = NEW.provider_id "
        f"AND other.status IN {LIVE} AND other.start_at < NEW.end_at "
        f"AND other.end_at > NEW.start_at{new_row_only}) "
        "BEGIN SELECT RAISE(ABORT, 'reservation overlaps a live reservation of the same "
        "provider'); END"
    )


SQLITE_TRIGGERS = (
    _sqlite_trigger("INSERT", ""),
    _sqlite_trigger("UPDATE OF provider_id, start_at, end_at, status", " AND other.id <> NEW.id"),
)


def _postgres_up(db) -> None:  # type: ignore[no-untyped-def]
    try:
        with db.atomic():  # a savepoint: a refusal must not abort the migration's transaction
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
    except Exception as exc:  # the server's reason varies: permission, package not installed
        log.warning("btree_gist is not available (%s); overlapping reservations are refused "
                    "by the services and the unique index only", str(exc).splitlines()[0])
        return
    clashes = db.execute_sql(OVERLAPPING_LIVE).fetchall()
    if clashes:
        log.warning("live reservations overlap already (%s); the no-overlap constraint was "
                    "not added. Cancel or move one of each pair.",
                    ", ".join(f"{a} and {b}" for a, b in clashes))
        return
    db.execute_sql(POSTGRES_CONSTRAINT)


def up(migrator, db):  # type: ignore[no-untyped-def]
    if isinstance(db, PostgresqlDatabase):
        _postgres_up(db)
        return
    for statement in SQLITE_TRIGGERS:
        db.execute_sql(statement)
