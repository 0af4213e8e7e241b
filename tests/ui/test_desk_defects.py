"""Defects found when the booking tab was tried as a new user would (issue 13, items 2, 7-9, 11)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from reservations_app.domain.access import Actor
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, people, schedule, settings
from reservations_app.ui.booking.reservations_panel import SCOPE_UPCOMING
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.models.booking_model import BookingTableModel
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, NEXT_DAY, Clinic, FakeClock, changed_elsewhere, settle
from tests.ui.test_booking_tab import _answered, _find_client, _pick_slot


@pytest.fixture
def tab(qtbot, session: Session) -> BookingTab:  # type: ignore[no-untyped-def]
    widget = BookingTab(session)
    qtbot.addWidget(widget)
    widget.show_free_slots()  # the defects were found in the slot list
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, session)
    return widget


def _clients_shown(tab: BookingTab) -> list[str]:
    proxy = tab.reservations.proxy
    return [proxy.booking(row).client_name for row in range(proxy.rowCount())]


def test_holding_for_someone_else_keeps_the_searched_clients_upcoming_rows(
        qtbot, tab: BookingTab, clinic: Clinic, admin: Actor, clock: FakeClock,
        session: Session) -> None:  # type: ignore[no-untyped-def]
    settings.set_value(admin, "max_per_client_per_day", "50", clock())
    later = DAY + dt.timedelta(days=7)
    for day in (DAY + dt.timedelta(days=3), later):
        schedule.add_availability(admin, clinic.maya.id, day, [parse_block("07:00-19:00")],
                                  clock())
    early = schedule.bookable_slots(admin, DAY + dt.timedelta(days=3), clock())
    for slot in early[:47]:  # nearly a page of bookings before the searched client's
        booking.hold(admin, clinic.bob.id, slot.provider_id, slot.start, clock())
    for slot in schedule.bookable_slots(admin, later, clock())[:3]:
        booking.hold(admin, clinic.ann.id, slot.provider_id, slot.start, clock())
    changed_elsewhere(session, "bookings")
    settle(qtbot, session)
    panel = tab.reservations
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData(SCOPE_UPCOMING))
    qtbot.keyClicks(panel.search_edit, "archer")
    qtbot.waitUntil(lambda: _clients_shown(tab) == ["Ann Archer"] * 3, timeout=20_000)
    _find_client(qtbot, tab, "cleo", "Cleo Carter")  # someone else
    _pick_slot(tab, clinic.maya.id, "09:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert tab.banner.kind is Kind.SUCCESS
    qtbot.waitUntil(lambda: not panel._search_timer.isActive(), timeout=20_000)
    assert _clients_shown(tab) == ["Ann Archer"] * 3


def test_an_ambiguous_search_chooses_nobody_and_hold_asks_for_a_choice(
        qtbot, tab: BookingTab, clinic: Clinic, admin: Actor, clock: FakeClock,
        session: Session) -> None:  # type: ignore[no-untyped-def]
    for name in ("Raj Patel", "Priya Patel", "Anil Patel"):
        people.add_client(admin, name, clock())
    changed_elsewhere(session, "people")
    settle(qtbot, session)
    tab.finder.search_edit.setFocus()
    qtbot.keyClicks(tab.finder.search_edit, "patel")
    qtbot.waitUntil(lambda: tab.finder.model.rowCount() == 3, timeout=20_000)
    assert tab.finder.current_client() is None
    _pick_slot(tab, clinic.maya.id, "09:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert tab.current_booking() is None
    assert tab.banner.kind is Kind.WARNING and "Several clients match" in tab.banner.text()
    qtbot.keyClick(tab.finder.search_edit, Qt.Key.Key_Down)  # the desk picks one
    chosen = tab.finder.current_client()
    assert chosen is not None and chosen.name.endswith("Patel")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert tab.current_booking().client_name == chosen.name


def test_a_single_match_is_chosen(qtbot, tab: BookingTab, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "archer", "Ann Archer")


def test_a_day_all_inside_the_notice_says_so(
        tab: BookingTab, clinic: Clinic, clock: FakeClock) -> None:
    clock.current = dt.datetime(2026, 12, 2, 20, 0, tzinfo=dt.UTC)  # Wed 15:00 in New York
    tab.picker.set_day(NEXT_DAY)  # Maya's Thursday 13:00-14:00 is under 24 hours away
    _answered(tab)
    assert tab.picker.model.slot_count == 0
    assert "all of Thursday is inside the 24-hour notice" in tab.picker.empty_label.text()


def test_a_fully_booked_day_says_so(tab: BookingTab, clinic: Clinic, admin: Actor,
                                    clock: FakeClock) -> None:
    settings.set_value(admin, "max_per_client_per_day", "10", clock())
    for slot in schedule.bookable_slots(admin, NEXT_DAY, clock()):
        booking.hold(admin, clinic.bob.id, slot.provider_id, slot.start, clock())
    tab.picker.set_day(NEXT_DAY)
    _answered(tab)
    assert "fully booked" in tab.picker.empty_label.text()


def test_a_success_banner_gives_way_when_the_hold_runs_out(
        qtbot, tab: BookingTab, clinic: Clinic, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "ann", "Ann Archer")
    _pick_slot(tab, clinic.maya.id, "09:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    assert tab.banner.kind is Kind.SUCCESS and tab.banner.text().startswith("Held")
    clock.advance(minutes=31)
    with qtbot.waitSignal(tab.hold_panel.hold_ran_out, timeout=20_000):
        tab.hold_panel.tick()
    qtbot.waitUntil(lambda: tab.banner.kind is Kind.WARNING, timeout=20_000)
    assert "ran out" in tab.banner.text() and "Ann Archer" in tab.banner.text()


def test_adding_a_client_replaces_the_cancelled_banner(
        qtbot, tab: BookingTab, clinic: Clinic, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _find_client(qtbot, tab, "ann", "Ann Archer")
    _pick_slot(tab, clinic.maya.id, "09:00")
    tab.hold_action.trigger()
    settle(qtbot, tab.session)
    tab.cancel_current("changed plans")
    settle(qtbot, tab.session)
    assert tab.banner.text().startswith("Cancelled")
    new = people.add_client(tab._session.actor, "Dora Diaz", tab._session.now())

    class Accepting:
        def __init__(self, *args: object) -> None:
            self.client = new

        def exec(self) -> int:
            return 1

    monkeypatch.setattr("reservations_app.ui.dialogs.client.NewClientDialog", Accepting)
    tab.add_client()
    assert tab.banner.text().startswith("Added Dora Diaz")
    assert "Cancelled" not in tab.banner.text()


def test_the_list_shows_clinic_time_in_its_sort_order(
        qtbot, tab: BookingTab, clinic: Clinic, admin: Actor, clock: FakeClock,  # type: ignore[no-untyped-def]
        session: Session) -> None:
    maya_slot = next(s for s in schedule.bookable_slots(admin, DAY, clock(),
                                                        provider_id=clinic.maya.id))
    sofia_slot = next(s for s in schedule.bookable_slots(admin, DAY, clock(),
                                                         provider_id=clinic.sofia.id))
    booking.hold(admin, clinic.ann.id, clinic.maya.id, maya_slot.start, clock())
    booking.hold(admin, clinic.bob.id, clinic.sofia.id, sofia_slot.start, clock())
    changed_elsewhere(session, "bookings")
    settle(qtbot, session)
    proxy = tab.reservations.proxy
    shown = [proxy.index(row, BookingTableModel.COL_WHEN).data()
             for row in range(proxy.rowCount())]
    # Sofia's 08:00 in Chicago is 09:00 in New York, the clinic's zone: it reads as 09:00.
    assert shown == ["Tue 1 Dec 09:00", "Tue 1 Dec 09:00 (08:00 CST)"]
