"""What the week shows on opening, and getting around it with the keyboard and the menu."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from reservations_app.domain.model import BlockSpec, Provider
from reservations_app.services import schedule
from reservations_app.ui.calendar.block_dialogs import EditBlockDialog
from reservations_app.ui.calendar.tab import CalendarTab
from tests.ui.calendar.conftest import DAY
from tests.ui.calendar.helpers import grid_point, shown_blocks
from tests.ui.conftest import changed_elsewhere, settle


def add(qtbot, tab: CalendarTab, provider: Provider, day: dt.date,  # type: ignore[no-untyped-def]
        *spans: tuple[int, int]) -> None:
    specs = [BlockSpec(dt.time(start), dt.time(end)) for start, end in spans]
    schedule.add_availability(tab.session.actor, provider.id, day, specs, tab.session.now())
    changed_elsewhere(tab.session, "schedule")
    settle(qtbot, tab.session)


def test_opening_a_provider_scrolls_to_working_hours_and_marks_today(
        qtbot, tab: CalendarTab, provider: Provider, session) -> None:  # type: ignore[no-untyped-def]
    add(qtbot, tab, provider, DAY, (10, 12))
    tab.select_provider(provider.id)
    tab.reload_week(scroll=True)
    settle(qtbot, tab.session)
    geometry = tab.grid.grid_geometry()
    assert tab.grid.verticalScrollBar().value() == geometry.scroll_for(
        10 * 60, tab.grid.viewport().height())
    assert tab.grid.verticalScrollBar().value() > 0
    assert geometry.y_of(10 * 60) >= geometry.header  # 10:00 is in view
    tab.today_action.trigger()
    settle(qtbot, tab.session)
    assert tab.grid.today() == dt.date(2026, 11, 24)
    assert tab.week_first_day() <= tab.grid.today() < tab.week_first_day() + dt.timedelta(7)
    assert "America/New_York (UTC\u22125)" in tab.title.text()


def test_up_and_down_walk_the_blocks_and_enter_changes_one(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add(qtbot, tab, provider, DAY, (8, 10), (13, 15))
    add(qtbot, tab, provider, DAY + dt.timedelta(days=1), (9, 11))
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    assert tab.grid.selected_block().spec.label() == "08:00-10:00"  # type: ignore[union-attr]
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    selected = tab.grid.selected_block()
    assert selected is not None and selected.local_date == DAY + dt.timedelta(days=1)
    assert tab.selected_day() == DAY + dt.timedelta(days=1)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Up)
    assert tab.grid.selected_block().spec.label() == "13:00-15:00"  # type: ignore[union-attr]
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    dialogs = [d for d in tab.findChildren(EditBlockDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_the_menu_on_a_block_offers_its_edits(qtbot, tab: CalendarTab,
                                              provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add(qtbot, tab, provider, DAY, (8, 10))
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    item = next(i for i in tab.week_model.items() if i.block is not None)
    menu = tab.schedule_actions.build_menu(DAY, item)
    texts = [action.text().replace("&", "") for action in menu.actions()
             if not action.isSeparator()]
    assert texts == ["Change times\u2026", "Delete block", "Add availability on Tue 1 Dec\u2026",
                     "Time off on Tue 1 Dec\u2026"]
    delete = next(a for a in menu.actions() if a.text() == "&Delete block")
    delete.trigger()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []


def test_other_desks_changes_arrive_through_the_session_signals(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    schedule.add_availability(tab.session.actor, provider.id, DAY,
                              [BlockSpec(dt.time(8), dt.time(9))], tab.session.now())
    assert shown_blocks(tab, DAY) == []
    changed_elsewhere(tab.session, "schedule")
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 540)]
    assert tab.calendar.is_available(DAY)


def test_double_click_on_a_block_opens_its_times(qtbot, tab: CalendarTab,
                                                 provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add(qtbot, tab, provider, DAY, (8, 10))
    tab.grid.scroll_to_minute(8 * 60)
    qtbot.mouseDClick(tab.grid.viewport(), Qt.MouseButton.LeftButton,
                      pos=grid_point(tab, DAY, 9 * 60))
    dialogs = [d for d in tab.findChildren(EditBlockDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].blocks.specs() == [BlockSpec(dt.time(8), dt.time(10))]
    dialogs[0].reject()


def test_a_screen_reader_hears_the_selected_block_and_its_bookings(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add(qtbot, tab, provider, DAY, (8, 10))
    tab.grid.setFocus()
    assert "Up and Down select a block" in tab.grid.accessibleDescription()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    assert tab.grid.accessibleDescription() == "Tue 1 Dec, 08:00-10:00, Available"
