"""Providers and clients: add, change, find; no duplicates by email or phone outside a
household (the rule itself is in client_checks)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from peewee import SQL, Expression, IntegrityError, NodeList, fn

from reservations_app.domain import people
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import Duplicate, InvalidInput
from reservations_app.domain.model import Booking, Client, Provider
from reservations_app.domain.timezones import canonical_zone, clinic_today
from reservations_app.services import audit, booking_queries, client_checks
from reservations_app.services.client_checks import ClientCheck, ClientDraft
from reservations_app.services.lookups import client_row, provider_row
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.locks import CLIENT_CONTACTS, serialise
from reservations_app.store.models import (
    ClientRow,
    ProviderRow,
    ReservationRow,
    UpgradeReportRow,
    to_db,
)
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import read_snapshot, transactional

MAX_PAGE = 500
PHONE_UPGRADE = "0007_client_records_and_time_off"


def get_provider(actor: Actor, provider_id: int) -> Provider:
    require(actor, Permission.READ)
    return records.provider(provider_row(provider_id))


def list_providers(actor: Actor, *, include_inactive: bool = False) -> list[Provider]:
    """By name. The free-slot list asks on every day switch: its statement is built once."""
    require(actor, Permission.READ)
    query = _EVERY_PROVIDER if include_inactive else _ACTIVE_PROVIDERS
    return [records.provider_of_values(values) for values in query.rows()]


def _providers_by_name():  # type: ignore[no-untyped-def]
    return ProviderRow.select(*records.PROVIDER_COLUMNS).order_by(fn.LOWER(ProviderRow.name),
                                                                  ProviderRow.id)


_EVERY_PROVIDER = Prepared(_providers_by_name)
_ACTIVE_PROVIDERS = Prepared(
    lambda: _providers_by_name().where(ProviderRow.active == True))  # noqa: E712 (peewee)


def _check_provider_unique(email: str, ignore_id: int | None) -> None:
    existing = ProviderRow.get_or_none(ProviderRow.email == email)
    if existing is not None and existing.id != ignore_id:
        raise Duplicate(f"A provider with the email {email} already exists: {existing.name} "
                        f"(id {existing.id}).", existing.id)


@audit.denials_audited
@transactional
def add_provider(actor: Actor, name: str, email: str, timezone: str, now: dt.datetime,
                 color: str | None = None) -> Provider:
    require(actor, Permission.MANAGE_PROVIDERS)
    clean_email = people.clean_email(email, required=True)
    assert clean_email is not None
    _check_provider_unique(clean_email, None)
    try:
        row = ProviderRow.create(name=people.clean_name(name, "provider's name"),
                                 email=clean_email, timezone=canonical_zone(timezone).key,
                                 color=people.clean_color(color))
    except IntegrityError as exc:
        raise Duplicate(f"A provider with the email {clean_email} was just added.") from exc
    provider = records.provider(row)
    audit.record(actor, now, "provider.add", "provider", provider.id, None, provider)
    return provider


@audit.denials_audited
@transactional
def update_provider(actor: Actor, provider_id: int, now: dt.datetime, *,
                    name: str | None = None, email: str | None = None,
                    timezone: str | None = None, color: str | None = None,
                    active: bool | None = None) -> Provider:
    """Change a provider. A new zone keeps availability's wall-clock times (see
    provider_zone); it is refused while live bookings would show at another local time."""
    require(actor, Permission.MANAGE_PROVIDERS)
    row = provider_row(provider_id)
    before = records.provider(row)
    if name is not None:
        row.name = people.clean_name(name, "provider's name")
    if email is not None:
        row.email = people.clean_email(email, required=True) or ""
        _check_provider_unique(row.email, provider_id)
    if timezone is not None and canonical_zone(timezone).key != before.timezone:
        # Imported here: it brings the schedule's block rules, which the desk's start (this
        # module lists providers and finds clients) never needs.
        from reservations_app.services import provider_zone

        provider_zone.move_availability(actor, before, canonical_zone(timezone).key, now)
        row.timezone = canonical_zone(timezone).key
    if color is not None:
        row.color = people.clean_color(color)
    if active is not None:
        row.active = active
    row.save()
    after = records.provider(row)
    audit.record(actor, now, "provider.update", "provider", provider_id, before, after)
    return after


def get_client(actor: Actor, client_id: int) -> Client:
    require(actor, Permission.READ)
    return records.client(client_row(client_id))


def search_clients(actor: Actor, text: str = "", *, limit: int = 50,
                   offset: int = 0) -> list[Client]:
    """Clients whose name, email or phone digits contain `text`, by name; one page."""
    require(actor, Permission.READ)
    needle = people.search_needle(text)
    page = {"limit": max(1, min(limit, MAX_PAGE)), "offset": max(0, offset)}
    rows = _MATCHING_CLIENTS.rows(pattern=people.like_contains(needle), **page) if needle else \
        _ALL_CLIENTS.rows(**page)
    return [records.client_of_values(values) for values in rows]


def _client_page(query):  # type: ignore[no-untyped-def]
    return query.order_by(ClientRow.name, ClientRow.id).limit(Bind("limit")).offset(
        Bind("offset"))


# Typing a name searches on every key press: these run without peewee rebuilding the SQL.
_ALL_CLIENTS = Prepared(lambda: _client_page(ClientRow.select(*records.CLIENT_COLUMNS)))
_MATCHING_CLIENTS = Prepared(lambda: _client_page(ClientRow.select(
    *records.CLIENT_COLUMNS).where(_contains(Bind("pattern")))))


def _contains(pattern: Any) -> Expression:
    """search_key LIKE pattern, with the pattern's \\ escaping its own % and _."""
    return Expression(ClientRow.search_key, "ILIKE",
                      NodeList((pattern, SQL(f"ESCAPE '{people.LIKE_ESCAPE}'"))))


