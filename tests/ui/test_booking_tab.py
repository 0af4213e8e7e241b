"""The front desk's flows through the real booking tab: find, pick, hold, confirm, move, cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDeadlineTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QWidget

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role, Status
from reservations_app.services import booking, schedule
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.dialogs.cancel import CancelReservationDialog
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.models.formatting import qdate
from reservations_app.ui.models.slot_model import SlotTableModel
from reservations_app.ui.session import Session
from tests.ui.conftest import (
    DAY,
    EMPTY_DAY,
    NEXT_DAY,
    Clinic,
    FakeClock,
    changed_elsewhere,
    settle,
    touching,
)


@pytest.fixture
def tab(qtbot, session: Session) -> BookingTab:  # type: ignore[no-untyped-def]
    widget = BookingTab(session)
    qtbot.addWidget(widget)
    widget.show_free_slots()  # these tests book from the free-slot list
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    settle(qtbot, session)
    return widget


def _find_client(qtbot, tab: BookingTab, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    tab.finder.search_edit.setFocus()
    qtbot.keyClicks(tab.finder.search_edit, text)
    qtbot.waitUntil(lambda: (tab.finder.current_client() is not None
                             and tab.finder.current_client().name == expected), timeout=20_000)


def _answered(tab: BookingTab) -> None:
    """The runner has answered everything asked so far (e.g. the day's slots)."""
    deadline = QDeadlineTimer(20_000)
    while not tab.session.ops.is_idle() and not deadline.hasExpired():
        QTest.qWait(10)
    assert tab.session.ops.is_idle()


def _pick_slot(tab: BookingTab, provider_id: int, local_time: str) -> None:
    _answered(tab)
    model = tab.picker.model
    for row in range(model.rowCount()):
        slot_row = model.slot_row(row)
        if slot_row is not None and slot_row.provider.id == provider_id and \
                model.index(row, SlotTableModel.COL_TIME).data().startswith(local_time):
            assert tab.picker.select_slot(provider_id, slot_row.slot.start)
            return
    raise AssertionError(f"no free slot at {local_time}")


def test_opens_on_the_first_day_with_free_slots(tab: BookingTab, clinic: Clinic) -> None:
    assert tab.finder.model.rowCount() == 3
    assert tab.finder.current_client() is None  # nobody is booked for by accident
    assert tab.hold_panel.client_label.text().startswith("None chosen")
    assert tab.picker.day() == DAY
    assert tab.picker.model.slot_count == 4 + 2
    assert tab.picker.model.heading_rows() == [0, 5]
    assert not tab.picker.table.isColumnHidden(SlotTableModel.COL_CLINIC_TIME)


def test_find_client_pick_day_hold_and_confirm_with_the_keyboard(
        qtbot, tab: BookingTab, clinic: Clinic, session: Session) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "010 2222", "Bob Brown")
    qtbot.keyClick(tab.finder.search_edit, Qt.Key.Key_Return)
    assert tab.picker.table.hasFocus()
    tab.picker.date_edit.setDate(qdate(NEXT_DAY))
    _answered(tab)
    tab.picker.date_edit.setDate(qdate(DAY))
    _answered(tab)
    _pick_slot(tab, clinic.maya.id, "09:15")
    tab.picker.table.setFocus()
    with qtbot.waitSignal(session.ops.changed,
                          check_params_cb=touching("bookings"), timeout=20_000):
        qtbot.keyClick(tab.picker.table, Qt.Key.Key_Return)
    settle(qtbot, session)  # the views reload on the change, on the runner
    held = tab.current_booking()
    assert held is not None and held.client_name == "Bob Brown"
    assert held.reservation.status is Status.PENDING
    assert tab.hold_panel.status_label.text() == "Held: 30:00 left"
    assert tab.picker.model.slot_count == 5  # the held slot left the list
    next_row = tab.picker.current_row()  # the next free time of the same provider
    assert next_row is not None and next_row.provider.id == clinic.maya.id
    assert next_row.slot.start > held.reservation.start
    assert tab.banner.kind is Kind.SUCCESS
    qtbot.keyClick(tab.picker.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab.session)
    confirmed = booking.get_booking(session.actor, held.reservation.id)
    assert confirmed.reservation.status is Status.CONFIRMED
    assert tab.hold_panel.status_label.text() == "Confirmed"
    assert tab.reservations.current_booking().reservation.id == held.reservation.id


