"""The waitlist's promise, as a property: after any mix of bookings, offers, cancellations and
expiries, every open entry `matches` reports for a free start can be offered it, and every open
entry that wants that start and could be offered it is reported (so none is offered time it
cannot book, none whose earlier offer still waits, and none is left out). Each example runs in
a transaction rolled back at its end."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reservations_app.domain import waitlist as wl
from reservations_app.domain.errors import DomainError
from reservations_app.domain.explain import Reason
from reservations_app.domain.timezones import zone
from reservations_app.services import booking, day_slots, visit_types, waitlist
from reservations_app.store.models import database
from tests.services.helpers import DAY
from tests.services.series_helpers import TZ, tuesday, weekly_clinic

DAYS = (DAY, DAY + dt.timedelta(days=2))  # a Tuesday and a Thursday with availability
HOURS = ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30")

operations = st.lists(st.tuples(
    st.sampled_from(("hold", "offer", "confirm", "cancel")), st.integers(0, 4), st.integers(0, 1),
    st.integers(0, 1), st.sampled_from(HOURS)), max_size=8)
wishes = st.lists(st.tuples(
    st.integers(0, 3), st.sampled_from(((), (0,), (1,), (0, 1))),
    st.sampled_from(((), (1,), (3,))), st.sampled_from((None, "morning", "10:00-11:30")),
    st.booleans(), st.booleans()), min_size=1, max_size=5)


@pytest.fixture
def clinic(db, admin, now):
    found = weekly_clinic(admin, now, weeks=1)
    long_type = visit_types.add_type(admin, "Long", 60, now, provider_ids=[found.provider])
    return found, long_type.id


@pytest.mark.backends("sqlite")
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations, wanted=wishes, minutes_later=st.sampled_from((0, 10, 45)))
def test_every_reported_match_books_and_every_bookable_wish_is_reported(
        clinic, admin, now, ops, wanted, minutes_later) -> None:
    found, long_type = clinic
    providers = (found.provider, found.other_provider)
    with database.atomic() as example:
        entries = [_add_wish(admin, now, found, long_type, providers, wish) for wish in wanted]
        _apply(admin, now, found, providers, ops, entries)
        later = now + dt.timedelta(minutes=minutes_later)  # some holds have lapsed by then
        for provider in providers:
            for day in DAYS:
                for start in _free_starts(admin, provider, day, later):
                    reported = {e.id for e in waitlist.matches(admin, provider, start, later)}
                    bookable = {e.id for e in entries
                                if _wants(e, provider, start) and
                                _books(admin, e, provider, start, later)}
                    assert reported == bookable, (provider, start)
        example.rollback()


def _apply(admin, now, found, providers, ops, entries) -> None:  # type: ignore[no-untyped-def]
    made: list[int] = []
    for kind, client, provider, day, hour in ops:
        start = tuesday(0, hour) + (DAYS[day] - DAY)
        try:
            with database.atomic():
                if kind == "offer":
                    made.append(waitlist.offer(admin, entries[client % len(entries)].id,
                                               providers[provider], start, now).id)
                elif kind == "hold" or not made:
                    made.append(booking.hold(admin, found.clients[client % 4],
                                             providers[provider], start, now,
                                             visit_type_id=found.type_id).id)
                elif kind == "confirm":
                    booking.confirm(admin, made[client % len(made)], now)
                else:
                    booking.cancel(admin, made[client % len(made)], now)
        except DomainError:
            pass


def _add_wish(admin, now, found, long_type, providers, wish):  # type: ignore[no-untyped-def]
    client, chosen, weekdays, window, urgent, long_visit = wish
    return waitlist.add(admin, found.clients[client], long_type if long_visit else found.type_id,
                        now, first_day=DAY, last_day=DAYS[-1],
                        provider_ids=[providers[i] for i in chosen if not long_visit or i == 0],
                        weekdays=weekdays, urgent=urgent,
                        window=wl.parse_window(window) if window else None)


def _free_starts(admin, provider, day, now):  # type: ignore[no-untyped-def]
    return [row.start for row in day_slots.explain_slots(admin, day, now, provider_id=provider)
            if row.reason is Reason.FREE]


def _wants(entry, provider, start) -> bool:  # type: ignore[no-untyped-def]
    minutes = visit_types.find_type(entry.wish.visit_type_id).minutes
    tz = zone(TZ)
    local = start.astimezone(tz).replace(tzinfo=None)
    return wl.wants(entry.wish, provider, local, local + dt.timedelta(minutes=minutes))


def _books(admin, entry, provider, start, now) -> bool:  # type: ignore[no-untyped-def]
    try:
        with database.atomic() as attempt:
            waitlist.offer(admin, entry.id, provider, start, now)
            attempt.rollback()
    except DomainError:
        return False
    return True
