"""The client rules every way in uses (the desk, the CLI, CSV import): clean what was typed,
resolve the household, and decide about duplicates, without writing anything.

The rule: outside a household, the same email or the same phone is a duplicate, and the
refusal names the client who has it; members of one household may share both. The same name
with the same date of birth is a likely duplicate: a warning for the desk, never a refusal,
since two people can share both (twins named alike are rare, namesakes born the same day are
not impossible), while the desk can always tell by asking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import Field, fn

from reservations_app.domain import people
from reservations_app.domain.errors import Duplicate, InvalidInput
from reservations_app.domain.model import Client
from reservations_app.store import records
from reservations_app.store.models import ClientRow
from reservations_app.store.prepared import Bind, Prepared

LIKELY_LIMIT = 10


@dataclass(frozen=True)
class ClientDraft:
    """A client's fields as they would be saved: cleaned, phone in E.164."""

    name: str
    email: str | None = None
    phone: str | None = None
    birth_date: dt.date | None = None
    note: str = ""
    household_id: int | None = None  # the household's first member, never a member's id

    @property
    def phone_digits(self) -> str | None:
        return people.phone_digits(self.phone)

    @property
    def search_key(self) -> str:
        return people.search_key(self.name, self.email, self.phone)


@dataclass(frozen=True)
class ClientCheck:
    """The verdict on a client about to be saved: `problem` says why it cannot be (bad input,
    or a duplicate of client `duplicate_of`); `likely_duplicates` are only worth a question."""

    draft: ClientDraft | None
    problem: str | None = None
    duplicate_of: int | None = None
    likely_duplicates: tuple[Client, ...] = ()

    @property
    def ok(self) -> bool:
        return self.problem is None

    def refuse_if_needed(self) -> ClientDraft:
        if self.problem is None and self.draft is not None:
            return self.draft
        if self.duplicate_of is not None:
            raise Duplicate(self.problem or "", self.duplicate_of)
        raise InvalidInput(self.problem or "The client cannot be saved.")


def draft_of(name: str | None, email: str | None, phone: str | None,
             birth_date: dt.date | None, note: str | None, region: str,
             today: dt.date) -> ClientDraft:
    """Clean what was typed; InvalidInput names the first field that cannot be used."""
    return ClientDraft(people.clean_name(name, "client's name"), people.clean_email(email),
                       people.clean_phone(phone, region),
                       people.clean_birth_date(birth_date, today), people.clean_note(note))


def household_root(household_id: int | None, self_id: int | None) -> int | None:
    """The household a client joins when linked to client `household_id`: that client's own
    household (its first member), or a new one headed by that client."""
    if household_id is None:
        return None
    row = ClientRow.get_or_none(ClientRow.id == household_id)
    if row is None:
        raise InvalidInput(f"There is no client with id {household_id} whose household "
                           "to join.")
    root = row.household_id or row.id
    return None if root == self_id else root


# Built once (store.prepared): a CSV import asks these for each of 20,000 rows, and building
# the SQL cost peewee more than running it.
def _same(field: Field) -> Prepared:
    return Prepared(lambda: ClientRow.select(ClientRow.id, ClientRow.name,
                                             ClientRow.household).where(
        field == Bind("value")).order_by(ClientRow.id))


_SAME_EMAIL, _SAME_PHONE = _same(ClientRow.email), _same(ClientRow.phone_digits)
# Served by the birth date index (0013); the name is compared on the few rows of that day.
_SAME_NAME_AND_BIRTH = Prepared(lambda: ClientRow.select(*records.CLIENT_COLUMNS).where(
    (ClientRow.birth_date == Bind("birth")) & (fn.LOWER(ClientRow.name) == Bind("name")))
    .order_by(ClientRow.id).limit(LIKELY_LIMIT))


def verdict(draft: ClientDraft, self_id: int | None, region: str = "US") -> ClientCheck:
    """Duplicates of `draft` (saved as client `self_id`, None for a new one)."""
    mine = draft.household_id or self_id
    for query, value, what in ((_SAME_EMAIL, draft.email, "email"),
                               (_SAME_PHONE, draft.phone_digits, "phone number")):
        if not value:
            continue
        for row_id, name, household_id in query.rows(value=value):
            if row_id != self_id and (household_id or row_id) != mine:
                shown = draft.email if what == "email" else \
                    people.format_phone(draft.phone, region)
                return ClientCheck(draft, f"A client with the {what} {shown} already exists: "
                                   f"{name} (id {row_id}). Search for them instead, or "
                                   "link the new client to their household.", row_id)
    return ClientCheck(draft, likely_duplicates=tuple(likely_same_person(draft, self_id)))


def likely_same_person(draft: ClientDraft, self_id: int | None) -> list[Client]:
    key = people.same_person_key(draft.name, draft.birth_date)
    if key is None:
        return []
    found = _SAME_NAME_AND_BIRTH.rows(birth=draft.birth_date, name=draft.name.lower())
    clients = [records.client_of_values(values) for values in found]
    return [client for client in clients if client.id != self_id
            and people.same_person_key(client.name, draft.birth_date) == key]


def check(name: str | None, email: str | None, phone: str | None, birth_date: dt.date | None,
          note: str | None, household_id: int | None, region: str, today: dt.date,
          self_id: int | None = None, *, stored_phone: str | None = None) -> ClientCheck:
    """`stored_phone`: the edited client's number as stored, kept as it is when unchanged (a
    number that did not parse at the upgrade must not block editing the client's name)."""
    keep_phone = bool(stored_phone) and phone == stored_phone
    try:
        draft = draft_of(name, email, None if keep_phone else phone, birth_date, note, region,
                         today)
        draft = replace(draft, phone=stored_phone if keep_phone else draft.phone,
                        household_id=household_root(household_id, self_id))
    except InvalidInput as exc:
        return ClientCheck(None, exc.message)
    return verdict(draft, self_id, region)
