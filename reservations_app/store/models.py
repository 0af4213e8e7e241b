"""Tables. The schema itself is made by the numbered migrations; these mirror it for queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.status import OCCUPYING, sql_list
from reservations_app.store.first_look import USER_TABLE

database = DatabaseProxy()

# SQLite and PostgreSQL store ids as signed 64-bit integers; the driver would fail on a larger
# one with an error no receptionist should see.
_INT64 = range(-(2**63), 2**63)


def checked_id(value: Any) -> Any:
    if isinstance(value, int) and value not in _INT64:
        raise InvalidInput(f"{value} is not a valid id.")
    return value


class IdField(AutoField):
    def db_value(self, value: Any) -> Any:
        return checked_id(super().db_value(value))


class RefIdField(IntegerField):
    """An id of some other record, kept without a foreign key (the audit trail's entity_id)."""

    def db_value(self, value: Any) -> Any:
        return checked_id(super().db_value(value))


# The statuses that take a provider's time, as stored: domain.status is their one home.
LIVE = tuple(status.value for status in OCCUPYING)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class ProviderRow(BaseModel):
    id = IdField()
    name = CharField(max_length=200)
    email = CharField(max_length=254, unique=True)
    timezone = CharField(max_length=64)
    color = CharField(max_length=7, default="#4a90d9")
    active = BooleanField(default=True)

    class Meta:
        table_name = "provider"


class ClientRow(BaseModel):
    id = IdField()
    name = CharField(max_length=200)
    # Not unique since 0007: members of one household may share them (services.people checks).
    email = CharField(max_length=254, null=True, index=True)
    phone = CharField(max_length=40, null=True)  # E.164, or as typed before 0007 if unparsable
    phone_digits = CharField(max_length=20, null=True, index=True)
    search_key = CharField(max_length=500)
    created_at = DateTimeField()
    birth_date = DateField(null=True)
    note = TextField(default="")
    household = ForeignKeyField("self", null=True, on_delete="SET NULL",
                                column_name="household_id", index=False)  # 0007 indexes it
    household_id: int | None

    class Meta:
        table_name = "client"


class BlockRow(BaseModel):
    id = IdField()
    provider = ForeignKeyField(ProviderRow, backref="blocks", on_delete="CASCADE")
    provider_id: int
    local_date = DateField()
    start_wall = CharField(max_length=5)
    end_wall = CharField(max_length=5)
    start_at = DateTimeField()
    end_at = DateTimeField()

    class Meta:
        table_name = "availability_block"


class VisitTypeRow(BaseModel):
    id = IdField()
    name = CharField(max_length=100)
    minutes = IntegerField()
    buffer_before = IntegerField(default=0)
    buffer_after = IntegerField(default=0)
    color = CharField(max_length=7)
    active = BooleanField(default=True)

    class Meta:
        table_name = "visit_type"


class ReservationRow(BaseModel):
    id = IdField()
    provider = ForeignKeyField(ProviderRow, backref="reservations", on_delete="RESTRICT")
    client = ForeignKeyField(ClientRow, backref="reservations", on_delete="RESTRICT")
    provider_id: int
    client_id: int
    start_at = DateTimeField()
    end_at = DateTimeField()
    local_date = DateField()
    status = CharField(max_length=12)
    created_at = DateTimeField()
    hold_expires_at = DateTimeField(null=True)
    confirmed_at = DateTimeField(null=True)
    cancelled_at = DateTimeField(null=True)
    cancel_reason = TextField(null=True)
    visit_type = ForeignKeyField(VisitTypeRow, null=True, on_delete="RESTRICT",
                                 column_name="visit_type_id")
    visit_type_id: int | None
    note = TextField(default="")
    late_cancellation = BooleanField(default=False)
    notice_override = TextField(null=True)
    occupied_start = DateTimeField()
    occupied_end = DateTimeField()
    series_id = IntegerField(null=True)  # a FK to series (0010); kept plain: series is below

    class Meta:
        table_name = "reservation"


class VisitTypeProviderRow(BaseModel):
    visit_type = ForeignKeyField(VisitTypeRow, on_delete="CASCADE", column_name="visit_type_id")
    provider = ForeignKeyField(ProviderRow, on_delete="CASCADE", column_name="provider_id")
    visit_type_id: int
    provider_id: int

    class Meta:
        table_name = "visit_type_provider"
        primary_key = CompositeKey("visit_type", "provider")


class TimeOffRow(BaseModel):
    """Time a provider took off: a weekly pattern applied later leaves it out."""

    id = IdField()
    provider = ForeignKeyField(ProviderRow, on_delete="CASCADE", index=False)  # 0007 indexes it
    provider_id: int
    local_date = DateField()
    start_wall = CharField(max_length=5)
    end_wall = CharField(max_length=5)
    created_at = DateTimeField()

    class Meta:
        table_name = "time_off"


class UpgradeReportRow(BaseModel):
    """What a migration could not do by itself and left for people to look at."""

    migration = CharField(max_length=64, primary_key=True)
    at = DateTimeField()
    report = TextField()

    class Meta:
        table_name = "upgrade_report"


class UserRow(BaseModel):
    id = IdField()
    username = CharField(max_length=64, unique=True)
    password_hash = CharField(max_length=255)
    role = CharField(max_length=16)
    provider = ForeignKeyField(ProviderRow, null=True, on_delete="SET NULL")
    provider_id: int | None
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = USER_TABLE


class AuditRow(BaseModel):
    id = IdField()
    at = DateTimeField()
    actor = CharField(max_length=128)
    workstation = CharField(max_length=128)
    action = CharField(max_length=64)
    entity = CharField(max_length=32)
    entity_id = RefIdField(null=True)
    before = TextField(null=True)
    after = TextField(null=True)

    class Meta:
        table_name = "audit_log"


class ReminderRow(BaseModel):
    """A booking's email reminder: claimed before sending, then sent or failed (0009)."""

    id = IdField()
    reservation = ForeignKeyField(ReservationRow, on_delete="CASCADE", unique=True)
    reservation_id: int
    claimed_by = CharField(max_length=64, null=True)
    claimed_at = DateTimeField(null=True)
    sent_at = DateTimeField(null=True)
    sent_to = CharField(max_length=254, null=True)
    attempts = IntegerField(default=0)
    last_error = TextField(null=True)
    next_attempt_at = DateTimeField(null=True)

    class Meta:
        table_name = "reminder"


class CaldavTargetRow(BaseModel):
    """Where a provider's bookings are published over CalDAV; the password is in the keyring."""

    provider = ForeignKeyField(ProviderRow, on_delete="CASCADE", primary_key=True)
    provider_id: int
    url = TextField()
    username = CharField(max_length=254)
    published_at = DateTimeField(null=True)
    last_error = TextField(null=True)

    class Meta:
        table_name = "caldav_target"


class SeriesRow(BaseModel):
    """A recurring visit (0010): its occurrences are reservations with its series_id."""

    id = IdField()
    client = ForeignKeyField(ClientRow, on_delete="RESTRICT")
    provider = ForeignKeyField(ProviderRow, on_delete="RESTRICT")
    visit_type = ForeignKeyField(VisitTypeRow, on_delete="RESTRICT", column_name="visit_type_id")
    client_id: int
    provider_id: int
    visit_type_id: int
    first_start = DateTimeField()
    first_wall = CharField(max_length=16)
    unit = CharField(max_length=8)
    every = IntegerField()
    weekdays = CharField(max_length=16, default="")
    until = DateField(null=True)
    count = IntegerField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "series"


class WaitlistEntryRow(BaseModel):
    """A client waiting for time (0010); reservation is the hold last offered, then booked."""

    id = IdField()
    client = ForeignKeyField(ClientRow, on_delete="RESTRICT")
    visit_type = ForeignKeyField(VisitTypeRow, on_delete="RESTRICT", column_name="visit_type_id")
    client_id: int
    visit_type_id: int
    first_day = DateField()
    last_day = DateField()
    weekdays = CharField(max_length=16, default="")
    window_start = CharField(max_length=5, null=True)
    window_end = CharField(max_length=5, null=True)
    urgent = BooleanField(default=False)
    note = TextField(default="")
    status = CharField(max_length=8)
    created_at = DateTimeField()
    reservation_id = IntegerField(null=True)
    revision = BigIntegerField(default=0)  # drawn again by the database at every write (0016)

    class Meta:
        table_name = "waitlist_entry"


class WaitlistEntryProviderRow(BaseModel):
    entry = ForeignKeyField(WaitlistEntryRow, on_delete="CASCADE", column_name="entry_id")
    provider = ForeignKeyField(ProviderRow, on_delete="CASCADE", column_name="provider_id")
    entry_id: int
    provider_id: int

    class Meta:
        table_name = "waitlist_entry_provider"
        primary_key = CompositeKey("entry", "provider")


class CallMarkRow(BaseModel):
    """What the desk heard when it called about a visit (0011); one row per booking."""

    reservation = ForeignKeyField(ReservationRow, on_delete="CASCADE", primary_key=True)
    reservation_id: int
    outcome = CharField(max_length=16)
    marked_at = DateTimeField()
    marked_by = CharField(max_length=128)

    class Meta:
        table_name = "call_mark"


ALL_MODELS = (Setting, ProviderRow, ClientRow, BlockRow, VisitTypeRow, ReservationRow,
              VisitTypeProviderRow, UserRow, AuditRow, ReminderRow, CaldavTargetRow,
              TimeOffRow, UpgradeReportRow, CallMarkRow, SeriesRow, WaitlistEntryRow,
              WaitlistEntryProviderRow)


def to_db(instant: dt.datetime | None) -> dt.datetime | None:
    """Aware instant -> naive UTC, the only form the database stores."""
    if instant is None:
        return None
    if instant.tzinfo is dt.UTC:  # the usual case: already UTC, nothing to convert
        return instant.replace(tzinfo=None)
    if instant.tzinfo is None or instant.utcoffset() is None:
        # astimezone() would take it as the machine's local time: a silent, wrong guess.
        raise InvalidInput(f"The time {instant.isoformat()} has no UTC offset.")
    try:
        return instant.astimezone(dt.UTC).replace(tzinfo=None)
    except (OverflowError, ValueError) as exc:
        raise InvalidInput(f"The time {instant.isoformat()} is out of range.") from exc


def from_db(value: dt.datetime | str | None) -> dt.datetime | None:
    """A stored instant (naive UTC, as a datetime or as SQLite's text) as an aware UTC one."""
    if value is None:
        return None
    if isinstance(value, str):
        return _parse_utc_text(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _parse_utc_text(text: str) -> dt.datetime:
    # Parsing the text with "+00:00" appended is several times faster than parsing it and then
    # calling replace(tzinfo=...), which matters when a list reads thousands of instants.
    try:
        return dt.datetime.fromisoformat(text + "+00:00")
    except ValueError:  # the text carries its own offset
        return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def live_condition() -> SQL:
    """Occupying statuses (a stale hold still counts here: the database guards see it)."""
    return SQL(f"status IN {sql_list(OCCUPYING)}")
