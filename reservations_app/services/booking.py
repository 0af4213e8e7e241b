"""Hold, confirm, cancel and move reservations; list them."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from peewee import IntegrityError, fn

from reservations_app.domain import rules, visits
from reservations_app.domain import slots as slot_rules
from reservations_app.domain import status as status_rules
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import (
    InvalidInput,
    NotFound,
    SlotTaken,
    SlotUnavailable,
)
from reservations_app.domain.model import (
    Booking,
    Policy,
    Provider,
    Reservation,
    Status,
)
from reservations_app.domain.people import refuse_unsafe
from reservations_app.domain.status import CHANGEABLE
from reservations_app.domain.timezones import local_date_of, to_utc, zone
from reservations_app.services import (
    audit,
    booking_queries,
    lookups,
    transitions,
    waitlist_booked,
)
from reservations_app.services.lookups import (
    lock_client,
    provider_record,
    reservation_for_change,
    visit_type_offered_by,
)
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import (
    BlockRow,
    ClientRow,
    ProviderRow,
    ReservationRow,
    WaitlistEntryRow,
    to_db,
)
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import transactional

MAX_REASON = 500
MAX_PAGE = 1000


_PROVIDER_DAY_SPANS = Prepared(lambda: BlockRow.select(
    BlockRow.provider, BlockRow.start_at, BlockRow.end_at).where(
    (BlockRow.provider == Bind("provider")) & (BlockRow.local_date == Bind("day"))))
_INSERT_HOLD = Prepared(lambda: ReservationRow.insert(
    provider=Bind("provider"), client=Bind("client"), start_at=Bind("start"),
    end_at=Bind("end"), local_date=Bind("day"), status=Status.PENDING.value,
    created_at=Bind("now"), hold_expires_at=Bind("expires"), visit_type=Bind("type"),
    note=Bind("note"), notice_override=Bind("override"), occupied_start=Bind("occupied_start"),
    occupied_end=Bind("occupied_end")))
_CONFIRM = transitions.Transition((Status.PENDING,), Status.CONFIRMED,
                                  confirmed_at=Bind("now"), hold_expires_at=None)
_MOVE = transitions.Transition(CHANGEABLE, None, provider=Bind("provider"),
                               start_at=Bind("start"), end_at=Bind("end"),
                               local_date=Bind("day"), occupied_start=Bind("occupied_start"),
                               occupied_end=Bind("occupied_end"))


def _as_stored(instant: dt.datetime) -> dt.datetime:
    """The instant as reading it back from the database would give it (UTC, same precision)."""
    if instant.tzinfo is dt.UTC:  # already so: every instant the hold builds its answer from
        return instant
    return records.instant(to_db(instant))


class Placed(NamedTuple):
    """Where a new or moved booking goes, once every rule has passed."""

    start: dt.datetime
    end: dt.datetime
    occupied: tuple[dt.datetime, dt.datetime]
    local_date: dt.date
    override: str | None  # the notice override reason, when the time needed one
    same_day: list[Reservation]  # the client's other live bookings that day


def _checked_slot(actor: Actor, provider: Provider, client_id: int, start: dt.datetime,
                  policy: Policy, now: dt.datetime, shape: visits.Shape,
                  ignore_id: int | None = None, override: str | None = None,
                  replace: bool = False) -> Placed:
    """Every rule a new time must pass but the client's daily limit, in the order
    `domain.explain` reports them. With `replace`, the client's own bookings that day that
    would be cancelled for this one are not in its way."""
    start = to_utc(start)
    override = rules.check_time(start, policy, now, override)
    local_date = local_date_of(start, zone(provider.timezone))
    blocks = [slot_rules.Span(provider_id, records.instant(block_start),
                              records.instant(block_end))
              for provider_id, block_start, block_end in _PROVIDER_DAY_SPANS.rows(
                  provider=provider.id, day=local_date)]
    slot = slot_rules.is_slot_of(start, blocks, policy.slot_minutes)
    if slot is None:
        raise SlotUnavailable(f"{provider.name} has no slot starting at "
                              f"{start.astimezone(zone(provider.timezone)):%Y-%m-%d %H:%M}. "
                              "Pick one from the list of free slots.")
    occupied = shape.occupied(slot.start)
    around = booking_queries.around_slot(provider.id, client_id, local_date, *occupied, now)
    if around.stale_on_the_day:  # seldom: the sweep runs every half minute
        booking_queries.expire_stale_on_day_of(Actor.system(actor.workstation), now,
                                               local_date, provider.id, client_id)
    same_day = [r for r in around.client_that_day if r.id != ignore_id]
    ignored = {ignore_id} | ({r.id for r in same_day if r.status in CHANGEABLE} if replace
                             else set())
    in_the_way = [r for r in around.in_the_way if r.id not in ignored]
    rules.check_slot_free(slot.start, slot.end, in_the_way)
    block_end = next(b.end for b in blocks if b.start <= slot.start < b.end)
    rules.check_fits(occupied, shape.end(slot.start), block_end, in_the_way)
    return Placed(slot.start, shape.end(slot.start), occupied, local_date, override, same_day)


@audit.denials_audited
@transactional
def hold(actor: Actor, client_id: int, provider_id: int, start: dt.datetime,
         now: dt.datetime, *, visit_type_id: int | None = None, note: str | None = None,
         override_notice: str | None = None, replace_same_day: bool = False) -> Reservation:
    """Hold a free time for a client; the hold lapses after `hold_minutes` unless confirmed.

    An admin may book inside the notice window by giving `override_notice`, a reason kept on
    the booking. With `replace_same_day`, the client's other live bookings that day are
    cancelled in the same transaction ("replaced by booking N"): all or nothing."""
    require(actor, Permission.BOOK, provider_id)
    policy = get_policy()
    # The client's row is locked here: this serialises one client's bookings across desks.
    provider, client_found = lookups.provider_locking_client(provider_id, client_id)
    visit_type = visit_type_offered_by(visit_type_id, provider)
    if visit_type is not None and not visit_type.active:
        raise InvalidInput(f"The visit type {visit_type.name} is no longer offered.")
    note = visits.clean_note(note)
    override = rules.notice_override(override_notice, actor.role)
    if not client_found:
        raise NotFound(f"There is no client with id {client_id}.")
    place = _checked_slot(actor, provider, client_id, start, policy, now,
                          visits.shape_of(visit_type, policy.slot_minutes), override=override,
                          replace=replace_same_day)
    replaced = _replaceable(place.same_day, policy, replace_same_day)
    for old in replaced:
        _cancel_row(old, now, policy, None)
    expires = rules.hold_expires_at(policy, now)
    try:
        reservation_id = _INSERT_HOLD.insert(
            provider=provider.id, client=client_id, start=to_db(place.start),
            end=to_db(place.end), day=place.local_date, now=to_db(now), expires=to_db(expires),
            type=visit_type_id, note=note, override=place.override,
            occupied_start=to_db(place.occupied[0]), occupied_end=to_db(place.occupied[1]))
    except IntegrityError as exc:
        raise SlotTaken("This slot was just taken, maybe at another desk. "
                        "Pick another time.") from exc
    reservation = records.new_reservation(
        reservation_id, provider.id, client_id, _as_stored(place.start), _as_stored(place.end),
        place.local_date, Status.PENDING, _as_stored(now), _as_stored(expires), None, None,
        None, visit_type_id, note, False, place.override, _as_stored(place.occupied[0]),
        _as_stored(place.occupied[1]))
    audit.record(actor, now, "reservation.hold", "reservation", reservation.id, None, reservation)
    for old in replaced:
        _record_replaced(actor, old, reservation_id, now)
    return reservation


def _replaceable(same_day: list[Reservation], policy: Policy,
                 replace: bool) -> list[Reservation]:
    """The bookings to cancel for the new one, or ClientDayFull when the day is full."""
    if not replace:
        rules.check_client_day(same_day, policy)
        return []
    kept = [r for r in same_day if r.status not in CHANGEABLE]
    rules.check_client_day(kept, policy)  # a visit already checked in cannot be replaced
    return [r for r in same_day if r.status in CHANGEABLE]


def _record_replaced(actor: Actor, old: Reservation, new_id: int, now: dt.datetime) -> None:
    reason = f"replaced by booking {new_id}"
    ReservationRow.update(cancel_reason=reason).where(ReservationRow.id == old.id).execute()
    audit.record(actor, now, "reservation.cancel", "reservation", old.id, old,
                 lookups.reservation(old.id))


def _cancel_row(before: Reservation, now: dt.datetime, policy: Policy,
                reason: str | None) -> None:
    """Conditional on the state decided from (see services.transitions)."""
    late = status_rules.is_late_cancellation(before.start, policy.min_notice, now)
    transitions.CANCEL.apply(before, now=to_db(now), reason=reason, late=late)


# The reservation as confirm decides from, and whether an open waitlist entry was offered it:
# one statement, where every confirmation sent two.
_FOR_CONFIRM = Prepared(lambda: ReservationRow.select(
    *records.RESERVATION_COLUMNS, fn.EXISTS(WaitlistEntryRow.select(WaitlistEntryRow.id).where(
        (WaitlistEntryRow.reservation_id == ReservationRow.id)
        & (WaitlistEntryRow.status == "open")))).where(ReservationRow.id == Bind("id")))


@audit.denials_audited
@transactional
def confirm(actor: Actor, reservation_id: int, now: dt.datetime) -> Reservation:
    found = _FOR_CONFIRM.rows(id=reservation_id)
    if not found:
        raise NotFound(f"There is no reservation with id {reservation_id}.")
    before = records.reservation_of_values(found[0])
    require(actor, Permission.BOOK, before.provider_id)
    rules.check_confirmable(before, now)
    _CONFIRM.apply(before, now=to_db(now))
    after = records.reservation_with(before, status=Status.CONFIRMED,
                                     confirmed_at=_as_stored(now), hold_expires_at=None)
    audit.record(actor, now, "reservation.confirm", "reservation", after.id, before, after)
    if found[0][-1]:  # offered from the waitlist
        waitlist_booked.end_entries_booked_by(actor, after.id, now)
    return after


@audit.denials_audited
@transactional
def cancel(actor: Actor, reservation_id: int, now: dt.datetime,
           reason: str | None = None) -> Reservation:
    """Cancel a hold or a booking; inside the notice window it is marked a late cancellation."""
    before = reservation_for_change(actor, reservation_id)
    rules.check_cancellable(before, now)
    reason = " ".join((reason or "").split()) or None
    if reason and len(reason) > MAX_REASON:
        raise InvalidInput(f"The reason is longer than {MAX_REASON} characters.")
    refuse_unsafe(reason or "", "reason")
    _cancel_row(before, now, get_policy(), reason)
    after = lookups.reservation(before.id)
    audit.record(actor, now, "reservation.cancel", "reservation", after.id, before, after)
    return after


def _shape_of_booking(reservation: Reservation, policy: Policy) -> visits.Shape:
    """A typed booking keeps the length and buffers it was booked with; an untyped one is
    one slot, as always."""
    if reservation.visit_type_id is None:
        return visits.shape_of(None, policy.slot_minutes)
    minute = dt.timedelta(minutes=1)
    occupied_start, occupied_end = reservation.occupied
    return visits.Shape((reservation.end - reservation.start) // minute,
                        (reservation.start - occupied_start) // minute,
                        (occupied_end - reservation.end) // minute)


@audit.denials_audited
@transactional
def move(actor: Actor, reservation_id: int, start: dt.datetime, now: dt.datetime,
         provider_id: int | None = None) -> Reservation:
    """Move to another time in one transaction: the old time is freed only if the new one is
    taken. A confirmed booking stays confirmed; a hold keeps its expiry; the type is kept."""
    before = reservation_for_change(actor, reservation_id)
    rules.check_movable(before, now)
    target_id = before.provider_id if provider_id is None else provider_id
    require(actor, Permission.BOOK, target_id)
    provider = provider_record(target_id)
    visit_type_offered_by(before.visit_type_id, provider)
    lock_client(before.client_id)
    policy = get_policy()
    place = _checked_slot(actor, provider, before.client_id, start, policy, now,
                          _shape_of_booking(before, policy), ignore_id=before.id)
    rules.check_client_day(place.same_day, policy)
    try:
        _MOVE.apply(before, provider=provider.id, start=to_db(place.start),
                    end=to_db(place.end), day=place.local_date,
                    occupied_start=to_db(place.occupied[0]),
                    occupied_end=to_db(place.occupied[1]))
    except IntegrityError as exc:
        raise SlotTaken("That slot was just taken, maybe at another desk. "
                        "The booking stays where it was.") from exc
    after = lookups.reservation(before.id)
    audit.record(actor, now, "reservation.move", "reservation", after.id, before, after)
    return after


def get_booking(actor: Actor, reservation_id: int) -> Booking:
    require(actor, Permission.READ)
    found = booking_queries.fetch_bookings(
        booking_queries.bookings_query().where(ReservationRow.id == reservation_id).limit(1))
    if not found:
        raise NotFound(f"There is no reservation with id {reservation_id}.")
    return found[0]


def list_bookings(actor: Actor, now: dt.datetime, *, local_date: dt.date | None = None,
                  first: dt.date | None = None, last: dt.date | None = None,
                  provider_id: int | None = None, client_id: int | None = None,
                  status: Status | None = None, limit: int = 200,
                  offset: int = 0, text: str | None = None) -> list[Booking]:
    """Bookings in time order; `status` filters by what the desk sees (a stale hold is
    expired even before the sweep has run); `text` keeps those whose client or provider
    name contains it, whatever the case."""
    require(actor, Permission.READ)
    limit, offset = max(1, min(limit, MAX_PAGE)), max(0, offset)
    others = (first, last, provider_id, client_id, status)
    if local_date is not None and all(value is None for value in others) \
            and not (text and text.strip()):  # the desk's list of a day: built once
        return booking_queries.bookings_of_values(
            _DAY_PAGE.rows(day=local_date, limit=limit, offset=offset))
    # The page is chosen from the reservations alone and only its rows get their names:
    # joining first joined all 1,100 bookings of a busy day (60,000 over eight weeks) to
    # their clients and providers to keep 50.
    page = ReservationRow.select(ReservationRow.id)
    if local_date is not None:
        page = page.where(ReservationRow.local_date == local_date)
    if first is not None:
        page = page.where(ReservationRow.local_date >= first)
    if last is not None:
        page = page.where(ReservationRow.local_date <= last)
    if provider_id is not None:
        page = page.where(ReservationRow.provider == provider_id)
    if client_id is not None:
        page = page.where(ReservationRow.client == client_id)
    if status is not None:
        page = page.where(_status_condition(status, now))
    if text and text.strip():
        page = _named(page, " ".join(text.split()))
    return booking_queries.fetch_bookings(_page_of_bookings(page, limit, offset))


def _page_of_bookings(page, limit: Any, offset: Any):  # type: ignore[no-untyped-def]
    """The bookings of one page of `page`'s reservation ids, in time order."""
    in_order = (ReservationRow.start_at, ReservationRow.id)
    chosen = page.order_by(*in_order).limit(limit).offset(offset)
    return booking_queries.bookings_query().where(ReservationRow.id.in_(chosen)).order_by(
        *in_order)


