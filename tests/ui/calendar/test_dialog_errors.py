"""Add availability after a refusal (issue 13, defect 6): the rows keep their height, the
message speaks the user's dates, and it goes once the input changes."""

from __future__ import annotations

from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.models.formatting import local_dates
from tests.ui.calendar.conftest import DAY
from tests.ui.calendar.helpers import closed, press_ok, set_block
from tests.ui.calendar.test_tab_availability import add_two_blocks


def test_iso_dates_in_a_message_read_as_the_users_dates() -> None:
    assert local_dates("overlaps the block on 2026-12-03.") == "overlaps the block on " \
        "Thu 3 Dec 2026."
    assert local_dates("no date 2026-13-45 here") == "no date 2026-13-45 here"


def test_after_a_refusal_the_rows_keep_their_size_and_the_error_goes_with_the_fix(
        qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    add_two_blocks(qtbot, tab)
    dialog = tab.schedule_actions.add_blocks(DAY)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    start_edit, end_edit = dialog.blocks.time_edits(0)
    set_block(dialog.blocks, 0, "10:00", "13:00")
    press_ok(qtbot, dialog)
    assert dialog.error.isVisible() and "overlaps" in dialog.error.text()
    assert "Tue 1 Dec 2026" in dialog.error.text() and "2026-12-01" not in dialog.error.text()
    qtbot.wait(50)  # let the layout settle as it would on screen
    for edit in (start_edit, end_edit, dialog.date_edit):
        assert edit.height() >= edit.minimumSizeHint().height()
    set_block(dialog.blocks, 0, "18:00", "19:00")
    assert not dialog.error.isVisible()
    press_ok(qtbot, dialog)
    assert closed(dialog)
