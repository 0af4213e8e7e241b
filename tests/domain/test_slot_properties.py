"""Property tests: whatever the zone, date and block, slots tile real time exactly."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from reservations_app.domain.model import AvailabilityBlock, BlockSpec
from reservations_app.domain.slots import block_bounds, is_slot_of, slots_of_block
from reservations_app.domain.timezones import zone

ZONES = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata",
         "America/St_Johns", "Pacific/Chatham", "UTC", "Europe/London", "America/Santiago"]


@st.composite
def blocks(draw: st.DrawFn) -> tuple[AvailabilityBlock, int]:
    slot_minutes = draw(st.sampled_from([15, 30, 60]))
    tz_name = draw(st.sampled_from(ZONES))
    day = draw(st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)))
    steps = 24 * 60 // slot_minutes
    first = draw(st.integers(0, steps - 1))
    last = draw(st.integers(first + 1, steps))
    start = dt.time(*divmod(first * slot_minutes, 60))
    end = None if last == steps else dt.time(*divmod(last * slot_minutes, 60))
    spec = BlockSpec(start, end)
    begin, finish = block_bounds(day, spec, zone(tz_name))
    return AvailabilityBlock(1, 1, day, spec, begin, finish), slot_minutes


@settings(max_examples=400, deadline=None)
@given(blocks())
def test_slots_tile_the_block_without_gaps_overlaps_or_strays(case: tuple[AvailabilityBlock,
                                                                         int]) -> None:
    block, slot_minutes = case
    slots = slots_of_block(block, slot_minutes)
    length = dt.timedelta(minutes=slot_minutes)
    assert all(s.end - s.start == length for s in slots)
    assert all(block.start <= s.start and s.end <= block.end for s in slots)
    assert all(a.end <= b.start for a, b in zip(slots, slots[1:], strict=False))
    real = max(dt.timedelta(0), block.end - block.start)
    assert len(slots) == real // length
    assert len({s.start for s in slots}) == len(slots)


@settings(max_examples=400, deadline=None)
@given(blocks(), st.integers(-2 * 24 * 60, 2 * 24 * 60))
def test_is_slot_of_finds_exactly_the_listed_slots(case: tuple[AvailabilityBlock, int],
                                                   minutes: int) -> None:
    block, slot_minutes = case
    start = block.start + dt.timedelta(minutes=minutes)
    listed = [s for s in slots_of_block(block, slot_minutes) if s.start == start]
    found = is_slot_of(start, [block], slot_minutes)
    assert found == (listed[0] if listed else None)
    if listed:  # any start of the block's slots is found, whatever other blocks come first
        other = AvailabilityBlock(2, 1, block.local_date, block.spec,
                                  block.end + dt.timedelta(hours=1),
                                  block.end + dt.timedelta(hours=3))
        assert is_slot_of(start, [other, block], slot_minutes) == listed[0]
