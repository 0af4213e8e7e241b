"""The waitlist through the services, on both backends: entries, matching a freed start by the
booking rules, offering it as a hold, and the offer's confirmation ending the entry."""

import datetime as dt

import pytest

from reservations_app.domain.errors import (
    InvalidInput,
    InvalidTransition,
    NotFound,
    SlotTaken,
)
from reservations_app.domain.model import Status
from reservations_app.domain.slots import parse_block
from reservations_app.domain.timezones import zone
from reservations_app.domain.waitlist import WishStatus, parse_window
from reservations_app.services import (
    audit,
    booking,
    maintenance,
    people,
    schedule,
    schedule_undo,
    settings,
    visit_types,
    waitlist,
)
from reservations_app.store.models import WaitlistEntryRow
from tests.services.helpers import DAY, at
from tests.services.series_helpers import tuesday, weekly_clinic

WEEK_AFTER = DAY + dt.timedelta(days=7)


@pytest.fixture
def clinic(db, admin, now):
    return weekly_clinic(admin, now, weeks=3)


def wait(clinic, admin, now, client=0, **options):
    options.setdefault("first_day", DAY)
    options.setdefault("last_day", WEEK_AFTER)
    return waitlist.add(admin, clinic.clients[client], clinic.type_id, now, **options)


def ids(entries):
    return [e.id for e in entries]


def test_entries_are_added_listed_removed_and_lapse(clinic, admin, now):
    entry = wait(clinic, admin, now, provider_ids=[clinic.provider], weekdays=[1],
                 window=parse_window("morning"), urgent=True, note="any cancellation")
    assert entry.status is WishStatus.OPEN and entry.wish.provider_ids == {clinic.provider}
    assert ids(waitlist.list_entries(admin, now, client_id=clinic.clients[0])) == [entry.id]
    later = dt.datetime.combine(WEEK_AFTER + dt.timedelta(days=1), dt.time(12), dt.UTC)
    assert waitlist.list_entries(admin, later)[0].status is WishStatus.LAPSED
    assert waitlist.list_entries(admin, later, status=WishStatus.OPEN) == []
    other = wait(clinic, admin, now, client=1)
    assert waitlist.remove(admin, other.id, now).status is WishStatus.REMOVED
    with pytest.raises(InvalidTransition, match="removed"):
        waitlist.remove(admin, other.id, now)
    assert waitlist.lapse_past(admin, later) == 1
    assert waitlist.list_entries(admin, later, status=WishStatus.LAPSED)[0].id == entry.id
    assert "waitlist.lapse" in [e.action for e in audit.list_entries(admin, limit=3)]


def test_the_periodic_sweep_lapses_entries_past_their_range_with_the_stale_holds(
        clinic, admin, desk, now):
    past_soon = wait(clinic, admin, now, last_day=DAY)
    still_wanted = wait(clinic, admin, now, client=1)
    held = booking.hold(admin, clinic.clients[2], clinic.provider, tuesday(1), now)
    later = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(12), dt.UTC)
    swept = maintenance.sweep(desk, later)  # the front desk's timer runs it
    assert (swept.expired, swept.lapsed) == (1, 1)
    assert waitlist.get_entry(admin, past_soon.id, later).status is WishStatus.LAPSED
    assert waitlist.get_entry(admin, still_wanted.id, later).status is WishStatus.OPEN
    assert booking.get_booking(admin, held.id).reservation.status is Status.EXPIRED
    lapses = [e for e in audit.list_entries(admin, limit=20) if e.action == "waitlist.lapse"]
    assert [(e.entity, e.entity_id, e.actor) for e in lapses] == [
        ("waitlist", past_soon.id, "desk")]
    assert maintenance.sweep(desk, later) == maintenance.Swept(0, 0)  # idempotent
    assert len([e for e in audit.list_entries(admin, limit=20)
                if e.action == "waitlist.lapse"]) == 1


def test_bad_entries_are_refused_in_words(clinic, admin, now):
    with pytest.raises(InvalidInput, match="ends .* before it starts"):
        wait(clinic, admin, now, first_day=WEEK_AFTER, last_day=DAY)
    with pytest.raises(NotFound, match="no client"):
        waitlist.add(admin, 999, clinic.type_id, now, first_day=DAY, last_day=DAY)
    only_other = visit_types.add_type(admin, "Scan", 30, now,
                                      provider_ids=[clinic.other_provider])
    with pytest.raises(InvalidInput, match="does not offer Scan"):
        waitlist.add(admin, clinic.clients[0], only_other.id, now, first_day=DAY,
                     last_day=DAY, provider_ids=[clinic.provider])


