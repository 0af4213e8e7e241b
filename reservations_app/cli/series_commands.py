"""The CLI's recurring-visit and waitlist commands (`series ...`, `waitlist ...`)."""

from __future__ import annotations

import argparse
from typing import Any

from reservations_app.cli import render
from reservations_app.cli.arg_types import id_number, positive_number, weekday
from reservations_app.cli.commands import (
    PROVIDER,
    Command,
    Context,
    arg,
    known,
    provider_timezone,
)
from reservations_app.domain.recurrence import Recurrence, Unit
from reservations_app.domain.timezones import parse_date, parse_instant
from reservations_app.domain.waitlist import WishStatus, parse_window
from reservations_app.services import series, waitlist

ID = arg("id", type=id_number)
CLIENT = arg("--client", type=id_number, required=True, metavar="ID")
TYPE = arg("--type", type=id_number, required=True, metavar="ID")
START = arg("--start", required=True, metavar="ISO")
WEEKDAYS = arg("--weekday", type=weekday, action="extend", nargs="+", default=[],
               metavar="DAY", help="mon ... sun; several allowed")


def _request(a: argparse.Namespace) -> series.SeriesRequest:
    until = parse_date(a.until) if a.until is not None else None
    recurrence = Recurrence(Unit(a.unit), a.every, tuple(a.weekday), until, a.count)
    return series.SeriesRequest(a.client, a.provider, a.type, parse_instant(a.start),
                                recurrence)


def series_preview(ctx: Context, a: argparse.Namespace) -> Any:
    tz = provider_timezone(a.provider, ctx)
    return [{"start": render.local_iso(row.start, tz), "end": render.local_iso(row.end, tz),
             "fits": row.fits, "reason": row.reason,
             "alternative": render.local_iso(row.alternative, tz)}
            for row in series.preview(ctx.actor, _request(a), ctx.now)]


def series_book(ctx: Context, a: argparse.Namespace) -> Any:
    booked = series.book(ctx.actor, _request(a), ctx.now, skip_conflicts=a.skip_conflicts)
    return {"id": booked.id,
            "bookings": [render.reservation(r, booked.timezone, ctx.now)
                         for r in booked.bookings],
            "skipped": [render.local_iso(start, booked.timezone) for start in booked.skipped]}


def _series(ctx: Context, found: series.Series) -> Any:
    tz = found.timezone
    return {"id": found.id, "client_id": found.client_id, "provider_id": found.provider_id,
            "type_id": found.visit_type_id, "first_start": render.local_iso(found.first_start, tz),
            "recurrence": found.description,
            "bookings": [render.reservation(r, tz, ctx.now) for r in found.bookings]}


def series_show(ctx: Context, a: argparse.Namespace) -> Any:
    return _series(ctx, series.show(ctx.actor, a.id))


def series_confirm(ctx: Context, a: argparse.Namespace) -> Any:
    return _series(ctx, series.confirm(ctx.actor, a.id, ctx.now))


def series_cancel(ctx: Context, a: argparse.Namespace) -> Any:
    since = parse_instant(a.from_start) if a.from_start is not None else None
    return _series(ctx, series.cancel(ctx.actor, a.id, ctx.now, from_start=since,
                                      reason=a.reason))


def entry(item: waitlist.Entry) -> dict[str, Any]:
    wish = item.wish
    return {"id": wish.id, "client_id": wish.client_id, "type_id": wish.visit_type_id,
            "providers": sorted(wish.provider_ids), "from": wish.first_day.isoformat(),
            "until": wish.last_day.isoformat(), "urgent": wish.urgent,
            "status": item.status.value}


def waitlist_add(ctx: Context, a: argparse.Namespace) -> Any:
    window = parse_window(a.between) if a.between is not None else None
    return entry(waitlist.add(
        ctx.actor, a.client, a.type, ctx.now, first_day=parse_date(a.from_date),
        last_day=parse_date(a.until), provider_ids=a.provider, weekdays=a.weekday,
        window=window, urgent=a.urgent, note=a.note))


def waitlist_list(ctx: Context, a: argparse.Namespace) -> Any:
    status = WishStatus(a.status) if a.status is not None else None
    known(ctx, client=a.client)
    return [entry(e) for e in waitlist.list_entries(ctx.actor, ctx.now, client_id=a.client,
                                                    status=status)]


def waitlist_remove(ctx: Context, a: argparse.Namespace) -> Any:
    return entry(waitlist.remove(ctx.actor, a.id, ctx.now))


def waitlist_matches(ctx: Context, a: argparse.Namespace) -> Any:
    return [entry(e) for e in waitlist.matches(ctx.actor, a.provider, parse_instant(a.start),
                                               ctx.now)]


def waitlist_offer(ctx: Context, a: argparse.Namespace) -> Any:
    held = waitlist.offer(ctx.actor, a.id, a.provider, parse_instant(a.start), ctx.now)
    return render.reservation(held, provider_timezone(held.provider_id, ctx), ctx.now)


def _series_options(book: bool) -> tuple[tuple[tuple[str, ...], dict[str, Any]], ...]:
    options = [CLIENT, PROVIDER, TYPE, START,
               arg("--every", type=positive_number, required=True, metavar="N"),
               arg("--unit", required=True, choices=[u.value for u in Unit]), WEEKDAYS,
               arg("--until", metavar="DATE", help="the last date (or give --count)"),
               arg("--count", type=positive_number, metavar="N",
                   help="how many visits, at most 52")]
    if book:
        options.append(arg("--skip-conflicts", action="store_true",
                           help="book the visits that fit and list the others as skipped"))
    return tuple(options)


SERIES_COMMANDS = (
    Command(("series", "preview"), "every visit of a series: fits, or why not",
            series_preview, _series_options(False)),
    Command(("series", "book"), "hold every visit of a series (all or nothing)", series_book,
            _series_options(True)),
    Command(("series", "show"), "a series and its bookings", series_show, (ID,)),
    Command(("series", "confirm"), "confirm every held visit of a series", series_confirm,
            (ID,)),
    Command(("series", "cancel"), "cancel a series' visits still to come", series_cancel, (
        ID, arg("--from", dest="from_start", metavar="ISO",
                help="this visit and the following ones only"),
        arg("--reason"))),
    Command(("waitlist", "add"), "put a client on the waitlist", waitlist_add, (
        CLIENT, TYPE,
        arg("--provider", type=id_number, action="append", default=[], metavar="ID",
            help="an acceptable provider; repeat for several; none means any"),
        arg("--from", dest="from_date", required=True, metavar="DATE"),
        arg("--until", required=True, metavar="DATE"), WEEKDAYS,
        arg("--between", metavar="HH:MM-HH:MM", help="or morning, afternoon, any (the default)"),
        arg("--urgent", action="store_true"), arg("--note"))),
    Command(("waitlist", "list"), "waitlist entries, best first", waitlist_list, (
        arg("--client", type=id_number, metavar="ID"),
        arg("--status", choices=[s.value for s in WishStatus]))),
    Command(("waitlist", "remove"), "take an entry off the waitlist", waitlist_remove, (ID,)),
    Command(("waitlist", "matches"), "entries that could take a free start, best first",
            waitlist_matches, (PROVIDER, START)),
    Command(("waitlist", "offer"), "hold a free start for a waitlisted client", waitlist_offer,
            (ID, PROVIDER, START)),
)
