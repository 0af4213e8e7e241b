"""The main window: the expiry timer frees lapsed holds live, menus, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QUndoCommand
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Status
from reservations_app.services import settings
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, FakeClock, changed_elsewhere, settle


@pytest.fixture
def window(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(session)
    main.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, main.session)
    return main


def test_a_lapsed_hold_is_expired_by_the_timer_and_its_slot_comes_back(
        qtbot, window: MainWindow, clinic: Clinic, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    tab = window.booking_tab
    tab.finder.search_edit.setText("ann")
    tab.finder.run_search()
    settle(qtbot, tab.session)
    slot = tab.picker.current_slot()
    assert slot is not None
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    held_id = tab.current_booking().reservation.id
    assert tab.picker.model.row_of(slot.provider_id, slot.start) == -1
    with qtbot.assertNotEmitted(window.holds_expired):
        window.sweep_expired_holds()
        settle(qtbot, window.session)  # nothing stale yet: nothing said
    assert window.statusBar().currentMessage() == ""

    clock.advance(minutes=31)
    with qtbot.waitSignal(window.holds_expired, timeout=20_000) as expired:
        window.expiry_timer.timeout.emit()
    settle(qtbot, window.session)
    assert expired.args == [1]
    assert window.statusBar().currentMessage() == "1 hold expired"
    assert tab.picker.model.row_of(slot.provider_id, slot.start) >= 0
    assert tab.current_booking().reservation.status is Status.EXPIRED
    assert tab.hold_panel.status_label.text() == "Expired"
    row = tab.reservations.model.row_of(held_id)
    assert tab.reservations.model.index(row, 3).data() == "Expired"


def test_the_status_bar_counts_several_expired_holds(
        qtbot, window: MainWindow, clinic: Clinic, clock: FakeClock, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.services import booking, schedule

    slots = schedule.bookable_slots(admin, clinic_day(), clock())
    booking.hold(admin, clinic.ann.id, slots[0].provider_id, slots[0].start, clock())
    booking.hold(admin, clinic.bob.id, slots[1].provider_id, slots[1].start, clock())
    clock.advance(minutes=30)  # exactly 30 minutes: stale from that instant
    with qtbot.waitSignal(window.holds_expired, timeout=20_000):
        window.sweep_expired_holds()
    assert window.statusBar().currentMessage() == "2 holds expired"


def clinic_day():  # type: ignore[no-untyped-def]
    from tests.ui.conftest import DAY

    return DAY


def test_the_sweep_interval_is_the_clinic_setting(
        qtbot: QtBot, window: MainWindow, session: Session, admin: Actor,
        clock: FakeClock) -> None:
    assert window.expiry_timer.interval() == 30_000 and window.expiry_timer.isActive()
    settings.set_value(admin, "sweep_seconds", "45", clock())
    with qtbot.waitSignal(session.ops.changed, timeout=20_000):
        changed_elsewhere(session, "settings")
    assert window.expiry_timer.interval() == 45_000


def test_menus_show_shortcuts_and_undo_follows_the_calendar(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Booking", "&Schedule", "&Data", "&Admin",
                     "&Help"]
    assert window.calendar_tab.weekly_pattern_action in window.schedule_menu.actions()
    assert window.about_action in window.help_menu.actions()
    assert window.database_action in window.file_menu.actions()
    assert window.admin.audit_trail in window.admin_menu.actions()
    assert window.booking_tab.client_history_action in window.edit_menu.actions()
    tab = window.booking_tab
    assert tab.confirm_action in window.booking_menu.actions()
    assert tab.confirm_action.shortcuts() == [QKeySequence("Ctrl+Enter"),
                                              QKeySequence("Ctrl+Return")]
    assert tab.hold_action.shortcuts() == [QKeySequence("Enter"), QKeySequence("Return")]
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert not window.undo_action.isEnabled()
    window.calendar_tab.undo_stack.push(QUndoCommand("Add availability"))
    assert window.undo_action.isEnabled()
    assert "Add availability" in window.undo_action.text()


def test_layout_and_last_tab_are_remembered(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(session)
    first.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.tabs.setCurrentIndex(1)
    first.booking_tab.splitter.setSizes([250, 350])
    first.booking_tab.top_splitter.setSizes([200, 500, 300])
    sizes = first.booking_tab.splitter.sizes()
    top_sizes = first.booking_tab.top_splitter.sizes()
    first.close()
    assert QSettings().value("window/tab") in (1, "1")
    second = MainWindow(session)
    second.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.tabs.currentIndex() == 1
    second.booking_view_action.trigger()
    qtbot.waitUntil(lambda: second.booking_tab.splitter.sizes() == sizes, timeout=20_000)
    assert second.booking_tab.top_splitter.sizes() == top_sizes


def test_the_window_fits_a_small_laptop_screen(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740


def test_refresh_reloads_what_another_desk_changed(
        qtbot, window: MainWindow, clinic: Clinic, admin: Actor, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.services import people

    people.add_client(admin, "Zoe Zimmer", clock(), "zoe@mail.example")
    window.refresh_action.trigger()
    settle(qtbot, window.session)
    assert window.booking_tab.finder.model.rowCount() == 4


def test_a_slow_call_shows_working_without_wiping_the_status_message(
        window: MainWindow) -> None:
    window.statusBar().showMessage("1 hold expired")
    window.session.ops.busy_changed.emit(True)
    assert window.busy_label.isVisibleTo(window)
    window.session.ops.busy_changed.emit(False)
    assert not window.busy_label.isVisibleTo(window)
    assert window.statusBar().currentMessage() == "1 hold expired"


def test_the_calendar_tab_is_built_when_first_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.ui.calendar.tab import CalendarTab

    assert window.findChildren(CalendarTab) == []  # the start builds the Booking tab only
    window.calendar_view_action.trigger()
    shown = window.tabs.currentWidget()
    assert isinstance(shown, CalendarTab) and shown is window.calendar_tab
    assert window.tabs.tabText(1) == "Calendar" and window.tabs.count() == 2
    qtbot.waitUntil(lambda: shown.current_provider() is not None, timeout=20_000)
    assert window.findChildren(CalendarTab) == [shown]


def test_a_schedule_menu_entry_builds_the_calendar_tab_and_runs(
        qtbot, window: MainWindow, session: Session) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    action = window.calendar_actions.next_week
    action.trigger()  # as the menu does: the action, then the menu's triggered
    window.schedule_menu.triggered.emit(action)
    assert window.tabs.currentWidget() is window.calendar_tab
    assert window.calendar_tab.selected_day() == session.clinic_today() + dt.timedelta(days=7)
