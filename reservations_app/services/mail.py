"""The clinic's SMTP settings (shared by every desk through the database) and sending one
batch of messages with the stdlib's smtplib and email.message."""

from __future__ import annotations

import dataclasses
import datetime as dt
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import make_msgid

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.reminders import MailSettings, checked_settings
from reservations_app.services import audit, secrets
from reservations_app.store.db import fetch_values, transactional
from reservations_app.store.models import Setting

PREFIX = "mail_"
TIMEOUT_SECONDS = 30
_FIELDS = [field.name for field in dataclasses.fields(MailSettings)]


def load_settings() -> MailSettings:
    query = Setting.select(Setting.key, Setting.value).where(Setting.key.startswith(PREFIX))
    stored: dict[str, str] = dict(fetch_values(query))
    values: dict[str, object] = {}
    for name in _FIELDS:
        if PREFIX + name in stored:
            text = stored[PREFIX + name]
            values[name] = int(text) if name == "port" else text
    return MailSettings(**values)  # type: ignore[arg-type]


@audit.denials_audited
@transactional
def save_settings(actor: Actor, settings: MailSettings, now: dt.datetime,
                  password: str | None = None) -> MailSettings:
    """Store the SMTP settings and template for every desk; the password goes to the keyring."""
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned = checked_settings(settings)
    before = load_settings()
    for name in _FIELDS:
        value = str(getattr(cleaned, name))
        Setting.insert(key=PREFIX + name, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}).execute()
    if password:
        secrets.set_password("smtp", cleaned.user, cleaned.host, password)
    audit.record(actor, now, "settings.mail", "setting", None, before, cleaned)
    return cleaned


def message(settings: MailSettings, to: str, subject: str, body: str,
            attachment: bytes | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = settings.sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    mail.set_content(body)
    if attachment is not None:
        mail.add_attachment(attachment, maintype="text", subtype="calendar",
                            filename="visit.ics", params={"method": "PUBLISH"})
    return mail


@contextmanager
def connection(settings: MailSettings) -> Iterator[smtplib.SMTP]:
    """One SMTP session, secured and signed in as the settings say; errors as SendFailed."""
    if not settings.configured:
        raise InvalidInput("Email is not set up: enter the mail server and sender address "
                           "(reminders configure, or Settings > Email reminders).")
    try:
        server = _open(settings)
    except (OSError, smtplib.SMTPException) as exc:
        raise SendFailed(describe(exc)) from exc
    try:
        yield server
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            server.close()


def _open(settings: MailSettings) -> smtplib.SMTP:
    context = ssl.create_default_context()
    server: smtplib.SMTP
    if settings.security == "ssl":
        server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_SECONDS,
                                  context=context)
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        if settings.security == "starttls":
            server.starttls(context=context)
    if settings.user:
        password = secrets.get_password("smtp", settings.user, settings.host)
        if password is None:
            server.close()
            raise SendFailed(f"no password for {settings.user}: save it in Settings > Email "
                             f"reminders or set {secrets.ENVIRONMENT['smtp']}")
        server.login(settings.user, password)
    return server


class SendFailed(Exception):
    """A message, or the whole session, was refused; the text is fit to show the desk."""


def describe(exc: BaseException) -> str:
    """What went wrong, in the server's own words where it gave any."""
    if isinstance(exc, SendFailed):
        return str(exc)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()))
        return _reply(code, text)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, socket.timeout | TimeoutError):
        return "the mail server did not answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return "the mail server refused the connection"
    if isinstance(exc, OSError):
        return f"cannot reach the mail server ({exc.strerror or exc})"
    return str(exc) or type(exc).__name__


def _reply(code: int, text: bytes | str) -> str:
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    words = said.split(maxsplit=1)
    # "5.1.1 mailbox unknown": the enhanced status code means little to a receptionist.
    if len(words) == 2 and words[0][:1].isdigit() and "." in words[0]:
        said = words[1]
    return f"{said.strip()} ({code})"


def send(server: smtplib.SMTP, mail: EmailMessage) -> None:
    try:
        server.send_message(mail)
    except (OSError, smtplib.SMTPException) as exc:
        raise SendFailed(describe(exc)) from exc
