"""The Reports window on a small clinic: table, charts, PNG and PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage

from reservations_app.services import booking
from reservations_app.store.models import ReservationRow
from reservations_app.ui.data.charts import Chart, scale_top
from reservations_app.ui.data.report_model import COL_NO_SHOW_RATE, COL_UTILISATION
from reservations_app.ui.data.reports_window import ReportsWindow
from reservations_app.ui.models.formatting import month_label, short_day
from tests.ui.conftest import DAY, settle

pytestmark = pytest.mark.backends("sqlite")


def _at(hour: int, minute: int, tz: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.combine(DAY, dt.time(hour, minute), ZoneInfo(tz))


@pytest.fixture
def window(qtbot, session, clinic, admin, now):  # type: ignore[no-untyped-def]
    for minute, client in ((0, clinic.ann), (15, clinic.bob)):
        held = booking.hold(admin, client.id, clinic.maya.id,
                            _at(9, minute, clinic.maya.timezone), now)
        booking.confirm(admin, held.id, now)
    ReservationRow.update(status="no_show").where(ReservationRow.client == clinic.bob.id) \
        .execute()
    shown = ReportsWindow(session)
    qtbot.addWidget(shown)
    settle(qtbot, session)
    shown.from_edit.setDate(QDate(2026, 11, 1))
    shown.until_edit.setDate(QDate(2026, 12, 31))
    with qtbot.waitSignal(shown.refreshed, timeout=20_000):
        qtbot.mouseClick(shown.refresh_button, Qt.MouseButton.LeftButton)
    return shown


def _refresh(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.refresh()


def test_table_and_charts_show_the_numbers(window, qtmodeltester, clinic):
    qtmodeltester.check(window.model)
    rows = {(window.model.index(r, 0).data(), window.model.index(r, 1).data()): r
            for r in range(window.model.rowCount())}
    maya = rows[(clinic.maya.name, "2026-12-01")]
    assert window.model.index(maya, COL_UTILISATION).data() == "25.0%"  # 0.5 h of 2 h
    assert window.model.index(maya, COL_NO_SHOW_RATE).data() == "50.0%"
    assert dict(window.utilisation_chart.points)[clinic.maya.name] == 0.25
    # the chart's labels are in the desk's locale ("Dec 2026" in English)
    assert window.no_show_chart.points == [(month_label(dt.date(2026, 12, 1)), 0.5)]


def test_provider_filter_and_weeks(window, clinic, qtbot):
    window.provider_combo.setCurrentIndex(window.provider_combo.findData(clinic.sofia.id))
    window.period_combo.setCurrentIndex(1)
    _refresh(qtbot, window)
    assert {window.model.index(r, 0).data() for r in range(window.model.rowCount())} == {
        clinic.sofia.name}
    assert window.no_show_chart.points == []  # she had no bookings
    window.provider_combo.setCurrentIndex(0)
    _refresh(qtbot, window)
    assert window.no_show_chart.points == [(short_day(dt.date(2026, 11, 30)), 0.5)]


def test_png_and_pdf(window, tmp_path):
    png, pdf = tmp_path / "charts.png", tmp_path / "report.pdf"
    window.save_png(png)
    image = QImage(str(png))
    assert image.width() == 1800 and image.height() == 360
    window.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000


def test_a_reversed_range_is_said_not_raised(window, qtbot):
    window.from_edit.setDate(QDate(2027, 1, 1))
    _refresh(qtbot, window)
    assert not window.error_label.isHidden()
    assert "before it starts" in window.error_label.text()


def test_the_scale_leaves_room_above_the_highest_value(qtbot):
    assert scale_top(0.5) == 0.56 and scale_top(0.0) == 0.04 and scale_top(1.0) == 1.12
    assert scale_top(0.09) == 0.12
    chart = Chart("Empty")
    qtbot.addWidget(chart)
    assert chart.to_image().width() > 0  # "No data" is drawn, nothing fails
