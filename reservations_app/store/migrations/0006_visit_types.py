"""Visit types, and bookings that take their time with buffers; the day's statuses; notes.

- Tables visit_type and visit_type_provider (no rows for a type: every provider offers it).
- Reservation columns visit_type_id, note, late_cancellation, notice_override, and the time
  the booking takes from its provider, buffers included: occupied_start and occupied_end. Every
  existing row takes exactly its visit, so nothing about it changes.
- The statuses that occupy time are now pending, confirmed, arrived and completed (see
  domain/status.py, their one home; a test checks OCCUPYING below agrees with it). The partial
  indexes, SQLite's no-overlap triggers and PostgreSQL's exclusion constraint are rebuilt over
  those statuses and over the occupied interval, so the database keeps refusing two bookings
  whose times, buffers included, overlap.
"""

import logging

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
)

log = logging.getLogger("reservations_app.store.migrations")

OCCUPYING = "('pending', 'confirmed', 'arrived', 'completed')"
MESSAGE = "reservation overlaps a live reservation of the same provider"
TRIGGERS = ("reservation_no_overlap_insert", "reservation_no_overlap_update")
SHAPE_TRIGGERS = ("reservation_occupied_insert", "reservation_occupied_update")

SQLITE_COLUMNS = (
    "visit_type_id INTEGER REFERENCES visit_type (id) ON DELETE RESTRICT",
    "note TEXT NOT NULL DEFAULT ''",
    "late_cancellation INTEGER NOT NULL DEFAULT 0",
    "notice_override TEXT",
    "occupied_start DATETIME",
    "occupied_end DATETIME",
)
POSTGRES_COLUMNS = (
    "visit_type_id INTEGER REFERENCES visit_type (id) ON DELETE RESTRICT",
    "note TEXT NOT NULL DEFAULT ''",
    "late_cancellation BOOLEAN NOT NULL DEFAULT FALSE",
    "notice_override TEXT",
    "occupied_start TIMESTAMP",
    "occupied_end TIMESTAMP",
)

INDEXES = (
    # 0001's guard, over the statuses that occupy time now.
    "CREATE UNIQUE INDEX reservation_live_slot ON reservation (provider_id, start_at) "
    f"WHERE status IN {OCCUPYING}",
    # What the triggers step through: occupied intervals of one provider never overlap, so in
    # occupied_start order they are in occupied_end order too.
    "CREATE UNIQUE INDEX reservation_occupied ON reservation (provider_id, occupied_start) "
    f"WHERE status IN {OCCUPYING}",
    "CREATE INDEX reservation_visit_type ON reservation (visit_type_id)",
    "CREATE UNIQUE INDEX visit_type_name ON visit_type (lower(name))",
    "CREATE INDEX visit_type_provider_provider ON visit_type_provider (provider_id)",
)

OCCUPIED_INDEX = "reservation other INDEXED BY reservation_occupied"


