"""The calendar tab's table models, checked by pytest-qt's model tester and read directly."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reservations_app.domain.model import Provider, Status
from reservations_app.ui.calendar.provider_model import (
    COL_EMAIL,
    COL_NAME,
    ProviderFilter,
    ProviderModel,
)
from reservations_app.ui.calendar.week_layout import layout_week
from reservations_app.ui.calendar.week_model import (
    COL_DETAIL,
    COL_FROM,
    COL_STATUS,
    COL_UNTIL,
    WeekModel,
)
from reservations_app.ui.models.table import OBJECT_ROLE
from tests.ui.calendar.test_week_layout import MONDAY, NOW, block, booking

PROVIDERS = [
    Provider(1, "Dr. Maya Okafor", "maya@clinic.example", "America/New_York", "#3b82f6"),
    Provider(2, "Priya Raman", "priya@clinic.example", "Europe/Berlin", "#f59e0b"),
    Provider(3, "Tom Becker", "tom@clinic.example", "America/Chicago", "#8b5cf6"),
]


def test_provider_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ProviderModel()
    model.set_providers(PROVIDERS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(1, COL_EMAIL).data() == "priya@clinic.example"
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.DecorationRole) == QColor("#3b82f6")
    assert model.index(2, COL_NAME).data(OBJECT_ROLE) == PROVIDERS[2]
    assert model.row_of(3) == 2 and model.row_of(99) is None


def test_the_search_matches_name_email_or_zone_ignoring_case(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ProviderModel()
    model.set_providers(PROVIDERS)
    proxy = ProviderFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("BERLIN")
    assert [proxy.provider_at(row) for row in range(proxy.rowCount())] == [PROVIDERS[1]]
    proxy.set_search("tom@")
    assert proxy.rowCount() == 1 and proxy.provider_at(0) == PROVIDERS[2]
    proxy.set_search("  ")
    assert proxy.rowCount() == 3
    proxy.set_search("nobody")
    assert proxy.rowCount() == 0 and proxy.provider_at(0) is None


def test_week_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tuesday = MONDAY + dt.timedelta(days=1)
    items = layout_week(
        MONDAY, [block(tuesday, 8, 12), block(MONDAY, 13, None, 2)],
        [booking(tuesday, 9, 0, Status.CONFIRMED, booking_id=1),
         booking(tuesday, 10, 0, Status.PENDING, expires=NOW + dt.timedelta(minutes=20),
                 booking_id=2),
         booking(tuesday, 11, 0, Status.CANCELLED, booking_id=3)],
        ZoneInfo("America/New_York"), NOW)
    model = WeekModel()
    model.set_items(items)
    qtmodeltester.check(model)
    rows = [[model.index(row, column).data() for column in (COL_FROM, COL_UNTIL, COL_STATUS,
                                                             COL_DETAIL)]
            for row in range(model.rowCount())]
    assert ["08:00", "12:00", "Available", "08:00-12:00"] in rows
    assert ["13:00", "24:00", "Available", "13:00-24:00"] in rows
    assert ["09:00", "09:15", "Confirmed", "Olivia Johnson"] in rows
    assert ["10:00", "10:15", "Held, 20 min left", "Olivia Johnson"] in rows
    assert ["11:00", "11:15", "Cancelled", "Olivia Johnson"] in rows
    assert model.index(0, 0).data(OBJECT_ROLE) == items[0]
    model.set_items([])
    assert model.rowCount() == 0
