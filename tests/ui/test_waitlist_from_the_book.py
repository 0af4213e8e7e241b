"""The waitlist's matches for the free time the desk chose (issue 14): the Booking tab says how
many waitlisted clients fit the free time under the appointment book's cursor (or the slot
chosen in the free-slot list), live across desks; Show brings the waitlist panel forward with
them, it follows the cursor while open, and Offer holds the time for the chosen client."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Status
from reservations_app.services import visit_types, waitlist
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, Clinic, changed_elsewhere, settle
from tests.ui.test_series_and_waitlist_gui import keep_picture

NY = ZoneInfo("America/New_York")
WAIT_MS = 20_000


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), NY).astimezone(dt.UTC)


@pytest.fixture
def physio(clinic: Clinic, admin: Actor, now: dt.datetime) -> int:
    return visit_types.add_type(admin, "Physio", 30, now).id


@pytest.fixture
def window(qtbot: QtBot, session: Session, physio: int) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    qtbot.waitExposed(main)
    main.booking_tab.picker.set_day(DAY)
    settle(qtbot, session)
    return main


def _hint_says(qtbot: QtBot, window: MainWindow, text: str) -> None:
    hint = window.booking_tab.waitlist_hint
    qtbot.waitUntil(lambda: hint.isVisible() and text in hint.label.text(), timeout=WAIT_MS)


def test_the_book_counts_the_waitlist_for_its_free_time_and_offers_it(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, physio: int, admin: Actor,
        now: dt.datetime) -> None:
    waitlist.add(admin, clinic.ann.id, physio, now, first_day=DAY, last_day=DAY)
    changed_elsewhere(window.session, "bookings")
    tab = window.booking_tab
    assert tab.views.currentWidget() is tab.book.panel
    tab.book.panel.view.select(clinic.maya.id, at(9))
    _hint_says(qtbot, window, "1 waitlisted client")
    assert "09:00" in tab.waitlist_hint.label.text()
    assert "Dr. Maya Okafor" in tab.waitlist_hint.label.text()

    waitlist.add(admin, clinic.bob.id, physio, now, first_day=DAY, last_day=DAY,
                 urgent=True)  # at another desk
    changed_elsewhere(window.session, "bookings")
    _hint_says(qtbot, window, "2 waitlisted client")
    keep_picture(window, "waitlist_hint.png")

    qtbot.mouseClick(tab.waitlist_hint.show_button, Qt.MouseButton.LeftButton)
    panel = window.recurring.waitlist_panel
    assert window.recurring.waitlist_dock.isVisible()
    assert panel.free_time == (clinic.maya.id, at(9))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    panel.table.selectRow(0)  # Bob: urgent first
    with qtbot.waitSignal(panel.offered, timeout=WAIT_MS):
        qtbot.mouseClick(panel.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=WAIT_MS)
    held = tab.current_booking()
    assert held is not None
    assert held.reservation.client_id == clinic.bob.id
    assert held.reservation.start == at(9)
    assert held.reservation.status is Status.PENDING
    # The time is taken now: the hint goes, and the book shows the hold where the cursor is.
    qtbot.waitUntil(lambda: not tab.waitlist_hint.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.book.panel.view.current_booking() is not None, timeout=WAIT_MS)


def test_the_open_waitlist_follows_the_free_time_chosen(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, physio: int, admin: Actor,
        now: dt.datetime) -> None:
    waitlist.add(admin, clinic.ann.id, physio, now, first_day=DAY, last_day=DAY)
    changed_elsewhere(window.session, "bookings")
    window.recurring.waitlist_dock.show()
    panel, view = window.recurring.waitlist_panel, window.booking_tab.book.panel.view
    view.select(clinic.maya.id, at(9, 15))
    qtbot.waitUntil(lambda: panel.free_time == (clinic.maya.id, at(9, 15)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "1 waitlisted client fit" in panel.headline.text(),
                    timeout=WAIT_MS)


def test_a_slot_chosen_in_the_free_slot_list_is_counted_too(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, physio: int, admin: Actor,
        now: dt.datetime) -> None:
    waitlist.add(admin, clinic.ann.id, physio, now, first_day=DAY, last_day=DAY)
    tab = window.booking_tab
    tab.views.setCurrentWidget(tab.picker)
    settle(qtbot, window.session)
    assert tab.picker.select_slot(clinic.maya.id, at(9, 30))
    _hint_says(qtbot, window, "1 waitlisted client")
    assert "09:30" in tab.waitlist_hint.label.text()
