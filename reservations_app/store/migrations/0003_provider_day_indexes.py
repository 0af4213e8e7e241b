"""Indexes for one provider's days, the question the calendar's week grid asks all day.

0001's indexes lead with the date (every provider's rows of those days) or with the instant
(a range on start_at reads the provider's whole history before it), so the week grid read
thousands of rows to keep a hundred.
"""

INDEXES = {
    "reservation_provider_day": "reservation (provider_id, local_date)",
    "block_provider_day": "availability_block (provider_id, local_date)",
}


def up(migrator, db):  # type: ignore[no-untyped-def]
    for name, columns in INDEXES.items():
        db.execute_sql(f"CREATE INDEX {name} ON {columns}")


def down(migrator, db):  # type: ignore[no-untyped-def]
    for name in INDEXES:
        db.execute_sql(f"DROP INDEX {name}")
