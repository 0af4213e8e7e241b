"""Every CLI command: its words, its arguments, and the service call it makes."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reservations_app.cli import render
from reservations_app.cli.arg_types import count as _count
from reservations_app.cli.arg_types import id_number as _int
from reservations_app.cli.arg_types import search_text as _search
from reservations_app.cli.input_files import given_path, stdin_is_terminal, stdin_line
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.model import Role, Status
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import parse_date, parse_instant
from reservations_app.paths import AppPaths
from reservations_app.services import (
    audit,
    auth,
    booking,
    day_slots,
    demo,
    maintenance,
    people,
    schedule,
    settings,
    visit_status,
    visit_types,
)
from reservations_app.store import sealed
from reservations_app.store.connect import Target


@dataclass(frozen=True)
class Context:
    actor: Actor
    now: dt.datetime
    target: Target
    paths: AppPaths


Handler = Callable[[Context, argparse.Namespace], Any]


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    help: str
    handler: Handler
    arguments: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = field(default=())
    # False only for commands that neither change anything nor show clients' data.
    signs_in: bool = True

    def register(self, root: Any, common: argparse.ArgumentParser) -> None:
        parser = _group(root, self.words[:-1], common).add_parser(
            self.words[-1], help=self.help, description=self.help, parents=[common])
        for flags, options in self.arguments:
            parser.add_argument(*flags, **options)
        parser.set_defaults(handler=self.handler, signs_in=self.signs_in)


# Per root parser, weakly: keyed by id(), a new parser that reused a dead one's id got the
# dead one's groups ("conflicting subparser" on the next build, now and then).
_groups: WeakKeyDictionary[Any, dict[tuple[str, ...], Any]] = WeakKeyDictionary()


def _group(root: Any, words: tuple[str, ...], common: argparse.ArgumentParser) -> Any:
    """The subparsers action for a command group such as `provider`, made on first use."""
    if not words:
        return root
    groups = _groups.setdefault(root, {})
    if words not in groups:
        parent = _group(root, words[:-1], common)
        parser = parent.add_parser(words[-1], help=f"{words[-1]} commands", parents=[common])
        groups[words] = parser.add_subparsers(dest=f"{'_'.join(words)}_command",
                                              metavar="COMMAND", required=True)
    return groups[words]


def arg(*flags: str, **options: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    return flags, options


def provider_timezone(provider_id: int, ctx: Context) -> str:
    return people.get_provider(ctx.actor, provider_id).timezone


def known(ctx: Context, *, provider: int | None = None, client: int | None = None) -> None:
    """A filter naming a provider or client that does not exist is a mistyped id: NotFound
    says so, where an empty list would read as "no bookings"."""
    if provider is not None:
        people.get_provider(ctx.actor, provider)
    if client is not None:
        people.get_client(ctx.actor, client)


# --- people -------------------------------------------------------------------------------

def provider_add(ctx: Context, a: argparse.Namespace) -> Any:
    return render.provider(people.add_provider(ctx.actor, a.name, a.email, a.timezone, ctx.now,
                                               a.color))


def provider_list(ctx: Context, a: argparse.Namespace) -> Any:
    return [render.provider(p) for p in people.list_providers(ctx.actor)]


def client_list(ctx: Context, a: argparse.Namespace) -> Any:
    found = people.search_clients(ctx.actor, a.search or "", limit=a.limit, offset=a.offset)
    return [render.client(c) for c in found]


# --- availability -------------------------------------------------------------------------

def availability_add(ctx: Context, a: argparse.Namespace) -> Any:
    blocks = schedule.add_availability(ctx.actor, a.provider, parse_date(a.date),
                                       [parse_block(b) for b in a.block], ctx.now)
    tz = provider_timezone(a.provider, ctx)
    return [render.block(b, tz) for b in blocks]


def availability_list(ctx: Context, a: argparse.Namespace) -> Any:
    first = parse_date(a.from_date) if a.from_date else None
    last = parse_date(a.until) if a.until else None
    tz = provider_timezone(a.provider, ctx)
    return [render.block(b, tz)
            for b in schedule.list_availability(ctx.actor, a.provider, first, last)]


def slots(ctx: Context, a: argparse.Namespace) -> Any:
    known(ctx, provider=a.provider, client=a.client)
    zones = {p.id: p.timezone for p in people.list_providers(ctx.actor, include_inactive=True)}
    if a.type is None and a.client is None and not a.explain:
        found = schedule.bookable_slots(ctx.actor, parse_date(a.date), ctx.now,
                                        provider_id=a.provider, limit=a.limit, offset=a.offset)
        return [render.slot(s, zones[s.provider_id]) for s in found]
    options = {"provider_id": a.provider, "visit_type_id": a.type, "client_id": a.client}
    if a.explain:
        rows = day_slots.page(day_slots.explain_slots(ctx.actor, parse_date(a.date), ctx.now,
                                                      **options), a.limit, a.offset)
    else:
        rows = day_slots.bookable_starts(ctx.actor, parse_date(a.date), ctx.now, **options,
                                         limit=a.limit, offset=a.offset)
    return [render.explained_slot(r, zones[r.provider_id], a.explain) for r in rows]


# --- reservations -------------------------------------------------------------------------

def _reservation(ctx: Context, reservation: Any) -> Any:
    return render.reservation(reservation, provider_timezone(reservation.provider_id, ctx), ctx.now)


def book(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, booking.hold(
        ctx.actor, a.client, a.provider, parse_instant(a.start), ctx.now, visit_type_id=a.type,
        note=a.note, override_notice=a.override_notice, replace_same_day=a.replace_same_day))


def arrive(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, visit_status.arrive(ctx.actor, a.id, ctx.now))


def complete(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, visit_status.complete(ctx.actor, a.id, ctx.now))


def no_show(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, visit_status.no_show(ctx.actor, a.id, ctx.now))


def undo_status(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, visit_status.undo_status(ctx.actor, a.id, ctx.now))


def reservation_note(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, visit_status.set_note(ctx.actor, a.id, a.text, ctx.now))


# --- visit types --------------------------------------------------------------------------

def _type(ctx: Context, item: Any) -> Any:
    every = [p.id for p in people.list_providers(ctx.actor, include_inactive=True)]
    return render.visit_type(item, every)


def type_add(ctx: Context, a: argparse.Namespace) -> Any:
    return _type(ctx, visit_types.add_type(
        ctx.actor, a.name, a.minutes, ctx.now, buffer_before=a.buffer_before,
        buffer_after=a.buffer_after, provider_ids=a.provider or (), color=a.color))


def type_list(ctx: Context, a: argparse.Namespace) -> Any:
    return [_type(ctx, t) for t in visit_types.list_types(ctx.actor)]


def type_edit(ctx: Context, a: argparse.Namespace) -> Any:
    return _type(ctx, visit_types.edit_type(
        ctx.actor, a.id, ctx.now, name=a.name, minutes=a.minutes,
        buffer_before=a.buffer_before, buffer_after=a.buffer_after, provider_ids=a.provider,
        color=a.color, active=a.active))


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("true", "false"):
        raise argparse.ArgumentTypeError(f"'{text}' is not true or false")
    return value == "true"


def confirm(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, booking.confirm(ctx.actor, a.id, ctx.now))


def cancel(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, booking.cancel(ctx.actor, a.id, ctx.now, a.reason))


def move(ctx: Context, a: argparse.Namespace) -> Any:
    return _reservation(ctx, booking.move(ctx.actor, a.id, parse_instant(a.start), ctx.now,
                                          a.provider))


def reservation_list(ctx: Context, a: argparse.Namespace) -> Any:
    status = None
    if a.status:
        try:
            status = Status(a.status.strip().lower())
        except ValueError as exc:
            raise InvalidInput(f"Unknown status '{a.status}': use "
                               f"{', '.join(s.value for s in Status)}.") from exc
    known(ctx, provider=a.provider, client=a.client)
    found = booking.list_bookings(ctx.actor, ctx.now,
                                  local_date=parse_date(a.date) if a.date else None,
                                  provider_id=a.provider, client_id=a.client, status=status,
                                  limit=a.limit, offset=a.offset)
    return [render.booking(b, ctx.now) for b in found]


def expire(ctx: Context, a: argparse.Namespace) -> Any:
    # The whole sweep, as the app runs it; the contract reports the holds.
    return {"expired": maintenance.sweep(ctx.actor, ctx.now).expired}


# --- settings, demo, users, audit, backup --------------------------------------------------

def settings_show(ctx: Context, a: argparse.Namespace) -> Any:
    return render.policy(settings.get_policy())


def settings_set(ctx: Context, a: argparse.Namespace) -> Any:
    return render.policy(settings.set_value(ctx.actor, a.key, a.value, ctx.now))


def demo_fill(ctx: Context, a: argparse.Namespace) -> Any:
    summary = demo.create_demo(ctx.actor, ctx.now)
    return {"providers": summary.providers, "clients": summary.clients,
            "blocks": summary.blocks, "reservations": summary.reservations}


def user_add(ctx: Context, a: argparse.Namespace) -> Any:
    password = stdin_line() if a.password_stdin else _ask_password()
    # Even the first account is attributed to the operating-system user who ran the command.
    return render.user(auth.create_user(ctx.actor, a.username, password, Role(a.role), ctx.now,
                                        a.provider))


def _ask_password() -> str:
    import getpass

    if not stdin_is_terminal():
        raise InvalidInput("No terminal to ask for the password: use --password-stdin.")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise InvalidInput("The two passwords differ.")
    return first


def user_list(ctx: Context, a: argparse.Namespace) -> Any:
    return [render.user(u) for u in auth.list_users(ctx.actor)]


def audit_list(ctx: Context, a: argparse.Namespace) -> Any:
    since = dt.datetime.combine(parse_date(a.since), dt.time(0), dt.UTC) if a.since else None
    if a.id is not None and not a.entity:
        raise InvalidInput("--id needs --entity, e.g. --entity reservation --id 12.")
    entries = audit.list_entries(ctx.actor, since=since, entity=a.entity, entity_id=a.id,
                                 who=a.actor, action=a.action, client_id=a.client,
                                 limit=a.limit, offset=a.offset)
    if not entries:  # after the refusal of a role that may not read the trail at all
        known(ctx, client=a.client)
    return [render.audit(e) for e in entries]


def backup_cmd(ctx: Context, a: argparse.Namespace) -> Any:
    destination = Path(given_path(a.path, "backup file or folder"))
    if a.path.endswith(("/", os.sep)):  # "backups/" names a folder even before it exists
        try:
            destination.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidInput(f"Cannot create the folder {a.path}: {exc.strerror}.") from exc
    elif not destination.absolute().parent.is_dir():  # a mistyped drive or folder
        raise InvalidInput(f"Cannot write {a.path}: the folder {destination.parent} does not "
                           "exist. Create it first, or end a folder's name with / to have "
                           "it made.")
    passphrase = _passphrase(confirm=True) if a.encrypt else None
    saved = maintenance.backup(ctx.actor, ctx.target, destination, ctx.now, passphrase)
    return {"backup": str(saved)}


def _passphrase(confirm: bool) -> str:
    """From a prompt on a terminal (twice for a new one), else the first line of stdin."""
    import getpass

    if not stdin_is_terminal():
        return stdin_line()
    first = getpass.getpass("Backup passphrase: ")
    if confirm and first != getpass.getpass("Repeat the passphrase: "):
        raise InvalidInput("The two passphrases differ.")
    return first


def restore_cmd(ctx: Context, a: argparse.Namespace) -> Any:
    # The replaced database is kept beside it, wherever --db points (issue 12, item 11).
    source = Path(given_path(a.path, "backup file"))
    passphrase = _passphrase(confirm=False) if sealed.is_sealed(source) else None
    kept = maintenance.restore(ctx.actor, ctx.target, source, ctx.now, passphrase=passphrase)
    return {"restored": a.path, "previous_kept_at": str(kept) if kept else None}


PAGE = (arg("--limit", type=_count, default=200), arg("--offset", type=_count, default=0))
BLOCKS = arg("--block", action="append", required=True, metavar="HH:MM-HH:MM")
PROVIDER = arg("--provider", type=_int, required=True, metavar="ID")

COMMANDS = (
    Command(("provider", "add"), "add a provider", provider_add, (
        arg("--name", required=True), arg("--email", required=True),
        arg("--timezone", required=True, help="IANA zone, e.g. America/New_York"),
        arg("--color", default=None, help="#rrggbb"))),
    Command(("provider", "list"), "list providers", provider_list, signs_in=False),
    Command(("client", "list"), "list or search clients", client_list, (
        arg("--search", metavar="TEXT", type=_search), *PAGE)),
    Command(("availability", "add"), "add blocks on one date", availability_add, (
        PROVIDER, arg("--date", required=True), BLOCKS)),
    Command(("availability", "list"), "list availability blocks", availability_list, (
        PROVIDER, arg("--from", dest="from_date"), arg("--until"))),
    Command(("slots",), "bookable slots of a day", slots, (
        arg("--date", required=True), arg("--provider", type=_int, metavar="ID"),
        arg("--type", type=_int, metavar="ID", help="starts where a visit of this type fits"),
        arg("--client", type=_int, metavar="ID", help="also apply this client's daily limit"),
        arg("--explain", action="store_true",
            help="every slot of the day's availability, each with the reason it is or is not "
                 "bookable"),
        arg("--limit", type=_count, default=None), arg("--offset", type=_count, default=0))),
    Command(("book",), "hold a slot for a client", book, (
        arg("--client", type=_int, required=True, metavar="ID"), PROVIDER,
        arg("--start", required=True, metavar="ISO"),
        arg("--type", type=_int, metavar="ID", help="visit type (default: one slot)"),
        arg("--note", metavar="TEXT", help='e.g. "interpreter needed"'),
        arg("--override-notice", metavar="REASON",
            help="admins only: book inside the notice window, for this reason"),
        arg("--replace-same-day", action="store_true",
            help="cancel the client's other live booking(s) that day in the same step"))),
    Command(("arrive",), "check a client in at the desk", arrive, (arg("id", type=_int),)),
    Command(("complete",), "mark a checked-in visit completed", complete,
            (arg("id", type=_int),)),
    Command(("no-show",), "mark a confirmed visit a no-show (after its start)", no_show,
            (arg("id", type=_int),)),
    Command(("undo-status",), "undo a check-in or a no-show (back to confirmed)", undo_status,
            (arg("id", type=_int),)),
    Command(("reservation", "note"), "set a booking's note", reservation_note, (
        arg("id", type=_int), arg("--text", required=True))),
    Command(("type", "add"), "add a visit type", type_add, (
        arg("--name", required=True), arg("--minutes", type=_int, required=True),
        arg("--buffer-before", type=_int, default=0, metavar="N"),
        arg("--buffer-after", type=_int, default=0, metavar="N"),
        arg("--provider", type=_int, action="append", metavar="ID",
            help="a provider who offers it (repeat; default: every provider)"),
        arg("--color", default=None, help="#rrggbb"))),
    Command(("type", "list"), "list visit types", type_list),
    Command(("type", "edit"), "change a visit type", type_edit, (
        arg("id", type=_int), arg("--name"), arg("--minutes", type=_int),
        arg("--buffer-before", type=_int, metavar="N"),
        arg("--buffer-after", type=_int, metavar="N"),
        arg("--provider", type=_int, action="append", metavar="ID",
            help="the providers who offer it (repeat; replaces the list)"),
        arg("--color", default=None, help="#rrggbb"),
        arg("--active", type=_bool, metavar="true|false"))),
    Command(("confirm",), "confirm a hold", confirm, (arg("id", type=_int),)),
    Command(("cancel",), "cancel a reservation", cancel, (
        arg("id", type=_int), arg("--reason"))),
    Command(("move",), "move a reservation to another slot", move, (
        arg("id", type=_int), arg("--start", required=True, metavar="ISO"),
        arg("--provider", type=_int, metavar="ID"))),
    Command(("reservation", "list"), "list reservations", reservation_list, (
        arg("--date"), arg("--provider", type=_int), arg("--client", type=_int),
        arg("--status"), *PAGE)),
    Command(("expire",), "expire stale holds now", expire),
    Command(("settings", "show"), "show clinic settings", settings_show, signs_in=False),
    Command(("settings", "set"), "change a clinic setting", settings_set, (
        arg("key"), arg("value"))),
    Command(("demo",), "fill an empty database with a demo clinic", demo_fill),
    Command(("user", "add"), "add a staff account", user_add, (
        arg("--username", required=True),
        arg("--role", required=True, choices=[r.value for r in Role]),
        arg("--provider", type=_int, metavar="ID", help="for a provider account"),
        arg("--password-stdin", action="store_true", help="read the password from stdin"))),
    Command(("user", "list"), "list staff accounts", user_list),
    Command(("audit", "list"), "read the audit trail, newest first", audit_list, (
        arg("--since", metavar="DATE"), arg("--entity", help="e.g. reservation, client, user"),
        arg("--id", type=_int),
        arg("--actor", metavar="NAME", help="who acted, e.g. ann or cli:ann"),
        arg("--action", help="action or its prefix, e.g. login or reservation.cancel"),
        arg("--client", type=_int, metavar="ID", help="a client's own and bookings' rows"),
        *PAGE)),
    Command(("backup",), "write a consistent copy of the database", backup_cmd, (
        arg("path"),
        arg("--encrypt", action="store_true",
            help="encrypt it (for removable media) with a passphrase from a prompt or stdin"))),
    Command(("restore",), "replace the database with a checked backup", restore_cmd, (
        arg("path"),)),
)
