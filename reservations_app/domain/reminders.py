"""Email reminders: the SMTP settings' rules, the editable message template, when to retry."""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.exchange import ExportedBooking
from reservations_app.domain.people import unsafe_character
from reservations_app.domain.timezones import zone

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
MAX_ATTEMPTS = 5
FIRST_RETRY = dt.timedelta(minutes=15)
# A claim older than this with no result: the app stopped while sending. It is reported, not
# sent again, since the message may already have gone out.
CLAIM_TIMEOUT = dt.timedelta(minutes=10)
MAX_SUBJECT = 200
MAX_BODY = 20_000

DEFAULT_SUBJECT = "Reminder: $visit_type with $provider on $date at $time"
DEFAULT_BODY = """Hello $client_name,

this is a reminder of your $visit_type with $provider on $date at $time ($timezone).

If you cannot come, please call us as soon as possible so that someone else can have the time.
The attached calendar file adds the visit to your calendar.
"""
PLACEHOLDERS = ("client_name", "provider", "visit_type", "date", "time", "timezone")


@dataclass(frozen=True)
class MailSettings:
    """The clinic's own SMTP server; the password is kept in the OS keyring, not here."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    subject: str = DEFAULT_SUBJECT
    body: str = DEFAULT_BODY

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)


def checked_settings(settings: MailSettings) -> MailSettings:
    """`settings` cleaned, or InvalidInput naming the first value that cannot work."""
    host = settings.host.strip()
    if any(ch.isspace() or ch in "/@" for ch in host) or unsafe_character(host):
        raise InvalidInput(f"'{settings.host}' is not a server name like smtp.example.org.")
    if settings.security not in SECURITY:
        raise InvalidInput(f"Security must be one of {', '.join(SECURITY)}.")
    if not 1 <= settings.port <= 65535:
        raise InvalidInput(f"{settings.port} is not a port number (1-65535).")
    sender = settings.sender.strip()
    if sender and ("@" not in sender or any(ch.isspace() for ch in sender)):
        raise InvalidInput(f"'{settings.sender}' is not a sender address like "
                           "desk@clinic.example.")
    check_template(settings.subject, "subject")
    check_template(settings.body, "message")
    if unsafe_character(settings.subject.strip()):  # a line break or another control
        raise InvalidInput("The subject must be one line.")
    _check_lengths(settings)
    return MailSettings(host, settings.port, settings.security, settings.user.strip(), sender,
                        settings.subject.strip(), settings.body)


def _check_lengths(settings: MailSettings) -> None:
    """A subject is one header line and a reminder a short note: a file pasted by mistake is
    refused here rather than stored for every desk and mailed to every client."""
    if len(settings.subject.strip()) > MAX_SUBJECT:
        raise InvalidInput(f"The subject is longer than {MAX_SUBJECT} characters.")
    if len(settings.body) > MAX_BODY:
        raise InvalidInput(f"The message is longer than {MAX_BODY} characters.")


def check_template(text: str, what: str) -> None:
    template = string.Template(text)
    if not template.is_valid():
        raise InvalidInput(f"The {what} has a '$' that is not a placeholder: write $$ for a "
                           "dollar sign.")
    unknown = sorted(set(template.get_identifiers()) - set(PLACEHOLDERS))
    if unknown:
        raise InvalidInput(f"The {what} uses unknown placeholder(s) {', '.join(unknown)}; "
                           f"known: {', '.join('$' + p for p in PLACEHOLDERS)}.")


def fields_of(item: ExportedBooking) -> dict[str, str]:
    start = item.start.astimezone(zone(item.provider_timezone))
    return {"client_name": item.client_name, "provider": item.provider_name,
            "visit_type": item.visit_type or "visit",
            "date": f"{start:%A} {start.day} {start:%B %Y}", "time": f"{start:%H:%M}",
            "timezone": item.provider_timezone}


def render(settings: MailSettings, item: ExportedBooking) -> tuple[str, str]:
    """The reminder's subject and body for one booking."""
    fields = fields_of(item)
    return (string.Template(settings.subject).substitute(fields),
            string.Template(settings.body).substitute(fields))


def next_attempt(attempts: int, now: dt.datetime) -> dt.datetime | None:
    """When to try again after `attempts` failures: 15 min, 30, 60, ...; None once given up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return now + FIRST_RETRY * 2 ** (attempts - 1)


@dataclass(frozen=True)
class ReminderStatus:
    """What the desk sees: "12 reminders due, 11 sent, 1 failed (mailbox unknown)"."""

    enabled: bool
    due: int
    sent: int
    failed: int
    reason: str | None = None

    def summary(self) -> str:
        if not self.enabled:
            return "Email reminders are off."
        text = f"{self.due} reminder{'s' if self.due != 1 else ''} due, {self.sent} sent"
        if self.failed:
            text += f", {self.failed} failed" + (f" ({self.reason})" if self.reason else "")
        return text