_DAY_PAGE = Prepared(lambda: _page_of_bookings(
    ReservationRow.select(ReservationRow.id).where(ReservationRow.local_date == Bind("day")),
    Bind("limit"), Bind("offset")))


def _named(page, text: str):  # type: ignore[no-untyped-def]
    """Only reservations whose client or provider name contains `text`: filtering a loaded
    page instead lost the searched client's rows whenever other bookings pushed them past it."""
    needle = f"%{text.lower()}%"
    return (page.join(ClientRow, on=(ReservationRow.client == ClientRow.id))
            .switch(ReservationRow)
            .join(ProviderRow, on=(ReservationRow.provider == ProviderRow.id))
            .where((fn.LOWER(ClientRow.name) ** needle)
                   | (fn.LOWER(ProviderRow.name) ** needle)))


def _status_condition(status: Status, now: dt.datetime):  # type: ignore[no-untyped-def]
    pending = ReservationRow.status == Status.PENDING.value
    fresh = ReservationRow.hold_expires_at > to_db(now)
    if status is Status.PENDING:
        return pending & fresh
    if status is Status.EXPIRED:
        return (ReservationRow.status == Status.EXPIRED.value) | (pending & ~fresh)
    return ReservationRow.status == status.value


_PROVIDER_DAYS = Prepared(lambda: booking_queries.bookings_query().where(
    (ReservationRow.provider == Bind("provider")) & (ReservationRow.local_date >= Bind("first"))
    & (ReservationRow.local_date <= Bind("last"))).order_by(ReservationRow.start_at))


def provider_week(actor: Actor, provider_id: int, first: dt.date,
                  days: int = 7) -> list[Booking]:
    """Every reservation of a provider over `days` local dates from `first`, any status."""
    require(actor, Permission.READ)
    return booking_queries.bookings_of_values(_PROVIDER_DAYS.rows(
        provider=provider_id, first=first, last=first + dt.timedelta(days=days - 1)))



_LIVE_DAYS = Prepared(lambda: ReservationRow.select(ReservationRow.local_date).distinct().where(
    (ReservationRow.provider == Bind("provider")) & (ReservationRow.local_date >= Bind("first"))
    & (ReservationRow.local_date <= Bind("last")) & booking_queries.live_condition(Bind("now"))))


def days_with_live_bookings(actor: Actor, provider_id: int, first: dt.date, last: dt.date,
                            now: dt.datetime) -> set[dt.date]:
    """The provider-local dates from `first` to `last` with a held or confirmed booking: what a
    month calendar marks, without loading the month's bookings to find it."""
    require(actor, Permission.READ)
    return {value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
            for (value,) in _LIVE_DAYS.rows(provider=provider_id, first=first, last=last,
                                            now=to_db(now))}