def count_clients(actor: Actor, text: str = "", *, at_most: int | None = None) -> int:
    """How many clients `search_clients` would find; with `at_most`, counting stops there, so
    a screen can say "1000 or more" without reading all 20,000 clients on each key press."""
    require(actor, Permission.READ)
    needle = people.search_needle(text)
    query = ClientRow.select(ClientRow.id)
    if needle:
        query = query.where(_contains(people.like_contains(needle)))
    if at_most is not None:
        query = query.limit(max(0, at_most))
    return int(query.count())


def likely_duplicates(actor: Actor, name: str, email: str | None = None,
                      phone: str | None = None, ignore_id: int | None = None) -> list[Client]:
    """Clients the desk may be about to enter twice: same email, same phone, or same name."""
    require(actor, Permission.READ)
    conditions = []
    clean_email = (email or "").strip().lower()
    digits = _typed_phone_digits(phone)
    if clean_email:
        conditions.append(ClientRow.email == clean_email)
    if digits:
        conditions.append(ClientRow.phone_digits == digits)
    cleaned_name = " ".join((name or "").split())
    if cleaned_name:
        conditions.append(fn.LOWER(ClientRow.name) == cleaned_name.lower())
    if not conditions:
        return []
    condition = conditions[0]
    for extra in conditions[1:]:
        condition = condition | extra
    query = ClientRow.select().where(condition).order_by(ClientRow.name).limit(10)
    return [records.client(row) for row in query if row.id != ignore_id]


def _typed_phone_digits(phone: str | None) -> str | None:
    """The digits a typed number is stored under: its E.164 digits when it parses."""
    try:
        return people.phone_digits(people.clean_phone(phone, get_policy().phone_region))
    except InvalidInput:
        return people.phone_digits(phone)


def check_new_client(actor: Actor, name: str, now: dt.datetime, email: str | None = None,
                     phone: str | None = None, *, birth_date: dt.date | None = None,
                     note: str | None = None, household_id: int | None = None,
                     client_id: int | None = None) -> ClientCheck:
    """Would this client be accepted (as a new client, or as client `client_id` edited)?
    The verdict, with the cleaned fields, the duplicate that refuses it, or the likely
    duplicates worth a question; nothing is written. CSV import asks this for each row."""
    require(actor, Permission.READ)
    return client_checks.check(name, email, phone, birth_date, note, household_id,
                               get_policy().phone_region, _today(now), client_id)


def _today(now: dt.datetime) -> dt.date:
    return clinic_today(get_policy().clinic_timezone, now)


@dataclass(frozen=True)
class ClientSaved:
    """A client as saved, and the clients that may be the same person."""

    client: Client
    likely_duplicates: tuple[Client, ...] = ()  # same name and date of birth: ask the desk


def _row_values(draft: ClientDraft) -> dict[str, Any]:
    return {"name": draft.name, "email": draft.email, "phone": draft.phone,
            "phone_digits": draft.phone_digits, "search_key": draft.search_key,
            "birth_date": draft.birth_date, "note": draft.note,
            "household": draft.household_id}


@audit.denials_audited
@transactional
def new_client(actor: Actor, name: str, now: dt.datetime, email: str | None = None,
               phone: str | None = None, *, birth_date: dt.date | None = None,
               note: str | None = None, household_id: int | None = None) -> ClientSaved:
    """Add a client; refused as a duplicate outside a household (see client_checks)."""
    require(actor, Permission.MANAGE_CLIENTS)
    serialise(CLIENT_CONTACTS)
    verdict = check_new_client(actor, name, now, email, phone, birth_date=birth_date,
                               note=note, household_id=household_id)
    draft = verdict.refuse_if_needed()
    row = ClientRow.create(created_at=to_db(now), **_row_values(draft))
    client = records.client(row)
    audit.record(actor, now, "client.add", "client", client.id, None, client)
    return ClientSaved(client, verdict.likely_duplicates)


