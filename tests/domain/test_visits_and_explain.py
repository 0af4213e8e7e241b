"""Visit types, the time a visit occupies, and one reason per slot."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reservations_app.domain import explain, rules, visits
from reservations_app.domain.errors import DoesNotFit, InvalidInput, SlotTaken
from reservations_app.domain.explain import Reason, Taken
from reservations_app.domain.model import Policy, Reservation, Status, VisitType
from reservations_app.domain.slots import Span
from reservations_app.domain.timezones import zone

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
DAY = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
POLICY = Policy()


def at(hhmm: str, day: dt.datetime = DAY) -> dt.datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return day.replace(hour=hour, minute=minute)


def test_a_visit_occupies_its_buffers() -> None:
    shape = visits.Shape(45, 15, 15)
    assert shape.occupied(at("09:00")) == (at("08:45"), at("10:00"))
    assert shape.end(at("09:00")) == at("09:45")
    assert visits.shape_of(None, 15) == visits.Shape(15)


@pytest.mark.parametrize(("minutes", "before", "after"), [
    (0, 0, 0), (-15, 0, 0), (20, 0, 0), (8 * 60 + 15, 0, 0), (15, 5, 0), (15, 0, -15),
    (15, 0, 135)])
def test_visit_type_lengths_and_buffers_are_checked(minutes: int, before: int,
                                                    after: int) -> None:
    with pytest.raises(InvalidInput):
        visits.validated(VisitType(0, "X", minutes, before, after), 15)


def test_a_valid_type_is_cleaned() -> None:
    cleaned = visits.validated(VisitType(0, "  New   patient ", 8 * 60, 15, 120, "#AABBCC",
                                         True, (3, 1, 3)), 15)
    assert (cleaned.name, cleaned.color, cleaned.provider_ids) == ("New patient", "#aabbcc",
                                                                   (1, 3))
    with pytest.raises(InvalidInput, match="colour"):
        visits.clean_color("blue")
    assert cleaned.offered_by(3) and not cleaned.offered_by(2)
    assert VisitType(1, "All", 15).offered_by(99)


def booked(rid: int, start: str, end: str, occupied: tuple[str, str] | None = None
           ) -> Reservation:
    occ = occupied or (start, end)
    return Reservation(rid, 1, rid, at(start), at(end), DAY.date(), Status.CONFIRMED, NOW,
                       occupied_start=at(occ[0]), occupied_end=at(occ[1]))


def test_buffers_may_pass_the_block_edge_but_not_into_another_booking() -> None:
    shape = visits.Shape(45, 0, 15)
    other = booked(1, "10:00", "10:15")
    # 09:00-09:45 plus 15 after ends 10:00: touches, does not overlap
    rules.check_fits(shape.occupied(at("09:00")), shape.end(at("09:00")), at("12:00"), [other])
    with pytest.raises(DoesNotFit, match="run into another booking"):
        rules.check_fits(shape.occupied(at("09:15")), shape.end(at("09:15")), at("12:00"),
                         [other])
    # the buffer after passes the block's end: allowed
    rules.check_fits(shape.occupied(at("11:15")), shape.end(at("11:15")), at("12:00"), [])
    with pytest.raises(DoesNotFit, match="past the end"):
        rules.check_fits(shape.occupied(at("11:30")), shape.end(at("11:30")), at("12:00"), [])


def test_a_slot_inside_another_bookings_buffer_is_taken() -> None:
    other = booked(1, "09:00", "09:45", ("09:00", "10:00"))
    with pytest.raises(SlotTaken):
        rules.check_slot_free(at("09:45"), at("10:00"), [other])
    rules.check_slot_free(at("10:00"), at("10:15"), [other])


def test_every_slot_gets_one_reason() -> None:
    block = Span(1, at("08:00"), at("11:00"))
    taken = [Taken(1, at("09:00"), at("09:30")), Taken(1, at("10:00"), at("10:15"), held=True)]
    rows = explain.explain_day([block], taken, visits.Shape(45, 0, 15), POLICY, NOW)
    reasons = {row.start.strftime("%H:%M"): row.reason for row in rows}
    assert len(rows) == 12 and rows[0].end - rows[0].start == dt.timedelta(minutes=45)
    assert reasons["08:00"] is Reason.FREE  # 08:00-08:45 + 15 ends exactly at 09:00
    assert reasons["08:15"] is Reason.DOES_NOT_FIT
    assert reasons["09:00"] is Reason.BOOKED and reasons["09:15"] is Reason.BOOKED
    assert reasons["09:30"] is Reason.DOES_NOT_FIT and reasons["10:00"] is Reason.HELD
    assert reasons["10:15"] is Reason.FREE  # 10:15-11:00, buffer past the block's end
    assert reasons["10:30"] is Reason.DOES_NOT_FIT  # would run past the block


def test_time_reasons_come_first_and_the_client_limit_last() -> None:
    policy = Policy(max_days_ahead=7)
    block = Span(1, at("08:00"), at("09:00"))
    now = at("08:15") - dt.timedelta(days=1)
    rows = explain.explain_day([block], [], visits.Shape(15), policy, now, client_full=True)
    assert [r.reason for r in rows] == [Reason.TOO_SOON] + [Reason.CLIENT_LIMIT] * 3
    rows = explain.explain_day([block], [], visits.Shape(15), policy, at("08:20"))
    assert [r.reason for r in rows] == [Reason.PAST, Reason.PAST, Reason.TOO_SOON,
                                        Reason.TOO_SOON]
    far = explain.explain_day([block], [], visits.Shape(15), policy,
                              now - dt.timedelta(days=7))
    assert {r.reason for r in far} == {Reason.TOO_FAR}


def test_a_dst_night_keeps_real_minutes() -> None:
    """The night clocks go back in New York: a 00:00-04:00 block lasts five real hours."""
    tz = zone("America/New_York")
    night = dt.date(2026, 11, 1)
    start = dt.datetime.combine(night, dt.time(0), tz).astimezone(dt.UTC)
    end = dt.datetime.combine(night, dt.time(4), tz).astimezone(dt.UTC)
    rows = explain.explain_day([Span(1, start, end)], [], visits.Shape(60), POLICY,
                               start - dt.timedelta(days=5))
    free = [r for r in rows if r.reason is Reason.FREE]
    assert len(rows) == 20 and len(free) == 17
    assert all(r.end - r.start == dt.timedelta(minutes=60) for r in rows)


def _quarters(first: int, last: int) -> st.SearchStrategy[dt.datetime]:
    return st.integers(first, last).map(lambda q: DAY + dt.timedelta(minutes=15 * q))


@st.composite
def _days(draw: st.DrawFn) -> tuple[list[Span], list[Taken], visits.Shape, dt.datetime]:
    blocks = []
    for provider in draw(st.lists(st.integers(1, 3), min_size=0, max_size=4)):
        start = draw(_quarters(28, 60))
        length = dt.timedelta(minutes=15 * draw(st.integers(1, 16)))
        blocks.append(Span(provider, start, start + length))
    taken = []
    for provider in draw(st.lists(st.integers(1, 3), max_size=6)):
        start = draw(_quarters(24, 70))
        taken.append(Taken(provider, start, start + dt.timedelta(minutes=15 * draw(
            st.integers(1, 4))), draw(st.booleans())))
    shape = visits.Shape(draw(st.sampled_from((15, 30, 45, 60))), draw(st.sampled_from(
        (0, 15))), draw(st.sampled_from((0, 15))))
    return blocks, taken, shape, draw(_quarters(-700, 60))


@settings(max_examples=300, deadline=None)
@given(_days(), _quarters(20, 80), st.booleans())
def test_one_start_is_explained_as_the_whole_day_explains_it(
        day: tuple[list[Span], list[Taken], visits.Shape, dt.datetime], start: dt.datetime,
        client_full: bool) -> None:
    blocks, taken, shape, now = day
    whole = explain.explain_day(blocks, taken, shape, POLICY, now, client_full)
    expected = next((row for row in whole if row.start == start), None)
    assert explain.explain_start(blocks, taken, shape, POLICY, now, start,
                                 client_full) == expected
