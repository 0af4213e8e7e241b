"""Schedule edits that meet bookings: they ask first, cancel only on yes, undo never cancels
anything on its own, and undo gives back the bookings an edit cancelled where still free."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reservations_app.domain.model import BlockSpec, Provider, Reservation, Status
from reservations_app.services import booking, people, schedule, visit_status
from reservations_app.ui.calendar.editor import Outcome
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.calendar.week_layout import ItemKind
from reservations_app.ui.models.formatting import qdate
from tests.ui.calendar.conftest import DAY, FakeClock
from tests.ui.calendar.helpers import closed, press_ok, set_block, shown_blocks
from tests.ui.conftest import changed_elsewhere, settle, touching

TEN_IN_NEW_YORK = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)


class Answers:
    """Stands in for QMessageBox: answers questions as told and remembers what was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reply = QMessageBox.StandardButton.No
        self.questions: list[str] = []
        self.warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)

    def _question(self, parent, title, text, *args):  # type: ignore[no-untyped-def]
        self.questions.append(text)
        return self.reply

    def _warning(self, parent, title, text, *args):  # type: ignore[no-untyped-def]
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def book_ten_oclock(qtbot, tab: CalendarTab, provider: Provider, *,  # type: ignore[no-untyped-def]
                    confirm: bool = True) -> Reservation:
    """A morning block 09:00-12:00 in New York with a booking at 10:00."""
    actor, now = tab.session.actor, tab.session.now()
    schedule.add_availability(actor, provider.id, DAY, [BlockSpec(dt.time(9), dt.time(12))], now)
    client = people.add_client(actor, "Olivia Johnson", now, "olivia@mail.example")
    held = booking.hold(actor, client.id, provider.id, TEN_IN_NEW_YORK, now)
    reservation = booking.confirm(actor, held.id, now) if confirm else held
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    return reservation


def status_of(tab: CalendarTab, reservation: Reservation) -> Status:
    return booking.get_booking(tab.session.actor, reservation.id).reservation.status


def take_day_off(qtbot, tab: CalendarTab):  # type: ignore[no-untyped-def]
    dialog = tab.schedule_actions.time_off(DAY)
    assert dialog is not None
    dialog.date_edit.setDate(qdate(DAY))
    dialog.whole_day.setChecked(True)
    press_ok(qtbot, dialog)
    return dialog


