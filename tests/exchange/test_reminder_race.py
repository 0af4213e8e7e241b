"""Two app instances (two CLI processes) send the same reminders at once: each goes out once."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from reservations_app.domain.access import Actor
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, people, schedule
from reservations_app.store.db import Target, close_database
from reservations_app.store.models import ReminderRow
from tests.exchange.smtp_server import Mailbox, smtp_server
from tests.exchange.test_reminders import configure

SCRIPT = Path(sys.executable).with_name("reservations-app")
VISITS = 12


def _book_soon(admin: Actor) -> list[str]:
    """Confirmed visits starting from about two hours from the real clock (the CLI's)."""
    real_now = dt.datetime.now(dt.UTC)
    earlier = real_now - dt.timedelta(days=2)
    first = (real_now + dt.timedelta(hours=2)).replace(second=0, microsecond=0)
    first += dt.timedelta(minutes=-first.minute % 15)
    ada = people.add_provider(admin, "Dr Ada", "ada@clinic.example", "UTC", earlier)
    for day in {first.date(), (first + dt.timedelta(hours=4)).date()}:
        schedule.add_availability(admin, ada.id, day, [parse_block("00:00-24:00")], earlier)
    emails = []
    for n in range(VISITS):
        email = f"client{n}@mail.example"
        client = people.add_client(admin, f"Client {n}", earlier, email, f"555 020 {1000 + n}")
        held = booking.hold(admin, client.id, ada.id, first + dt.timedelta(minutes=15 * n),
                            earlier)
        booking.confirm(admin, held.id, earlier)
        emails.append(email)
    return emails


def test_two_instances_racing_send_each_reminder_once(db: Target, db_url: str, admin: Actor):
    mailbox = Mailbox(delay=0.15)
    with smtp_server(mailbox) as port:
        configure(admin, dt.datetime.now(dt.UTC), port)
        emails = _book_soon(admin)
        close_database()
        command = [str(SCRIPT), "--db", db_url, "--json", "reminders", "send"]
        runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]
        results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in results]
    summaries = [json.loads(out) for out, _ in results]
    print("sent per instance:", [s["sent"] for s in summaries])
    assert sum(s["sent"] for s in summaries) == VISITS
    assert all(s["failed"] == [] for s in summaries)
    assert mailbox.recipients() == sorted(emails)  # every client once, nobody twice
    from reservations_app.store.db import open_database

    open_database(db_url)
    assert ReminderRow.select().where(ReminderRow.sent_at.is_null(False)).count() == VISITS
