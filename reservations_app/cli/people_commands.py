"""`client add | edit | show | phones-to-fix`: client records with birth dates, notes and
households. A likely duplicate (same name and date of birth) is saved and warned about on
stderr; a duplicate by email or phone outside a household is refused."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reservations_app.cli import render
from reservations_app.cli.arg_types import id_number
from reservations_app.cli.commands import Command, Context, arg
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.model import Client
from reservations_app.domain.people import format_phone
from reservations_app.domain.timezones import parse_date
from reservations_app.services import people, settings


def _birth_date(text: str | None) -> Any:
    """--birth-date YYYY-MM-DD; an empty value clears it on edit."""
    if text is None:
        return people.KEEP
    return parse_date(text) if text.strip() else None


def _warn_likely(saved: people.ClientSaved) -> None:
    for other in saved.likely_duplicates:
        print(f"warning: {other.name} (id {other.id}) has the same name and date of birth; "
              "if this is the same person, use that record", file=sys.stderr)


def client_add(ctx: Context, a: argparse.Namespace) -> Any:
    birth = _birth_date(a.birth_date)
    saved = people.new_client(ctx.actor, a.name, ctx.now, a.email, a.phone,
                              birth_date=None if birth is people.KEEP else birth,
                              note=a.note, household_id=a.household)
    _warn_likely(saved)
    return render.client(saved.client)


def client_edit(ctx: Context, a: argparse.Namespace) -> Any:
    household: Any = people.KEEP
    if a.no_household and a.household is not None:
        raise InvalidInput("Give either --household or --no-household, not both.")
    if a.no_household:
        household = None
    elif a.household is not None:
        household = a.household
    saved = people.edit_client(ctx.actor, a.id, ctx.now, name=a.name, email=a.email,
                               phone=a.phone, birth_date=_birth_date(a.birth_date),
                               note=a.note, household_id=household)
    _warn_likely(saved)
    return render.client(saved.client)


def _described(client: Client, region: str) -> dict[str, Any]:
    shown = render.client(client)
    shown["phone_national"] = format_phone(client.phone, region) or None
    return shown


def client_show(ctx: Context, a: argparse.Namespace) -> Any:
    overview = people.client_overview(ctx.actor, a.id, ctx.now)
    region = settings.get_policy().phone_region
    shown = _described(overview.client, region)
    shown["household"] = [_described(member, region) for member in overview.household]
    shown["upcoming"] = [render.booking(item, ctx.now) for item in overview.upcoming]
    return shown


def client_phones_to_fix(ctx: Context, a: argparse.Namespace) -> Any:
    return [render.client(c) for c in people.clients_with_unparsed_phones(ctx.actor)]


_FIELDS = (arg("--email"), arg("--phone", help="read for the clinic's phone_region unless it "
                                               "starts with +; stored as E.164"),
           arg("--birth-date", metavar="YYYY-MM-DD"), arg("--note", metavar="TEXT"))

COMMANDS = (
    Command(("client", "add"), "add a client", client_add, (
        arg("--name", required=True), *_FIELDS,
        arg("--household", type=id_number, metavar="CLIENT_ID",
            help="join this client's household (members may share phone and email)"))),
    Command(("client", "edit"), "change a client; the duplicate rules are checked again",
            client_edit, (
                arg("id", type=id_number), arg("--name"), *_FIELDS,
                arg("--household", type=id_number, metavar="CLIENT_ID"),
                arg("--no-household", action="store_true", help="leave the household"))),
    Command(("client", "show"), "a client, their household and upcoming bookings",
            client_show, (arg("id", type=id_number),)),
    Command(("client", "phones-to-fix"), "clients whose phone was kept as typed at the "
            "upgrade because it did not parse", client_phones_to_fix),
)
