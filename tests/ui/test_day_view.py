"""The appointment book's day view: cursor keys, Enter, the menu key, drag to move, and a live
refresh that keeps the receptionist's place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reservations_app.domain.model import Booking, Provider, Reservation, Status
from reservations_app.domain.timezones import wall_to_utc, zone
from reservations_app.services.day_book import Availability, ClinicDay, ProviderDay
from reservations_app.ui.booking.day_layout import DayLayout, layout_day
from reservations_app.ui.booking.day_paint import status_text
from reservations_app.ui.booking.day_view import DayView

DAY = dt.date(2026, 12, 3)
NOW = dt.datetime(2026, 12, 3, 8, 50, tzinfo=dt.UTC)
AMY = Provider(1, "Dr Amy", "a@c", "UTC")
ZED = Provider(2, "Dr Zed", "z@c", "UTC")


def _utc(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), dt.UTC)


def _booking(rid: int, provider: Provider, start: dt.datetime, minutes: int,
             status: Status = Status.CONFIRMED) -> Booking:
    expires = NOW + dt.timedelta(minutes=12) if status is Status.PENDING else None
    reservation = Reservation(rid, provider.id, 1, start, start + dt.timedelta(minutes=minutes),
                              DAY, status, NOW, hold_expires_at=expires)
    return Booking(reservation, f"Client {rid}", provider.name, provider.timezone)


def _layout(*zed_bookings: Booking) -> DayLayout:
    tz = zone("UTC")
    day = ClinicDay(DAY, "UTC", wall_to_utc(DAY, dt.time(0), tz), wall_to_utc(DAY, None, tz), (
        ProviderDay(AMY, (Availability(_utc(9), _utc(12)),), ()),
        ProviderDay(ZED, (Availability(_utc(9), _utc(12)),), tuple(zed_bookings))))
    return layout_day(day, 15)


def _view(qtbot: QtBot, layout: DayLayout) -> DayView:
    view = DayView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_day(layout, NOW)
    view.setFocus()
    return view


def test_the_cursor_starts_on_the_first_available_time_and_arrows_move_it(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout())
    assert (view.current_provider_id(), view.current_start()) == (AMY.id, _utc(9))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.current_provider_id(), view.current_start()) == (ZED.id, _utc(9, 15))
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_start() == _utc(10, 15)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_start() == _utc(11, 45)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_start() == _utc(9)


def test_enter_on_free_time_asks_to_book_it_and_on_a_booking_opens_it(qtbot: QtBot) -> None:
    visit = _booking(5, ZED, _utc(9, 30), 45)
    view = _view(qtbot, _layout(visit))
    with qtbot.waitSignal(view.free_time_activated, timeout=20_000) as free:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert free.args == [AMY.id, _utc(9)]
    view.select(ZED.id, _utc(10))  # inside the 45-minute visit
    assert view.current_booking() == visit
    with qtbot.waitSignal(view.booking_activated, timeout=20_000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert opened.args == [5]


def test_down_steps_over_a_whole_visit(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout(_booking(5, ZED, _utc(9), 45)))
    view.select(ZED.id, _utc(9))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_start() == _utc(9, 45)


def test_the_menu_key_on_a_booking_asks_for_its_menu(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout(_booking(5, ZED, _utc(9), 30)))
    view.select_booking(5)
    with qtbot.waitSignal(view.booking_menu_requested, timeout=20_000) as menu:
        qtbot.keyClick(view, Qt.Key.Key_Menu)
    assert menu.args[0] == 5


def _point(view: DayView, column: int, start: dt.datetime) -> QPoint:
    layout = view.day_layout()
    assert layout is not None
    metrics = view._metrics
    return QPoint(metrics.axis_width + column * view._column_width() + 20,
                  metrics.header_height + layout.row_of(start) * metrics.row_height + 4)


def _drag_move(view: DayView, point: QPoint) -> None:
    """A move with the left button held, as a real drag sends it."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point),
                        QPointF(view.viewport().mapToGlobal(point)), Qt.MouseButton.NoButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_dragging_a_booking_to_another_provider_and_time_asks_to_move_it(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout(_booking(5, ZED, _utc(9), 30)))
    start, target = _point(view, 1, _utc(9)), _point(view, 0, _utc(11))
    with qtbot.waitSignal(view.move_dropped, timeout=20_000) as moved:
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        _drag_move(view, start + QPoint(0, 30))
        _drag_move(view, target)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert moved.args == [5, AMY.id, _utc(11)]


def test_escape_during_a_drag_drops_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout(_booking(5, ZED, _utc(9), 30)))
    moved: list[object] = []
    view.move_dropped.connect(lambda *args: moved.append(args))
    start, target = _point(view, 1, _utc(9)), _point(view, 0, _utc(11))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    _drag_move(view, target)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert moved == []


def test_a_click_without_dragging_moves_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout(_booking(5, ZED, _utc(9), 30)))
    moved: list[object] = []
    view.move_dropped.connect(lambda *args: moved.append(args))
    point = _point(view, 1, _utc(9))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert moved == [] and view.current_booking() is not None


def test_a_live_refresh_keeps_the_cursor_on_the_same_provider_and_time(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout())
    view.select(ZED.id, _utc(11))
    view.set_day(_layout(_booking(9, ZED, _utc(9), 30)), NOW)
    assert (view.current_provider_id(), view.current_start()) == (ZED.id, _utc(11))


def test_status_is_written_in_words_with_a_holds_time_left() -> None:
    assert status_text(_booking(1, ZED, _utc(9), 15, Status.PENDING), NOW) == "held, 12 min left"
    assert status_text(_booking(2, ZED, _utc(9), 15), NOW) == "confirmed"


def test_painting_a_busy_day_does_not_fail(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout(_booking(1, ZED, _utc(9), 45, Status.PENDING),
                                _booking(2, ZED, _utc(10), 15)))
    image = view.grab()
    assert not image.isNull() and image.width() == view.width()


def test_elided_texts_follow_the_width(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout())
    name = "Dr Maximiliane Montgomery-Okonkwo"
    narrow, wide = view.elided_text(name, 60), view.elided_text(name, 2000)
    assert narrow != name and narrow.endswith("…")
    assert wide == name
    assert view.elided_text(name, 60) == narrow


def test_a_new_font_elides_again_in_that_font(qtbot: QtBot) -> None:
    view = _view(qtbot, _layout())
    name = "Dr Maximiliane Montgomery-Okonkwo"
    before = view.elided_text(name, 150)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    after = view.elided_text(name, 150)
    assert len(after) < len(before)


def test_a_booking_changed_elsewhere_repaints_with_its_new_words(qtbot: QtBot) -> None:
    held = _booking(7, ZED, _utc(9), 30, Status.PENDING)
    view = _view(qtbot, _layout(held))
    qtbot.wait(50)
    painted: list[QEvent.Type] = []

    class Count(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(event.type())
            return False

    counter = Count(view)
    view.viewport().installEventFilter(counter)
    confirmed = _booking(7, ZED, _utc(9), 30, Status.CONFIRMED)
    view.set_day(_layout(confirmed), NOW)
    qtbot.waitUntil(lambda: bool(painted), timeout=20000)
    view.select_booking(7)
    assert view.current_booking() == confirmed