def test_matches_are_ranked_urgent_then_longest_waiting(clinic, admin, now):
    first = wait(clinic, admin, now, client=0)
    second = wait(clinic, admin, now + dt.timedelta(minutes=1), client=1)
    urgent = wait(clinic, admin, now + dt.timedelta(minutes=2), client=2, urgent=True)
    found = waitlist.matches(admin, clinic.provider, tuesday(0, "10:00"), now)
    assert ids(found) == [urgent.id, first.id, second.id]


def test_matches_respect_wishes_and_the_booking_rules(clinic, admin, now):
    morning = wait(clinic, admin, now, client=0, window=parse_window("09:00-10:00"))
    thursdays = wait(clinic, admin, now, client=1, weekdays=[3])
    with_other = wait(clinic, admin, now, client=2, provider_ids=[clinic.other_provider])
    busy = wait(clinic, admin, now, client=3)
    booking.hold(admin, clinic.clients[3], clinic.other_provider, tuesday(0, "11:00"), now,
                 visit_type_id=clinic.type_id)  # their one visit that day
    assert ids(waitlist.matches(admin, clinic.provider, tuesday(0, "09:30"), now)) == \
        [morning.id]
    assert waitlist.matches(admin, clinic.provider, tuesday(0, "10:00"), now) == []
    thursday = tuesday(0, "09:00") + dt.timedelta(days=2)
    assert ids(waitlist.matches(admin, clinic.provider, thursday, now)) == \
        [morning.id, thursdays.id, busy.id]
    assert with_other.id in ids(waitlist.matches(admin, clinic.other_provider, thursday, now))
    taken = booking.hold(admin, clinic.clients[1], clinic.provider, thursday, now,
                         visit_type_id=clinic.type_id)
    assert waitlist.matches(admin, clinic.provider, thursday, now) == []  # not free
    booking.cancel(admin, taken.id, now)
    assert waitlist.matches(admin, clinic.provider, thursday, now)  # freed again
    assert waitlist.matches(admin, clinic.provider, thursday,
                            thursday - dt.timedelta(hours=2)) == []  # inside the notice
    settings.set_value(admin, "max_days_ahead", "3", now)
    assert waitlist.matches(admin, clinic.provider, thursday, now) == []  # past the horizon


def test_matches_read_every_weekday_and_provider_an_entry_lists(clinic, admin, now):
    tue_thu = wait(clinic, admin, now, client=0, weekdays=[1, 3])
    wait(clinic, admin, now, client=1, weekdays=[0, 2, 4])  # never on a Thursday
    both = wait(clinic, admin, now, client=2,
                provider_ids=[clinic.provider, clinic.other_provider])
    thursday = tuesday(0, "09:00") + dt.timedelta(days=2)
    for provider in (clinic.provider, clinic.other_provider):
        assert ids(waitlist.matches(admin, provider, thursday, now)) == [tue_thu.id, both.id]


def test_an_edited_entry_is_matched_by_its_new_wishes(clinic, admin, now):
    """Matching twice reads the edited entry, not the one it was: an edit keeps the entry's
    id and place, and may change only its chosen providers."""
    entry = wait(clinic, admin, now, provider_ids=[clinic.provider])
    start, range_ = tuesday(0, "10:00"), {"first_day": DAY, "last_day": WEEK_AFTER}
    assert ids(waitlist.matches(admin, clinic.provider, start, now)) == [entry.id]
    waitlist.edit(admin, entry.id, now, provider_ids=[clinic.other_provider], **range_)
    assert waitlist.matches(admin, clinic.provider, start, now) == []
    assert ids(waitlist.matches(admin, clinic.other_provider, start, now)) == [entry.id]
    edited = waitlist.edit(admin, entry.id, now, window=parse_window("09:00-10:00"),
                           note="before work", **range_)
    assert waitlist.matches(admin, clinic.provider, start, now) == []
    assert waitlist.matches(admin, clinic.provider, tuesday(0, "09:30"), now) == [edited]
    assert waitlist.get_entry(admin, entry.id, now) == edited
    assert (edited.note, edited.wish.provider_ids) == ("before work", frozenset())


