"""An index for the waitlist's matches for a freed start: the open entries of one visit type
whose range holds the day, filtered on their weekdays, time of day and client without reading
the rows themselves (every column the filter reads is in the index), so only the entries that
pass are fetched. It also answers "which visit types are waited for that day" on its own."""


def up(migrator, db):  # type: ignore[no-untyped-def]
    db.execute_sql("CREATE INDEX waitlist_entry_match ON waitlist_entry (status, visit_type_id, "
                   "last_day, first_day, weekdays, window_start, window_end, client_id)")


def down(migrator, db):  # type: ignore[no-untyped-def]
    db.execute_sql("DROP INDEX waitlist_entry_match")
