"""The hours of each booking and availability block, kept in the report indexes (SQLite).

A year's utilisation report sums the hours of 340,000 bookings; SQLite stores times as text,
so each sum parsed two of them per row with julianday(), more than half of the report's time.
An index on an expression keeps that expression's value, and SQLite reads it from the index
instead of computing it when a query uses the same expression: reservation_report gets the
hours as its last column (its other columns, and so every plan, unchanged), and the blocks get
a covering index with theirs. services/reports.py writes exactly HOURS (see its _hours); the
expression must stay identical or the value is computed again.

PostgreSQL keeps timestamps as numbers and computes the difference cheaply: nothing changes.
"""

from peewee import PostgresqlDatabase

HOURS = "((julianday(end_at) - julianday(start_at)) * 24.0)"
REPORT = "reservation (local_date, provider_id, visit_type_id, status, late_cancellation, " \
         "start_at, end_at"


def up(migrator, db):  # type: ignore[no-untyped-def]
    if isinstance(db, PostgresqlDatabase):
        return
    db.execute_sql("DROP INDEX IF EXISTS reservation_report")
    db.execute_sql(f"CREATE INDEX reservation_report ON {REPORT}, {HOURS})")
    db.execute_sql("CREATE INDEX IF NOT EXISTS block_report ON availability_block "
                   f"(local_date, provider_id, start_at, end_at, {HOURS})")


def down(migrator, db):  # type: ignore[no-untyped-def]
    if isinstance(db, PostgresqlDatabase):
        return
    db.execute_sql("DROP INDEX IF EXISTS block_report")
    db.execute_sql("DROP INDEX IF EXISTS reservation_report")
    db.execute_sql(f"CREATE INDEX reservation_report ON {REPORT})")
