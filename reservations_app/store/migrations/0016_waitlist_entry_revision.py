"""A revision on each waitlist entry: a random number the database draws again whenever the row
is written, so a reader can tell a row it has read before from a changed one without reading
it again. The waitlist's matches for a freed start read each candidate's id and revision from
the index alone and fetch only the rows they have not seen (services/waitlist.py).

Random rather than counted: a copy of the database, a restore or a second clinic opened in the
same process can hold the same entry id, and a count would repeat there while a 53- or 64-bit
draw does not. The match index gains the column so the question stays inside the index.
"""

from peewee import PostgresqlDatabase

MATCH_COLUMNS = ("status, visit_type_id, last_day, first_day, weekdays, window_start, "
                 "window_end, client_id")
# Every column of the entry but its id and revision. A later migration that adds a column to
# waitlist_entry adds it here too (tests/store/test_waitlist_revision.py checks).
CONTENT_COLUMNS = ("client_id, visit_type_id, first_day, last_day, weekdays, window_start, "
                   "window_end, urgent, note, status, created_at, reservation_id")

SQLITE_UP = (
    "ALTER TABLE waitlist_entry ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
    "UPDATE waitlist_entry SET revision = random()",
    # A BEFORE trigger cannot change NEW in SQLite: the row is written, then given its draw.
    # The draw writes the revision alone, which fires neither trigger again.
    "CREATE TRIGGER waitlist_entry_revision_insert AFTER INSERT ON waitlist_entry "
    "BEGIN UPDATE waitlist_entry SET revision = random() WHERE id = NEW.id; END",
    f"CREATE TRIGGER waitlist_entry_revision_update AFTER UPDATE OF {CONTENT_COLUMNS} "
    "ON waitlist_entry BEGIN UPDATE waitlist_entry SET revision = random() WHERE id = NEW.id; "
    "END",
)
SQLITE_DOWN = (
    "DROP TRIGGER waitlist_entry_revision_insert",
    "DROP TRIGGER waitlist_entry_revision_update",
    "DROP INDEX waitlist_entry_match",
    "ALTER TABLE waitlist_entry DROP COLUMN revision",
)

POSTGRES_DRAW = "floor(random() * 9007199254740991)::bigint"
POSTGRES_UP = (
    "ALTER TABLE waitlist_entry ADD COLUMN revision BIGINT NOT NULL DEFAULT 0",
    f"UPDATE waitlist_entry SET revision = {POSTGRES_DRAW}",
    "CREATE FUNCTION waitlist_entry_new_revision() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN NEW.revision := {POSTGRES_DRAW}; RETURN NEW; END $$",
    "CREATE TRIGGER waitlist_entry_revision BEFORE INSERT OR UPDATE ON waitlist_entry "
    "FOR EACH ROW EXECUTE FUNCTION waitlist_entry_new_revision()",
)
POSTGRES_DOWN = (
    "DROP TRIGGER waitlist_entry_revision ON waitlist_entry",
    "DROP FUNCTION waitlist_entry_new_revision()",
    "DROP INDEX waitlist_entry_match",
    "ALTER TABLE waitlist_entry DROP COLUMN revision",
)


def _match_index(db, columns: str) -> None:  # type: ignore[no-untyped-def]
    db.execute_sql(f"CREATE INDEX waitlist_entry_match ON waitlist_entry ({columns})")


def up(migrator, db):  # type: ignore[no-untyped-def]
    postgres = isinstance(db, PostgresqlDatabase)
    for statement in POSTGRES_UP if postgres else SQLITE_UP:
        db.execute_sql(statement)
    db.execute_sql("DROP INDEX waitlist_entry_match")
    _match_index(db, f"{MATCH_COLUMNS}, revision")


def down(migrator, db):  # type: ignore[no-untyped-def]
    for statement in POSTGRES_DOWN if isinstance(db, PostgresqlDatabase) else SQLITE_DOWN:
        db.execute_sql(statement)
    _match_index(db, MATCH_COLUMNS)
