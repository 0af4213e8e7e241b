"""A series through the services, on both backends: preview, all-or-nothing booking, one
expiry, confirm all, cancel one / this and following / all, audited."""

import datetime as dt

import pytest

from reservations_app.domain.errors import ClientDayFull, InvalidInput, SlotUnavailable
from reservations_app.domain.model import Status
from reservations_app.domain.recurrence import Recurrence, Unit
from reservations_app.services import audit, booking, series
from reservations_app.store.models import ReservationRow
from tests.services.series_helpers import tuesday, weekly_clinic


@pytest.fixture
def clinic(db, admin, now):
    return weekly_clinic(admin, now)


def request(clinic, count=6, client=0, start=None, weekdays=()):
    return series.SeriesRequest(clinic.clients[client], clinic.provider, clinic.type_id,
                                start or tuesday(0), Recurrence(Unit.WEEK, 1, weekdays,
                                                                count=count))


def test_preview_says_which_visits_fit_and_offers_the_nearest_free_start(clinic, admin, now):
    booking.hold(admin, clinic.clients[1], clinic.provider, tuesday(2), now,
                 visit_type_id=clinic.type_id)
    rows = series.preview(admin, request(clinic), now)
    assert [r.start for r in rows] == [tuesday(w) for w in range(6)]
    assert [r.fits for r in rows] == [True, True, False, True, True, True]
    assert rows[2].reason == "held" and rows[2].alternative == tuesday(2, "09:30")
    assert rows[0].end - rows[0].start == dt.timedelta(minutes=30)
    assert all(r.alternative is None for r in rows if r.fits)


def test_a_visit_outside_availability_is_unavailable_with_no_alternative(clinic, admin, now):
    rows = series.preview(admin, request(clinic, count=12), now)
    assert [r.reason for r in rows[-1:]] == ["unavailable"]  # week 11 has no blocks
    assert rows[-1].alternative is None and not rows[-1].fits
    # The visit it would have been, not one that ends as it starts (a day with no slots).
    assert rows[-1].end - rows[-1].start == dt.timedelta(minutes=30)


def test_booking_holds_every_visit_with_one_expiry_and_its_series(clinic, admin, now):
    booked = series.book(admin, request(clinic), now)
    assert len(booked.bookings) == 6 and booked.skipped == []
    assert {r.status for r in booked.bookings} == {Status.PENDING}
    assert len({r.hold_expires_at for r in booked.bookings}) == 1
    ids = [r.id for r in booked.bookings]
    stored = {row.series_id for row in ReservationRow.select().where(ReservationRow.id.in_(ids))}
    assert stored == {booked.id}
    assert [e.action for e in audit.list_entries(admin, limit=1)] == ["series.book"]


def test_a_conflict_refuses_the_whole_series_and_books_nothing(clinic, admin, now):
    taken = booking.hold(admin, clinic.clients[1], clinic.provider, tuesday(3), now,
                         visit_type_id=clinic.type_id)
    before = ReservationRow.select().count()
    with pytest.raises(SlotUnavailable, match="1 of the series' 6 visits cannot be booked.*"
                       "Tue [0-9]{2} [A-Z][a-z]{2} 09:00: That time is already held or "
                       "booked"):  # a hold, which the preview calls held, not booked
        series.book(admin, request(clinic), now)
    assert ReservationRow.select().count() == before
    booked = series.book(admin, request(clinic), now, skip_conflicts=True)
    assert booked.skipped == [tuesday(3)] and len(booked.bookings) == 5
    assert taken.id not in [r.id for r in booked.bookings]


def test_only_the_chosen_visits_are_held_a_conflict_at_its_alternative(clinic, admin, now):
    booking.hold(admin, clinic.clients[1], clinic.provider, tuesday(2), now,
                 visit_type_id=clinic.type_id)
    rows = series.preview(admin, request(clinic), now)
    chosen = [tuesday(0), rows[2].alternative, tuesday(4), tuesday(5)]  # week 1 and 3 unticked
    booked = series.book(admin, request(clinic), now, starts=chosen)
    assert [r.start for r in booked.bookings] == [tuesday(0), tuesday(2, "09:30"), tuesday(4),
                                                   tuesday(5)]
    assert booked.skipped == [tuesday(1), tuesday(3)]
    assert [r.start for r in series.show(admin, booked.id).bookings] == \
        [r.start for r in booked.bookings]


