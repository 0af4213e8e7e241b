"""The series dialog and the waitlist panel, driven as a receptionist would, through the
session's operation runner. Set SCREENSHOT_DIR to keep a picture of each."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import zone
from reservations_app.domain.waitlist import WishStatus, parse_window
from reservations_app.services import (
    audit,
    booking,
    schedule,
    series,
    visit_types,
    waitlist,
)
from reservations_app.ui.booking.series_dialog import SeriesDialog
from reservations_app.ui.booking.waitlist_panel import WaitlistPanel
from reservations_app.ui.models.formatting import pydate
from reservations_app.ui.models.series_preview_model import SeriesPreviewModel
from reservations_app.ui.models.waitlist_model import Names, WaitlistModel
from tests.ui.conftest import DAY, changed_elsewhere, settle

NY = zone("America/New_York")


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), NY).astimezone(dt.UTC)


@pytest.fixture
def physio(clinic, admin, now) -> int:
    schedule.repeat_weekly(admin, clinic.maya.id, [1], [parse_block("09:00-10:00")],
                           DAY + dt.timedelta(weeks=1), DAY + dt.timedelta(weeks=6), now)
    return visit_types.add_type(admin, "Physio", 30, now).id


def keep_picture(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_series_dialog_previews_refuses_a_conflict_then_books_skipping_it(
        qtbot, session, clinic, physio, admin, now) -> None:  # type: ignore[no-untyped-def]
    booking.hold(admin, clinic.bob.id, clinic.maya.id, at(DAY + dt.timedelta(weeks=1), 9),
                 now, visit_type_id=physio)
    dialog = SeriesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.type_box.count() == 1, timeout=20_000)
    dialog.preset(client_id=clinic.ann.id, provider_id=clinic.maya.id, type_id=physio,
                  local_start=dt.datetime(2026, 12, 1, 9, 0))
    dialog.count_spin.setValue(4)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=20_000)
    second = dialog.model.item(1)
    assert not second.fits and second.reason == "held"
    assert dialog.model.index(1, SeriesPreviewModel.COL_STATUS).data() == \
        "Held at another desk"
    assert dialog.model.index(1, SeriesPreviewModel.COL_ALTERNATIVE).data()  # 09:30
    assert dialog.summary.text() == \
        "4 visits, 1 of them cannot be booked as asked; 3 ticked to book"
    keep_picture(dialog, "series_dialog.png")
    dialog.count_spin.setValue(3)
    dialog.count_spin.setValue(4)  # a changed form drops the preview: Book asks for them all
    assert dialog.model.rowCount() == 0 and dialog.summary.text() == ""
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be booked" in dialog.error.text(), timeout=20_000)
    dialog.skip_box.setChecked(True)
    with qtbot.waitSignal(dialog.series_booked, timeout=20_000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    made = series.show(admin, booked.args[0])
    assert len(made.bookings) == 3 and not dialog.isVisible()


def test_series_dialog_books_exactly_the_ticked_visits(
        qtbot, session, clinic, physio, admin, now) -> None:  # type: ignore[no-untyped-def]
    booking.hold(admin, clinic.bob.id, clinic.maya.id, at(DAY + dt.timedelta(weeks=1), 9),
                 now, visit_type_id=physio)
    dialog = SeriesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.type_box.count() == 1, timeout=20_000)
    dialog.preset(client_id=clinic.ann.id, provider_id=clinic.maya.id, type_id=physio,
                  local_start=dt.datetime(2026, 12, 1, 9, 0))
    dialog.count_spin.setValue(4)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=20_000)
    model, when = dialog.model, SeriesPreviewModel.COL_WHEN
    assert [model.index(r, when).data(Qt.ItemDataRole.CheckStateRole) for r in range(4)] == [
        Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Checked,
        Qt.CheckState.Checked]
    for row in (0, 1):  # the desk drops the first visit and takes the conflict's 09:30
        dialog.table.setCurrentIndex(model.index(row, when))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.summary.text().endswith("; 3 ticked to book")
    expected = [model.item(1).alternative, model.item(2).start, model.item(3).start]
    with qtbot.waitSignal(dialog.series_booked, timeout=20_000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    made = series.show(admin, booked.args[0])
    assert [r.start for r in made.bookings] == expected
    assert expected[0] == at(DAY + dt.timedelta(weeks=1), 9, 30)


def test_series_preview_model_passes_modeltester(qtmodeltester, now) -> None:  # type: ignore[no-untyped-def]
    model = SeriesPreviewModel()
    later = now + dt.timedelta(hours=1)
    model.set_rows([series.PreviewRow(now, now + dt.timedelta(minutes=30), True, "free", None),
                    series.PreviewRow(now, now, False, "booked", later),
                    series.PreviewRow(now, now, False, "unavailable", None)], NY)
    qtmodeltester.check(model, force_py=True)
    checkable = Qt.ItemFlag.ItemIsUserCheckable
    assert [bool(model.flags(model.index(r, 0)) & checkable) for r in range(3)] == [
        True, True, False]  # a conflict with no free start that day cannot be ticked
    assert not model.setData(model.index(2, 0), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(1, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.chosen_starts() == [now, later]
    qtmodeltester.check(model, force_py=True)


def test_waitlist_model_passes_modeltester(qtmodeltester, session, clinic, physio, admin,
                                           now) -> None:  # type: ignore[no-untyped-def]
    entry = waitlist.add(admin, clinic.ann.id, physio, now, first_day=DAY, last_day=DAY,
                         window=parse_window("morning"), urgent=True)
    model = WaitlistModel()
    model.set_entries([entry], Names({clinic.ann.id: "Ann"}, {}, {physio: "Physio"}))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, WaitlistModel.COL_PROVIDERS).data() == "Anyone"
    assert model.index(0, WaitlistModel.COL_WHEN).data() == "Any day, 00:00–12:00"


def test_waitlist_panel_matches_offers_and_stays_live(qtbot, session, clinic, physio, admin,
                                                      now) -> None:  # type: ignore[no-untyped-def]
    waiting = waitlist.add(admin, clinic.ann.id, physio, now, first_day=DAY, last_day=DAY,
                           note="call after 5pm")
    urgent = waitlist.add(admin, clinic.bob.id, physio, now + dt.timedelta(minutes=1),
                          first_day=DAY, last_day=DAY, urgent=True)
    panel = WaitlistPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20_000)
    panel.show_matches(clinic.maya.id, at(DAY, 9, 30))
    qtbot.waitUntil(lambda: "2 waitlisted clients fit" in panel.headline.text(),
                    timeout=20_000)
    assert "Dr. Maya Okafor" in panel.headline.text()
    assert [panel.model.item(r).id for r in range(2)] == [urgent.id, waiting.id]
    keep_picture(panel, "waitlist_panel.png")
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.offered, timeout=20_000) as offered:
        qtbot.mouseClick(panel.offer_button, Qt.MouseButton.LeftButton)
    assert booking.get_booking(admin, offered.args[0]).reservation.client_id == clinic.bob.id
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)  # no longer free
    panel.show_matches(clinic.maya.id, at(DAY, 9, 0))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)  # Bob has his visit
    booking.hold(admin, clinic.cleo.id, clinic.maya.id, at(DAY, 9, 0), now,
                 visit_type_id=physio)  # at another desk
    changed_elsewhere(session, "bookings")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)
    panel.show_all()  # Bob's entry is offered, waiting for his answer; Ann's is open
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=20_000)
    statuses = {panel.model.item(r).id: panel.model.index(r, WaitlistModel.COL_STATUS).data()
                for r in range(2)}
    keep_picture(panel, "waitlist_panel_offered.png")
    assert statuses[waiting.id] == "Open"
    assert statuses[urgent.id].startswith("Urgent · Offered ") and "09:30, held until " in \
        statuses[urgent.id]


def test_waitlist_panel_adds_edits_and_removes(qtbot, session, clinic, physio, admin,
                                               now) -> None:  # type: ignore[no-untyped-def]
    panel = WaitlistPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    settle(qtbot, session)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor is not None
    editor.client_box.setCurrentIndex(editor.client_box.findData(clinic.cleo.id))
    editor.time_box.setCurrentIndex(editor.time_box.findData("between"))
    editor.window_end.setTime(editor.window_start.time().addSecs(-3600))
    editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "ends" in editor.error.text(), timeout=20_000)  # kept open
    editor.time_box.setCurrentIndex(editor.time_box.findData("morning"))
    editor.urgent_box.setChecked(True)
    editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    [entry] = waitlist.list_entries(admin, now)
    assert entry.wish.client_id == clinic.cleo.id and entry.wish.urgent
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    panel.editor.note_edit.setText("prefers Dr Okafor")
    panel.editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and
                    panel.model.item(0).note == "prefers Dr Okafor", timeout=20_000)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=20_000)  # the open list
    assert waitlist.get_entry(admin, entry.id, now).status is WishStatus.REMOVED


def test_the_booking_menu_opens_the_series_dialog_and_the_waitlist(
        qtbot, session, clinic, physio) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    texts = [a.text() for a in window.booking_menu.actions()]
    assert "Recurring &visit…" in texts and "&Waitlist" in texts
    window.recurring.waitlist_action.trigger()
    qtbot.waitUntil(window.recurring.waitlist_dock.isVisible, timeout=20_000)
    window.recurring.series_action.trigger()
    dialog = window.recurring.series_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.type_box.count() == 1,
                    timeout=20_000)
    first = session.clinic_today() + dt.timedelta(days=1)  # not Qt's default of 1 Jan 2000
    assert pydate(dialog.date_edit.date()) == first
    assert pydate(dialog.until_edit.date()) == first + dt.timedelta(weeks=12)
    dialog.reject()
    settle(qtbot, session)


def test_the_windows_sweep_lapses_waitlist_entries_past_their_range(
        qtbot, session, clinic, physio, admin, clock) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.store.models import WaitlistEntryRow
    from reservations_app.ui.main_window import MainWindow

    entry = waitlist.add(admin, clinic.ann.id, physio, clock(), first_day=DAY, last_day=DAY)
    window = MainWindow(session)
    qtbot.addWidget(window)
    clock.advance(days=9)  # the range (DAY) ended while the app was open
    window.sweep_expired_holds()  # what the expiry timer triggers
    qtbot.waitUntil(lambda: WaitlistEntryRow.get_by_id(entry.id).status == "lapsed",
                    timeout=20_000)  # stored so, not only shown so
    settle(qtbot, session)
    assert "waitlist.lapse" in [e.action for e in audit.list_entries(admin, limit=5)]