def test_matches_read_again_a_row_written_behind_their_back(clinic, admin, now):
    """Matching keeps the rows it has read by revision; a write from anywhere (another version
    of the app, a script, a restore) draws a new one, so the changed row is read again."""
    entry = wait(clinic, admin, now)
    start = tuesday(0, "10:00")
    assert ids(waitlist.matches(admin, clinic.provider, start, now)) == [entry.id]
    WaitlistEntryRow.update(window_start="09:00", window_end="10:00").where(
        WaitlistEntryRow.id == entry.id).execute()
    assert waitlist.matches(admin, clinic.provider, start, now) == []
    WaitlistEntryRow.update(window_start=None, window_end=None, urgent=True).where(
        WaitlistEntryRow.id == entry.id).execute()
    (again,) = waitlist.matches(admin, clinic.provider, start, now)
    assert again.wish.urgent and again.wish.window is None


def test_matches_build_each_entry_once_and_forget_on_request(clinic, admin, now):
    entry = wait(clinic, admin, now)
    start = tuesday(0, "10:00")
    first = waitlist.matches(admin, clinic.provider, start, now)
    assert waitlist.matches(admin, clinic.provider, start, now)[0] is first[0]
    waitlist.forget_read_entries()
    rebuilt = waitlist.matches(admin, clinic.provider, start, now)
    assert rebuilt == first and rebuilt[0] is not first[0] and rebuilt[0].id == entry.id


def test_an_offer_holds_and_its_confirmation_books_the_entry(clinic, admin, now):
    entry = wait(clinic, admin, now, client=0)
    other = wait(clinic, admin, now, client=1)
    start = tuesday(0, "10:00")
    held = waitlist.offer(admin, entry.id, clinic.provider, start, now)
    assert held.status is Status.PENDING and held.client_id == clinic.clients[0]
    assert "waitlist" in held.note and held.visit_type_id == clinic.type_id
    assert waitlist.matches(admin, clinic.provider, start, now) == []
    with pytest.raises(SlotTaken, match="just taken"):
        waitlist.offer(admin, other.id, clinic.provider, start, now)
    booking.confirm(admin, held.id, now)
    assert waitlist.get_entry(admin, entry.id, now).status is WishStatus.BOOKED
    assert waitlist.get_entry(admin, other.id, now).status is WishStatus.OPEN
    with pytest.raises(InvalidTransition, match="booked"):
        waitlist.offer(admin, entry.id, clinic.provider, tuesday(1), now)


def test_an_expired_offer_moves_on_to_the_next_match(clinic, admin, now):
    entry = wait(clinic, admin, now, client=0)
    other = wait(clinic, admin, now, client=1)
    start = tuesday(0, "10:00")
    waitlist.offer(admin, entry.id, clinic.provider, start, now)
    later = now + dt.timedelta(hours=1)  # the hold has lapsed
    assert ids(waitlist.matches(admin, clinic.provider, start, later)) == [entry.id, other.id]
    waitlist.remove(admin, entry.id, later)  # the client said no
    assert ids(waitlist.matches(admin, clinic.provider, start, later)) == [other.id]
    assert waitlist.offer(admin, other.id, clinic.provider, start, later).client_id == \
        clinic.clients[1]


def test_one_offer_at_a_time_until_the_client_answers(clinic, admin, now):
    """A second offer while the first hold waits would leave the client two holds, and
    confirming the first would no longer end the entry: it is refused, and the entry is not
    matched elsewhere, until that hold is cancelled or lapses."""
    entry = wait(clinic, admin, now, client=0)
    first, second = tuesday(0, "10:00"), tuesday(1, "10:00")
    held = waitlist.offer(admin, entry.id, clinic.provider, first, now)
    assert waitlist.matches(admin, clinic.provider, second, now) == []
    with pytest.raises(InvalidTransition, match=rf"already offered Tue .* 10:00 \(booking "
                                                rf"{held.id}, held until"):
        waitlist.offer(admin, entry.id, clinic.provider, second, now)
    offered = waitlist.get_entry(admin, entry.id, now)
    waiting = waitlist.offers_waiting(admin, [offered], now)[entry.id]
    assert (waiting.reservation_id, waiting.local_start.strftime("%a %H:%M")) == \
        (held.id, "Tue 10:00")
    lapsed = now + dt.timedelta(hours=1)
    assert ids(waitlist.matches(admin, clinic.provider, second, lapsed)) == [entry.id]
    assert waitlist.offers_waiting(admin, [offered], lapsed) == {}
    booking.cancel(admin, held.id, now)  # the client said no to that time
    assert waitlist.offers_waiting(admin, [offered], now) == {}
    assert ids(waitlist.matches(admin, clinic.provider, second, now)) == [entry.id]
    again = waitlist.offer(admin, entry.id, clinic.provider, second, now)
    booking.confirm(admin, again.id, now)
    assert waitlist.get_entry(admin, entry.id, now).status is WishStatus.BOOKED


