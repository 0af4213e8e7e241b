"""The status bar's reminders line, against a real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.reminders import MailSettings
from reservations_app.services import booking, mail, reminders
from reservations_app.services.settings import set_value
from reservations_app.ui.data.reminders_status import RemindersStatus
from tests.exchange.smtp_server import Mailbox, smtp_server
from tests.ui.conftest import DAY, changed_elsewhere, settle

pytestmark = pytest.mark.backends("sqlite")


def test_due_sent_and_failed_with_the_reason(qtbot, session, clinic, admin, clock):
    label = RemindersStatus(session)
    qtbot.addWidget(label)
    settle(qtbot, session)
    assert label.isHidden()  # off by default
    booked_at = clock.current
    for minute, client in ((0, clinic.ann), (15, clinic.bob)):
        start = dt.datetime.combine(DAY, dt.time(9, minute), dt.UTC) + dt.timedelta(hours=5)
        held = booking.hold(admin, client.id, clinic.maya.id, start, booked_at)
        booking.confirm(admin, held.id, booked_at)
    box = Mailbox(unknown={"bob@mail.example"})
    with smtp_server(box) as port:
        mail.save_settings(admin, MailSettings(host="127.0.0.1", port=port, security="none",
                                               sender="desk@clinic.example"), booked_at)
        set_value(admin, "reminders_enabled", "1", booked_at)
        changed_elsewhere(session, "settings")  # as the live feed tells the desk
        clock.current = dt.datetime.combine(DAY, dt.time(0), dt.UTC)
        label.refresh()
        settle(qtbot, session)
        assert not label.isHidden()
        assert label.text() == "2 reminders due, 0 sent"
        reminders.send_due(admin, clock.current)
    label.refresh()
    settle(qtbot, session)
    assert label.text() == "2 reminders due, 1 sent, 1 failed (mailbox unknown (550))"
    assert "b00020" in label.styleSheet()


def test_with_reminders_off_nothing_is_counted(qtbot, session):
    label = RemindersStatus(session)  # refreshes at once
    qtbot.addWidget(label)
    assert session.ops.is_idle()  # no query: the start's reads are the day's alone
    assert label.isHidden()
    assert label.text() == "Email reminders are off."
