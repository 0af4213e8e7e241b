"""The appointment book on the Booking tab: booking a 45-minute visit from the day, a type that
does not fit, moving by drag (accepted and refused), check-in and no-show from the keys, the
arrivals panel, and another desk's change keeping the receptionist's place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Status
from reservations_app.services import booking, visit_types
from reservations_app.ui.booking.book_visit_dialog import BookVisitDialog
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, Clinic, FakeClock, changed_elsewhere, settle

NY_NINE = dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)  # 09:00 in New York on DAY


def _at(minutes_after_nine: int) -> dt.datetime:
    return NY_NINE + dt.timedelta(minutes=minutes_after_nine)


@pytest.fixture
def assessment(admin: Actor, now: dt.datetime, clinic: Clinic) -> int:
    return visit_types.add_type(admin, "Assessment", 45, now, buffer_after=15).id


@pytest.fixture
def tab(qtbot: QtBot, session: Session, assessment: int) -> BookingTab:
    widget = BookingTab(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.book.panel.set_day(DAY)
    settle(qtbot, session)
    return widget


def _choose_ann(qtbot: QtBot, tab: BookingTab) -> None:
    tab.finder.search_edit.setText("ann")
    tab.finder.run_search()
    settle(qtbot, tab.session)
    assert tab.finder.current_client() is not None


def _accept_first_fitting_type(monkeypatch: pytest.MonkeyPatch) -> list[BookVisitDialog]:
    shown: list[BookVisitDialog] = []

    def accept(dialog: BookVisitDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted if dialog.hold_button.isEnabled() else \
            QDialog.DialogCode.Rejected

    monkeypatch.setattr(BookVisitDialog, "exec", accept)
    return shown


def test_booking_a_45_minute_visit_from_the_day(qtbot: QtBot, tab: BookingTab, clinic: Clinic,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _accept_first_fitting_type(monkeypatch)
    _choose_ann(qtbot, tab)
    view = tab.book.panel.view
    view.select(clinic.maya.id, NY_NINE)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    settle(qtbot, tab.session)
    held = tab.current_booking()
    assert held is not None and held.client_name == "Ann Archer"
    assert (held.reservation.start, held.reservation.end) == (NY_NINE, _at(45))
    assert held.reservation.status is Status.PENDING
    qtbot.waitUntil(lambda: view.current_booking() is not None, timeout=20_000)
    assert "Held" in tab.banner.text()


def test_a_type_that_does_not_fit_says_why(qtbot: QtBot, tab: BookingTab, clinic: Clinic,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _accept_first_fitting_type(monkeypatch)
    _choose_ann(qtbot, tab)
    tab.book.book_or_move_here(clinic.maya.id, _at(30))  # 45 minutes from 09:30 pass 10:00
    qtbot.waitUntil(lambda: "runs past" in tab.banner.text(), timeout=20_000)
    assert shown == []


def test_booking_without_a_chosen_client_asks_for_one(qtbot: QtBot, tab: BookingTab,
                                                      clinic: Clinic) -> None:
    tab.book.book_or_move_here(clinic.maya.id, NY_NINE)
    assert "Choose a client first" in tab.banner.text()


def _hold_for_ann(admin: Actor, now: dt.datetime, clinic: Clinic, start: dt.datetime,
                  confirm: bool = False) -> int:
    held = booking.hold(admin, clinic.ann.id, clinic.maya.id, start, now)
    return booking.confirm(admin, held.id, now).id if confirm else held.id


def test_a_drag_asks_then_moves_and_a_refused_move_stays_put(
        qtbot: QtBot, tab: BookingTab, clinic: Clinic, admin: Actor, now: dt.datetime,
        monkeypatch: pytest.MonkeyPatch) -> None:
    rid = _hold_for_ann(admin, now, clinic, NY_NINE)
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    view = tab.book.panel.view
    view.move_dropped.emit(rid, clinic.maya.id, _at(30))
    settle(qtbot, tab.session)
    assert "Ann Archer" in asked[0] and "09:00" in asked[0] and "09:30" in asked[0]
    assert booking.get_booking(admin, rid).reservation.start == _at(30)
    view.move_dropped.emit(rid, clinic.maya.id, _at(90))  # 10:30: nobody is available then
    settle(qtbot, tab.session)
    assert tab.banner.kind.name == "ERROR"
    assert booking.get_booking(admin, rid).reservation.start == _at(30)


def test_check_in_undo_and_no_show_from_the_keys(qtbot: QtBot, tab: BookingTab, clinic: Clinic,
                                                 admin: Actor, now: dt.datetime,
                                                 clock: FakeClock) -> None:
    rid = _hold_for_ann(admin, now, clinic, NY_NINE, confirm=True)
    clock.current = _at(5)  # 09:05 on the day of the visit
    tab.book.panel.set_day(DAY)
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    view = tab.book.panel.view
    assert view.select_booking(rid)
    view.setFocus()
    qtbot.waitUntil(tab.book.visit_actions.arrived_action.isEnabled, timeout=20_000)
    for key, wanted in ((Qt.Key.Key_F5, Status.ARRIVED), (Qt.Key.Key_F8, Status.CONFIRMED),
                        (Qt.Key.Key_F7, Status.NO_SHOW)):
        qtbot.keyClick(view, key)
        qtbot.waitUntil(lambda w=wanted: booking.get_booking(
            admin, rid).reservation.status is w, timeout=20_000)
        settle(qtbot, tab.session)
        qtbot.waitUntil(lambda w=wanted: tab.current_booking() is not None
                        and tab.current_booking().reservation.status is w, timeout=20_000)


def test_the_arrivals_panel_shows_who_is_waiting_late_and_due(
        qtbot: QtBot, tab: BookingTab, clinic: Clinic, admin: Actor, now: dt.datetime,
        clock: FakeClock) -> None:
    waiting = _hold_for_ann(admin, now, clinic, NY_NINE, confirm=True)
    bob = booking.confirm(admin, booking.hold(admin, clinic.bob.id, clinic.sofia.id, _at(15),
                                              now).id, now)
    clock.current = _at(2)
    from reservations_app.services import visit_status
    visit_status.arrive(admin, waiting, clock.current)
    clock.current = _at(20)
    tab.book.arrivals.reload()
    settle(qtbot, tab.session)
    model = tab.book.arrivals.model
    rows = [(model.item(r).booking.client_name, model.state_text(model.item(r)))
            for r in range(model.rowCount())]
    assert rows == [("Ann Archer", "waiting 18 min"), ("Bob Brown", "late 5 min")]
    assert bob.id != waiting


def test_another_desks_change_keeps_the_cursor(qtbot: QtBot, tab: BookingTab, clinic: Clinic,
                                               admin: Actor, now: dt.datetime) -> None:
    view = tab.book.panel.view
    view.select(clinic.maya.id, _at(45))
    _hold_for_ann(admin, now, clinic, NY_NINE)
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    layout = view.day_layout()
    assert layout is not None and any(column.bookings for column in layout.columns)
    assert (view.current_provider_id(), view.current_start()) == (clinic.maya.id, _at(45))


def test_the_day_models_pass_the_model_tester(qtbot: QtBot, tab: BookingTab, qtmodeltester,
                                              ) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.book.arrivals.model)


def test_a_screen_reader_hears_the_cell_under_the_cursor(qtbot: QtBot, tab: BookingTab,
                                                         clinic: Clinic, admin: Actor,
                                                         now: dt.datetime,
                                                         assessment: int) -> None:
    rid = _hold_for_ann(admin, now, clinic, NY_NINE, confirm=True)
    changed_elsewhere(tab.session, "bookings")
    settle(qtbot, tab.session)
    view = tab.book.panel.view
    view.setFocus()
    assert view.select_booking(rid)
    assert view.accessibleDescription() == "09:00, Ann Archer, confirmed"
    for _ in range(view.day_layout().row_of(_at(60)) - view.day_layout().row_of(NY_NINE)):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.accessibleDescription() == "10:00, Dr. Maya Okafor, not available"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.accessibleDescription().endswith(", Dr. Maya Okafor, free")