def test_removing_an_entry_releases_its_waiting_offer(clinic, admin, now):
    """The client said no: the time held for them goes to the next match at once."""
    entry = wait(clinic, admin, now, client=0)
    other = wait(clinic, admin, now, client=1)
    start = tuesday(0, "10:00")
    held = waitlist.offer(admin, entry.id, clinic.provider, start, now)
    assert waitlist.matches(admin, clinic.provider, start, now) == []
    waitlist.remove(admin, entry.id, now)
    released = booking.get_booking(admin, held.id).reservation
    assert released.status is Status.CANCELLED
    assert released.cancel_reason == f"waitlist entry {entry.id} removed"
    assert ids(waitlist.matches(admin, clinic.provider, start, now)) == [other.id]


def test_removing_an_entry_keeps_a_confirmed_offer(clinic, admin, now):
    entry = wait(clinic, admin, now, client=0)
    held = waitlist.offer(admin, entry.id, clinic.provider, tuesday(0, "10:00"), now)
    booking.confirm(admin, held.id, now)  # the entry is booked: nothing left to remove
    with pytest.raises(InvalidTransition, match="is booked"):
        waitlist.remove(admin, entry.id, now)
    assert booking.get_booking(admin, held.id).reservation.status is Status.CONFIRMED


def test_an_offer_from_a_stale_read_of_the_entry_holds_nothing(clinic, admin, now,
                                                                monkeypatch):
    """Two desks offering one entry at once: the one whose read of the entry is out of date
    is refused when it links its hold, and its hold is rolled back."""
    entry = wait(clinic, admin, now, client=0)
    read_before = waitlist.get_entry(admin, entry.id, now)
    waitlist.offer(admin, entry.id, clinic.provider, tuesday(0, "10:00"), now)
    monkeypatch.setattr(waitlist, "_open_entry", lambda entry_id, now: read_before)
    monkeypatch.setattr(waitlist, "_check_no_offer_waiting", lambda entry, now: None)
    before = len(booking.list_bookings(admin, now, client_id=clinic.clients[0]))
    with pytest.raises(InvalidTransition, match="just offered or changed at another desk"):
        waitlist.offer(admin, entry.id, clinic.provider, tuesday(1, "10:00"), now)
    assert len(booking.list_bookings(admin, now, client_id=clinic.clients[0])) == before


def test_an_edit_from_a_stale_read_changes_nothing(clinic, admin, now, monkeypatch):
    """Two desks at once (PostgreSQL reads what was committed before its write): an edit
    decided from an open entry that another desk has since removed or booked is refused,
    as remove is, instead of rewriting the ended entry and auditing an edit of it."""
    entry = wait(clinic, admin, now, client=0)
    read_before = waitlist.get_entry(admin, entry.id, now)
    waitlist.remove(admin, entry.id, now)
    monkeypatch.setattr(waitlist, "_open_entry", lambda entry_id, now: read_before)
    with pytest.raises(InvalidTransition, match="just changed at another desk"):
        waitlist.edit(admin, entry.id, now, first_day=DAY, last_day=DAY, urgent=True,
                      note="moved up")
    after = waitlist.get_entry(admin, entry.id, now)
    assert (after.status, after.wish.last_day, after.wish.urgent, after.note) == \
        (WishStatus.REMOVED, WEEK_AFTER, False, "")
    assert "waitlist.edit" not in [e.action for e in audit.list_entries(admin, limit=5)]


