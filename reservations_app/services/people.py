"""Providers and clients: add, change, find; no duplicates by email or phone."""

from __future__ import annotations

import datetime as dt

from peewee import IntegrityError, fn

from reservations_app.domain import people
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import Duplicate, NotFound
from reservations_app.domain.model import Client, Provider
from reservations_app.domain.timezones import canonical_zone
from reservations_app.services import audit
from reservations_app.store import records
from reservations_app.store.models import ClientRow, ProviderRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import for_update, transactional

MAX_PAGE = 500


def _provider_row(provider_id: int) -> ProviderRow:
    row = ProviderRow.get_or_none(ProviderRow.id == provider_id)
    if row is None:
        raise NotFound(f"There is no provider with id {provider_id}.")
    return row


def _client_row(client_id: int, *, lock: bool = False) -> ClientRow:
    query = ClientRow.select().where(ClientRow.id == client_id)
    row = (for_update(query) if lock else query).first()
    if row is None:
        raise NotFound(f"There is no client with id {client_id}.")
    return row


_PROVIDER = Prepared(lambda: ProviderRow.select(*records.PROVIDER_COLUMNS).where(
    ProviderRow.id == Bind("id")))
_CLIENT_FOR_UPDATE = Prepared(lambda: for_update(ClientRow.select(ClientRow.id).where(
    ClientRow.id == Bind("id"))))


def _provider_record(provider_id: int) -> Provider:
    found = _PROVIDER.rows(id=provider_id)
    if not found:
        raise NotFound(f"There is no provider with id {provider_id}.")
    return records.provider_of_values(found[0])


def _lock_client(client_id: int) -> None:
    """Check the client exists and, where the backend has row locks, lock them until commit."""
    if not _CLIENT_FOR_UPDATE.rows(id=client_id):
        raise NotFound(f"There is no client with id {client_id}.")


def get_provider(actor: Actor, provider_id: int) -> Provider:
    require(actor, Permission.READ)
    return records.provider(_provider_row(provider_id))


def list_providers(actor: Actor, *, include_inactive: bool = False) -> list[Provider]:
    require(actor, Permission.READ)
    query = ProviderRow.select().order_by(fn.LOWER(ProviderRow.name), ProviderRow.id)
    if not include_inactive:
        query = query.where(ProviderRow.active == True)  # noqa: E712 (peewee expression)
    return [records.provider(row) for row in query]


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
    """Change a provider. Changing the zone keeps every booking at its real instant."""
    require(actor, Permission.MANAGE_PROVIDERS)
    row = _provider_row(provider_id)
    before = records.provider(row)
    if name is not None:
        row.name = people.clean_name(name, "provider's name")
    if email is not None:
        row.email = people.clean_email(email, required=True) or ""
        _check_provider_unique(row.email, provider_id)
    if timezone is not None:
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
    return records.client(_client_row(client_id))


def search_clients(actor: Actor, text: str = "", *, limit: int = 50,
                   offset: int = 0) -> list[Client]:
    """Clients whose name, email or phone digits contain `text`, by name; one page."""
    require(actor, Permission.READ)
    needle = people.search_needle(text)
    page = {"limit": max(1, min(limit, MAX_PAGE)), "offset": max(0, offset)}
    rows = _MATCHING_CLIENTS.rows(pattern=f"%{needle}%", **page) if needle else \
        _ALL_CLIENTS.rows(**page)
    return [records.client_of_values(values) for values in rows]


def _client_page(query):  # type: ignore[no-untyped-def]
    return query.order_by(ClientRow.name, ClientRow.id).limit(Bind("limit")).offset(
        Bind("offset"))


# Typing a name searches on every key press: these run without peewee rebuilding the SQL.
_ALL_CLIENTS = Prepared(lambda: _client_page(ClientRow.select(*records.CLIENT_COLUMNS)))
_MATCHING_CLIENTS = Prepared(lambda: _client_page(ClientRow.select(
    *records.CLIENT_COLUMNS).where(ClientRow.search_key ** Bind("pattern"))))


def count_clients(actor: Actor, text: str = "", *, at_most: int | None = None) -> int:
    """How many clients `search_clients` would find; with `at_most`, counting stops there, so
    a screen can say "1000 or more" without reading all 20,000 clients on each key press."""
    require(actor, Permission.READ)
    needle = people.search_needle(text)
    query = ClientRow.select(ClientRow.id)
    if needle:
        query = query.where(ClientRow.search_key.contains(needle))
    if at_most is not None:
        query = query.limit(max(0, at_most))
    return int(query.count())


def likely_duplicates(actor: Actor, name: str, email: str | None = None,
                      phone: str | None = None, ignore_id: int | None = None) -> list[Client]:
    """Clients the desk may be about to enter twice: same email, same phone, or same name."""
    require(actor, Permission.READ)
    conditions = []
    clean_email = (email or "").strip().lower()
    digits = people.phone_digits(phone)
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


def _check_client_unique(email: str | None, digits: str | None, ignore_id: int | None) -> None:
    if email:
        existing = ClientRow.get_or_none(ClientRow.email == email)
        if existing is not None and existing.id != ignore_id:
            raise Duplicate(f"A client with the email {email} already exists: {existing.name} "
                            f"(id {existing.id}).", existing.id)
    if digits:
        existing = ClientRow.get_or_none(ClientRow.phone_digits == digits)
        if existing is not None and existing.id != ignore_id:
            raise Duplicate(f"A client with the phone number {existing.phone} already exists: "
                            f"{existing.name} (id {existing.id}).", existing.id)


@audit.denials_audited
@transactional
def add_client(actor: Actor, name: str, now: dt.datetime, email: str | None = None,
               phone: str | None = None) -> Client:
    require(actor, Permission.MANAGE_CLIENTS)
    clean_name = people.clean_name(name, "client's name")
    clean_email = people.clean_email(email)
    clean_phone = people.clean_phone(phone)
    digits = people.phone_digits(clean_phone)
    _check_client_unique(clean_email, digits, None)
    try:
        row = ClientRow.create(name=clean_name, email=clean_email, phone=clean_phone,
                               phone_digits=digits, created_at=to_db(now),
                               search_key=people.search_key(clean_name, clean_email, clean_phone))
    except IntegrityError as exc:
        raise Duplicate("A client with the same email or phone was just added at another "
                        "desk. Search for them instead.") from exc
    client = records.client(row)
    audit.record(actor, now, "client.add", "client", client.id, None, client)
    return client


@audit.denials_audited
@transactional
def update_client(actor: Actor, client_id: int, now: dt.datetime, *, name: str | None = None,
                  email: str | None = None, phone: str | None = None) -> Client:
    """Change a client; an empty string clears the email or phone."""
    require(actor, Permission.MANAGE_CLIENTS)
    row = _client_row(client_id)
    before = records.client(row)
    if name is not None:
        row.name = people.clean_name(name, "client's name")
    if email is not None:
        row.email = people.clean_email(email)
    if phone is not None:
        row.phone = people.clean_phone(phone)
        row.phone_digits = people.phone_digits(row.phone)
    _check_client_unique(row.email, row.phone_digits, client_id)
    row.search_key = people.search_key(row.name, row.email, row.phone)
    try:
        row.save()
    except IntegrityError as exc:
        raise Duplicate("Another client has that email or phone.") from exc
    after = records.client(row)
    audit.record(actor, now, "client.update", "client", client_id, before, after)
    return after
