"""The day at the desk: check a client in, complete the visit, mark a no-show, undo a mistaken
click; and the note on a booking. Each change is one conditional update, audited."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from peewee import IntegrityError

from reservations_app.domain import status as lifecycle
from reservations_app.domain import visits
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import SlotTaken
from reservations_app.domain.model import Reservation, Status
from reservations_app.domain.timezones import zone
from reservations_app.services import audit
from reservations_app.services.lookups import provider_record, reservation_for_change
from reservations_app.services.transitions import Transition
from reservations_app.store.models import ReservationRow
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import transactional

# Which moves are allowed is domain.status's to say; this only makes the write conditional.
_SET_STATUS = Transition(tuple(Status), None, status=Bind("to"))
_SET_NOTE = Prepared(lambda: ReservationRow.update(note=Bind("note")).where(
    ReservationRow.id == Bind("id")))

Decide = Callable[[Reservation, dt.datetime], Status]


def _change(actor: Actor, reservation_id: int, now: dt.datetime, action: str,
            decide: Decide) -> Reservation:
    before = reservation_for_change(actor, reservation_id)
    target = decide(before, now)
    try:
        _SET_STATUS.apply(before, to=target.value)
    except IntegrityError as exc:  # undoing a no-show whose time was booked since
        raise SlotTaken("That time has been booked by someone else since; the visit stays a "
                        "no-show. Make a new booking instead.") from exc
    after = dataclasses.replace(before, status=target)
    audit.record(actor, now, f"reservation.{action}", "reservation", after.id, before, after)
    return after


def _arrive(reservation: Reservation, now: dt.datetime) -> Status:
    provider = provider_record(reservation.provider_id)
    return lifecycle.arrive_from(reservation, zone(provider.timezone), now)


@audit.denials_audited
@transactional
def arrive(actor: Actor, reservation_id: int, now: dt.datetime) -> Reservation:
    """The client is at the desk (from the start of the visit's local day)."""
    return _change(actor, reservation_id, now, "arrive", _arrive)


@audit.denials_audited
@transactional
def complete(actor: Actor, reservation_id: int, now: dt.datetime) -> Reservation:
    return _change(actor, reservation_id, now, "complete", lifecycle.complete_from)


@audit.denials_audited
@transactional
def no_show(actor: Actor, reservation_id: int, now: dt.datetime) -> Reservation:
    """The client did not come; possible once the visit's start has passed."""
    return _change(actor, reservation_id, now, "no_show", lifecycle.no_show_from)


@audit.denials_audited
@transactional
def undo_status(actor: Actor, reservation_id: int, now: dt.datetime) -> Reservation:
    """Back to confirmed from a mistaken check-in or no-show."""
    return _change(actor, reservation_id, now, "undo_status", lifecycle.undo_from)


@audit.denials_audited
@transactional
def set_note(actor: Actor, reservation_id: int, note: str, now: dt.datetime) -> Reservation:
    """Replace the booking's note (empty text removes it); any status may carry one."""
    before = reservation_for_change(actor, reservation_id)
    cleaned = visits.clean_note(note)
    _SET_NOTE.execute(id=before.id, note=cleaned)
    after = dataclasses.replace(before, note=cleaned)
    audit.record(actor, now, "reservation.note", "reservation", after.id, before, after)
    return after