def test_an_offer_outside_the_wish_is_refused(clinic, admin, now):
    entry = wait(clinic, admin, now, weekdays=[3])
    with pytest.raises(InvalidInput, match="not what waitlist entry"):
        waitlist.offer(admin, entry.id, clinic.provider, tuesday(0), now)


def test_an_entry_past_its_range_by_the_clinics_date_is_not_matched(db, admin, now):
    """The clinic's date ends an entry (the desk sees it lapsed, offer refuses it), though a
    provider in a zone behind the clinic's is still on the entry's last day: matches must
    leave it out too, swept or not, or the desk is shown a client it cannot offer."""
    settings.set_values(admin, {"clinic_timezone": "America/New_York",
                                "min_notice_hours": "0"}, now)
    west = people.add_provider(admin, "Dr West", "west@clinic.example", "America/Los_Angeles",
                               now)
    schedule.add_availability(admin, west.id, DAY, [parse_block("20:00-23:00")], now)
    physio = visit_types.add_type(admin, "Physio", 30, now)
    client = people.add_client(admin, "Ann Alder", now, "ann@mail.example")
    entry = waitlist.add(admin, client.id, physio.id, now, first_day=DAY, last_day=DAY)
    later = dt.datetime.combine(DAY, dt.time(21, 30), zone("America/Los_Angeles"))
    assert later.astimezone(zone("America/New_York")).date() > DAY  # the clinic's next day
    start = at(DAY, "22:00", "America/Los_Angeles")
    assert waitlist.get_entry(admin, entry.id, later).status is WishStatus.LAPSED
    with pytest.raises(InvalidTransition, match="lapsed"):
        waitlist.offer(admin, entry.id, west.id, start, later)
    assert waitlist.matches(admin, west.id, start, later) == []


def test_undoing_time_off_does_not_bring_back_an_offer_superseded_since(clinic, admin, now):
    """Time off cancelled the offered hold, and the entry went back to matching. Offered
    another time since, the old hold stays cancelled on undo: the client would otherwise hold
    two times for one wish, and confirming the old one would not end the entry."""
    entry = wait(clinic, admin, now, client=0)
    held = waitlist.offer(admin, entry.id, clinic.provider, tuesday(0, "10:00"), now)
    off = schedule.time_off(admin, clinic.provider, DAY, None, now, cancel_bookings=True)
    again = waitlist.offer(admin, entry.id, clinic.provider, tuesday(1, "10:00"), now)
    undone = schedule_undo.undo(admin, off.inverse, now)
    assert undone.restored == []
    assert [(n.reservation_id, n.reason) for n in undone.not_restored] == [
        (held.id, "its waitlist entry was offered another time")]
    assert booking.get_booking(admin, held.id).reservation.status is Status.CANCELLED
    assert waitlist.get_entry(admin, entry.id, now).reservation_id == again.id


def test_undoing_time_off_gives_back_an_offer_its_entry_still_waits_on(clinic, admin, now):
    entry = wait(clinic, admin, now, client=0)
    other = wait(clinic, admin, now, client=1)
    start = tuesday(0, "10:00")
    held = waitlist.offer(admin, entry.id, clinic.provider, start, now)
    off = schedule.time_off(admin, clinic.provider, DAY, None, now, cancel_bookings=True)
    assert schedule_undo.undo(admin, off.inverse, now).restored == [held.id]
    offered = waitlist.get_entry(admin, entry.id, now)
    assert waitlist.offers_waiting(admin, [offered], now)[entry.id].reservation_id == held.id
    assert ids(waitlist.matches(admin, clinic.provider, tuesday(1, "10:00"), now)) == \
        [other.id]


def test_undoing_time_off_leaves_cancelled_an_offer_whose_entry_was_removed(clinic, admin,
                                                                             now):
    entry = wait(clinic, admin, now, client=0)
    held = waitlist.offer(admin, entry.id, clinic.provider, tuesday(0, "10:00"), now)
    off = schedule.time_off(admin, clinic.provider, DAY, None, now, cancel_bookings=True)
    waitlist.remove(admin, entry.id, now)  # the client no longer wants a visit
    undone = schedule_undo.undo(admin, off.inverse, now)
    assert [(n.reservation_id, n.reason) for n in undone.not_restored] == [
        (held.id, "its waitlist entry is no longer open")]
