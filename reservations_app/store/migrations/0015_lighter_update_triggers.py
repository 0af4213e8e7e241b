"""SQLite's reservation triggers, the same rules at a lower cost per row written.

A trigger's WHEN runs inside the trigger's own program, and SQLite builds the list of an
`x IN (a, b, c, ...)` of more than two values into a temporary table once per run of that
program: once for every row an UPDATE or INSERT changes. 0006's no-overlap triggers asked
`NEW.status IN (<the four occupying statuses>)` first, so expiring 1,000 stale holds built
and threw away 2,000 such tables, a fifth of the sweep's UPDATE, only to find the WHEN false.
They now ask the same question as four equalities. The searches inside keep their IN: it is
what lets them use the partial index reservation_occupied, and they run only when the WHEN
holds.

The shape trigger (a reservation occupies at least its own time) read only the four times but
fired on an update of any of 0006's six columns, status and provider_id included; it now fires
when one of the times it reads changes. Every row already in the table passed it when written.

PostgreSQL keeps its exclusion constraint and CHECK: nothing changes there.
"""

from peewee import PostgresqlDatabase

OCCUPYING = ("pending", "confirmed", "arrived", "completed")
OCCUPYING_LIST = "('pending', 'confirmed', 'arrived', 'completed')"
MESSAGE = "reservation overlaps a live reservation of the same provider"
OCCUPIED_INDEX = "reservation other INDEXED BY reservation_occupied"
NAMES = ("reservation_no_overlap_insert", "reservation_no_overlap_update",
         "reservation_occupied_update")
UPDATE_0006 = "UPDATE OF provider_id, start_at, end_at, status, occupied_start, occupied_end"
TIMES = "UPDATE OF start_at, end_at, occupied_start, occupied_end"


def _overlap(event: str, other_than_new: str, occupying_new: str) -> str:
    """0006's trigger; only the way its WHEN names the occupying statuses differs."""
    name = f"reservation_no_overlap_{event.split(maxsplit=1)[0].lower()}"
    other = (f"other.provider_id = NEW.provider_id AND other.status IN {OCCUPYING_LIST}"
             f"{other_than_new}")
    starts_inside = (f"EXISTS (SELECT 1 FROM {OCCUPIED_INDEX} WHERE {other} "
                     "AND other.occupied_start >= NEW.occupied_start "
                     "AND other.occupied_start < NEW.occupied_end)")
    runs_into = (f"(SELECT other.occupied_end FROM {OCCUPIED_INDEX} WHERE {other} "
                 "AND other.occupied_start < NEW.occupied_start "
                 "ORDER BY other.occupied_start DESC LIMIT 1) > NEW.occupied_start")
    return (f"CREATE TRIGGER {name} BEFORE {event} ON reservation "
            f"WHEN {occupying_new} AND ({starts_inside} OR {runs_into}) "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def _shape(event: str) -> str:
    """0006's reservation_occupied_update, on `event`."""
    return (f"CREATE TRIGGER reservation_occupied_update BEFORE {event} ON reservation "
            "WHEN NEW.occupied_start IS NULL OR NEW.occupied_end IS NULL "
            "OR NEW.occupied_start > NEW.start_at OR NEW.occupied_end < NEW.end_at "
            "BEGIN SELECT RAISE(ABORT, 'a reservation must occupy at least its own time'); END")


# status is NOT NULL: the equalities are true, and false, for exactly the same rows as the IN.
EQUALITIES = "(" + " OR ".join(f"NEW.status = '{status}'" for status in OCCUPYING) + ")"
LIGHTER = (
    _overlap("INSERT", "", EQUALITIES),
    _overlap(UPDATE_0006, " AND other.id <> NEW.id", EQUALITIES),
    _shape(TIMES),
)
OF_0006 = (
    _overlap("INSERT", "", f"NEW.status IN {OCCUPYING_LIST}"),
    _overlap(UPDATE_0006, " AND other.id <> NEW.id", f"NEW.status IN {OCCUPYING_LIST}"),
    _shape(UPDATE_0006),
)


def _replace(db, statements) -> None:  # type: ignore[no-untyped-def]
    if isinstance(db, PostgresqlDatabase):
        return
    for name in NAMES:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    for statement in statements:
        db.execute_sql(statement)


def up(migrator, db):  # type: ignore[no-untyped-def]
    _replace(db, LIGHTER)


def down(migrator, db):  # type: ignore[no-untyped-def]
    _replace(db, OF_0006)