def test_the_countdown_runs_and_turns_expired(
        qtbot, tab: BookingTab, clinic: Clinic, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "ann", "Ann Archer")
    _pick_slot(tab, clinic.maya.id, "09:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    clock.advance(minutes=26, seconds=30)
    tab.hold_panel.tick()
    assert tab.hold_panel.status_label.text() == "Held: 03:30 left"
    assert tab.hold_panel.status_label.accessibleDescription() == "Hold about to expire"
    clock.advance(minutes=4)
    with qtbot.waitSignal(tab.hold_panel.hold_ran_out, timeout=20_000):
        tab.hold_panel.tick()
    assert tab.hold_panel.status_label.text() == "Expired"
    assert not tab.confirm_action.isEnabled()


def test_a_second_booking_the_same_day_shows_the_rule(
        qtbot, tab: BookingTab, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "ann", "Ann Archer")
    _pick_slot(tab, clinic.maya.id, "09:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    _pick_slot(tab, clinic.sofia.id, "08:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert tab.banner.kind is Kind.ERROR
    assert "already has 1 booking that day" in tab.banner.text()
    assert tab.current_booking().provider_name == "Dr. Maya Okafor"


def test_a_slot_taken_at_another_desk_says_so_and_leaves_the_list(
        qtbot, tab: BookingTab, clinic: Clinic, admin: Actor, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "ann", "Ann Archer")
    _pick_slot(tab, clinic.sofia.id, "08:15")
    taken = tab.picker.current_slot()
    booking.hold(admin, clinic.cleo.id, clinic.sofia.id, taken.start, clock())  # other desk
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert "just taken" in tab.banner.text()
    assert tab.picker.model.row_of(clinic.sofia.id, taken.start) == -1


def test_holding_without_a_client_asks_for_one(qtbot, tab: BookingTab, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    tab.finder.search_edit.setText("nobody at all")
    tab.finder.run_search()
    settle(qtbot, tab.session)
    assert tab.finder.current_client() is None
    tab.hold_action.trigger()
    assert tab.banner.kind is Kind.WARNING and "Choose a client first" in tab.banner.text()


def test_an_empty_day_names_the_next_day_with_slots(tab: BookingTab, clinic: Clinic) -> None:
    tab.picker.set_day(EMPTY_DAY)
    _answered(tab)
    assert tab.picker.stack.currentIndex() == 1
    assert "nobody has availability on Wed 2 Dec 2026" in tab.picker.empty_label.text()
    assert "Thu 3 Dec 2026" in tab.picker.empty_label.text()
    tab.picker.next_free_button.click()
    _answered(tab)
    assert tab.picker.day() == NEXT_DAY
    assert tab.picker.model.slot_count == 4


def test_jump_to_the_next_day_with_slots_from_a_full_day(tab: BookingTab, clinic: Clinic) -> None:
    assert tab.picker.day() == DAY
    tab.picker.next_free_day_action.trigger()
    _answered(tab)
    assert tab.picker.day() == NEXT_DAY


def test_move_a_reservation_to_another_day(
        qtbot, tab: BookingTab, clinic: Clinic, session: Session) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "bob", "Bob Brown")
    _pick_slot(tab, clinic.maya.id, "09:30")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    tab.confirm_action.trigger()
    settle(qtbot, tab.session)
    moving_id = tab.current_booking().reservation.id
    tab.move_action.trigger()
    settle(qtbot, tab.session)
    assert tab.is_moving() and tab.hold_action.text() == "Move &here"
    tab.picker.set_day(NEXT_DAY)
    _answered(tab)
    _pick_slot(tab, clinic.maya.id, "13:45")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert not tab.is_moving()
    moved = booking.get_booking(session.actor, moving_id)
    assert moved.reservation.local_date == NEXT_DAY
    assert moved.reservation.status is Status.CONFIRMED
    assert "Moved Bob Brown's reservation" in tab.banner.text()
    tab.picker.set_day(DAY)
    _answered(tab)
    assert tab.picker.model.slot_count == 6  # the old slot is free again


def test_cancel_with_a_reason_from_the_list(
        qtbot, tab: BookingTab, clinic: Clinic, session: Session, admin: Actor,
        clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    slot = schedule.bookable_slots(admin, DAY, clock(), provider_id=clinic.sofia.id)[0]
    other = booking.hold(admin, clinic.cleo.id, clinic.sofia.id, slot.start, clock())
    changed_elsewhere(session, "bookings")
    settle(qtbot, session)
    assert tab.reservations.select_reservation(other.id)
    assert tab.current_booking().client_name == "Cleo Carter"

    def answer(dialog: CancelReservationDialog) -> int:
        dialog.reason_edit.setText("Client is ill")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CancelReservationDialog, "exec", answer)
    tab.cancel_action.trigger()
    settle(qtbot, tab.session)
    cancelled = booking.get_booking(admin, other.id).reservation
    assert cancelled.status is Status.CANCELLED and cancelled.cancel_reason == "Client is ill"
    assert tab.hold_panel.status_label.text() == "Cancelled"
    assert not tab.cancel_action.isEnabled()


def test_the_reservation_list_filters_and_searches(
        qtbot, tab: BookingTab, clinic: Clinic, admin: Actor, clock: FakeClock,
        session: Session) -> None:  # type: ignore[no-untyped-def]
    slots = schedule.bookable_slots(admin, DAY, clock())
    first = booking.hold(admin, clinic.ann.id, slots[0].provider_id, slots[0].start, clock())
    booking.confirm(admin, first.id, clock())
    booking.hold(admin, clinic.bob.id, slots[1].provider_id, slots[1].start, clock())
    changed_elsewhere(session, "bookings")
    settle(qtbot, session)
    panel = tab.reservations
    assert panel.proxy.rowCount() == 2
    panel.set_statuses((Status.CONFIRMED,))
    assert [panel.proxy.booking(r).client_name for r in range(panel.proxy.rowCount())] == [
        "Ann Archer"]
    panel.set_statuses(None)
    qtbot.keyClicks(panel.search_edit, "bob")
    assert panel.proxy.rowCount() == 1


def test_arrow_keys_step_over_provider_headings(
        qtbot, tab: BookingTab, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    _pick_slot(tab, clinic.maya.id, "09:45")  # Maya's last slot, just above Sofia's heading
    tab.picker.table.setFocus()
    qtbot.keyClick(tab.picker.table, Qt.Key.Key_Down)
    row = tab.picker.current_row()
    assert row is not None and row.provider.id == clinic.sofia.id
    assert tab.hold_panel.slot_label.text().startswith("<b>Dr. Sofia Marquez</b>")


def _tab_stops(start: QWidget, count: int) -> list[QWidget]:
    stops, widget = [], start
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # the owner counts
        if widget.isVisible() and widget.isEnabled() and not inner and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
    return stops


def test_tab_order_follows_the_steps_of_a_booking(qtbot, tab: BookingTab, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    tab.finder.search_edit.setText("ann")
    tab.finder.run_search()
    settle(qtbot, tab.session)
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    stops = _tab_stops(tab.finder.search_edit, 16)
    assert stops == [tab.finder.table, tab.finder.new_button, tab.finder.history_button,
                     tab.book.arrivals.table, tab.views.tabBar(),
                     tab.picker.previous_day_button, tab.picker.date_edit,
                     tab.picker.next_day_button, tab.picker.provider_combo, tab.picker.table,
                     *tab.hold_panel.buttons,
                     tab.reservations.scope_combo, tab.reservations.status_combo]


def test_every_control_has_an_accessible_name(tab: BookingTab) -> None:
    unnamed = []
    for widget in tab.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(tab):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a date edit or combo box: its owner is named
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton)
                                            and widget.text())
        if not named:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_a_provider_account_books_only_on_its_own_schedule(
        qtbot, db, clinic: Clinic, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    provider = Actor("maya", Role.PROVIDER, "desk", provider_id=clinic.maya.id)
    widget = BookingTab(Session(provider, db, clock=clock))
    qtbot.addWidget(widget)
    widget.show_free_slots()
    assert not widget.new_client_action.isEnabled()
    _pick_slot(widget, clinic.sofia.id, "08:00")
    assert not widget.hold_action.isEnabled()
    _pick_slot(widget, clinic.maya.id, "09:00")
    assert widget.hold_action.isEnabled()


def test_a_slot_that_became_too_soon_says_how_much_notice_is_needed(
        qtbot, tab: BookingTab, clinic: Clinic, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "ann", "Ann Archer")
    _pick_slot(tab, clinic.maya.id, "09:00")
    clock.advance(days=6, hours=21)  # the list is a few hours old: the slot is now < 24 h away
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert tab.banner.kind is Kind.ERROR
    assert "at least 24 hours ahead" in tab.banner.text()
    assert tab.picker.model.slot_count == 0  # refreshed: nothing on that day is bookable now