def test_a_chosen_visit_taken_since_the_preview_refuses_them_all(clinic, admin, now):
    chosen = [tuesday(0), tuesday(1)]
    booking.hold(admin, clinic.clients[1], clinic.provider, tuesday(1), now,
                 visit_type_id=clinic.type_id)
    before = ReservationRow.select().count()
    with pytest.raises(SlotUnavailable, match="1 of the series' 2 visits cannot be booked"):
        series.book(admin, request(clinic), now, starts=chosen)
    assert ReservationRow.select().count() == before
    booked = series.book(admin, request(clinic), now, starts=chosen, skip_conflicts=True)
    assert [r.start for r in booked.bookings] == [tuesday(0)]
    assert booked.skipped == [tuesday(w) for w in range(1, 6)]


@pytest.mark.parametrize(("starts", "words"), [
    ([], "Choose at least one visit"),
    ([tuesday(0, "10:00") + dt.timedelta(days=1)], "not on a day of the series"),
    ([tuesday(0), tuesday(0, "10:00")], "Two visits were chosen"),
])
def test_chosen_visits_off_the_series_are_refused_in_words(clinic, admin, now, starts, words):
    before = ReservationRow.select().count()
    with pytest.raises(InvalidInput, match=words):
        series.book(admin, request(clinic), now, starts=starts)
    assert ReservationRow.select().count() == before


def test_one_booking_a_day_applies_to_each_visit(clinic, admin, now):
    booking.hold(admin, clinic.clients[0], clinic.other_provider, tuesday(1, "11:00"), now,
                 visit_type_id=clinic.type_id)
    rows = series.preview(admin, request(clinic), now)
    assert rows[1].reason == "client_limit" and rows[1].alternative is None
    with pytest.raises(SlotUnavailable, match="cannot be booked"):
        series.book(admin, request(clinic), now)
    with pytest.raises(ClientDayFull):
        booking.hold(admin, clinic.clients[0], clinic.provider, tuesday(1), now,
                     visit_type_id=clinic.type_id)
    booked = series.book(admin, request(clinic), now, skip_conflicts=True)
    assert booked.skipped == [tuesday(1)]


def test_the_series_expires_as_one_and_confirming_confirms_all(clinic, admin, now):
    booked = series.book(admin, request(clinic, count=4), now)
    confirmed = series.confirm(admin, booked.id, now + dt.timedelta(minutes=5))
    assert [r.status for r in confirmed.bookings] == [Status.CONFIRMED] * 4
    assert "every week on Tue, 4 visits" in confirmed.description
    other = series.book(admin, request(clinic, count=2, client=1,
                                       start=tuesday(0, "10:00")), now)
    later = now + dt.timedelta(hours=1)
    assert {r.effective_status(later) for r in series.show(admin, other.id).bookings} == \
        {Status.EXPIRED}
    with pytest.raises(InvalidInput, match="no held visits"):
        series.confirm(admin, booked.id, now + dt.timedelta(minutes=6))


def test_cancel_one_then_this_and_following_then_the_rest(clinic, admin, now):
    booked = series.book(admin, request(clinic, count=6), now)
    series.confirm(admin, booked.id, now)
    ids = [r.id for r in booked.bookings]
    booking.cancel(admin, ids[1], now, "flu")  # one occurrence alone
    moved = booking.move(admin, ids[2], tuesday(2, "11:00"), now)  # moves only that one
    assert moved.start == tuesday(2, "11:00")
    after = series.cancel(admin, booked.id, now, from_start=tuesday(4), reason="moving away")
    statuses = [r.status for r in after.bookings]
    assert statuses == [Status.CONFIRMED, Status.CANCELLED, Status.CONFIRMED,
                        Status.CONFIRMED, Status.CANCELLED, Status.CANCELLED]
    rest = series.cancel(admin, booked.id, now)
    assert {r.status for r in rest.bookings} == {Status.CANCELLED}
    with pytest.raises(InvalidInput, match="no held or booked visits"):
        series.cancel(admin, booked.id, now)
    actions = [e.action for e in audit.list_entries(admin, limit=20)]
    assert actions.count("series.cancel") == 2


def test_bad_requests_are_refused_in_words(clinic, admin, now):
    with pytest.raises(InvalidInput, match="more than 52 visits"):
        series.preview(admin, series.SeriesRequest(
            clinic.clients[0], clinic.provider, clinic.type_id, tuesday(0),
            Recurrence(Unit.DAY, 1, until=dt.date(2027, 6, 1))), now)
    with pytest.raises(InvalidInput, match="not on one of the chosen weekdays"):
        series.preview(admin, request(clinic, weekdays=(3,)), now)
    with pytest.raises(Exception, match="no series with id 999"):
        series.show(admin, 999)
