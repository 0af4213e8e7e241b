"""The first schema: people, availability, reservations, settings, staff, audit trail.

The models here are a frozen copy, on purpose independent of store/models.py.
"""

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

INDEXES = (
    # The last guard against double booking: one live reservation per provider and start.
    "CREATE UNIQUE INDEX reservation_live_slot ON reservation (provider_id, start_at) "
    "WHERE status IN ('pending', 'confirmed')",
    "CREATE INDEX reservation_provider_start ON reservation (provider_id, start_at)",
    "CREATE INDEX reservation_day ON reservation (local_date, provider_id)",
    "CREATE INDEX reservation_client_day ON reservation (client_id, local_date)",
    "CREATE INDEX reservation_stale_holds ON reservation (status, hold_expires_at)",
    "CREATE INDEX block_day ON availability_block (local_date, provider_id)",
    "CREATE INDEX block_provider_start ON availability_block (provider_id, start_at)",
    "CREATE INDEX client_name ON client (name)",
    "CREATE INDEX audit_at ON audit_log (at)",
    "CREATE INDEX audit_entity ON audit_log (entity, entity_id)",
    "CREATE INDEX audit_actor ON audit_log (actor, at)",
)

SQLITE_AUDIT_GUARDS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)

POSTGRES_AUDIT_GUARDS = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
)


def up(migrator, db):  # type: ignore[no-untyped-def]
    class Base(Model):
        class Meta:
            database = db

    class Setting(Base):
        key = CharField(primary_key=True, max_length=64)
        value = TextField()

        class Meta:
            table_name = "setting"

    class Provider(Base):
        id = AutoField()
        name = CharField(max_length=200)
        email = CharField(max_length=254, unique=True)
        timezone = CharField(max_length=64)
        color = CharField(max_length=7, default="#4a90d9")
        active = BooleanField(default=True)

        class Meta:
            table_name = "provider"

    class Client(Base):
        id = AutoField()
        name = CharField(max_length=200)
        email = CharField(max_length=254, null=True, unique=True)
        phone = CharField(max_length=40, null=True)
        phone_digits = CharField(max_length=20, null=True, unique=True)
        search_key = CharField(max_length=500)
        created_at = DateTimeField()

        class Meta:
            table_name = "client"

    class Block(Base):
        id = AutoField()
        provider = ForeignKeyField(Provider, on_delete="CASCADE", index=False)
        local_date = DateField()
        start_wall = CharField(max_length=5)
        end_wall = CharField(max_length=5)
        start_at = DateTimeField()
        end_at = DateTimeField()

        class Meta:
            table_name = "availability_block"

    class Reservation(Base):
        id = AutoField()
        provider = ForeignKeyField(Provider, on_delete="RESTRICT", index=False)
        client = ForeignKeyField(Client, on_delete="RESTRICT", index=False)
        start_at = DateTimeField()
        end_at = DateTimeField()
        local_date = DateField()
        status = CharField(max_length=12)
        created_at = DateTimeField()
        hold_expires_at = DateTimeField(null=True)
        confirmed_at = DateTimeField(null=True)
        cancelled_at = DateTimeField(null=True)
        cancel_reason = TextField(null=True)

        class Meta:
            table_name = "reservation"

    class StaffUser(Base):
        id = AutoField()
        username = CharField(max_length=64, unique=True)
        password_hash = CharField(max_length=255)
        role = CharField(max_length=16)
        provider = ForeignKeyField(Provider, null=True, on_delete="SET NULL")
        active = BooleanField(default=True)
        failed_logins = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        created_at = DateTimeField()

        class Meta:
            table_name = "staff_user"

    class AuditLog(Base):
        id = AutoField()
        at = DateTimeField()
        actor = CharField(max_length=128)
        workstation = CharField(max_length=128)
        action = CharField(max_length=64)
        entity = CharField(max_length=32)
        entity_id = IntegerField(null=True)
        before = TextField(null=True)
        after = TextField(null=True)

        class Meta:
            table_name = "audit_log"

    db.create_tables([Setting, Provider, Client, Block, Reservation, StaffUser, AuditLog])
    for statement in INDEXES:
        db.execute_sql(statement)
    is_postgres = isinstance(db, PostgresqlDatabase)
    for statement in POSTGRES_AUDIT_GUARDS if is_postgres else SQLITE_AUDIT_GUARDS:
        db.execute_sql(statement)
