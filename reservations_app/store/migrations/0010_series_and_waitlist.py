"""Recurring visits (a series) and the waitlist.

- Table series: who, with whom, which visit type, the first visit (its UTC instant and its wall
  time in the provider's zone, which the recurrence repeats) and the recurrence itself.
- reservation.series_id: the series an occurrence belongs to (null for every other booking).
- Tables waitlist_entry and waitlist_entry_provider (no rows: any provider who offers the type).
  reservation_id is the hold last offered to the entry, then its booking.
The models here are a frozen copy, on purpose independent of store/models.py.
"""

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

INDEXES = (
    "CREATE INDEX reservation_series ON reservation (series_id)",
    "CREATE INDEX waitlist_entry_open ON waitlist_entry (status, first_day, last_day)",
    "CREATE INDEX waitlist_entry_client ON waitlist_entry (client_id)",
    "CREATE INDEX waitlist_entry_reservation ON waitlist_entry (reservation_id)",
    "CREATE INDEX waitlist_entry_provider_provider ON waitlist_entry_provider (provider_id)",
)


def up(migrator, db):  # type: ignore[no-untyped-def]
    class Base(Model):
        class Meta:
            database = db

    def existing(name):  # type: ignore[no-untyped-def]
        class Existing(Base):
            id = AutoField()

            class Meta:
                table_name = name

        return Existing

    provider_table, client_table = existing("provider"), existing("client")
    type_table, reservation_table = existing("visit_type"), existing("reservation")

    class Series(Base):
        id = AutoField()
        client = ForeignKeyField(client_table, on_delete="RESTRICT")
        provider = ForeignKeyField(provider_table, on_delete="RESTRICT")
        visit_type = ForeignKeyField(type_table, on_delete="RESTRICT")
        first_start = DateTimeField()
        first_wall = CharField(max_length=16)  # YYYY-MM-DDTHH:MM in the provider's zone
        unit = CharField(max_length=8)
        every = IntegerField()
        weekdays = CharField(max_length=16, default="")  # "0,3": Monday and Thursday
        until = DateField(null=True)
        count = IntegerField(null=True)
        created_at = DateTimeField()

        class Meta:
            table_name = "series"

    class WaitlistEntry(Base):
        id = AutoField()
        client = ForeignKeyField(client_table, on_delete="RESTRICT")
        visit_type = ForeignKeyField(type_table, on_delete="RESTRICT")
        first_day = DateField()
        last_day = DateField()
        weekdays = CharField(max_length=16, default="")
        window_start = CharField(max_length=5, null=True)
        window_end = CharField(max_length=5, null=True)  # null with a start: until midnight
        urgent = BooleanField(default=False)
        note = TextField(default="")
        status = CharField(max_length=8)
        created_at = DateTimeField()
        reservation = ForeignKeyField(reservation_table, null=True, on_delete="SET NULL",
                                      index=False)

        class Meta:
            table_name = "waitlist_entry"

    class WaitlistEntryProvider(Base):
        entry = ForeignKeyField(WaitlistEntry, on_delete="CASCADE", index=False)
        provider = ForeignKeyField(provider_table, on_delete="CASCADE", index=False)

        class Meta:
            table_name = "waitlist_entry_provider"
            primary_key = CompositeKey("entry", "provider")

    db.create_tables([Series, WaitlistEntry, WaitlistEntryProvider], safe=False)
    db.execute_sql("ALTER TABLE reservation ADD COLUMN series_id INTEGER "
                   "REFERENCES series (id) ON DELETE RESTRICT")
    for statement in INDEXES:
        db.execute_sql(statement)