def _overlap_trigger(event: str, other_than_new: str) -> str:
    """0005's bounded question, asked of the occupied interval."""
    name = f"reservation_no_overlap_{event.split(maxsplit=1)[0].lower()}"
    other = (f"other.provider_id = NEW.provider_id AND other.status IN {OCCUPYING}"
             f"{other_than_new}")
    starts_inside = (f"EXISTS (SELECT 1 FROM {OCCUPIED_INDEX} WHERE {other} "
                     "AND other.occupied_start >= NEW.occupied_start "
                     "AND other.occupied_start < NEW.occupied_end)")
    runs_into = (f"(SELECT other.occupied_end FROM {OCCUPIED_INDEX} WHERE {other} "
                 "AND other.occupied_start < NEW.occupied_start "
                 "ORDER BY other.occupied_start DESC LIMIT 1) > NEW.occupied_start")
    return (f"CREATE TRIGGER {name} BEFORE {event} ON reservation "
            f"WHEN NEW.status IN {OCCUPYING} AND ({starts_inside} OR {runs_into}) "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def _shape_trigger(event: str) -> str:
    """SQLite cannot add NOT NULL or CHECK to an existing table: a trigger refuses instead."""
    name = f"reservation_occupied_{event.split(maxsplit=1)[0].lower()}"
    return (f"CREATE TRIGGER {name} BEFORE {event} ON reservation "
            "WHEN NEW.occupied_start IS NULL OR NEW.occupied_end IS NULL "
            "OR NEW.occupied_start > NEW.start_at OR NEW.occupied_end < NEW.end_at "
            "BEGIN SELECT RAISE(ABORT, 'a reservation must occupy at least its own time'); END")


UPDATE_EVENT = ("UPDATE OF provider_id, start_at, end_at, status, occupied_start, "
                "occupied_end")
SQLITE_TRIGGERS = (
    _overlap_trigger("INSERT", ""),
    _overlap_trigger(UPDATE_EVENT, " AND other.id <> NEW.id"),
    _shape_trigger("INSERT"),
    _shape_trigger(UPDATE_EVENT),
)

POSTGRES_CONSTRAINT = (
    "ALTER TABLE reservation ADD CONSTRAINT reservation_no_overlap "
    "EXCLUDE USING gist (provider_id WITH =, tsrange(occupied_start, occupied_end) WITH &&) "
    f"WHERE (status IN {OCCUPYING})"
)
POSTGRES_SHAPE = (
    "ALTER TABLE reservation ALTER COLUMN occupied_start SET NOT NULL",
    "ALTER TABLE reservation ALTER COLUMN occupied_end SET NOT NULL",
    "ALTER TABLE reservation ADD CONSTRAINT reservation_occupies_its_visit "
    "CHECK (occupied_start <= start_at AND occupied_end >= end_at)",
)
OVERLAPPING = (
    "SELECT a.id, b.id FROM reservation a JOIN reservation b "
    "ON a.provider_id = b.provider_id AND a.id < b.id "
    "AND a.occupied_start < b.occupied_end AND b.occupied_start < a.occupied_end "
    f"WHERE a.status IN {OCCUPYING} AND b.status IN {OCCUPYING} LIMIT 5"
)


def _create_tables(db) -> None:  # type: ignore[no-untyped-def]
    class Base(Model):
        class Meta:
            database = db

    class Provider(Base):
        id = AutoField()

        class Meta:
            table_name = "provider"

    class VisitType(Base):
        id = AutoField()
        name = CharField(max_length=100)
        minutes = IntegerField()
        buffer_before = IntegerField(default=0)
        buffer_after = IntegerField(default=0)
        color = CharField(max_length=7)
        active = BooleanField(default=True)

        class Meta:
            table_name = "visit_type"

    class VisitTypeProvider(Base):
        visit_type = ForeignKeyField(VisitType, on_delete="CASCADE", index=False)
        provider = ForeignKeyField(Provider, on_delete="CASCADE", index=False)

        class Meta:
            table_name = "visit_type_provider"
            primary_key = CompositeKey("visit_type", "provider")

    db.create_tables([VisitType, VisitTypeProvider], safe=False)


def _postgres_guard(db) -> None:  # type: ignore[no-untyped-def]
    db.execute_sql("ALTER TABLE reservation DROP CONSTRAINT IF EXISTS reservation_no_overlap")
    try:
        with db.atomic():  # a savepoint: a refusal must not abort the migration's transaction
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
    except Exception as exc:  # the server's reason varies: permission, package not installed
        log.warning("btree_gist is not available (%s); overlapping bookings are refused by "
                    "the services and the unique index only", str(exc).splitlines()[0])
        return
    clashes = db.execute_sql(OVERLAPPING).fetchall()
    if clashes:
        log.warning("bookings overlap already (%s); the no-overlap constraint was not added. "
                    "Cancel or move one of each pair.",
                    ", ".join(f"{a} and {b}" for a, b in clashes))
        return
    db.execute_sql(POSTGRES_CONSTRAINT)


def up(migrator, db):  # type: ignore[no-untyped-def]
    is_postgres = isinstance(db, PostgresqlDatabase)
    _create_tables(db)
    if not is_postgres:
        for name in (*TRIGGERS, *SHAPE_TRIGGERS):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    for column in POSTGRES_COLUMNS if is_postgres else SQLITE_COLUMNS:
        db.execute_sql(f"ALTER TABLE reservation ADD COLUMN {column}")
    db.execute_sql("UPDATE reservation SET occupied_start = start_at, occupied_end = end_at")
    db.execute_sql("DROP INDEX reservation_live_slot")
    for statement in INDEXES:
        db.execute_sql(statement)
    if is_postgres:
        for statement in POSTGRES_SHAPE:
            db.execute_sql(statement)
        _postgres_guard(db)
        return
    for statement in SQLITE_TRIGGERS:
        db.execute_sql(statement)
