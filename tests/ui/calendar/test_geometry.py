"""The grid's pixel <-> minute arithmetic, without a widget."""

from __future__ import annotations

import pytest

from reservations_app.ui.calendar.geometry import (
    MINUTES_PER_DAY,
    GridGeometry,
    drag_span,
    pixels_per_hour,
    snap_down,
    snap_up,
)

GEOMETRY = GridGeometry(width=756, days=7, gutter=56, header=40, pixels_per_hour=60, scroll=0)


def test_columns_split_the_width_after_the_gutter() -> None:
    assert GEOMETRY.column_width == 100
    assert GEOMETRY.column_left(0) == 56
    assert GEOMETRY.column_left(3) == 356
    assert GEOMETRY.day_at(55) is None
    assert GEOMETRY.day_at(56) == 0
    assert GEOMETRY.day_at(155.9) == 0
    assert GEOMETRY.day_at(156) == 1
    assert GEOMETRY.day_at(755) == 6
    assert GEOMETRY.day_at(756) is None


def test_minutes_and_pixels_round_trip_with_scrolling() -> None:
    scrolled = GridGeometry(width=756, header=40, pixels_per_hour=60, scroll=480)
    for minute in (0, 15, 8 * 60, 13 * 60 + 45, MINUTES_PER_DAY):
        for geometry in (GEOMETRY, scrolled):
            assert geometry.minute_at(geometry.y_of(minute)) == minute
    assert scrolled.y_of(8 * 60) == 40  # 08:00 sits right under the header
    assert GEOMETRY.minute_at(0) == 0  # above the body clamps to midnight
    assert GEOMETRY.minute_at(10_000) == MINUTES_PER_DAY
    assert not GEOMETRY.in_body(39) and GEOMETRY.in_body(40)


@pytest.mark.parametrize(("minute", "down", "up"), [
    (0, 0, 0), (1, 0, 15), (14.9, 0, 15), (15, 15, 15), (599, 585, 600), (1439.5, 1425, 1440)])
def test_snapping_to_the_slot_grid(minute: float, down: int, up: int) -> None:
    assert snap_down(minute, 15) == down
    assert snap_up(minute, 15) == up


def test_a_drag_covers_every_slot_it_touched_in_either_direction() -> None:
    assert drag_span(600, 690, 15) == (600, 690)
    assert drag_span(690, 600, 15) == (600, 690)
    assert drag_span(607, 652, 15) == (600, 660)
    assert drag_span(607, 607, 15) == (600, 615)  # at least one slot
    assert drag_span(1439, 1500, 15) == (1425, 1440)  # never past midnight
    assert drag_span(600, 601, 30) == (600, 630)


def test_scrolling_to_working_hours_stops_at_the_bottom() -> None:
    geometry = GridGeometry(width=756, header=40, pixels_per_hour=60)
    assert geometry.body_height == 1440
    assert geometry.max_scroll(540) == 1440 - 500
    assert geometry.scroll_for(8 * 60, 540) == 450  # 07:30 at the top
    assert geometry.scroll_for(23 * 60, 540) == 940
    assert geometry.scroll_for(0, 540) == 0


def test_rows_fit_a_line_of_text() -> None:
    assert pixels_per_hour(16, 15) == 80  # four rows of 20 px
    assert pixels_per_hour(16, 5) == 80  # short slots share a line
    assert pixels_per_hour(16, 60) == 48  # never too squat
