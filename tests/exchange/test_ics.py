"""The provider's calendar feed, read back by icalendar and by recurring-ical-events."""

from __future__ import annotations

import datetime as dt

import recurring_ical_events
from icalendar import Calendar

from reservations_app.domain.exchange import initials
from reservations_app.services import booking, ics
from tests.exchange.conftest import AFTER_DST, BEFORE_DST, NEW_YORK, DstClinic, local

RANGE = (BEFORE_DST, AFTER_DST)


def _feed(admin, now, clinic: DstClinic, **options) -> Calendar:  # type: ignore[no-untyped-def]
    data, _count = ics.export_provider(admin, clinic.provider, *RANGE, now, **options)
    return Calendar.from_ical(data)


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_one_event_per_shown_booking_with_stable_uids_and_statuses(admin, now, dst_clinic):
    events = _events(_feed(admin, now, dst_clinic))
    expected = {ics.uid_of(dst_clinic.confirmed): "CONFIRMED",
                ics.uid_of(dst_clinic.held): "TENTATIVE",
                ics.uid_of(dst_clinic.cancelled): "CANCELLED"}
    assert {uid: str(event["status"]) for uid, event in events.items()} == expected
    later = now + dt.timedelta(minutes=5)
    assert set(_events(_feed(admin, later, dst_clinic))) == set(expected)


def test_a_confirmed_hold_updates_the_same_event(admin, now, dst_clinic):
    booking.confirm(admin, dst_clinic.held, now)
    event = _events(_feed(admin, now, dst_clinic))[ics.uid_of(dst_clinic.held)]
    assert str(event["status"]) == "CONFIRMED"


def test_privacy_by_default_full_names_on_request(admin, now, dst_clinic):
    private = _events(_feed(admin, now, dst_clinic))
    summaries = {str(e["summary"]) for e in private.values()}
    assert summaries == {"A. M. L. - Visit", "B. S. - Visit"}
    assert all("description" not in e for e in private.values())
    full = _events(_feed(admin, now, dst_clinic, full_names=True))
    assert str(full[ics.uid_of(dst_clinic.confirmed)]["summary"]) == "Ann Marie Lee - Visit"
    assert initials("  jean-luc  picard ") == "J. L. P."


def test_times_carry_the_providers_zone_and_a_vtimezone(admin, now, dst_clinic):
    calendar = _feed(admin, now, dst_clinic)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == [NEW_YORK.key]
    event = _events(calendar)[ics.uid_of(dst_clinic.confirmed)]
    assert event["dtstart"].params["TZID"] == NEW_YORK.key
    assert event.decoded("dtstart") == local(BEFORE_DST, 9)
    assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=15)


def test_across_the_dst_change_a_reader_sees_the_local_times_booked(admin, now, dst_clinic):
    calendar = _feed(admin, now, dst_clinic)
    found = recurring_ical_events.of(calendar).between(
        dt.datetime(2027, 3, 11, tzinfo=dt.UTC), dt.datetime(2027, 3, 17, tzinfo=dt.UTC))
    by_uid = {str(e["uid"]): e["dtstart"].dt for e in found}
    before = by_uid[ics.uid_of(dst_clinic.confirmed)]
    after = by_uid[ics.uid_of(dst_clinic.held)]
    assert (before.hour, after.hour) == (9, 9)
    assert before.utcoffset() == dt.timedelta(hours=-5)
    assert after.utcoffset() == dt.timedelta(hours=-4)
    assert after.astimezone(dt.UTC) == dt.datetime(2027, 3, 15, 13, tzinfo=dt.UTC)


def test_the_file_is_written_whole(admin, now, dst_clinic, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "ada.ics"
    data, count = ics.export_provider(admin, dst_clinic.provider, *RANGE, now, path=target)
    assert count == 3 and target.read_bytes() == data
    assert [p.name for p in target.parent.iterdir()] == ["ada.ics"]


def test_a_typed_visit_with_a_note_shows_its_type_and_the_note_only_with_full_names(
        admin, now, dst_clinic):
    from reservations_app.services import visit_types

    consult = visit_types.add_type(admin, "Consultation", 30, now)
    typed = booking.hold(admin, dst_clinic.bob, dst_clinic.provider, local(BEFORE_DST, 10), now,
                         visit_type_id=consult.id, note="interpreter needed")
    private = _events(_feed(admin, now, dst_clinic))[ics.uid_of(typed.id)]
    assert str(private["summary"]) == "B. S. - Consultation" and "description" not in private
    assert private.decoded("dtend") - private.decoded("dtstart") == dt.timedelta(minutes=30)
    full = _events(_feed(admin, now, dst_clinic, full_names=True))[ics.uid_of(typed.id)]
    assert str(full["description"]) == "interpreter needed"
