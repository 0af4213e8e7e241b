"""Schedule edits, undo and redo go through the operation runner: they run on its write worker,
and a refused undo or redo leaves a history that still matches the schedule."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from reservations_app.domain.model import BlockSpec, Provider
from reservations_app.services import schedule, schedule_undo
from reservations_app.ui.calendar.tab import CalendarTab
from tests.ui.calendar.conftest import DAY
from tests.ui.calendar.helpers import set_block, shown_blocks
from tests.ui.calendar.test_tab_bookings import Answers, book_ten_oclock_in_existing_block
from tests.ui.conftest import changed_elsewhere, settle

pytestmark = pytest.mark.backends("sqlite")

WEDNESDAY = DAY + dt.timedelta(days=1)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def on_gui_thread(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[bool]:
    """Per call of module.name: did it run on the GUI thread?"""
    seen: list[bool] = []
    original: Callable[..., Any] = getattr(module, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return seen


def draw(qtbot, tab: CalendarTab, day: dt.date, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    tab.schedule_actions.add_drawn_block(day, start * 60, end * 60)
    settle(qtbot, tab.session)


def blocks_on(tab: CalendarTab, provider: Provider, day: dt.date) -> list[str]:
    return [block.spec.label() for block in schedule.list_availability(
        tab.session.actor, provider.id, day, day)]


def test_an_edit_its_undo_and_redo_run_on_the_write_worker(
        qtbot, tab: CalendarTab, provider: Provider,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    adds = on_gui_thread(monkeypatch, schedule, "add_blocks")
    undos = on_gui_thread(monkeypatch, schedule_undo, "undo")
    dialog = tab.schedule_actions.add_blocks(DAY)
    assert dialog is not None
    set_block(dialog.blocks, 0, "08:00", "11:00")
    dialog.accept()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and tab.undo_stack.count() == 0  # pushed once it is done
    settle(qtbot, tab.session)
    assert tab.undo_stack.count() == 1 and shown_blocks(tab, DAY) == [(480, 660)]
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    tab.undo_stack.redo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 660)]
    assert adds == [False] and undos == [False, False]


def test_a_refused_undo_leaves_the_step_before_it_undoable(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    draw(qtbot, tab, WEDNESDAY, 10, 11)
    draw(qtbot, tab, DAY, 9, 12)
    book_ten_oclock_in_existing_block(qtbot, tab, provider)
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert len(answers.warnings) == 1 and "taken off the undo history" in answers.warnings[0]
    assert blocks_on(tab, provider, DAY) == ["09:00-12:00"]
    assert tab.undo_stack.count() == 1 and tab.undo_stack.index() == 1
    tab.undo_stack.undo()  # the block on Wednesday, added before
    settle(qtbot, tab.session)
    assert blocks_on(tab, provider, WEDNESDAY) == []
    assert len(answers.warnings) == 1


def test_a_refused_redo_takes_the_step_off_the_history(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    draw(qtbot, tab, DAY, 9, 10)
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    schedule.add_availability(tab.session.actor, provider.id, DAY,
                              [BlockSpec(dt.time(9, 30), dt.time(10, 30))], tab.session.now())
    changed_elsewhere(tab.session, "schedule")
    tab.undo_stack.redo()
    settle(qtbot, tab.session)
    assert len(answers.warnings) == 1 and "Could not redo" in answers.warnings[0]
    assert "taken off the undo history" in answers.warnings[0]
    assert tab.undo_stack.count() == 0
    assert blocks_on(tab, provider, DAY) == ["09:30-10:30"]
    assert shown_blocks(tab, DAY) == [(570, 630)]


def test_a_refusal_after_the_user_moved_on_clears_the_history(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    draw(qtbot, tab, WEDNESDAY, 10, 11)
    draw(qtbot, tab, DAY, 9, 12)
    book_ten_oclock_in_existing_block(qtbot, tab, provider)
    tab.undo_stack.undo()  # refused: a live booking in the block
    tab.undo_stack.undo()  # asked before that answer came: done
    settle(qtbot, tab.session)
    assert len(answers.warnings) == 1 and "undo history was cleared" in answers.warnings[0]
    assert tab.undo_stack.count() == 0
    assert blocks_on(tab, provider, DAY) == ["09:00-12:00"]
    assert blocks_on(tab, provider, WEDNESDAY) == []


def test_the_tab_reads_on_the_read_worker_and_keeps_the_week_until_the_answer(
        qtbot, tab: CalendarTab, provider: Provider,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reservations_app.services import booking, people

    reads = {name: on_gui_thread(monkeypatch, module, name) for module, name in (
        (people, "list_providers"), (schedule, "list_availability"),
        (booking, "provider_week"), (schedule, "days_with_availability"),
        (booking, "days_with_live_bookings"))}
    draw(qtbot, tab, DAY, 9, 10)
    tab.reload_providers()
    tab.next_week_action.trigger()
    assert shown_blocks(tab, DAY) == [(540, 600)]  # still the old week until the answer
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []  # the next week arrived
    assert all(calls and not any(calls) for calls in reads.values()), reads


def test_an_answer_a_later_request_replaced_is_not_shown(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    draw(qtbot, tab, DAY, 9, 10)
    weeks: list[dt.date] = []  # the first day of each week the grid was given
    tab.week_model.modelReset.connect(lambda: weeks.append(tab._shown[1]))
    tab.next_week_action.trigger()
    tab.previous_week_action.trigger()  # before the next week's answer came
    settle(qtbot, tab.session)
    assert weeks == [tab.week_first_day()]  # the next week's answer was dropped, not shown
    assert tab.week_first_day() <= DAY < tab.week_first_day() + dt.timedelta(days=7)
    assert shown_blocks(tab, DAY) == [(540, 600)]
