"""Two desks' windows send the due reminders at the same moment, against a real SMTP server
(aiosmtpd on loopback): each reminder goes out once, the refused one is shown as failed, and
another round sends nothing more."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.domain.reminders import MailSettings
from reservations_app.services import booking, mail
from reservations_app.services.settings import set_value
from reservations_app.store.connect import Target
from reservations_app.ui.data.reminder_sender import SEND_EVERY_MS
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.exchange.smtp_server import Mailbox, smtp_server
from tests.ui.conftest import DAY, Clinic, FakeClock

pytestmark = pytest.mark.backends("sqlite")

WITHIN_MS = 20_000
REFUSED_REASON = "mailbox unknown (550)"


def _window(qtbot: QtBot, db: Target, clock: FakeClock, name: str) -> MainWindow:
    window = MainWindow(Session(Actor(name, Role.FRONT_DESK, f"{name}-pc"), db, clock=clock))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.session.ops.is_idle, timeout=WITHIN_MS)
    return window


def _send_at_both(qtbot: QtBot, windows: list[MainWindow]) -> list[object]:
    answers: list[object] = []
    for window in windows:
        window.reminder_sender.sent.connect(answers.append)
    for window in windows:
        window.reminder_sender.send_now()
    qtbot.waitUntil(lambda: len(answers) == len(windows), timeout=WITHIN_MS)
    for window in windows:
        window.reminder_sender.sent.disconnect(answers.append)
    return answers


def test_two_desks_send_each_due_reminder_once(qtbot: QtBot, db: Target, clock: FakeClock,
                                               clinic: Clinic, admin: Actor) -> None:
    booked_at = clock.current
    for minute, client in ((0, clinic.ann), (15, clinic.bob)):
        start = dt.datetime.combine(DAY, dt.time(14, minute), dt.UTC)  # 09:00 in New York
        booking.confirm(admin, booking.hold(admin, client.id, clinic.maya.id, start,
                                            booked_at).id, booked_at)
    box = Mailbox(unknown={"bob@mail.example"}, delay=0.3)  # so that the desks overlap
    with smtp_server(box) as port:
        mail.save_settings(admin, MailSettings(host="127.0.0.1", port=port, security="none",
                                               sender="desk@clinic.example"), booked_at)
        set_value(admin, "reminders_enabled", "1", booked_at)
        clock.current = dt.datetime.combine(DAY, dt.time(0), dt.UTC)  # both visits within 24 h
        windows = [_window(qtbot, db, clock, "front"), _window(qtbot, db, clock, "back")]
        assert all(w.reminder_sender.timer.isActive() for w in windows)
        assert windows[0].reminder_sender.timer.interval() == SEND_EVERY_MS

        summaries = _send_at_both(qtbot, windows)
        assert box.recipients() == ["ann@mail.example"]  # once, though both desks sent
        assert sum(s.sent for s in summaries) == 1  # type: ignore[attr-defined]
        assert sum(len(s.failed) for s in summaries) == 1  # type: ignore[attr-defined]

        again = _send_at_both(qtbot, windows)  # the next round, minutes later
        assert [s.sent for s in again] == [0, 0]  # type: ignore[attr-defined]
        assert box.recipients() == ["ann@mail.example"]
    for window in windows:
        window.reminders_status.refresh()
        qtbot.waitUntil(lambda w=window: w.reminders_status.text() == (
            f"2 reminders due, 1 sent, 1 failed ({REFUSED_REASON})"), timeout=WITHIN_MS)
        assert not window.reminders_status.isHidden()


def test_reminders_off_send_nothing(qtbot: QtBot, db: Target, clock: FakeClock,
                                    clinic: Clinic, admin: Actor) -> None:
    window = _window(qtbot, db, clock, "front")
    with qtbot.waitSignal(window.reminder_sender.sent, timeout=WITHIN_MS) as done:
        window.reminder_sender.send_now()
    assert done.args == [None]
    assert window.reminders_status.isHidden()