def test_time_off_over_a_booking_asks_and_no_changes_nothing(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    reservation = book_ten_oclock(qtbot, tab, provider)
    answers.reply = QMessageBox.StandardButton.No
    dialog = take_day_off(qtbot, tab)
    assert len(answers.questions) == 1
    assert "Bookings that fall in this time: 1" in answers.questions[0]
    assert "Olivia Johnson" in answers.questions[0]
    assert "10:00" in answers.questions[0]
    assert dialog.isVisible() and "Nothing was changed" in dialog.error.text()
    assert status_of(tab, reservation) is Status.CONFIRMED
    assert shown_blocks(tab, DAY) == [(540, 720)]
    assert tab.undo_stack.count() == 0


def test_time_off_over_a_visit_already_checked_in_says_why_and_asks_nothing(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers,  # type: ignore[no-untyped-def]
        clock: FakeClock) -> None:
    """The service's refusal names the bookings cancelling would clear; a checked-in visit is
    none of them, so the desk is told why instead of being asked to cancel it."""
    reservation = book_ten_oclock(qtbot, tab, provider)
    clock.now = dt.datetime(2026, 12, 1, 14, 30, tzinfo=dt.UTC)  # 09:30 in New York
    visit_status.arrive(tab.session.actor, reservation.id, clock())
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    dialog = take_day_off(qtbot, tab)
    assert answers.questions == []
    assert dialog.isVisible() and "checked in or completed" in dialog.error.text()
    assert status_of(tab, reservation) is Status.ARRIVED
    assert shown_blocks(tab, DAY) == [(540, 720)]


def test_time_off_over_a_booking_cancels_it_on_yes_and_undo_gives_it_back(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    reservation = book_ten_oclock(qtbot, tab, provider)
    answers.reply = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(tab.session.ops.changed,
                          check_params_cb=touching("bookings"), timeout=20_000):
        dialog = take_day_off(qtbot, tab)
    assert closed(dialog)
    assert status_of(tab, reservation) is Status.CANCELLED
    assert shown_blocks(tab, DAY) == []
    shown = [item for item in tab.week_model.items() if item.kind is ItemKind.BOOKING]
    assert [item.status for item in shown] == [Status.CANCELLED]
    with qtbot.waitSignal(tab.session.ops.changed,
                          check_params_cb=touching("bookings"), timeout=20_000):
        tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(540, 720)]
    assert status_of(tab, reservation) is Status.CONFIRMED  # given back: its time is free
    assert "Bookings given back: 1" in tab.message.text()
    tab.undo_stack.redo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == []
    assert status_of(tab, reservation) is Status.CANCELLED  # the user agreed to it before
    assert answers.warnings == []


def test_undo_of_time_off_says_which_booking_could_not_be_given_back(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers,
        clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    reservation = book_ten_oclock(qtbot, tab, provider, confirm=False)
    answers.reply = QMessageBox.StandardButton.Yes
    take_day_off(qtbot, tab)
    clock.advance(hours=1)  # the 30-minute hold has run out meanwhile
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(540, 720)]
    assert status_of(tab, reservation) is Status.CANCELLED
    assert f"#{reservation.id} could not be given back: the hold had run out" in \
        tab.message.text()


def test_partial_time_off_keeps_the_rest_of_the_block_and_undo_joins_it_again(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    schedule.add_availability(tab.session.actor, provider.id, DAY,
                              [BlockSpec(dt.time(8), dt.time(17))], tab.session.now())
    changed_elsewhere(tab.session, "schedule")
    settle(qtbot, tab.session)
    dialog = tab.schedule_actions.time_off(DAY)
    assert dialog is not None
    dialog.span.setChecked(True)
    set_block(dialog.times, 0, "12:00", "13:00")
    press_ok(qtbot, dialog)
    assert shown_blocks(tab, DAY) == [(480, 720), (780, 1020)]
    assert answers.questions == []
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 1020)]
    tab.undo_stack.redo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 720), (780, 1020)]
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(480, 1020)]


