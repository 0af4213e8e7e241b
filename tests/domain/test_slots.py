import datetime as dt

import pytest

from reservations_app.domain.errors import AvailabilityConflict, InvalidInput
from reservations_app.domain.model import AvailabilityBlock, Reservation, Status
from reservations_app.domain.slots import (
    block_bounds,
    check_no_overlap,
    free_slots,
    parse_block,
    slots_of_block,
    validate_specs,
)
from reservations_app.domain.timezones import zone

UTC = dt.UTC


def make_block(day: dt.date, text: str, tz: str, provider_id: int = 1,
               block_id: int = 1) -> AvailabilityBlock:
    spec = parse_block(text)
    start, end = block_bounds(day, spec, zone(tz))
    return AvailabilityBlock(block_id, provider_id, day, spec, start, end)


def local_labels(block: AvailabilityBlock, tz: str) -> list[str]:
    return [s.start.astimezone(zone(tz)).strftime("%H:%M%z") for s in slots_of_block(block, 15)]


def test_two_blocks_on_one_day_give_slots_for_each() -> None:
    day = dt.date(2026, 12, 1)
    blocks = [make_block(day, "08:00-11:00", "Europe/Berlin"),
              make_block(day, "12:00-15:00", "Europe/Berlin", block_id=2)]
    slots = [s for b in blocks for s in slots_of_block(b, 15)]
    assert len(slots) == 24
    assert slots[11].end.astimezone(zone("Europe/Berlin")).time() == dt.time(11, 0)
    assert slots[12].start.astimezone(zone("Europe/Berlin")).time() == dt.time(12, 0)


@pytest.mark.parametrize("text", ["08:00-08:00", "11:00-08:00", "08:10-09:00", "08:00-09:05",
                                  "25:00-26:00", "8-9", "", "08:00-24:15"])
def test_bad_blocks_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        validate_specs([parse_block(text)], 15)


def test_blocks_in_one_call_must_not_overlap() -> None:
    with pytest.raises(AvailabilityConflict, match="overlap"):
        validate_specs([parse_block("08:00-11:00"), parse_block("10:00-12:00")], 15)


def test_adjacent_blocks_are_fine_and_sorted() -> None:
    ordered = validate_specs([parse_block("12:00-13:00"), parse_block("08:00-12:00")], 15)
    assert [s.label() for s in ordered] == ["08:00-12:00", "12:00-13:00"]


def test_new_block_overlapping_an_existing_one_is_refused() -> None:
    day = dt.date(2026, 12, 1)
    existing = make_block(day, "08:00-11:00", "UTC")
    start, end = block_bounds(day, parse_block("10:45-12:00"), zone("UTC"))
    with pytest.raises(AvailabilityConflict, match="08:00-11:00"):
        check_no_overlap([(start, end, "10:45-12:00")], [existing])


def test_block_until_midnight() -> None:
    block = make_block(dt.date(2026, 12, 1), "23:00-24:00", "Europe/Berlin")
    assert len(slots_of_block(block, 15)) == 4


def test_new_york_spring_forward_skips_the_missing_hour() -> None:
    # 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT.
    block = make_block(dt.date(2026, 3, 8), "01:00-04:00", "America/New_York")
    labels = local_labels(block, "America/New_York")
    assert len(labels) == 8  # 2 real hours
    assert labels[:4] == ["01:00-0500", "01:15-0500", "01:30-0500", "01:45-0500"]
    assert labels[4:] == ["03:00-0400", "03:15-0400", "03:30-0400", "03:45-0400"]


def test_block_starting_inside_the_gap_starts_when_clocks_jump() -> None:
    block = make_block(dt.date(2026, 3, 8), "02:00-04:00", "America/New_York")
    assert local_labels(block, "America/New_York")[0] == "03:00-0400"
    assert len(slots_of_block(block, 15)) == 4


def test_block_entirely_inside_the_gap_has_no_slots() -> None:
    block = make_block(dt.date(2026, 3, 8), "02:00-02:30", "America/New_York")
    assert slots_of_block(block, 15) == []


def test_new_york_fall_back_keeps_both_repeated_hours() -> None:
    # 2026-11-01: 01:00-02:00 happens twice (EDT, then EST).
    block = make_block(dt.date(2026, 11, 1), "00:00-03:00", "America/New_York")
    labels = local_labels(block, "America/New_York")
    assert len(labels) == 16  # 4 real hours
    assert labels[4:8] == ["01:00-0400", "01:15-0400", "01:30-0400", "01:45-0400"]
    assert labels[8:12] == ["01:00-0500", "01:15-0500", "01:30-0500", "01:45-0500"]
    assert len({s.start for s in slots_of_block(block, 15)}) == 16


def test_berlin_spring_forward_and_fall_back() -> None:
    spring = make_block(dt.date(2026, 3, 29), "01:00-04:00", "Europe/Berlin")
    autumn = make_block(dt.date(2026, 10, 25), "01:00-04:00", "Europe/Berlin")
    assert len(slots_of_block(spring, 15)) == 8
    assert len(slots_of_block(autumn, 15)) == 16
    assert "02:00+0200" in local_labels(autumn, "Europe/Berlin")
    assert "02:00+0100" in local_labels(autumn, "Europe/Berlin")
    assert not any(label.startswith("02:") for label in local_labels(spring, "Europe/Berlin"))


def test_ambiguous_block_start_means_first_occurrence() -> None:
    block = make_block(dt.date(2026, 11, 1), "01:00-02:00", "America/New_York")
    assert block.start == dt.datetime(2026, 11, 1, 5, 0, tzinfo=UTC)
    assert len(slots_of_block(block, 15)) == 8


def test_free_slots_skip_live_bookings_and_respect_notice() -> None:
    day = dt.date(2026, 12, 1)
    block = make_block(day, "08:00-10:00", "UTC")
    booked = Reservation(1, 1, 1, dt.datetime(2026, 12, 1, 8, 15, tzinfo=UTC),
                         dt.datetime(2026, 12, 1, 8, 30, tzinfo=UTC), day, Status.CONFIRMED,
                         created_at=dt.datetime(2026, 11, 1, tzinfo=UTC))
    earliest = dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    free = free_slots([block], [booked], 15, earliest)
    assert len(free) == 7
    assert booked.start not in {s.start for s in free}
    later = free_slots([block], [], 15, dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert later[0].start == dt.datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_a_longer_booking_blocks_every_slot_it_touches() -> None:
    day = dt.date(2026, 12, 1)
    block = make_block(day, "08:00-10:00", "UTC")
    long_one = Reservation(1, 1, 1, dt.datetime(2026, 12, 1, 8, 10, tzinfo=UTC),
                           dt.datetime(2026, 12, 1, 8, 50, tzinfo=UTC), day, Status.CONFIRMED,
                           created_at=dt.datetime(2026, 11, 1, tzinfo=UTC))
    free = free_slots([block], [long_one], 15, dt.datetime(2026, 1, 1, tzinfo=UTC))
    assert [s.start.strftime("%H:%M") for s in free][:2] == ["09:00", "09:15"]
    assert len(free) == 4
