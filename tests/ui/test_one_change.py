"""One change, one refresh: a hold made in the main window reloads each visible view once; the
hidden calendar only marks itself stale and reloads once when it is shown."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.store.connect import Target
from reservations_app.ui.booking.reservations_panel import ReservationsPanel
from reservations_app.ui.booking.slot_picker import SlotPicker
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, FakeClock, settle

WAIT_MS = 20_000
VIEWS: list[tuple[type, str]] = [(SlotPicker, "refresh"), (ReservationsPanel, "refresh"),
                                 (BookingTab, "_reload_current"), (CalendarTab, "reload_week")]


@pytest.fixture
def reloads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each view reloaded (counted before the window binds the methods)."""
    counts: Counter[str] = Counter()
    for cls, name in VIEWS:
        original: Callable[..., Any] = getattr(cls, name)

        def counted(self: object, *args: Any, _original: Callable[..., Any] = original,
                    _key: str = f"{cls.__name__}.{name}", **kwargs: Any) -> Any:
            counts[_key] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, counted)
    return counts


@pytest.mark.backends("sqlite")
def test_one_hold_is_one_refresh_of_each_visible_view(
        qtbot: QtBot, db: Target, clock: FakeClock, clinic: Clinic,
        reloads: Counter[str]) -> None:
    window = MainWindow(Session(Actor("front", Role.FRONT_DESK, "front-pc"), db, clock=clock))
    window.booking_tab.show_free_slots()  # these book from the slot list
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.booking_tab)
    # The Calendar tab is built when first needed: built now, it stays behind the Booking tab.
    assert not window.calendar_tab.isVisible()
    settle(qtbot, window.session)
    tab = window.booking_tab
    tab.finder.select_client(clinic.ann)
    assert tab.picker.select_slot(clinic.maya.id, dt.datetime(2026, 12, 1, 14, tzinfo=dt.UTC))
    reloads.clear()

    tab.hold_selected_slot()
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=WAIT_MS)
    settle(qtbot, window.session)
    qtbot.wait(1_500)  # time for a live-feed echo of the same commit, which must not come
    assert reloads == {"SlotPicker.refresh": 1, "ReservationsPanel.refresh": 1,
                       "BookingTab._reload_current": 1}

    window.tabs.setCurrentWidget(window.calendar_tab)  # stale while hidden: reloads now, once
    assert reloads["CalendarTab.reload_week"] == 1
    window.tabs.setCurrentWidget(window.booking_tab)
    window.tabs.setCurrentWidget(window.calendar_tab)
    assert reloads["CalendarTab.reload_week"] == 1
