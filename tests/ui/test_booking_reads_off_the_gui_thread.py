"""The Booking tab's reads run on the operation runner's worker, never on the GUI thread:
finding the first day with free slots (show_free_slots), the next one (Alt+End), and the
reservation in hand."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.services import booking, schedule
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, NEXT_DAY, Clinic, settle


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads the watched services ran on."""
    seen: list[str] = []
    for module, name in ((schedule, "bookable_slots"), (schedule, "next_day_with_slots"),
                         (booking, "get_booking")):
        original = getattr(module, name)

        def watched(*args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(threading.current_thread().name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)
    return seen


def test_free_slot_days_and_the_reservation_in_hand_are_read_on_the_worker(
        qtbot: QtBot, session: Session, clinic: Clinic, threads: list[str]) -> None:
    tab = BookingTab(session)
    qtbot.addWidget(tab)
    tab.show_free_slots()  # today (a week before DAY) has nothing: the first free day is DAY
    tab.show()
    qtbot.waitUntil(lambda: tab.picker.day() == DAY, timeout=20_000)
    settle(qtbot, session)
    tab.picker.next_free_day_action.trigger()
    qtbot.waitUntil(lambda: tab.picker.day() == NEXT_DAY, timeout=20_000)
    settle(qtbot, session)
    assert threads and threading.main_thread().name not in threads
    held = booking.hold(session.actor, clinic.ann.id, clinic.maya.id,
                        tab.picker.current_slot().start, session.now())  # type: ignore[union-attr]
    threads.clear()
    tab.show_reservation(held.id)
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=20_000)
    assert tab.current_booking().reservation.id == held.id  # type: ignore[union-attr]
    assert threads and threading.main_thread().name not in threads
