"""Reminders sent (or being sent) per booking, and each provider's CalDAV calendar.

A reminder row is claimed in the database before its email leaves, so two desks, or one desk
restarted half-way, never send the same reminder twice: the unique reservation_id is the guard.
The models here are a frozen copy, on purpose independent of store/models.py.
"""

from peewee import (
    AutoField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):  # type: ignore[no-untyped-def]
    class Base(Model):
        class Meta:
            database = db

    class Provider(Base):  # exists already: referenced only
        id = AutoField()

        class Meta:
            table_name = "provider"

    class Reservation(Base):  # exists already: referenced only
        id = AutoField()

        class Meta:
            table_name = "reservation"

    class Reminder(Base):
        id = AutoField()
        reservation = ForeignKeyField(Reservation, on_delete="CASCADE", unique=True)
        claimed_by = CharField(max_length=64, null=True)
        claimed_at = DateTimeField(null=True)
        sent_at = DateTimeField(null=True)
        sent_to = CharField(max_length=254, null=True)
        attempts = IntegerField(default=0)
        last_error = TextField(null=True)
        next_attempt_at = DateTimeField(null=True)

        class Meta:
            table_name = "reminder"

    class CaldavTarget(Base):
        provider = ForeignKeyField(Provider, on_delete="CASCADE", primary_key=True)
        url = TextField()
        username = CharField(max_length=254)
        published_at = DateTimeField(null=True)
        last_error = TextField(null=True)

        class Meta:
            table_name = "caldav_target"

    db.create_tables([Reminder, CaldavTarget])


def down(migrator, db):  # type: ignore[no-untyped-def]
    db.execute_sql("DROP TABLE reminder")
    db.execute_sql("DROP TABLE caldav_target")
