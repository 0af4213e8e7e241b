"""SQLite's no-overlap triggers (0002) read a provider's whole past on every booking write.

0002 asks "is there a live reservation of this provider starting before the new one ends and
ending after it starts?", and the (provider_id, start_at) index can bound only the first half:
every hold and every confirmation read all the provider's earlier live reservations, about
7,000 rows (4 ms) two years into a busy clinic, and more each day.

The same question, answered from the index alone, given what the triggers themselves keep true
(live reservations of one provider never overlap, so sorted by start they are sorted by end):
a live reservation overlaps the new one if it starts inside it, a bounded range, or if the last
one starting before it ends after it starts, one index step back. The answers are the same; the
cost no longer grows with the clinic's history.

PostgreSQL's exclusion constraint searches a GiST index and is left as it is.
"""

from peewee import PostgresqlDatabase

LIVE = "('pending', 'confirmed')"
MESSAGE = "reservation overlaps a live reservation of the same provider"
# 0001's partial unique index holds live reservations only: one step back in it is the last
# live one. (Left to itself SQLite picks the full index and walks back over cancelled rows.)
LIVE_INDEX = "reservation other INDEXED BY reservation_live_slot"


def _overlap(event: str, other_than_new: str) -> str:
    name = f"reservation_no_overlap_{event.split(maxsplit=1)[0].lower()}"
    live_other = (f"other.provider_id = NEW.provider_id AND other.status IN {LIVE}"
                  f"{other_than_new}")
    starts_inside = (f"EXISTS (SELECT 1 FROM {LIVE_INDEX} WHERE {live_other} "
                     "AND other.start_at >= NEW.start_at AND other.start_at < NEW.end_at)")
    runs_into = (f"(SELECT other.end_at FROM {LIVE_INDEX} WHERE {live_other} "
                 "AND other.start_at < NEW.start_at ORDER BY other.start_at DESC LIMIT 1) "
                 "> NEW.start_at")
    return (f"CREATE TRIGGER {name} BEFORE {event} ON reservation "
            f"WHEN NEW.status IN {LIVE} AND ({starts_inside} OR {runs_into}) "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


BOUNDED = (
    _overlap("INSERT", ""),
    _overlap("UPDATE OF provider_id, start_at, end_at, status", " AND other.id <> NEW.id"),
)


def _unbounded(event: str, other_than_new: str) -> str:
    """0002's triggers, for going back down."""
    return (f"CREATE TRIGGER reservation_no_overlap_{event.split(maxsplit=1)[0].lower()} "
            f"BEFORE {event} ON reservation WHEN NEW.status IN {LIVE} AND EXISTS ("
            "SELECT 1 FROM reservation other WHERE other.provider_id = NEW.provider_id "
            f"AND other.status IN {LIVE} AND other.start_at < NEW.end_at "
            f"AND other.end_at > NEW.start_at{other_than_new}) "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


UNBOUNDED = (
    _unbounded("INSERT", ""),
    _unbounded("UPDATE OF provider_id, start_at, end_at, status", " AND other.id <> NEW.id"),
)
NAMES = ("reservation_no_overlap_insert", "reservation_no_overlap_update")


def _replace(db, statements) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    for statement in statements:
        db.execute_sql(statement)


def up(migrator, db):  # type: ignore[no-untyped-def]
    if not isinstance(db, PostgresqlDatabase):
        _replace(db, BOUNDED)


def down(migrator, db):  # type: ignore[no-untyped-def]
    if not isinstance(db, PostgresqlDatabase):
        _replace(db, UNBOUNDED)
