"""Fetch the row a use case is about, or raise the domain error a receptionist can read.

Shared by the services so none of them reaches into another's private helpers."""

from __future__ import annotations

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import NotFound, SlotUnavailable
from reservations_app.domain.model import Provider, Reservation, VisitType
from reservations_app.services import transitions, visit_types
from reservations_app.store import records
from reservations_app.store.models import ClientRow, ProviderRow
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import for_update

_PROVIDER = Prepared(lambda: ProviderRow.select(*records.PROVIDER_COLUMNS).where(
    ProviderRow.id == Bind("id")))
_CLIENT_FOR_UPDATE = Prepared(lambda: for_update(ClientRow.select(ClientRow.id).where(
    ClientRow.id == Bind("id"))))


def provider_row(provider_id: int) -> ProviderRow:
    row = ProviderRow.get_or_none(ProviderRow.id == provider_id)
    if row is None:
        raise NotFound(f"There is no provider with id {provider_id}.")
    return row


def provider_record(provider_id: int) -> Provider:
    """The provider as a domain object, read with one prepared statement (the booking path)."""
    found = _PROVIDER.rows(id=provider_id)
    if not found:
        raise NotFound(f"There is no provider with id {provider_id}.")
    return records.provider_of_values(found[0])


def client_row(client_id: int, *, lock: bool = False) -> ClientRow:
    query = ClientRow.select().where(ClientRow.id == client_id)
    row = (for_update(query) if lock else query).first()
    if row is None:
        raise NotFound(f"There is no client with id {client_id}.")
    return row


# The provider, and the client's row locked as lock_client locks it, in one statement: every
# hold asks both. A missing provider or client gives no row; the error path then asks again.
_PROVIDER_LOCKING_CLIENT = Prepared(lambda: for_update(
    ProviderRow.select(*records.PROVIDER_COLUMNS, ClientRow.id)
    .join(ClientRow, on=(ClientRow.id == Bind("client")))
    .where(ProviderRow.id == Bind("provider")), of=ClientRow))


def provider_locking_client(provider_id: int, client_id: int) -> tuple[Provider, bool]:
    """`provider_record(provider_id)`, and whether the client exists, its row locked as by
    `lock_client` when it does: the caller raises the client's NotFound when its turn comes."""
    found = _PROVIDER_LOCKING_CLIENT.rows(provider=provider_id, client=client_id)
    if found:
        return records.provider_of_values(found[0][:-1]), True
    return provider_record(provider_id), False


def lock_client(client_id: int) -> None:
    """Check the client exists and, where the backend has row locks (PostgreSQL), lock the
    row until commit: this serialises one client's bookings across desks."""
    if not _CLIENT_FOR_UPDATE.rows(id=client_id):
        raise NotFound(f"There is no client with id {client_id}.")


def reservation(reservation_id: int) -> Reservation:
    found = transitions.current(reservation_id)
    if found is None:
        raise NotFound(f"There is no reservation with id {reservation_id}.")
    return found


def reservation_for_change(actor: Actor, reservation_id: int) -> Reservation:
    """The reservation, once the actor is known to be allowed to book in its diary."""
    found = reservation(reservation_id)
    require(actor, Permission.BOOK, found.provider_id)
    return found


def visit_type_offered_by(type_id: int | None, provider: Provider) -> VisitType | None:
    """The visit type (None for none), refused when the provider does not offer it."""
    if type_id is None:
        return None
    visit_type = visit_types.find_type(type_id)
    if not visit_type.offered_by(provider.id):
        raise SlotUnavailable(f"{provider.name} does not offer {visit_type.name}. "
                              "Pick a provider who does, or another visit type.")
    return visit_type
