"""Clients as the desk knows them, and time off that is remembered.

- client: birth_date, note, household_id (members of one household may share a phone or an
  email). The unique indexes on email and phone digits become plain indexes: the duplicate
  rule now depends on households, so the service checks it, serialised across desks.
- Phones are normalised to E.164 for the clinic's phone_region (US when not set). A number that
  does not parse is kept exactly as typed, logged, and listed in the new upgrade_report table
  (one row per migration that has something to report; `people.phone_upgrade_report` reads
  it) with the numbers that now turn out to be shared: nothing is lost.
- time_off: what was taken off, by provider, local date and wall-clock span, so a weekly
  pattern applied later leaves it out.

The phone rules are a frozen copy, on purpose independent of domain/people.py.
"""

import datetime
import json
import logging
import re
import unicodedata

from peewee import (
    AutoField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    Model,
    PostgresqlDatabase,
    TextField,
)

log = logging.getLogger("reservations_app.store.migrations")
NAME = "0007_client_records_and_time_off"


def _add_client_columns(db):  # type: ignore[no-untyped-def]
    for statement in (
            "ALTER TABLE client ADD COLUMN birth_date DATE",
            "ALTER TABLE client ADD COLUMN note TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE client ADD COLUMN household_id INTEGER REFERENCES client (id) "
            "ON DELETE SET NULL",
            "CREATE INDEX client_household ON client (household_id)",
            "DROP INDEX client_email",
            "DROP INDEX client_phone_digits",
            'CREATE INDEX "client_email" ON "client" ("email")',
            'CREATE INDEX "client_phone_digits" ON "client" ("phone_digits")'):
        db.execute_sql(statement)


def _create_time_off(db):  # type: ignore[no-untyped-def]
    class Provider(Model):
        id = AutoField()

        class Meta:
            database = db
            table_name = "provider"

    class TimeOff(Model):
        id = AutoField()
        provider = ForeignKeyField(Provider, on_delete="CASCADE", index=False)
        local_date = DateField()
        start_wall = CharField(max_length=5)
        end_wall = CharField(max_length=5)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "time_off"

    class UpgradeReport(Model):
        migration = CharField(max_length=64, primary_key=True)
        at = DateTimeField()
        report = TextField()

        class Meta:
            database = db
            table_name = "upgrade_report"

    db.create_tables([TimeOff, UpgradeReport])
    db.execute_sql("CREATE INDEX time_off_provider_day ON time_off (provider_id, local_date)")


def _region(db):  # type: ignore[no-untyped-def]
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'phone_region'").fetchone()
    return (row[0] if row else "US").strip().upper() or "US"


def _e164(typed, region):  # type: ignore[no-untyped-def]
    import phonenumbers

    text = " ".join(unicodedata.normalize("NFKC", typed or "").split())
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number_with_reason(number) != \
            phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _search_key(name, email, phone):  # type: ignore[no-untyped-def]
    digits = re.sub(r"[^0-9]", "", phone or "")
    return " ".join(part for part in (name.lower(), email or "", digits) if part)


def _normalise_phones(db):  # type: ignore[no-untyped-def]
    """Returns the report: how many were normalised, which were kept as typed, which now share
    a number."""
    region = _region(db)
    rows = db.execute_sql("SELECT id, name, email, phone FROM client "
                          "WHERE phone IS NOT NULL AND phone <> '' ORDER BY id").fetchall()
    kept: list[dict[str, object]] = []
    by_number: dict[str, list[int]] = {}
    normalised = 0
    for client_id, name, email, phone in rows:
        e164 = _e164(phone, region)
        if e164 is None:
            kept.append({"id": client_id, "name": name, "phone": phone})
            log.warning("client %s: phone %r does not parse for region %s; kept as typed",
                        client_id, phone, region)
            continue
        by_number.setdefault(e164, []).append(client_id)
        normalised += 1
        db.execute_sql("UPDATE client SET phone = %s, phone_digits = %s, search_key = %s "
                       "WHERE id = %s".replace("%s", db.param),
                       (e164, e164[1:], _search_key(name, email, e164), client_id))
    shared = [ids for ids in by_number.values() if len(ids) > 1]
    return {"region": region, "normalised": normalised, "kept_as_typed": kept,
            "now_shared": shared}


def _record(db, report):  # type: ignore[no-untyped-def]
    if not report["kept_as_typed"] and not report["now_shared"]:
        return  # nothing for anyone to look at
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    db.execute_sql("INSERT INTO upgrade_report (migration, at, report) VALUES (%s, %s, %s)"
                   .replace("%s", db.param),
                   (NAME, now, json.dumps(report, sort_keys=True, ensure_ascii=False)))


def up(migrator, db):  # type: ignore[no-untyped-def]
    _add_client_columns(db)
    _create_time_off(db)
    report = _normalise_phones(db)
    log.info("phones normalised to E.164 for %s: %d; kept as typed: %d; now shared: %d",
             report["region"], report["normalised"], len(report["kept_as_typed"]),
             len(report["now_shared"]))
    _record(db, report)


def down(migrator, db):  # type: ignore[no-untyped-def]
    """Back to 0005/0006's schema. The E.164 phones stay as they are (they are valid typed
    numbers too); emails or phones shared by a household would refuse the unique indexes."""
    statements = ["DROP TABLE upgrade_report", "DROP TABLE time_off",
                  "DROP INDEX client_household", "DROP INDEX client_email",
                  "DROP INDEX client_phone_digits",
                  'CREATE UNIQUE INDEX "client_email" ON "client" ("email")',
                  'CREATE UNIQUE INDEX "client_phone_digits" ON "client" ("phone_digits")']
    if isinstance(db, PostgresqlDatabase):  # SQLite cannot drop a column with a foreign key
        statements += [f"ALTER TABLE client DROP COLUMN {column}"
                       for column in ("household_id", "note", "birth_date")]
    for statement in statements:
        db.execute_sql(statement)
