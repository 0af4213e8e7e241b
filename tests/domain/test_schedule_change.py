"""Shapes of blocks and time off, and cutting time off out of a pattern's block."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from reservations_app.domain.model import BlockSpec
from reservations_app.domain.schedule_change import DAY_MINUTES, WHOLE_DAY, Shape, subtract

DAY = dt.date(2026, 12, 1)


def shape(start: str, end: str, day: dt.date = DAY) -> Shape:
    def minute(text: str) -> int:
        hours, minutes = text.split(":")
        return int(hours) * 60 + int(minutes)

    return Shape(day, minute(start), minute(end))


def test_shape_round_trips_a_spec_including_midnight() -> None:
    spec = BlockSpec(dt.time(8), None)
    assert Shape.of(DAY, spec).spec == spec
    assert Shape.of(DAY, WHOLE_DAY) == Shape(DAY, 0, DAY_MINUTES)
    assert shape("08:00", "09:30").label() == "2026-12-01 08:00-09:30"


def test_subtract_cuts_holes_and_ignores_other_days() -> None:
    block = shape("08:00", "17:00")
    assert subtract(block, [shape("12:00", "13:00")]) == [shape("08:00", "12:00"),
                                                          shape("13:00", "17:00")]
    assert subtract(block, [Shape.of(DAY, WHOLE_DAY)]) == []
    assert subtract(block, [shape("12:00", "13:00", DAY + dt.timedelta(days=1))]) == [block]
    assert subtract(block, [shape("07:00", "09:00"), shape("16:00", "18:00")]) == [
        shape("09:00", "16:00")]


minutes = st.integers(0, DAY_MINUTES)
spans = st.tuples(minutes, minutes).filter(lambda s: s[0] < s[1])


@given(spans, st.lists(spans, max_size=5))
def test_subtract_keeps_exactly_the_minutes_not_taken(block: tuple[int, int],
                                                      taken: list[tuple[int, int]]) -> None:
    pieces = subtract(Shape(DAY, *block), [Shape(DAY, *off) for off in taken])
    kept = {m for p in pieces for m in range(p.start_minute, p.end_minute)}
    expected = {m for m in range(*block) if not any(s <= m < e for s, e in taken)}
    assert kept == expected
    assert all(p.start_minute < p.end_minute for p in pieces)
    assert [p.start_minute for p in pieces] == sorted(p.start_minute for p in pieces)
