"""Laying out availability in the calendar tab: dialog, drag, undo and redo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from reservations_app.domain.model import BlockSpec, Provider
from reservations_app.services import schedule
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.models.formatting import qdate
from tests.ui.calendar.conftest import DAY
from tests.ui.calendar.helpers import closed, grid_point, press_ok, set_block, shown_blocks
from tests.ui.conftest import changed_elsewhere, settle


def slot_starts(tab: CalendarTab, provider: Provider) -> list[dt.datetime]:
    return [slot.start for slot in schedule.bookable_slots(
        tab.session.actor, DAY, tab.session.now(), provider_id=provider.id)]


def add_two_blocks(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.schedule_actions.add_blocks(DAY)
    assert dialog is not None and dialog.isVisible()
    dialog.date_edit.setDate(qdate(DAY))
    set_block(dialog.blocks, 0, "08:00", "11:00")
    qtbot.mouseClick(dialog.blocks.add_button, Qt.MouseButton.LeftButton)
    set_block(dialog.blocks, 1, "12:00", "15:00")
    press_ok(qtbot, dialog)
    assert closed(dialog)


def test_two_blocks_from_the_dialog_show_on_the_grid_and_are_bookable(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add_two_blocks(qtbot, tab)
    assert shown_blocks(tab, DAY) == [(480, 660), (720, 900)]
    starts = slot_starts(tab, provider)
    assert len(starts) == 2 * 12  # two 3-hour blocks of 15-minute slots
    assert starts[0] == dt.datetime(2026, 12, 1, 13, 0, tzinfo=dt.UTC)  # 08:00 in New York
    assert tab.calendar.is_available(DAY)
    assert tab.calendar.day_format(DAY).fontWeight() == QFont.Weight.Bold.value
    assert "Done: Add availability on Tue 1 Dec." in tab.message.text()


def test_undo_removes_the_blocks_and_redo_brings_them_back(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add_two_blocks(qtbot, tab)
    assert tab.undo_stack.count() == 1 and tab.undo_stack.canUndo()
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []
    assert slot_starts(tab, provider) == []
    assert not tab.calendar.is_available(DAY)
    tab.undo_stack.redo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 660), (720, 900)]
    assert len(slot_starts(tab, provider)) == 24


def test_a_dialog_with_a_clash_stays_open_and_says_why(
        qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    add_two_blocks(qtbot, tab)
    dialog = tab.schedule_actions.add_blocks(DAY)
    assert dialog is not None
    set_block(dialog.blocks, 0, "10:00", "13:00")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "overlaps" in dialog.error.text()
    assert tab.undo_stack.count() == 1


def test_dragging_down_a_day_creates_a_block_on_the_slot_grid(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    tab.grid.scroll_to_minute(9 * 60)
    viewport = tab.grid.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grid_point(tab, DAY, 10 * 60 + 5))
    qtbot.mouseMove(viewport, grid_point(tab, DAY, 11 * 60))
    qtbot.mouseMove(viewport, grid_point(tab, DAY, 11 * 60 + 20))
    assert tab.grid.preview() == (1, 600, 690)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                       pos=grid_point(tab, DAY, 11 * 60 + 20))
    assert tab.grid.preview() is None
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(600, 690)]
    assert len(slot_starts(tab, provider)) == 6
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []


def test_a_click_without_dragging_creates_nothing(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    tab.grid.scroll_to_minute(9 * 60)
    qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid_point(tab, DAY, 10 * 60))
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []
    assert tab.undo_stack.count() == 0
    assert tab.selected_day() == DAY


def test_delete_key_removes_the_selected_block_and_undo_restores_it(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add_two_blocks(qtbot, tab)
    tab.grid.scroll_to_minute(8 * 60)
    qtbot.mouseClick(tab.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid_point(tab, DAY, 9 * 60))
    selected = tab.grid.selected_block()
    assert selected is not None and selected.spec.label() == "08:00-11:00"
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(720, 900)]
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 660), (720, 900)]


@pytest.mark.backends("sqlite")  # only SQLite hands a freed id to the next row
def test_ids_are_tracked_when_undo_and_redo_recreate_blocks(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    add_two_blocks(qtbot, tab)
    morning = next(block for block in schedule.list_availability(
        tab.session.actor, provider.id, DAY, DAY) if block.spec.label() == "08:00-11:00")
    dialog = tab.schedule_actions.edit_block(morning)
    assert dialog is not None
    set_block(dialog.blocks, 0, "09:00", "11:30")
    press_ok(qtbot, dialog)
    assert shown_blocks(tab, DAY) == [(540, 690), (720, 900)]
    tab.undo_stack.undo()  # back to 08:00-11:00
    tab.undo_stack.undo()  # both blocks gone
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []
    # Another desk adds a block, which takes the freed id of the morning block.
    wednesday = DAY + dt.timedelta(days=1)
    other = schedule.add_availability(tab.session.actor, provider.id, wednesday,
                                      [BlockSpec(dt.time(14), dt.time(15))],
                                      tab.session.now())[0]
    assert other.id == morning.id
    tab.undo_stack.redo()  # re-created under new ids
    settle(qtbot, tab.session)
    assert morning.id not in {b.id for b in schedule.list_availability(
        tab.session.actor, provider.id, DAY, DAY)}
    tab.undo_stack.redo()  # the change finds the re-created block, not the other desk's
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(540, 690), (720, 900)]
    assert shown_blocks(tab, wednesday) == [(840, 900)]
    assert tab.undo_stack.count() == 2 and not tab.undo_stack.canRedo()


def test_a_weekly_pattern_applied_twice_creates_nothing_the_second_time(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    def apply_pattern() -> str:
        dialog = tab.schedule_actions.weekly_pattern()
        assert dialog is not None
        for weekday, box in enumerate(dialog.weekdays):
            box.setChecked(weekday in (1, 3))  # Tuesdays and Thursdays
        dialog.first_edit.setDate(qdate(DAY))
        dialog.last_edit.setDate(qdate(DAY + dt.timedelta(days=13)))
        set_block(dialog.blocks, 0, "08:00", "12:00")
        set_block(dialog.blocks, 1, "13:00", "17:00")
        press_ok(qtbot, dialog)
        return tab.message.text() if closed(dialog) else dialog.error.text()

    first = apply_pattern()
    assert "Blocks created: 8; already there and skipped: 0" in first
    assert shown_blocks(tab, DAY) == [(480, 720), (780, 1020)]
    assert shown_blocks(tab, DAY + dt.timedelta(days=2)) == [(480, 720), (780, 1020)]
    second = apply_pattern()
    assert "Blocks created: 0; already there and skipped: 8" in second
    assert tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert schedule.list_availability(tab.session.actor, provider.id) == []


def test_the_grid_follows_the_week_buttons_and_the_month(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    schedule.add_availability(tab.session.actor, tab.current_provider().id,  # type: ignore[union-attr]
                              DAY + dt.timedelta(days=7), [BlockSpec(dt.time(9), dt.time(10))],
                              tab.session.now())
    changed_elsewhere(tab.session, "schedule")
    assert tab.week_first_day() == dt.date(2026, 11, 30)
    tab.next_week_action.trigger()
    settle(qtbot, tab.session)
    assert tab.week_first_day() == dt.date(2026, 12, 7)
    assert shown_blocks(tab, DAY + dt.timedelta(days=7)) == [(540, 600)]
    tab.previous_week_action.trigger()
    tab.previous_week_action.trigger()
    assert tab.week_first_day() == dt.date(2026, 11, 23)
    tab.today_action.trigger()
    assert tab.selected_day() == dt.date(2026, 11, 24)  # 04:00 in New York on the 24th
    tab.calendar.clicked.emit(qdate(DAY + dt.timedelta(days=7)))
    assert tab.week_first_day() == dt.date(2026, 12, 7)
