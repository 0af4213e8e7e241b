"""A booking on the Calendar tab's week opens the booking (issue 13): double-click, or Left/Right
to it and Enter, brings the Booking tab's appointment book forward on the booking's day with
the cursor on it and the booking in hand. A double-click on free time still edits the block."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reservations_app.domain.model import Reservation
from reservations_app.services import booking
from reservations_app.ui.calendar.block_dialogs import EditBlockDialog
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.calendar.helpers import grid_point
from tests.ui.conftest import DAY, NEXT_DAY, Clinic, changed_elsewhere, settle

NINE_IN_NEW_YORK = dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)
WAIT_MS = 20_000


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(1300, 760)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, session)
    return main


@pytest.fixture
def held(session: Session, clinic: Clinic) -> Reservation:
    reservation = booking.hold(session.actor, clinic.ann.id, clinic.maya.id, NINE_IN_NEW_YORK,
                               session.now())
    changed_elsewhere(session, "bookings")
    return reservation


def _calendar_on_day(qtbot: QtBot, window: MainWindow, clinic: Clinic) -> None:
    calendar = window.calendar_tab
    window.tabs.setCurrentWidget(calendar)
    calendar.select_provider(clinic.maya.id)
    calendar.show_date(DAY)
    qtbot.waitUntil(lambda: any(item.booking for item in calendar.week_model.items()),
                    timeout=WAIT_MS)
    calendar.grid.scroll_to_minute(8 * 60)


def _opened_in_the_book(qtbot: QtBot, window: MainWindow, reservation: Reservation) -> None:
    tab = window.booking_tab
    assert window.tabs.currentWidget() is tab
    assert tab.views.currentWidget() is tab.book.panel
    settle(qtbot, window.session)
    assert tab.book.panel.day() == DAY
    qtbot.waitUntil(lambda: (tab.book.panel.view.current_booking() is not None
                             and tab.book.panel.view.current_booking().reservation.id
                             == reservation.id), timeout=WAIT_MS)
    current = tab.current_booking()
    assert current is not None and current.reservation.id == reservation.id
    assert tab.hold_panel.title_label.text() != ""
    assert tab.book.panel.view.hasFocus()


def test_double_click_on_a_booking_opens_it_in_the_appointment_book(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, held: Reservation) -> None:
    window.booking_tab.picker.set_day(NEXT_DAY)  # the book is elsewhere: it must move
    settle(qtbot, window.session)
    _calendar_on_day(qtbot, window, clinic)
    calendar = window.calendar_tab
    qtbot.mouseDClick(calendar.grid.viewport(), Qt.MouseButton.LeftButton,
                      pos=grid_point(calendar, DAY, 9 * 60 + 7))
    assert not [d for d in calendar.findChildren(EditBlockDialog) if d.isVisible()]
    _opened_in_the_book(qtbot, window, held)


def test_enter_on_a_booking_chosen_with_the_arrows_opens_it(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, held: Reservation) -> None:
    _calendar_on_day(qtbot, window, clinic)
    grid = window.calendar_tab.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    chosen = grid.selected_booking()
    assert chosen is not None and chosen.reservation.id == held.id
    assert grid.accessibleDescription().startswith("09:00, Ann Archer, Held")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    _opened_in_the_book(qtbot, window, held)


def test_double_click_on_free_time_still_edits_the_block(
        qtbot: QtBot, window: MainWindow, clinic: Clinic, held: Reservation) -> None:
    _calendar_on_day(qtbot, window, clinic)
    calendar = window.calendar_tab
    qtbot.mouseDClick(calendar.grid.viewport(), Qt.MouseButton.LeftButton,
                      pos=grid_point(calendar, DAY, 9 * 60 + 45))
    dialogs = [d for d in calendar.findChildren(EditBlockDialog) if d.isVisible()]
    assert window.tabs.currentWidget() is calendar
    assert len(dialogs) == 1
    dialogs[0].reject()
