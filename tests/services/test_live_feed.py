"""The change feed without any GUI: another process's change arrives, as areas of the app."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.services import live
from reservations_app.store import connect as store_connect
from tests.helpers.clinic import make_clinic
from tests.helpers.peer import run_peer
from tests.pg_server import PostgresServer


def _poll_until(feed: live.ChangeFeed, seconds: float) -> set[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = feed.poll()
        if found:
            return set(found.areas)
        time.sleep(0.05)
    return set()


def test_a_hold_at_another_desk_arrives_as_bookings(db: store_connect.Target, admin: Actor,
                                                    now: dt.datetime) -> None:
    clinic = make_clinic(admin, now)
    feed = live.open_feed(db)
    try:
        assert not feed.poll()
        run_peer(db.url, now, "hold", clinic.client_ids[0], clinic.provider_id,
                 clinic.slots[3].start.isoformat())
        assert _poll_until(feed, 20.0) == {live.BOOKINGS}
        assert not feed.poll()  # each change is reported once
    finally:
        feed.close()


def test_availability_at_another_desk_arrives_as_schedule(db: store_connect.Target, admin: Actor,
                                                          now: dt.datetime) -> None:
    clinic = make_clinic(admin, now)
    feed = live.open_feed(db)
    try:
        run_peer(db.url, now, "availability", clinic.provider_id, "2026-12-02", "09:00-10:00")
        assert _poll_until(feed, 20.0) == {live.SCHEDULE}
    finally:
        feed.close()


@pytest.mark.parametrize(("action", "areas"), [
    ("reservation.expire", {"bookings"}),
    ("availability.repeat", {"schedule"}),
    ("client.update", {"people"}),
    ("settings.set", {"settings", "schedule", "bookings"}),
    ("login.ok", set()),
    ("access.denied", set()),
    ("database.backup", set()),
    ("database.restore", {"bookings", "schedule", "people", "settings"}),
    ("something.new", {"bookings", "schedule", "people", "settings"}),
])
def test_actions_map_to_areas(action: str, areas: set[str]) -> None:
    assert live.areas_of(action) == areas


@pytest.mark.backends("postgresql")
def test_a_dropped_listener_says_so(db: store_connect.Target,
                                    postgres_server: PostgresServer) -> None:
    feed = live.open_feed(db)
    try:
        with postgres_server.connect() as admin_connection:
            admin_connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'reservations-listener' AND datname = %s",
                (db.url.rsplit("/", 1)[1],))
        with pytest.raises(DatabaseUnusable, match="Lost the connection"):
            _poll_until(feed, 20.0)
    finally:
        feed.close()