def add_client(actor: Actor, name: str, now: dt.datetime, email: str | None = None,
               phone: str | None = None, **fields: Any) -> Client:
    """`new_client` for callers that need only the client."""
    return new_client(actor, name, now, email, phone, **fields).client


class Keep(Enum):
    """For an edit: leave this field as it is."""

    FIELD = "keep"


KEEP = Keep.FIELD


@audit.denials_audited
@transactional
def edit_client(actor: Actor, client_id: int, now: dt.datetime, *, name: str | None = None,
                email: str | None = None, phone: str | None = None,
                birth_date: dt.date | None | Keep = KEEP, note: str | None = None,
                household_id: int | None | Keep = KEEP) -> ClientSaved:
    """Change a client, checking the duplicate rules again; an empty string clears the email
    or phone, None leaves them. `household_id=None` takes the client out of its household."""
    require(actor, Permission.MANAGE_CLIENTS)
    serialise(CLIENT_CONTACTS)
    row = client_row(client_id, lock=True)
    before = records.client(row)
    wanted_household = before.household_id if isinstance(household_id, Keep) else household_id
    if not isinstance(household_id, Keep) and before.household_id is None:
        # Before the check, so a member left behind who shares a phone refuses the edit.
        _move_members(client_id, client_checks.household_root(household_id, client_id))
    verdict = client_checks.check(
        before.name if name is None else name, before.email if email is None else email,
        before.phone if phone is None else phone,
        before.birth_date if isinstance(birth_date, Keep) else birth_date,
        before.note if note is None else note, wanted_household,
        get_policy().phone_region, _today(now), client_id, stored_phone=before.phone)
    draft = verdict.refuse_if_needed()
    ClientRow.update(**_row_values(draft)).where(ClientRow.id == client_id).execute()
    after = records.client(client_row(client_id))
    audit.record(actor, now, "client.update", "client", client_id, before, after)
    return ClientSaved(after, verdict.likely_duplicates)


def _move_members(client_id: int, becomes: int | None) -> None:
    """A household's first member who joins another household brings the members along; one
    who leaves hands the household to the next member."""
    members = ClientRow.update(household=becomes).where(ClientRow.household == client_id)
    if becomes is not None:
        members.execute()
        return
    first = ClientRow.select(fn.MIN(ClientRow.id)).where(
        ClientRow.household == client_id).scalar()
    if first is not None:
        ClientRow.update(household=None).where(ClientRow.id == first).execute()
        ClientRow.update(household=first).where(ClientRow.household == client_id).execute()


def update_client(actor: Actor, client_id: int, now: dt.datetime, *, name: str | None = None,
                  email: str | None = None, phone: str | None = None,
                  **fields: Any) -> Client:
    """`edit_client` for callers that need only the client."""
    return edit_client(actor, client_id, now, name=name, email=email, phone=phone,
                       **fields).client


@dataclass(frozen=True)
class ClientOverview:
    """A client with their household and upcoming visits, as the history shows them."""

    client: Client
    household: list[Client]  # the other members, first member first
    upcoming: list[Booking]  # live bookings that have not ended, soonest first


UPCOMING_LIMIT = 50


def client_overview(actor: Actor, client_id: int, now: dt.datetime) -> ClientOverview:
    """A client with their household and their upcoming bookings, for `client show`."""
    require(actor, Permission.READ)
    with read_snapshot():
        client = records.client(client_row(client_id))
        root = client.household_id or client.id
        members = (ClientRow.select().where(((ClientRow.household == root)
                                             | (ClientRow.id == root))
                                            & (ClientRow.id != client.id))
                   .order_by(ClientRow.id))
        query = (booking_queries.bookings_query()
                 .where((ReservationRow.client == client_id)
                        & (ReservationRow.end_at > to_db(now))
                        & booking_queries.live_condition(now))
                 .order_by(ReservationRow.start_at).limit(UPCOMING_LIMIT))
        upcoming = booking_queries.fetch_bookings(query)
    return ClientOverview(client, [records.client(row) for row in members], upcoming)


def phone_upgrade_report(actor: Actor) -> dict[str, Any] | None:
    """What the upgrade to E.164 phones reported (numbers kept as typed, numbers now shared),
    or None when it had nothing to report; see migration 0007."""
    require(actor, Permission.READ)
    row = UpgradeReportRow.get_or_none(UpgradeReportRow.migration == PHONE_UPGRADE)
    return None if row is None else dict(json.loads(row.report))


def clients_with_unparsed_phones(actor: Actor, *, limit: int = 200) -> list[Client]:
    """Clients whose phone was kept as typed at the upgrade (not E.164): the ones to fix."""
    require(actor, Permission.READ)
    query = (ClientRow.select().where(ClientRow.phone.is_null(False)
                                      & ~ClientRow.phone.startswith("+"))
             .order_by(ClientRow.name, ClientRow.id).limit(max(1, min(limit, MAX_PAGE))))
    return [records.client(row) for row in query]
