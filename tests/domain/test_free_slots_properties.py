"""Property test: the fast free-slot search gives exactly the slots that the plain definition
(every slot of every block, minus those too soon or touched by a live booking) gives."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Slot, make_slot
from reservations_app.domain.slots import Span, free_slots, overlaps, slots_of_blocks

UTC = dt.UTC
DAY = dt.date(2026, 12, 1)
MIDNIGHT = dt.datetime(2026, 12, 1, tzinfo=UTC)


def _at(minutes: int) -> dt.datetime:
    return MIDNIGHT + dt.timedelta(minutes=minutes)


@st.composite
def days(draw: st.DrawFn) -> tuple[list[AvailabilityBlock], list[Span], dt.datetime]:
    blocks, live = [], []
    for provider_id in range(1, draw(st.integers(1, 4)) + 1):
        edges = sorted(draw(st.sets(st.integers(0, 96), min_size=2, max_size=6)))
        for number, (first, last) in enumerate(zip(edges[::2], edges[1::2], strict=False)):
            start, end = _at(first * 15), _at(last * 15)
            blocks.append(AvailabilityBlock(10 * provider_id + number, provider_id, DAY,
                                            BlockSpec(start.time(), None), start, end))
        taken = sorted(draw(st.sets(st.integers(0, 95 * 3), max_size=12)))
        cursor = 0
        for step in taken:  # live bookings of one provider never overlap
            begin = max(step * 5, cursor)
            length = draw(st.sampled_from([5, 15, 40]))
            live.append(Span(provider_id, _at(begin), _at(begin + length)))
            cursor = begin + length
    earliest = _at(draw(st.integers(0, 24 * 60)))
    # The database hands blocks and bookings over in no particular order.
    return draw(st.permutations(blocks)), draw(st.permutations(live)), earliest


def _plainly_free(blocks: list[AvailabilityBlock], live: list[Span],
                  earliest: dt.datetime) -> list[Slot]:
    return [slot for slot in slots_of_blocks(blocks, 15) if slot.start >= earliest
            and not any(b.provider_id == slot.provider_id
                        and overlaps(slot.start, slot.end, b.start, b.end) for b in live)]


@settings(max_examples=300, deadline=None)
@given(days())
def test_free_slots_match_the_plain_definition(
        case: tuple[list[AvailabilityBlock], list[Span], dt.datetime]) -> None:
    blocks, live, earliest = case
    fast = free_slots(blocks, live, 15, earliest)
    assert [(s.start, s.end, s.provider_id) for s in fast] == \
        [(s.start, s.end, s.provider_id) for s in _plainly_free(blocks, live, earliest)]


def test_make_slot_makes_the_same_frozen_slot() -> None:
    made, built = make_slot(_at(0), _at(15), 1), Slot(_at(0), _at(15), 1)
    assert type(made) is Slot and made == built and hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert made == Slot(_at(0), _at(15), 2)  # the provider is not compared, as before
    assert made < Slot(_at(15), _at(30), 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = _at(30)  # type: ignore[misc]
    assert dataclasses.replace(made, provider_id=3) == built
