"""What the desk heard when it called a client about tomorrow's visit: reached, left a message,
or no answer. One row per booking, replaced when the desk calls again; each change audited.
The models here are a frozen copy, on purpose independent of store/models.py.
"""

from peewee import AutoField, CharField, Check, DateTimeField, ForeignKeyField, Model


def up(migrator, db):  # type: ignore[no-untyped-def]
    class Base(Model):
        class Meta:
            database = db

    class Reservation(Base):  # exists already: referenced only
        id = AutoField()

        class Meta:
            table_name = "reservation"

    class CallMark(Base):
        reservation = ForeignKeyField(Reservation, on_delete="CASCADE", primary_key=True)
        outcome = CharField(max_length=16, constraints=[
            Check("outcome IN ('reached', 'left_message', 'no_answer')")])
        marked_at = DateTimeField()
        marked_by = CharField(max_length=128)

        class Meta:
            table_name = "call_mark"

    db.create_tables([CallMark])


def down(migrator, db):  # type: ignore[no-untyped-def]
    db.execute_sql("DROP TABLE call_mark")
