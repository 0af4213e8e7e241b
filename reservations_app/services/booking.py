"""Hold, confirm, cancel and move reservations; list them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from peewee import IntegrityError, fn

from reservations_app.domain import rules
from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput, NotFound, SlotTaken, SlotUnavailable
from reservations_app.domain.model import Booking, Policy, Provider, Reservation, Status
from reservations_app.domain.timezones import local_date_of, to_utc, zone
from reservations_app.services import audit, booking_queries
from reservations_app.services.people import _lock_client, _provider_record
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import (
    BlockRow,
    ClientRow,
    ProviderRow,
    ReservationRow,
    to_db,
)
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import transactional

MAX_REASON = 500
MAX_PAGE = 1000


_RESERVATION = Prepared(lambda: ReservationRow.select(*records.RESERVATION_COLUMNS).where(
    ReservationRow.id == Bind("id")))
_PROVIDER_DAY_BLOCKS = Prepared(lambda: BlockRow.select(*records.BLOCK_COLUMNS).where(
    (BlockRow.provider == Bind("provider")) & (BlockRow.local_date == Bind("day"))))
_INSERT_HOLD = Prepared(lambda: ReservationRow.insert(
    provider=Bind("provider"), client=Bind("client"), start_at=Bind("start"),
    end_at=Bind("end"), local_date=Bind("day"), status=Status.PENDING.value,
    created_at=Bind("now"), hold_expires_at=Bind("expires")))
_CONFIRM = Prepared(lambda: ReservationRow.update(
    status=Status.CONFIRMED.value, confirmed_at=Bind("now"), hold_expires_at=None).where(
    ReservationRow.id == Bind("id")))


def _reservation(reservation_id: int) -> Reservation:
    found = _RESERVATION.rows(id=reservation_id)
    if not found:
        raise NotFound(f"There is no reservation with id {reservation_id}.")
    return records.reservation_of_values(found[0])


def _as_stored(instant: dt.datetime) -> dt.datetime:
    """The instant as reading it back from the database would give it (UTC, same precision)."""
    return records.instant(to_db(instant))


def _checked_slot(actor: Actor, provider: Provider, client_id: int, start: dt.datetime,
                  policy: Policy, now: dt.datetime,
                  ignore_id: int | None = None) -> tuple[dt.datetime, dt.date]:
    """Every rule a new time must pass; returns the slot's end and the provider-local date."""
    start = to_utc(start)
    rules.check_notice(start, policy, now)
    local_date = local_date_of(start, zone(provider.timezone))
    blocks = [records.block_of_values(values) for values in _PROVIDER_DAY_BLOCKS.rows(
        provider=provider.id, day=local_date)]
    slot = slot_rules.is_slot_of(start, blocks, policy.slot_minutes)
    if slot is None:
        raise SlotUnavailable(f"{provider.name} has no slot starting at "
                              f"{start.astimezone(zone(provider.timezone)):%Y-%m-%d %H:%M}. "
                              "Pick one from the list of free slots.")
    around = booking_queries.around_slot(provider.id, client_id, local_date, slot.start,
                                         slot.end, now)
    if around.stale_on_the_day:  # seldom: the sweep runs every half minute
        booking_queries.expire_stale_on_day_of(Actor.system(actor.workstation), now,
                                               local_date, provider.id, client_id)
    rules.check_slot_free(slot.start, slot.end, around.in_the_way, ignore_id)
    rules.check_client_day(around.client_that_day, policy, ignore_id)
    return slot.end, local_date


@audit.denials_audited
@transactional
def hold(actor: Actor, client_id: int, provider_id: int, start: dt.datetime,
         now: dt.datetime) -> Reservation:
    """Hold a free slot for a client; the hold lapses after `hold_minutes` unless confirmed."""
    require(actor, Permission.BOOK, provider_id)
    policy = get_policy()
    provider = _provider_record(provider_id)
    _lock_client(client_id)  # serialises one client's bookings across desks
    end, local_date = _checked_slot(actor, provider, client_id, start, policy, now)
    expires = rules.hold_expires_at(policy, now)
    try:
        reservation_id = _INSERT_HOLD.insert(
            provider=provider.id, client=client_id, start=to_db(start), end=to_db(end),
            day=local_date, now=to_db(now), expires=to_db(expires))
    except IntegrityError as exc:
        raise SlotTaken("This slot was just taken, maybe at another desk. "
                        "Pick another time.") from exc
    reservation = Reservation(reservation_id, provider.id, client_id, _as_stored(start),
                              _as_stored(end), local_date, Status.PENDING, _as_stored(now),
                              _as_stored(expires))
    audit.record(actor, now, "reservation.hold", "reservation", reservation.id, None, reservation)
    return reservation


def _load_for_change(actor: Actor, reservation_id: int) -> Reservation:
    reservation = _reservation(reservation_id)
    require(actor, Permission.BOOK, reservation.provider_id)
    return reservation


@audit.denials_audited
@transactional
def confirm(actor: Actor, reservation_id: int, now: dt.datetime) -> Reservation:
    before = _load_for_change(actor, reservation_id)
    rules.check_confirmable(before, now)
    _CONFIRM.execute(id=before.id, now=to_db(now))
    after = dataclasses.replace(before, status=Status.CONFIRMED, confirmed_at=_as_stored(now),
                                hold_expires_at=None)
    audit.record(actor, now, "reservation.confirm", "reservation", after.id, before, after)
    return after


@audit.denials_audited
@transactional
def cancel(actor: Actor, reservation_id: int, now: dt.datetime,
           reason: str | None = None) -> Reservation:
    before = _load_for_change(actor, reservation_id)
    rules.check_cancellable(before, now)
    reason = " ".join((reason or "").split()) or None
    if reason and len(reason) > MAX_REASON:
        raise InvalidInput(f"The reason is longer than {MAX_REASON} characters.")
    ReservationRow.update(status=Status.CANCELLED.value, cancelled_at=to_db(now),
                          cancel_reason=reason, hold_expires_at=None).where(
        ReservationRow.id == before.id).execute()
    after = _reservation(before.id)
    audit.record(actor, now, "reservation.cancel", "reservation", after.id, before, after)
    return after


@audit.denials_audited
@transactional
def move(actor: Actor, reservation_id: int, start: dt.datetime, now: dt.datetime,
         provider_id: int | None = None) -> Reservation:
    """Move to another slot in one transaction: the old slot is freed only if the new one is
    taken. A confirmed booking stays confirmed; a hold keeps its expiry."""
    before = _load_for_change(actor, reservation_id)
    rules.check_movable(before, now)
    target_id = before.provider_id if provider_id is None else provider_id
    require(actor, Permission.BOOK, target_id)
    provider = _provider_record(target_id)
    _lock_client(before.client_id)
    end, local_date = _checked_slot(actor, provider, before.client_id, start, get_policy(), now,
                                    ignore_id=before.id)
    try:
        ReservationRow.update(provider=provider.id, start_at=to_db(start), end_at=to_db(end),
                              local_date=local_date).where(
            ReservationRow.id == before.id).execute()
    except IntegrityError as exc:
        raise SlotTaken("That slot was just taken, maybe at another desk. "
                        "The booking stays where it was.") from exc
    after = _reservation(before.id)
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
    in_order = (ReservationRow.start_at, ReservationRow.id)
    page = page.order_by(*in_order).limit(max(1, min(limit, MAX_PAGE))).offset(max(0, offset))
    return booking_queries.fetch_bookings(
        booking_queries.bookings_query().where(ReservationRow.id.in_(page)).order_by(*in_order))


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
