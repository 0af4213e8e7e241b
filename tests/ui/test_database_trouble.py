"""Database trouble is shown, not suffered: with the SQLite file locked by another program, or
the PostgreSQL server stopped, the window keeps running, says so, turns writing off, keeps what
is on screen and what was typed, and finishes the work by itself once the database answers."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role, Status
from reservations_app.services import booking
from reservations_app.store.db import Target
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.pg_server import PostgresServer
from tests.ui.conftest import Clinic, FakeClock, settle

WAIT_MS = 30_000
SLOT = dt.datetime(2026, 12, 1, 14, tzinfo=dt.UTC)  # Maya's 09:00 in New York


@pytest.fixture
def window(qtbot: QtBot, db: Target, clock: FakeClock, clinic: Clinic) -> Iterator[MainWindow]:
    main = MainWindow(Session(Actor("front", Role.FRONT_DESK, "front-pc"), db, clock=clock))
    main.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, main.session)
    yield main


@contextmanager
def locked_by_another_program(target: Target) -> Iterator[None]:
    other = sqlite3.connect(str(target.path), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


class Heartbeat:
    """Counts event-loop turns: if the GUI thread were blocked, it would stop counting."""

    def __init__(self) -> None:
        self.beats = 0
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        self.beats += 1


def _choose(window: MainWindow, clinic: Clinic) -> None:
    tab = window.booking_tab
    tab.finder.select_client(clinic.ann)
    assert tab.picker.select_slot(clinic.maya.id, SLOT)


def _trouble_shown(qtbot: QtBot, window: MainWindow, starts: str) -> None:
    qtbot.waitUntil(lambda: window.trouble_banner.isVisible()
                    and window.trouble_banner.text().startswith(starts), timeout=WAIT_MS)


def _writing_is_off(window: MainWindow) -> bool:
    tab = window.booking_tab
    return not tab.hold_action.isEnabled() and not tab.new_client_action.isEnabled()


@pytest.mark.backends("sqlite")
def test_a_locked_file_is_waited_for_with_the_window_running(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, db: Target) -> None:
    tab = window.booking_tab
    listed_before = tab.reservations.model.rowCount()
    _choose(window, clinic)
    with locked_by_another_program(db):
        heartbeat = Heartbeat()
        tab.hold_selected_slot()
        _trouble_shown(qtbot, window, "Waiting for the database")
        assert _writing_is_off(window)
        qtbot.keyClicks(tab.reservations.search_edit, "Ann")  # typing goes on meanwhile
        beats = heartbeat.beats
        qtbot.wait(500)
        assert heartbeat.beats > beats  # the event loop kept turning
        assert tab.current_booking() is None  # nothing half-done is shown
        assert tab.reservations.model.rowCount() == listed_before  # what was shown stays
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.trouble_banner.isVisible(), timeout=WAIT_MS)
    assert tab.current_booking().reservation.status is Status.PENDING
    assert tab.new_client_action.isEnabled()
    assert tab.reservations.search_edit.text() == "Ann"  # nothing typed was lost


@pytest.mark.backends("postgresql")
def test_a_stopped_server_is_shown_and_the_hold_finishes_when_it_resumes(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, admin: Actor,
        postgres_server: PostgresServer) -> None:
    tab = window.booking_tab
    _choose(window, clinic)
    with postgres_server.frozen():
        heartbeat = Heartbeat()
        tab.hold_selected_slot()
        _trouble_shown(qtbot, window, "Waiting for the database")
        assert _writing_is_off(window)
        _trouble_shown(qtbot, window, "Cannot reach the database server; retrying")
        qtbot.keyClicks(tab.reservations.search_edit, "Ann")  # typing goes on meanwhile
        beats = heartbeat.beats
        qtbot.wait(500)
        assert heartbeat.beats > beats
        assert tab.current_booking() is None
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.trouble_banner.isVisible(), timeout=WAIT_MS)
    held = tab.current_booking()
    assert booking.get_booking(admin, held.reservation.id).reservation.status is Status.PENDING
    assert tab.new_client_action.isEnabled()
    assert tab.reservations.search_edit.text() == "Ann"  # nothing typed was lost
