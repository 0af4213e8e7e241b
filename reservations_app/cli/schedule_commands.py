"""`availability repeat` and `availability off`: weekly patterns that report every clash (and
can skip those dates), and time off over a range of dates that names the bookings it meets."""

from __future__ import annotations

import argparse
from typing import Any

from reservations_app.cli import render
from reservations_app.cli.arg_types import weekday
from reservations_app.cli.commands import BLOCKS, PROVIDER, Command, Context, arg
from reservations_app.domain.model import Booking
from reservations_app.domain.people import format_phone
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import parse_date
from reservations_app.services import people, schedule, settings
from reservations_app.services.blocks import client_phones


def availability_repeat(ctx: Context, a: argparse.Namespace) -> Any:
    result = schedule.repeat_weekly(ctx.actor, a.provider, a.weekday,
                                    [parse_block(b) for b in a.block], parse_date(a.from_date),
                                    parse_date(a.until), ctx.now,
                                    skip_conflicts=a.skip_conflicts)
    shown: dict[str, Any] = {"created": len(result.created), "skipped": result.skipped}
    if result.conflicts:
        shown["skipped_conflicts"] = [day.isoformat() for day in result.conflicts]
    if result.time_off:
        shown["time_off"] = result.time_off
    if result.not_on_clock:
        shown["not_on_clock"] = [{"date": s.local_date.isoformat(), "block": s.spec.label()}
                                 for s in result.not_on_clock]
    return shown


def _affected(items: list[Booking], ctx: Context) -> list[dict[str, Any]]:
    phones = client_phones(item.reservation.client_id for item in items)
    region = settings.get_policy().phone_region
    shown = []
    for item in items:
        row = render.booking(item, ctx.now)
        phone = phones.get(item.reservation.client_id)
        row.update(client_phone=phone, client_phone_national=format_phone(phone, region) or None)
        shown.append(row)
    return shown


def availability_off(ctx: Context, a: argparse.Namespace) -> Any:
    spec = parse_block(a.block) if a.block else None
    result = schedule.time_off(ctx.actor, a.provider, parse_date(a.date), spec, ctx.now,
                               cancel_bookings=a.cancel_bookings,
                               until=parse_date(a.until) if a.until else None)
    tz = people.get_provider(ctx.actor, a.provider).timezone
    return {"removed": result.removed, "kept": [render.block(b, tz) for b in result.added],
            "cancelled_reservations": result.cancelled_reservations,
            "affected": _affected(result.affected, ctx)}


COMMANDS = (
    Command(("availability", "repeat"), "apply a weekly pattern to a date range; time taken "
            "off is left out", availability_repeat, (
                PROVIDER, arg("--weekday", action="append", required=True, type=weekday),
                BLOCKS, arg("--from", dest="from_date", required=True),
                arg("--until", required=True),
                arg("--skip-conflicts", action="store_true",
                    help="leave the dates whose blocks clash with the pattern as they are and "
                         "apply the rest (otherwise a clash refuses it all, naming the dates)"))),
    Command(("availability", "off"), "time off: whole days or one span, on a date or a range",
            availability_off, (
                PROVIDER, arg("--date", required=True),
                arg("--until", metavar="DATE", help="last day of the time off (a holiday week)"),
                arg("--block", metavar="HH:MM-HH:MM"),
                arg("--cancel-bookings", action="store_true",
                    help="also cancel live bookings in that time (otherwise they refuse the "
                         "change, named with their phone numbers)"))),
)
