"""LiveRefresh, without a main window: another desk's change refreshes this desk's views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.services import live
from reservations_app.services.changeset import BOOKINGS, SCHEDULE, Changes
from reservations_app.store import db as store_db
from reservations_app.ui.live import LiveRefresh
from reservations_app.ui.session import Session
from tests.helpers.clinic import make_clinic
from tests.helpers.peer import run_peer
from tests.pg_server import PostgresServer
from tests.ui.conftest import touching

WITHIN_MS = 20_000  # a generous wait for the outcome; the speed is benchmarks' business


@pytest.fixture
def session(db: store_db.Target, desk: Actor, now: dt.datetime) -> Iterator[Session]:
    session = Session(desk, db, clock=lambda: now)
    yield session
    session.close()


@pytest.fixture
def refresh(qtbot: QtBot, session: Session) -> Iterator[LiveRefresh]:
    watcher = LiveRefresh(session)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.is_connected, timeout=WITHIN_MS)
    yield watcher
    watcher.stop()


def test_a_hold_at_another_desk_refreshes_bookings(
        qtbot: QtBot, session: Session, refresh: LiveRefresh, admin: Actor,
        now: dt.datetime) -> None:
    clinic = make_clinic(admin, now)
    qtbot.wait(50)  # the setup above was this desk's own doing
    with qtbot.waitSignal(session.ops.changed, timeout=WITHIN_MS,
                          check_params_cb=touching(BOOKINGS)):
        run_peer(session.target.url, now, "hold", clinic.client_ids[0], clinic.provider_id,
                 clinic.slots[0].start.isoformat())


def test_availability_at_another_desk_refreshes_the_schedule_only(
        qtbot: QtBot, session: Session, refresh: LiveRefresh, admin: Actor,
        now: dt.datetime) -> None:
    clinic = make_clinic(admin, now)
    qtbot.wait(1_200)  # let this desk's own announcements pass (PostgreSQL echoes them)
    bookings: list[Changes] = []
    session.ops.changed.connect(lambda changes, _: bookings.append(changes)
                                if changes.touches(BOOKINGS) else None)
    with qtbot.waitSignal(session.ops.changed, timeout=WITHIN_MS,
                          check_params_cb=touching(SCHEDULE)):
        run_peer(session.target.url, now, "availability", clinic.provider_id, "2026-12-02",
                 "09:00-10:00")
    assert bookings == []


def test_a_burst_of_changes_is_not_a_refresh_per_change(qtbot: QtBot, session: Session,
                                                         refresh: LiveRefresh, admin: Actor,
                                                         now: dt.datetime) -> None:
    burst = 10
    clinic = make_clinic(admin, now, clients=burst)
    qtbot.wait(1_200)  # let this desk's own announcements pass (PostgreSQL echoes them)
    seen: list[Changes] = []
    session.ops.changed.connect(lambda changes, _: seen.append(changes)
                                if changes.touches(BOOKINGS) else None)
    holds = [str(value) for n in range(burst) for value in (
        clinic.client_ids[n], clinic.provider_id, clinic.slots[n].start.isoformat())]
    with qtbot.waitSignal(session.ops.changed, timeout=WITHIN_MS,
                          check_params_cb=touching(BOOKINGS)):
        run_peer(session.target.url, now, "hold", *holds)
    qtbot.wait(1_500)
    assert 1 <= len(seen) <= 2  # ten commits, one or two refreshes


@pytest.mark.backends("postgresql")
def test_a_dropped_connection_is_reported_and_restored(
        qtbot: QtBot, session: Session, refresh: LiveRefresh,
        postgres_server: PostgresServer) -> None:
    with qtbot.waitSignal(refresh.connection_lost, timeout=WITHIN_MS) as lost:
        with postgres_server.connect() as admin_connection:
            admin_connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'reservations-listener' AND datname = %s",
                (session.target.url.rsplit("/", 1)[1],))
    assert "Lost the connection" in lost.args[0]
    assert postgres_server.password not in lost.args[0]
    with qtbot.waitSignals([refresh.connection_restored, session.ops.changed],
                           timeout=WITHIN_MS):
        pass
    assert refresh.is_connected


class _FlakyOpener:
    """Refuses the first `failures` attempts, then opens the real feed."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, target: store_db.Target) -> live.ChangeFeed:
        self.calls += 1
        if self.calls <= self.failures:
            raise DatabaseUnusable("The server is not answering.")
        return live.open_feed(target)


@pytest.mark.backends("sqlite")
def test_a_feed_that_cannot_open_is_retried_and_reported_once(
        qtbot: QtBot, session: Session) -> None:
    opener = _FlakyOpener(failures=2)
    watcher = LiveRefresh(session, feed_opener=opener)
    lost: list[str] = []
    watcher.connection_lost.connect(lost.append)
    try:
        with qtbot.waitSignal(watcher.connection_restored, timeout=6_000):
            watcher.start()
        assert lost == ["The server is not answering."]
        assert opener.calls == 3 and watcher.is_connected
    finally:
        watcher.stop()
