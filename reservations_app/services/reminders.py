"""Email reminders before confirmed visits: which are due, claiming each in the database
before its message leaves (so no two desks and no restart send it twice), recording the
result on the booking, audited, and retrying failures later.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from peewee import JOIN, fn

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.exchange import ExportedBooking
from reservations_app.domain.reminders import (
    CLAIM_TIMEOUT,
    MAX_ATTEMPTS,
    MailSettings,
    ReminderStatus,
    next_attempt,
    render,
)
from reservations_app.services import audit
from reservations_app.services.settings import get_policy
from reservations_app.store.models import ClientRow, ReminderRow, ReservationRow, to_db
from reservations_app.store.transactions import fetch_values, transactional

if TYPE_CHECKING:  # the sending side (icalendar, smtplib, ssl) is imported when it sends, so
    # that a desk showing the reminders' status does not pay for it at start-up
    import smtplib
    from email.message import EmailMessage

INTERRUPTED = "the app stopped while sending, so it may have gone out; not sent again"


@dataclass(frozen=True)
class SendSummary:
    due: int
    sent: int
    failed: list[tuple[int, str]] = field(default_factory=list)  # (reservation id, reason)


def _in_window(now: dt.datetime, hours: int):  # type: ignore[no-untyped-def]
    """Confirmed visits with an email address starting within the next `hours`. The local
    date bound lets the (local_date, provider_id) index find them."""
    until = now + dt.timedelta(hours=hours)
    # `status || ''` keeps SQLite off the status index, which it would otherwise prefer: it
    # holds every confirmed visit of the clinic's history (0.3 s a count on a big clinic).
    return ((ReservationRow.status.concat("") == "confirmed")
            & (ReservationRow.start_at > to_db(now))
            & (ReservationRow.start_at <= to_db(until))
            & (ReservationRow.local_date >= (now - dt.timedelta(days=1)).date())
            & (ReservationRow.local_date <= (until + dt.timedelta(days=1)).date())
            & ClientRow.email.is_null(False))


def _window_query(now: dt.datetime, hours: int, *columns):  # type: ignore[no-untyped-def]
    return (ReservationRow.select(*columns)
            .join(ClientRow, on=(ClientRow.id == ReservationRow.client))
            .join(ReminderRow, JOIN.LEFT_OUTER,
                  on=(ReminderRow.reservation == ReservationRow.id))
            .where(_in_window(now, hours)))


def _sendable(now: dt.datetime):  # type: ignore[no-untyped-def]
    return ReminderRow.id.is_null() | (
        ReminderRow.sent_at.is_null() & ReminderRow.claimed_by.is_null()
        & (ReminderRow.attempts < MAX_ATTEMPTS)
        & (ReminderRow.next_attempt_at.is_null() | (ReminderRow.next_attempt_at <= to_db(now))))


def due_ids(now: dt.datetime, hours: int) -> list[int]:
    query = _window_query(now, hours, ReservationRow.id).where(_sendable(now)).order_by(
        ReservationRow.start_at, ReservationRow.id)
    return [row[0] for row in fetch_values(query)]


@transactional
def claim(reservation_id: int, token: str, now: dt.datetime) -> bool:
    """Take the reminder for this desk, or learn that another desk has (or had) it. The
    unique reservation_id makes the row, and the conditional update the claim, race-free."""
    ReminderRow.insert(reservation=reservation_id).on_conflict_ignore().execute()
    still_confirmed = fn.EXISTS(ReservationRow.select(ReservationRow.id).where(
        (ReservationRow.id == reservation_id) & (ReservationRow.status == "confirmed")))
    taken = ReminderRow.update(claimed_by=token, claimed_at=to_db(now)).where(
        (ReminderRow.reservation == reservation_id) & ReminderRow.sent_at.is_null()
        & ReminderRow.claimed_by.is_null() & (ReminderRow.attempts < MAX_ATTEMPTS)
        & (ReminderRow.next_attempt_at.is_null() | (ReminderRow.next_attempt_at <= to_db(now)))
        & still_confirmed).execute()
    return bool(taken == 1)


@transactional
def _finish(actor: Actor, reservation_id: int, token: str, now: dt.datetime, to: str,
            error: str | None) -> None:
    row = ReminderRow.get(ReminderRow.reservation == reservation_id)
    if row.claimed_by != token:  # not ours any more: never overwrite another desk's result
        return
    attempts = row.attempts + 1
    if error is None:
        ReminderRow.update(sent_at=to_db(now), sent_to=to, attempts=attempts, claimed_by=None,
                           last_error=None, next_attempt_at=None).where(
            ReminderRow.id == row.id).execute()
        audit.record(actor, now, "reminder.sent", "reservation", reservation_id, None,
                     {"to": to, "attempt": attempts})
        return
    retry = next_attempt(attempts, now)
    ReminderRow.update(attempts=attempts, claimed_by=None, last_error=error,
                       next_attempt_at=to_db(retry)).where(ReminderRow.id == row.id).execute()
    audit.record(actor, now, "reminder.failed", "reservation", reservation_id, None,
                 {"to": to, "attempt": attempts, "error": error,
                  "retry_at": retry.isoformat() if retry else None})


@transactional
def _give_up_interrupted(actor: Actor, now: dt.datetime) -> None:
    """Claims with no result long after they were made: the sending app stopped half-way."""
    stale = ReminderRow.select(ReminderRow.id, ReminderRow.reservation).where(
        ReminderRow.claimed_by.is_null(False) & ReminderRow.sent_at.is_null()
        & (ReminderRow.claimed_at < to_db(now - CLAIM_TIMEOUT)))
    for row_id, reservation_id in fetch_values(stale):
        ReminderRow.update(claimed_by=None, attempts=MAX_ATTEMPTS, last_error=INTERRUPTED,
                           next_attempt_at=None).where(ReminderRow.id == row_id).execute()
        audit.record(actor, now, "reminder.failed", "reservation", reservation_id, None,
                     {"error": INTERRUPTED})


def send_due(actor: Actor, now: dt.datetime, *, dry_run: bool = False) -> SendSummary:
    """Send every reminder due now; with `dry_run`, only count them."""
    from reservations_app.services import exchange, mail

    require(actor, Permission.MAINTAIN)
    policy, settings = get_policy(), mail.load_settings()
    if not dry_run and not policy.reminders_enabled:
        raise InvalidInput("Email reminders are off: turn them on with "
                           "'settings set reminders_enabled 1'.")
    if not dry_run:
        _give_up_interrupted(actor, now)
    ids = due_ids(now, policy.reminder_hours)
    if dry_run or not ids:
        return SendSummary(len(ids), 0, [])
    token = f"{actor.workstation[:30]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
    sent, failed = 0, []
    with _Session(settings) as session:
        # One at a time: claim, send, record. A claim is held only while its message is on
        # its way, and desks running together share the work instead of one taking it all.
        for reservation_id in ids:
            if not claim(reservation_id, token, now):
                continue  # another desk has it, or it was cancelled meanwhile
            (item,) = exchange.bookings_by_ids([reservation_id])
            error = session.deliver(partial(reminder_message, settings, item, now))
            _finish(actor, reservation_id, token, now, item.client_email or "", error)
            if error is None:
                sent += 1
            else:
                failed.append((reservation_id, error))
    return SendSummary(len(ids), sent, failed)


class _Session:
    """One SMTP session opened at the first message; if it cannot be opened, every message
    fails with that reason instead of trying the server again for each."""

    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings
        self.stack = ExitStack()
        self.server: smtplib.SMTP | None = None
        self.broken: str | None = None

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stack.close()

    def deliver(self, build: Callable[[], EmailMessage]) -> str | None:
        """None when the server took the message, else the reason it did not."""
        from reservations_app.services import mail

        if self.server is None and self.broken is None:
            try:
                self.server = self.stack.enter_context(mail.connection(self.settings))
            except (mail.SendFailed, InvalidInput) as exc:
                self.broken = str(exc)
        if self.server is None:
            return self.broken
        try:
            mail.send(self.server, build())
        except mail.SendFailed as exc:
            return str(exc)
        return None


def reminder_message(settings: MailSettings, item: ExportedBooking,
                     now: dt.datetime) -> EmailMessage:
    from reservations_app.services import ics, mail

    subject, body = render(settings, item)
    invitation = ics.calendar_of([ics.client_event(item, now)]).to_ical()
    return mail.message(settings, item.client_email or "", subject, body, invitation)


def preview(actor: Actor, settings: MailSettings, item: ExportedBooking) -> tuple[str, str]:
    """The subject and body `settings` would send for `item`, for the template editor."""
    require(actor, Permission.READ)
    return render(settings, item)


def status(actor: Actor, now: dt.datetime) -> ReminderStatus:
    """Reminders of the visits in the coming window: due, sent, failed and the latest reason."""
    require(actor, Permission.READ)
    policy = get_policy()
    hours = policy.reminder_hours
    failed_now = ReminderRow.sent_at.is_null() & (
        ReminderRow.last_error.is_null(False) | (
            ReminderRow.claimed_by.is_null(False)
            & (ReminderRow.claimed_at < to_db(now - CLAIM_TIMEOUT))))
    due = _window_query(now, hours, ReservationRow.id).count()
    sent = _window_query(now, hours, ReservationRow.id).where(
        ReminderRow.sent_at.is_null(False)).count()
    failed = _window_query(now, hours, ReservationRow.id).where(failed_now)
    reason = failed.select(ReminderRow.last_error).order_by(
        ReminderRow.claimed_at.desc()).scalar()
    return ReminderStatus(bool(policy.reminders_enabled), due, sent, failed.count(),
                          reason or (INTERRUPTED if failed.count() else None))
