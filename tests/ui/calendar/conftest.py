"""A signed-in session on a fresh database with a fake clock, and a provider to edit."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Provider
from reservations_app.services import people
from reservations_app.store.connect import Target
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.session import Session
from tests.ui.conftest import settle

# The Tuesday a week after the conftest's `now`: far enough ahead for the 24 h notice.
DAY = dt.date(2026, 12, 1)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def session(db: Target, admin: Actor, clock: FakeClock) -> Session:
    return Session(admin, db, clock=clock)


@pytest.fixture
def provider(db: Target, admin: Actor, now: dt.datetime) -> Provider:
    return people.add_provider(admin, "Dr. Ann Lee", "ann@clinic.example", "America/New_York",
                               now, "#3b82f6")


@pytest.fixture
def tab(qtbot, session: Session, provider: Provider) -> CalendarTab:  # type: ignore[no-untyped-def]
    widget = CalendarTab(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_date(DAY)
    settle(qtbot, session)
    return widget
