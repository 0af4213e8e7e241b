"""Visit types, buffers, the day's statuses, notes, horizon, override and replace-same-day,
through the services, on both backends."""

import datetime as dt
import json

import pytest
from peewee import IntegrityError

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import (
    ClientDayFull,
    DoesNotFit,
    Duplicate,
    InThePast,
    InvalidInput,
    InvalidTransition,
    PermissionDenied,
    SlotTaken,
    SlotUnavailable,
    TooFar,
    TooLate,
)
from reservations_app.domain.explain import Reason
from reservations_app.domain.model import Role, Status
from reservations_app.services import (
    audit,
    booking,
    day_slots,
    people,
    settings,
    visit_status,
    visit_types,
)
from reservations_app.store.models import ReservationRow, database, to_db
from tests.services.helpers import DAY, at, clients, provider_with_day


@pytest.fixture
def clinic(db, admin, now):
    doc = provider_with_day(admin, now, blocks=("08:00-11:00", "12:00-15:00"))
    other = provider_with_day(admin, now, email="other@clinic.example")
    assessment = visit_types.add_type(admin, "New patient assessment", 45, now,
                                      buffer_after=15)
    return doc, other, assessment, clients(admin, now, 3)


def test_types_are_validated_unique_and_audited(clinic, admin, desk, now) -> None:
    doc, other, assessment, _ = clinic
    assert assessment.provider_ids == () and assessment.active
    with pytest.raises(Duplicate, match="already exists"):
        visit_types.add_type(admin, "NEW PATIENT assessment", 30, now)
    with pytest.raises(InvalidInput, match="multiple of 15"):
        visit_types.add_type(admin, "Odd", 20, now)
    with pytest.raises(PermissionDenied):
        visit_types.add_type(desk, "Follow-up", 15, now)
    edited = visit_types.edit_type(admin, assessment.id, now, provider_ids=[doc.id],
                                   active=False)
    assert edited.provider_ids == (doc.id,) and not edited.active
    assert visit_types.list_types(admin) == [edited]
    actions = [e.action for e in audit.list_entries(admin, entity="visit_type")]
    assert actions == ["visit_type.edit", "visit_type.add"]


def test_a_typed_booking_occupies_its_buffers(clinic, admin, now) -> None:
    doc, _, assessment, (ann, bob, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:00"), now,
                        visit_type_id=assessment.id, note="interpreter needed")
    assert held.end == at(DAY, "08:45") and held.occupied == (at(DAY, "08:00"),
                                                              at(DAY, "09:00"))
    assert held.note == "interpreter needed" and held.visit_type_id == assessment.id
    with pytest.raises(SlotTaken):  # inside the buffer after
        booking.hold(admin, bob.id, doc.id, at(DAY, "08:45"), now)
    booking.hold(admin, bob.id, doc.id, at(DAY, "09:00"), now)
    stored = booking.get_booking(admin, held.id).reservation
    assert stored.occupied == held.occupied and stored.note == held.note


def test_a_visit_must_fit_its_block_and_buffers_may_pass_its_edge(clinic, admin, now) -> None:
    doc, _, assessment, (ann, bob, cy) = clinic
    with pytest.raises(DoesNotFit, match="past the end"):
        booking.hold(admin, ann.id, doc.id, at(DAY, "10:30"), now, visit_type_id=assessment.id)
    # 10:15-11:00 visit, buffer 11:00-11:15 past the block's end
    booking.hold(admin, ann.id, doc.id, at(DAY, "10:15"), now, visit_type_id=assessment.id)
    booking.hold(admin, bob.id, doc.id, at(DAY, "09:30"), now)
    with pytest.raises(DoesNotFit, match="run into another booking"):
        booking.hold(admin, cy.id, doc.id, at(DAY, "09:00"), now, visit_type_id=assessment.id)


def test_the_database_refuses_overlapping_occupied_time(clinic, admin, now) -> None:
    doc, _, assessment, (ann, _, _) = clinic
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:00"), now,
                        visit_type_id=assessment.id)
    row = {"provider": doc.id, "client": ann.id, "start_at": to_db(at(DAY, "09:15")),
           "end_at": to_db(at(DAY, "09:30")), "local_date": DAY, "status": "confirmed",
           "created_at": to_db(now), "occupied_start": to_db(at(DAY, "08:55")),
           "occupied_end": to_db(at(DAY, "09:30"))}
    for status in ("pending", "confirmed", "arrived", "completed"):
        with pytest.raises(IntegrityError), database.atomic():
            ReservationRow.insert(**{**row, "status": status}).execute()
    for status in ("cancelled", "expired", "no_show"):
        with database.atomic():
            ReservationRow.insert(**{**row, "status": status}).execute()
    assert held.id


