"""Two workstations' windows on one database: what one desk does, the other sees.

The tests wait for the outcome with a generous timeout on a loaded machine; how fast it arrives
is a benchmark figure, not a test."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.store.db import Target
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.models.booking_model import BookingTableModel
from reservations_app.ui.session import Session
from tests.ui.conftest import DAY, Clinic, FakeClock

WITHIN_MS = 20_000


def _window(qtbot: QtBot, db: Target, clock: FakeClock, name: str) -> MainWindow:
    window = MainWindow(Session(Actor(name, Role.FRONT_DESK, f"{name}-pc"), db, clock=clock))
    window.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.live.is_connected, timeout=WITHIN_MS)
    qtbot.waitUntil(window.session.ops.is_idle, timeout=WITHIN_MS)
    return window


def _listed_clients(window: MainWindow) -> Callable[[], list[str]]:
    model = window.booking_tab.reservations.model

    def names() -> list[str]:
        return [str(model.index(row, BookingTableModel.COL_CLIENT).data())
                for row in range(model.rowCount())]
    return names


def test_a_hold_at_one_desk_appears_at_the_other(
        qtbot: QtBot, db: Target, clock: FakeClock, clinic: Clinic) -> None:
    front = _window(qtbot, db, clock, "front")
    back = _window(qtbot, db, clock, "back")
    assert back.booking_tab.picker.day() == DAY
    listed = _listed_clients(back)
    assert "Ann Archer" not in listed()
    free_before = back.booking_tab.picker.model.slot_count

    tab = front.booking_tab
    tab.finder.select_client(clinic.ann)
    first_slot = tab.picker.model.slot_row(1)
    assert first_slot is not None
    assert tab.picker.select_slot(first_slot.provider.id, first_slot.slot.start)
    tab.hold_selected_slot()
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=WITHIN_MS)

    qtbot.waitUntil(lambda: "Ann Archer" in listed(), timeout=WITHIN_MS)
    qtbot.waitUntil(lambda: back.booking_tab.picker.model.slot_count == free_before - 1,
                    timeout=WITHIN_MS)
