"""The CLI's data-in-and-out commands: exports, calendar feeds, imports, reminders, reports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reservations_app.cli import render
from reservations_app.cli.arg_types import id_number
from reservations_app.cli.commands import PROVIDER, Command, Context, arg, known
from reservations_app.cli.input_files import given_path, read_limited, stdin_line
from reservations_app.domain.client_import import MAX_BYTES as MAX_IMPORT_BYTES
from reservations_app.domain.errors import InvalidInput, NotFound
from reservations_app.domain.reminders import DEFAULT_PORTS, MAX_BODY, SECURITY, MailSettings
from reservations_app.domain.timezones import parse_date
from reservations_app.services import (
    caldav_publish,
    client_import,
    exchange,
    ics,
    mail,
    reminders,
    reports,
)

# UTF-8 takes at most 4 bytes a character: more than this cannot be a template the rule allows.
MAX_TEMPLATE_BYTES = 4 * MAX_BODY
RANGE = (arg("--from", dest="from_date", required=True, metavar="DATE"),
         arg("--until", required=True, metavar="DATE"))


def ics_export(ctx: Context, a: argparse.Namespace) -> Any:
    output = Path(given_path(a.output, "output file")) if a.output is not None else None
    data, count = ics.export_provider(ctx.actor, a.provider, parse_date(a.from_date),
                                      parse_date(a.until), ctx.now, full_names=a.full_names,
                                      path=output)
    if output is not None:
        return {"provider_id": a.provider, "events": count, "output": str(output)}
    text = data.decode("utf-8")
    return {"provider_id": a.provider, "events": count, "ics": text} \
        if getattr(a, "json", False) else render.Document(text.rstrip("\r\n"))


def client_export(ctx: Context, a: argparse.Namespace) -> Any:
    path = Path(given_path(a.file, "output file"))
    return {"clients": exchange.export_clients(ctx.actor, path), "output": a.file}


def client_import_cmd(ctx: Context, a: argparse.Namespace) -> Any:
    data = read_limited(a.file, "CSV file", MAX_IMPORT_BYTES)
    report = client_import.import_clients(ctx.actor, data, ctx.now, overrides=a.map or (),
                                          dry_run=a.dry_run, source=Path(a.file).name)
    return {"added": report.added,
            "duplicates": [{"line": r.line, "name": r.name, "existing_id": r.existing_id,
                            "reason": r.reason} for r in report.of(client_import.DUPLICATE)],
            "invalid": [{"line": r.line, "name": r.name, "reason": r.reason}
                        for r in report.of(client_import.INVALID)]}


def reservation_export(ctx: Context, a: argparse.Namespace) -> Any:
    path = Path(given_path(a.file, "output file"))
    known(ctx, provider=a.provider)  # not an empty file, read as "nothing booked"
    count = exchange.export_bookings(ctx.actor, path, parse_date(a.from_date),
                                     parse_date(a.until), ctx.now, a.provider)
    return {"reservations": count, "output": a.file}


def reminders_send(ctx: Context, a: argparse.Namespace) -> Any:
    summary = reminders.send_due(ctx.actor, ctx.now, dry_run=a.dry_run)
    return {"due": summary.due, "sent": summary.sent,
            "failed": [{"reservation_id": rid, "error": error} for rid, error in summary.failed]}


def reminders_status(ctx: Context, a: argparse.Namespace) -> Any:
    found = reminders.status(ctx.actor, ctx.now)
    return {"enabled": found.enabled, "due": found.due, "sent": found.sent,
            "failed": found.failed, "reason": found.reason, "summary": found.summary()}


def reminders_configure(ctx: Context, a: argparse.Namespace) -> Any:
    current = mail.load_settings()
    security = a.security or current.security
    changes = {"host": a.host, "security": a.security, "user": a.smtp_user, "sender": a.sender,
               "subject": a.subject,
               "port": a.port or (DEFAULT_PORTS[security] if a.security else None),
               "body": _read_text(a.body_file) if a.body_file is not None else None}
    wanted = MailSettings(**{name: getattr(current, name) if value is None else value
                             for name, value in changes.items()})
    password = stdin_line() if a.password_stdin else None
    saved = mail.save_settings(ctx.actor, wanted, ctx.now, password)
    return {"host": saved.host, "port": saved.port, "security": saved.security,
            "user": saved.user, "sender": saved.sender, "subject": saved.subject}


def _read_text(path: str) -> str:
    data = read_limited(path, "message template", MAX_TEMPLATE_BYTES)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"Cannot read the message template {path}: {exc}") from exc


def reminders_preview(ctx: Context, a: argparse.Namespace) -> Any:
    found = exchange.bookings_by_ids([a.id])
    if not found:
        raise NotFound(f"There is no reservation with id {a.id}.")
    subject, body = reminders.preview(ctx.actor, mail.load_settings(), found[0])
    return {"to": found[0].client_email, "subject": subject, "body": body}


def caldav_configure(ctx: Context, a: argparse.Namespace) -> Any:
    password = stdin_line() if a.password_stdin else None
    caldav_publish.configure(ctx.actor, a.provider, a.url, a.caldav_user, ctx.now, password)
    return {"provider_id": a.provider, "url": caldav_publish.check_url(a.url),
            "user": a.caldav_user}


def caldav_publish_cmd(ctx: Context, a: argparse.Namespace) -> Any:
    ids = [a.provider] if a.provider is not None else caldav_publish.configured_providers()
    done = [caldav_publish.publish(ctx.actor, provider_id, ctx.now) for provider_id in ids]
    return [{"provider_id": s.provider_id, "saved": s.saved, "unchanged": s.unchanged,
             "deleted": s.deleted} for s in done]


REPORT_KINDS = ("utilisation", "no-shows", "types", "new-clients")


def report_rows(ctx: Context, kind: str, a: argparse.Namespace) -> list[dict[str, Any]]:
    first, last = parse_date(a.from_date), parse_date(a.until)
    known(ctx, provider=getattr(a, "provider", None))
    if kind == "utilisation":
        return [{"provider_id": r.provider_id, "provider": r.provider,
                 "period": r.period.isoformat(), "booked_hours": r.booked_hours,
                 "available_hours": r.available_hours, "utilisation": r.utilisation}
                for r in reports.utilisation(ctx.actor, first, last, provider_id=a.provider,
                                             period=a.period)]
    if kind == "no-shows":
        return [{"provider_id": r.provider_id, "provider": r.provider,
                 "period": r.period.isoformat(), "booked": r.booked, "no_shows": r.no_shows,
                 "no_show_rate": r.no_show_rate, "cancellations": r.cancellations,
                 "late_cancellations": r.late_cancellations,
                 "late_cancellation_rate": r.late_cancellation_rate}
                for r in reports.no_shows(ctx.actor, first, last, provider_id=a.provider,
                                          period=a.period)]
    if kind == "types":
        return [{"type": r.visit_type, "visits": r.visits, "hours": r.hours}
                for r in reports.visit_types(ctx.actor, first, last, provider_id=a.provider)]
    return [{"period": r.period.isoformat(), "clients": r.clients}
            for r in reports.new_clients(ctx.actor, first, last, period=a.period)]


def report_cmd(ctx: Context, a: argparse.Namespace) -> Any:
    rows = report_rows(ctx, a.kind, a)
    if a.csv is None:
        return rows
    header = list(rows[0]) if rows else [a.kind]
    exchange.write_atomically(Path(given_path(a.csv, "CSV file")), exchange.csv_lines(
        header, [["" if row[key] is None else row[key] for key in header] for row in rows]))
    return {"rows": len(rows), "output": a.csv}


DATA_COMMANDS = (
    Command(("ics",), "a provider's bookings as an iCalendar file", ics_export, (
        PROVIDER, *RANGE,
        arg("--full-names", action="store_true",
            help="show clients' full names and notes (default: initials and visit type)"),
        arg("--output", metavar="FILE", help="write to FILE instead of printing"))),
    Command(("client", "import"), "add clients from a CSV file (try --dry-run first)",
            client_import_cmd, (
                arg("file"),
                arg("--map", action="append", metavar="COLUMN=FIELD",
                    help="which field a column holds (name, first_name, last_name, email, "
                         "phone, birth_date, note, or ignore); by header or column number"),
                arg("--dry-run", action="store_true",
                    help="report row by row what would happen; change nothing"))),
    Command(("client", "export"), "write every client to a CSV file", client_export, (
        arg("file"),)),
    Command(("reservation", "export"), "write the bookings of a date range to a CSV file",
            reservation_export, (arg("file"), *RANGE,
                                 arg("--provider", type=id_number, metavar="ID"))),
    Command(("reminders", "send"), "email the reminders that are due now", reminders_send, (
        arg("--dry-run", action="store_true", help="count what is due, send nothing"),)),
    Command(("reminders", "status"), "reminders of the coming window: due, sent, failed",
            reminders_status),
    Command(("reminders", "configure"), "the clinic's mail server and reminder template",
            reminders_configure, (
                arg("--host"), arg("--port", type=id_number), arg("--security", choices=SECURITY),
                arg("--smtp-user", metavar="NAME", help="the mail server account"),
                arg("--sender", metavar="ADDRESS"), arg("--subject"),
                arg("--body-file", metavar="FILE", help="the message template, UTF-8 text"),
                arg("--password-stdin", action="store_true",
                    help="read the password from stdin into the OS keyring"))),
    Command(("caldav", "configure"), "publish a provider's bookings to a CalDAV calendar",
            caldav_configure, (
                PROVIDER, arg("--url", required=True, help="the calendar's own address"),
                arg("--caldav-user", required=True, metavar="NAME",
                    help="the calendar server account"),
                arg("--password-stdin", action="store_true",
                    help="read the password from stdin into the OS keyring"))),
    Command(("caldav", "publish"), "bring the CalDAV calendars up to date", caldav_publish_cmd, (
        arg("--provider", type=id_number, metavar="ID", help="only this provider"),)),
    Command(("report",), "utilisation, no-shows, visit types or new clients", report_cmd, (
        arg("kind", choices=REPORT_KINDS), *RANGE,
        arg("--provider", type=id_number, metavar="ID"),
        arg("--period", choices=("month", "week"), default="month"),
        arg("--csv", metavar="FILE", help="write the rows to a CSV file"))),
    Command(("reminders", "preview"), "the reminder a booking would get", reminders_preview, (
        arg("id", type=id_number),)),
)