def test_move_keeps_the_type_and_refuses_a_provider_who_does_not_offer_it(
        clinic, admin, now) -> None:
    doc, other, assessment, (ann, _, _) = clinic
    visit_types.edit_type(admin, assessment.id, now, provider_ids=[doc.id])
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "08:00"), now,
                        visit_type_id=assessment.id)
    moved = booking.move(admin, held.id, at(DAY, "12:00"), now)
    assert (moved.end, moved.occupied[1], moved.visit_type_id) == (
        at(DAY, "12:45"), at(DAY, "13:00"), assessment.id)
    with pytest.raises(SlotUnavailable, match="does not offer"):
        booking.move(admin, held.id, at(DAY, "08:00"), now, provider_id=other.id)
    with pytest.raises(SlotUnavailable, match="does not offer"):
        booking.hold(admin, ann.id, other.id, at(DAY, "09:00"), now,
                     visit_type_id=assessment.id)


def _day_of_visits(clinic, admin, now):  # type: ignore[no-untyped-def]
    doc, _, _, (ann, _, _) = clinic
    return booking.confirm(admin, booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"),
                                               now).id, now)


def test_the_days_statuses_are_audited_and_occupy_what_they_should(clinic, admin,
                                                                   now) -> None:
    confirmed = _day_of_visits(clinic, admin, now)
    doc, _, _, (_, bob, _) = clinic
    morning = at(DAY, "00:00")  # the visit's local day has begun in New York
    with pytest.raises(InvalidTransition, match="day of the visit"):
        visit_status.arrive(admin, confirmed.id, now)
    arrived = visit_status.arrive(admin, confirmed.id, morning)
    assert arrived.status is Status.ARRIVED
    with pytest.raises(InvalidTransition, match="nothing to cancel"):
        booking.cancel(admin, confirmed.id, morning)
    with pytest.raises(InvalidTransition, match="cannot be moved"):
        booking.move(admin, confirmed.id, at(DAY, "10:00"), morning)
    assert visit_status.undo_status(admin, confirmed.id, morning).status is Status.CONFIRMED
    with pytest.raises(InvalidTransition, match="start has passed"):
        visit_status.no_show(admin, confirmed.id, morning)
    after_start = at(DAY, "09:05")
    assert visit_status.no_show(admin, confirmed.id, after_start).status is Status.NO_SHOW
    assert visit_status.undo_status(admin, confirmed.id, after_start).status is \
        Status.CONFIRMED
    visit_status.arrive(admin, confirmed.id, after_start)
    done = visit_status.complete(admin, confirmed.id, at(DAY, "09:20"))
    assert done.status is Status.COMPLETED
    with pytest.raises(SlotTaken):  # a completed visit keeps occupying its time
        booking.hold(admin, bob.id, doc.id, at(DAY, "09:00"), now)
    actions = [e.action for e in audit.list_entries(admin, entity="reservation",
                                                    entity_id=confirmed.id)]
    assert actions[:6] == ["reservation.complete", "reservation.arrive",
                           "reservation.undo_status", "reservation.no_show",
                           "reservation.undo_status", "reservation.arrive"]


def test_undoing_a_no_show_whose_time_was_booked_since_is_refused(clinic, admin,
                                                                 now) -> None:
    confirmed = _day_of_visits(clinic, admin, now)
    doc, _, _, (_, bob, _) = clinic
    after_start = at(DAY, "09:05")
    visit_status.no_show(admin, confirmed.id, after_start)
    booking.hold(admin, bob.id, doc.id, at(DAY, "09:00"), now)  # booked before, `now` in hand
    with pytest.raises(SlotTaken, match="booked by someone else"):
        visit_status.undo_status(admin, confirmed.id, after_start)
    assert booking.get_booking(admin, confirmed.id).reservation.status is Status.NO_SHOW


def test_a_stale_read_loses_to_the_desk_that_changed_it_first(clinic, admin, now,
                                                              monkeypatch) -> None:
    confirmed = _day_of_visits(clinic, admin, now)
    morning = at(DAY, "00:00")
    stale = confirmed
    visit_status.arrive(admin, confirmed.id, morning)
    monkeypatch.setattr(visit_status, "reservation_for_change", lambda actor, rid: stale)
    with pytest.raises(InvalidTransition, match="already arrived"):
        visit_status.arrive(admin, confirmed.id, morning)


def test_late_cancellation_and_notes(clinic, admin, now) -> None:
    confirmed = _day_of_visits(clinic, admin, now)
    noted = visit_status.set_note(admin, confirmed.id, "  wheelchair  ", now)
    assert noted.note == "wheelchair"
    listed = booking.list_bookings(admin, now)[0].reservation
    assert listed.note == "wheelchair" and not listed.late_cancellation
    late = booking.cancel(admin, confirmed.id, at(DAY, "08:00"), "sick")
    assert late.status is Status.CANCELLED and late.late_cancellation
    entry = audit.list_entries(admin, entity="reservation", entity_id=confirmed.id)[0]
    assert json.loads(entry.after or "{}")["late_cancellation"] is True
    doc, _, _, (_, bob, _) = clinic
    early = booking.hold(admin, bob.id, doc.id, at(DAY, "10:00"), now)
    assert not booking.cancel(admin, early.id, now).late_cancellation


