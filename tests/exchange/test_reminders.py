"""Email reminders against a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from icalendar import Calendar

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.reminders import MailSettings, ReminderStatus
from reservations_app.domain.slots import parse_block
from reservations_app.services import audit, booking, ics, mail, people, reminders, schedule
from reservations_app.services.settings import set_value
from reservations_app.store.db import Target
from reservations_app.store.models import ReminderRow
from tests.exchange.smtp_server import Mailbox, free_port, smtp_server

# The sign-in test's server takes a password without TLS, on loopback only.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
TOMORROW = dt.date(2026, 11, 25)  # the `now` fixture is 2026-11-24 09:00 UTC


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox(unknown={"gone@mail.example"})


@pytest.fixture
def port(mailbox: Mailbox) -> Iterator[int]:
    with smtp_server(mailbox) as found:
        yield found


def configure(admin: Actor, now: dt.datetime, port: int) -> None:
    mail.save_settings(admin, MailSettings(host="127.0.0.1", port=port, security="none",
                                           sender="desk@clinic.example"), now)
    set_value(admin, "reminders_enabled", "1", now)


def book_visits(admin: Actor, now: dt.datetime, emails: list[str | None],
                day: dt.date = TOMORROW) -> list[int]:
    """Confirmed visits on `day` from 08:00 UTC, one per client; booked two days earlier."""
    earlier = now - dt.timedelta(days=2)
    ada = people.add_provider(admin, "Dr Ada", "ada@clinic.example", "UTC", earlier)
    schedule.add_availability(admin, ada.id, day, [parse_block("08:00-20:00")], earlier)
    ids = []
    for n, email in enumerate(emails):
        client = people.add_client(admin, f"Client {n}", earlier, email, f"555 010 {1000 + n}")
        start = dt.datetime.combine(day, dt.time(8), dt.UTC) + dt.timedelta(minutes=15 * n)
        held = booking.hold(admin, client.id, ada.id, start, earlier)
        ids.append(booking.confirm(admin, held.id, earlier).id)
    return ids


def test_due_reminders_are_sent_once_with_the_visit_attached(db: Target, admin, now, port,
                                                             mailbox):
    configure(admin, now, port)
    ids = book_visits(admin, now, ["ann@mail.example", None, "bob@mail.example"])
    assert reminders.send_due(admin, now, dry_run=True) == reminders.SendSummary(2, 0, [])
    assert mailbox.received == []
    summary = reminders.send_due(admin, now)
    assert summary == reminders.SendSummary(2, 2, [])
    assert mailbox.recipients() == ["ann@mail.example", "bob@mail.example"]
    first = next(m for m in mailbox.received if m["To"] == "ann@mail.example")
    assert first["Subject"] == "Reminder: visit with Dr Ada on Wednesday 25 November 2026 " \
        "at 08:00"
    (attachment,) = list(first.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    (event,) = Calendar.from_ical(attachment.get_content()).walk("VEVENT")
    assert str(event["uid"]) == ics.uid_of(ids[0])
    assert reminders.send_due(admin, now + dt.timedelta(minutes=1)).sent == 0  # never twice
    assert len(mailbox.received) == 2
    sent = audit.list_entries(admin, action="reminder.sent")
    assert sorted(e.entity_id for e in sent) == [ids[0], ids[2]]
    assert reminders.status(admin, now) == ReminderStatus(True, 2, 2, 0, None)


def test_only_visits_inside_the_window_and_only_when_switched_on(db, admin, now, port, mailbox):
    mail.save_settings(admin, MailSettings(host="127.0.0.1", port=port, security="none",
                                           sender="desk@clinic.example"), now)
    book_visits(admin, now, ["ann@mail.example"], day=dt.date(2026, 11, 27))
    with pytest.raises(InvalidInput, match="reminders are off"):
        reminders.send_due(admin, now)
    set_value(admin, "reminders_enabled", "1", now)
    assert reminders.send_due(admin, now).due == 0
    set_value(admin, "reminder_hours", "96", now)
    assert reminders.send_due(admin, now) == reminders.SendSummary(1, 1, [])


def test_a_refused_mailbox_is_recorded_shown_and_retried_later(db, admin, now, port, mailbox):
    configure(admin, now, port)
    gone, ann = book_visits(admin, now, ["gone@mail.example", "ann@mail.example"])
    summary = reminders.send_due(admin, now)
    assert summary.sent == 1 and summary.failed == [(gone, "mailbox unknown (550)")]
    status = reminders.status(admin, now)
    assert status.summary() == "2 reminders due, 1 sent, 1 failed (mailbox unknown (550))"
    row = ReminderRow.get(ReminderRow.reservation == gone)
    assert row.attempts == 1 and row.sent_at is None
    assert reminders.send_due(admin, now + dt.timedelta(minutes=5)).due == 0  # not yet
    mailbox.unknown.clear()
    later = now + dt.timedelta(minutes=16)
    assert reminders.send_due(admin, later) == reminders.SendSummary(1, 1, [])
    assert mailbox.recipients() == ["ann@mail.example", "gone@mail.example"]
    assert [e.action for e in audit.list_entries(admin, entity="reservation", entity_id=gone)
            if e.action.startswith("reminder")] == ["reminder.sent", "reminder.failed"]
    assert ann > 0


def test_a_server_that_is_not_there_fails_every_reminder_and_loses_none(db, admin, now):
    configure(admin, now, free_port())
    ids = book_visits(admin, now, ["ann@mail.example", "bob@mail.example"])
    summary = reminders.send_due(admin, now)
    assert summary.sent == 0
    assert [rid for rid, _ in summary.failed] == ids
    assert all("refused the connection" in reason for _, reason in summary.failed)
    assert reminders.status(admin, now).failed == 2


def test_an_interrupted_send_is_reported_and_not_sent_again(db, admin, now, port, mailbox):
    configure(admin, now, port)
    (rid,) = book_visits(admin, now, ["ann@mail.example"])
    assert reminders.claim(rid, "a desk that then crashed", now)
    assert reminders.send_due(admin, now + dt.timedelta(minutes=1)).sent == 0
    later = now + dt.timedelta(minutes=11)
    assert reminders.send_due(admin, later).sent == 0
    assert mailbox.received == []
    assert reminders.status(admin, later).reason == reminders.INTERRUPTED


def test_a_cancelled_visit_gets_no_reminder(db, admin, now, port, mailbox):
    configure(admin, now, port)
    (rid,) = book_visits(admin, now, ["ann@mail.example"])
    booking.cancel(admin, rid, now - dt.timedelta(days=1), "moved away")
    assert not reminders.claim(rid, "desk", now)
    assert reminders.send_due(admin, now).due == 0


def test_settings_and_templates_are_checked(db, admin, now):
    with pytest.raises(InvalidInput, match="unknown placeholder"):
        mail.save_settings(admin, MailSettings(host="h", sender="a@b.c", body="Hi $name"), now)
    with pytest.raises(InvalidInput, match="not a server name"):
        mail.save_settings(admin, MailSettings(host="smtp://x", sender="a@b.c"), now)
    saved = mail.save_settings(admin, MailSettings(host=" smtp.clinic.example ", port=465,
                                                   security="ssl", sender="desk@clinic.example",
                                                   subject="Visit on $date"), now)
    assert mail.load_settings() == saved and saved.host == "smtp.clinic.example"


def test_signing_in_with_the_password_from_the_environment(db, admin, now, monkeypatch):
    box = Mailbox()
    with smtp_server(box, password="s3cret") as port:
        mail.save_settings(admin, MailSettings(host="127.0.0.1", port=port, security="none",
                                               user="desk", sender="desk@clinic.example"), now)
        set_value(admin, "reminders_enabled", "1", now)
        book_visits(admin, now, ["ann@mail.example", "bob@mail.example"])
        monkeypatch.setenv("RESERVATIONS_SMTP_PASSWORD", "wrong")
        refused = reminders.send_due(admin, now)
        assert refused.sent == 0 and "(535)" in refused.failed[0][1]
        monkeypatch.setenv("RESERVATIONS_SMTP_PASSWORD", "s3cret")
        assert reminders.send_due(admin, now + dt.timedelta(hours=1)).sent == 2
    assert box.recipients() == ["ann@mail.example", "bob@mail.example"]
