"""The CLI's data-in-and-out commands: exports, calendar feeds, imports, reminders, reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reservations_app.cli.commands import PROVIDER, Command, Context, _int, arg
from reservations_app.domain.timezones import parse_date
from reservations_app.services import exchange, ics

RANGE = (arg("--from", dest="from_date", required=True, metavar="DATE"),
         arg("--until", required=True, metavar="DATE"))


def ics_export(ctx: Context, a: argparse.Namespace) -> Any:
    output = Path(a.output) if a.output else None
    data, count = ics.export_provider(ctx.actor, a.provider, parse_date(a.from_date),
                                      parse_date(a.until), ctx.now, full_names=a.full_names,
                                      path=output)
    if output is not None:
        return {"provider_id": a.provider, "events": count, "output": str(output)}
    text = data.decode("utf-8")
    return {"provider_id": a.provider, "events": count, "ics": text} \
        if getattr(a, "json", False) else text.rstrip("\r\n")


def client_export(ctx: Context, a: argparse.Namespace) -> Any:
    return {"clients": exchange.export_clients(ctx.actor, Path(a.file)), "output": a.file}


def reservation_export(ctx: Context, a: argparse.Namespace) -> Any:
    count = exchange.export_bookings(ctx.actor, Path(a.file), parse_date(a.from_date),
                                     parse_date(a.until), ctx.now, a.provider)
    return {"reservations": count, "output": a.file}


DATA_COMMANDS = (
    Command(("ics",), "a provider's bookings as an iCalendar file", ics_export, (
        PROVIDER, *RANGE,
        arg("--full-names", action="store_true",
            help="show clients' full names and notes (default: initials and visit type)"),
        arg("--output", metavar="FILE", help="write to FILE instead of printing"))),
    Command(("client", "export"), "write every client to a CSV file", client_export, (
        arg("file"),)),
    Command(("reservation", "export"), "write the bookings of a date range to a CSV file",
            reservation_export, (arg("file"), *RANGE,
                                 arg("--provider", type=_int, metavar="ID"))),
)