def test_horizon_and_notice_override(clinic, admin, desk, now) -> None:
    doc, _, _, (ann, bob, _) = clinic
    settings.set_value(admin, "max_days_ahead", "3", now)
    with pytest.raises(TooFar, match="3 days"):
        booking.hold(admin, ann.id, doc.id, at(DAY, "08:00"), now)
    settings.set_value(admin, "max_days_ahead", "365", now)
    soon = at(DAY, "09:00") - dt.timedelta(hours=2)
    with pytest.raises(TooLate):
        booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), soon)
    with pytest.raises(PermissionDenied, match="administrator"):
        booking.hold(desk, ann.id, doc.id, at(DAY, "09:00"), soon, override_notice="walk-in")
    with pytest.raises(InThePast):
        booking.hold(admin, ann.id, doc.id, at(DAY, "08:00"), soon + dt.timedelta(hours=2),
                     override_notice="walk-in")
    held = booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), soon,
                        override_notice="walk-in")
    assert held.notice_override == "walk-in"
    entry = audit.list_entries(admin, entity="reservation", entity_id=held.id)[0]
    assert json.loads(entry.after or "{}")["notice_override"] == "walk-in"
    normal = booking.hold(admin, bob.id, doc.id, at(DAY, "10:00"), now,
                          override_notice="not needed")
    assert normal.notice_override is None


def test_replace_same_day_is_all_or_nothing(clinic, admin, now) -> None:
    doc, other, assessment, (ann, bob, _) = clinic
    first = booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), now)
    with pytest.raises(ClientDayFull):
        booking.hold(admin, ann.id, other.id, at(DAY, "10:00"), now)
    booking.hold(admin, bob.id, other.id, at(DAY, "10:00"), now)
    with pytest.raises(SlotTaken):  # the new time is taken: the old booking stays
        booking.hold(admin, ann.id, other.id, at(DAY, "10:00"), now, replace_same_day=True)
    assert booking.get_booking(admin, first.id).reservation.status is Status.PENDING
    # overlapping its own earlier booking is fine: that one goes in the same step
    second = booking.hold(admin, ann.id, doc.id, at(DAY, "08:30"), now,
                          visit_type_id=assessment.id, replace_same_day=True)
    old = booking.get_booking(admin, first.id).reservation
    assert old.status is Status.CANCELLED
    assert old.cancel_reason == f"replaced by booking {second.id}"


def test_explain_agrees_with_what_book_does(clinic, admin, now) -> None:
    doc, _, assessment, (ann, bob, cy) = clinic
    booking.hold(admin, ann.id, doc.id, at(DAY, "09:00"), now)
    booking.confirm(admin, booking.hold(admin, bob.id, doc.id, at(DAY, "10:00"), now).id, now)
    rows = day_slots.explain_slots(admin, DAY, now, provider_id=doc.id,
                                   visit_type_id=assessment.id, client_id=ann.id)
    reasons = {r.start: r.reason for r in rows}
    assert reasons[at(DAY, "09:00")] is Reason.HELD
    assert reasons[at(DAY, "10:00")] is Reason.BOOKED
    assert reasons[at(DAY, "08:15")] is Reason.DOES_NOT_FIT
    assert reasons[at(DAY, "12:00")] is Reason.CLIENT_LIMIT
    starts = day_slots.bookable_starts(admin, DAY, now, provider_id=doc.id,
                                       visit_type_id=assessment.id)
    assert at(DAY, "12:00") in [s.start for s in starts]
    assert all(s.end - s.start == dt.timedelta(minutes=45) for s in starts)
    assert at(DAY, "08:00") in [s.start for s in starts]
    booking.hold(admin, cy.id, doc.id, at(DAY, "08:00"), now, visit_type_id=assessment.id)
    with pytest.raises(ClientDayFull):
        booking.hold(admin, ann.id, doc.id, at(DAY, "12:00"), now,
                     visit_type_id=assessment.id)


def test_a_provider_role_cannot_book_for_another(clinic, now) -> None:
    doc, other, _, (ann, _, _) = clinic
    own = Actor("p", Role.PROVIDER, "desk", provider_id=doc.id)
    with pytest.raises(PermissionDenied):
        booking.hold(own, ann.id, other.id, at(DAY, "09:00"), now)
    assert people.get_provider(own, doc.id).id == doc.id