def test_time_off_where_there_is_no_availability_is_remembered_and_undoable(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    dialog = take_day_off(qtbot, tab)
    assert closed(dialog) and "weekly patterns will leave it out" in tab.message.text()
    assert tab.undo_stack.count() == 1
    actor, now = tab.session.actor, tab.session.now()
    pattern = [BlockSpec(dt.time(9), dt.time(12))]
    assert schedule.repeat_weekly(actor, provider.id, [DAY.weekday()], pattern, DAY, DAY,
                                  now).created == []
    tab.undo_stack.undo()  # forgets the time off: the pattern now lays the day
    settle(qtbot, tab.session)
    assert len(schedule.repeat_weekly(actor, provider.id, [DAY.weekday()], pattern, DAY, DAY,
                                      now).created) == 1


def test_an_undo_that_would_cancel_a_booking_is_refused_with_its_message(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    outcomes: list[Outcome] = []
    tab.schedule_actions.add_drawn_block(DAY, 9 * 60, 12 * 60, outcomes.append)
    settle(qtbot, tab.session)
    assert [outcome.done for outcome in outcomes] == [True]
    reservation = book_ten_oclock_in_existing_block(qtbot, tab, provider)
    tab.undo_stack.undo()
    assert tab.undo_stack.index() == 0  # the stack moves at once; the write follows
    settle(qtbot, tab.session)
    assert answers.questions == []  # undo never offers to cancel
    assert len(answers.warnings) == 1
    assert "Could not undo" in answers.warnings[0]
    assert "live booking" in answers.warnings[0]
    assert status_of(tab, reservation) is Status.CONFIRMED
    assert shown_blocks(tab, DAY) == [(540, 720)]
    assert tab.undo_stack.count() == 0  # the refused command left the stack


def book_ten_oclock_in_existing_block(qtbot, tab: CalendarTab,  # type: ignore[no-untyped-def]
                                      provider: Provider) -> Reservation:
    actor, now = tab.session.actor, tab.session.now()
    client = people.add_client(actor, "Liam Nguyen", now, "liam@mail.example")
    held = booking.hold(actor, client.id, provider.id, TEN_IN_NEW_YORK, now)
    reservation = booking.confirm(actor, held.id, now)
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    return reservation


def test_deleting_a_block_with_a_booking_asks_first(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    reservation = book_ten_oclock(qtbot, tab, provider)
    block = schedule.list_availability(tab.session.actor, provider.id, DAY, DAY)[0]
    outcomes: list[Outcome] = []
    tab.schedule_actions.delete_block(block, outcomes.append)
    settle(qtbot, tab.session)
    assert [outcome.done for outcome in outcomes] == [False] and len(answers.questions) == 1
    assert status_of(tab, reservation) is Status.CONFIRMED
    assert "Nothing was changed" in tab.message.text()
    answers.reply = QMessageBox.StandardButton.Yes
    tab.schedule_actions.delete_block(block, outcomes.append)
    settle(qtbot, tab.session)
    assert [outcome.done for outcome in outcomes] == [False, True]
    assert status_of(tab, reservation) is Status.CANCELLED
    assert shown_blocks(tab, DAY) == []


def test_shortening_a_block_under_a_booking_asks_first(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    reservation = book_ten_oclock(qtbot, tab, provider)
    block = schedule.list_availability(tab.session.actor, provider.id, DAY, DAY)[0]
    dialog = tab.schedule_actions.edit_block(block)
    assert dialog is not None
    set_block(dialog.blocks, 0, "11:00", "12:00")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and len(answers.questions) == 1
    assert "Bookings that fall in this time: 1" in answers.questions[0]
    assert status_of(tab, reservation) is Status.CONFIRMED
    assert shown_blocks(tab, DAY) == [(540, 720)]


def test_a_hold_counts_down_and_shows_expired_when_its_time_is_up(
        qtbot, tab: CalendarTab, provider: Provider, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    book_ten_oclock(qtbot, tab, provider, confirm=False)

    def hold_item():  # type: ignore[no-untyped-def]
        return next(item for item in tab.week_model.items() if item.kind is ItemKind.BOOKING)

    assert hold_item().status is Status.PENDING and hold_item().seconds_left == 30 * 60
    assert tab.calendar.is_booked(DAY)
    clock.advance(minutes=12)
    tab._timer.timeout.emit()
    assert hold_item().seconds_left == 18 * 60
    clock.advance(minutes=18)
    tab._timer.timeout.emit()
    assert hold_item().status is Status.EXPIRED
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    assert not tab.calendar.is_booked(DAY)


def test_shortening_a_block_cancels_the_booking_on_yes_and_tells_the_other_screens(
        qtbot, tab: CalendarTab, provider: Provider, answers: Answers) -> None:  # type: ignore[no-untyped-def]
    reservation = book_ten_oclock(qtbot, tab, provider)
    block = schedule.list_availability(tab.session.actor, provider.id, DAY, DAY)[0]
    answers.reply = QMessageBox.StandardButton.Yes
    dialog = tab.schedule_actions.edit_block(block)
    assert dialog is not None
    set_block(dialog.blocks, 0, "11:00", "12:00")
    with qtbot.waitSignal(tab.session.ops.changed,
                          check_params_cb=touching("bookings"), timeout=20_000):
        press_ok(qtbot, dialog)
    assert closed(dialog)
    assert status_of(tab, reservation) is Status.CANCELLED
    assert shown_blocks(tab, DAY) == [(660, 720)]
    tab.undo_stack.undo()
    settle(qtbot, tab.session)
    assert shown_blocks(tab, DAY) == [(540, 720)]
    assert status_of(tab, reservation) is Status.CONFIRMED  # undo gives the booking back


def test_a_screen_reader_hears_the_free_time_and_the_booking_in_it(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    book_ten_oclock(qtbot, tab, provider)
    tab.grid.setFocus()
    qtbot.waitUntil(lambda: any(item.booking for item in tab.week_model.items()), timeout=20_000)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Down)
    assert tab.grid.accessibleDescription() == \
        "Tue 1 Dec, 09:00-12:00, Available; 10:00, Olivia Johnson, Confirmed"
