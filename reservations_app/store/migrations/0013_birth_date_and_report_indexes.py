"""Indexes for two questions asked of the whole clinic at once.

- client (birth_date): the same name with the same date of birth is a likely duplicate; a CSV
  import asks it for every row that has a birth date, and without the index each question
  read every client (20,000 rows, 6,000 times, for the benchmark's file).
- reservation (local_date, provider_id, visit_type_id, status, ...): the reports sum a year of
  every provider's bookings. This index holds every column they read, in the order they group
  by, so a report reads only the index, in order, with no table lookups and no sorting.
"""

INDEXES = {
    "client_birth_date": "client (birth_date)",
    "reservation_report": "reservation (local_date, provider_id, visit_type_id, status, "
                          "late_cancellation, start_at, end_at)",
}


def up(migrator, db):  # type: ignore[no-untyped-def]
    for name, columns in INDEXES.items():
        db.execute_sql(f"CREATE INDEX {name} ON {columns}")


def down(migrator, db):  # type: ignore[no-untyped-def]
    for name in INDEXES:
        db.execute_sql(f"DROP INDEX {name}")
