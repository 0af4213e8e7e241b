"""Booking rules. Each check takes `now` and raises a DomainError fit to show the front desk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reservations_app.domain.errors import (
    ClientDayFull,
    DoesNotFit,
    HoldExpired,
    InThePast,
    InvalidInput,
    InvalidTransition,
    PermissionDenied,
    SlotTaken,
    TooFar,
    TooLate,
)
from reservations_app.domain.model import Policy, Reservation, Role, Status
from reservations_app.domain.people import refuse_unsafe
from reservations_app.domain.slots import overlaps
from reservations_app.domain.status import CHANGEABLE, label

MAX_OVERRIDE_REASON = 500


def earliest_bookable_start(policy: Policy, now: dt.datetime) -> dt.datetime:
    return now + policy.min_notice


def check_notice(start: dt.datetime, policy: Policy, now: dt.datetime) -> None:
    """A slot exactly `min_notice_hours` ahead is still bookable; a second less is not."""
    if start < earliest_bookable_start(policy, now):
        raise TooLate(f"Bookings must be made at least {policy.min_notice_hours} hours ahead. "
                      "Pick a later time.")


def check_not_past(start: dt.datetime, now: dt.datetime) -> None:
    if start < now:
        raise InThePast("That time has already begun; nobody can book it. Pick a later time.")


def check_horizon(start: dt.datetime, policy: Policy, now: dt.datetime) -> None:
    if start > now + policy.horizon:
        raise TooFar(f"Bookings can be made at most {policy.max_days_ahead} days ahead. "
                     "Pick an earlier date.")


def notice_override(reason: str | None, role: Role) -> str | None:
    """The cleaned reason for booking inside the notice window; only an admin may give one."""
    cleaned = " ".join((reason or "").split()) or None
    if cleaned is None:
        return None
    if role is not Role.ADMIN:
        raise PermissionDenied("Only an administrator may book inside the notice window.")
    if len(cleaned) > MAX_OVERRIDE_REASON:
        raise InvalidInput(f"The override reason is longer than {MAX_OVERRIDE_REASON} "
                           "characters.")
    refuse_unsafe(cleaned, "override reason")
    return cleaned


def check_time(start: dt.datetime, policy: Policy, now: dt.datetime,
               override: str | None = None) -> str | None:
    """Past, notice and horizon, in the order `explain` reports them. Returns the override
    reason when it was needed (the booking is inside the notice window), else None."""
    check_not_past(start, now)
    needed = start < earliest_bookable_start(policy, now)
    if needed and override is None:
        check_notice(start, policy, now)
    check_horizon(start, policy, now)
    return override if needed else None


def check_client_day(client_live_that_day: Iterable[Reservation], policy: Policy,
                     ignore_id: int | None = None) -> None:
    count = sum(1 for r in client_live_that_day if r.id != ignore_id)
    if count >= policy.max_per_client_per_day:
        noun = "booking" if policy.max_per_client_per_day == 1 else "bookings"
        raise ClientDayFull(f"This client already has {policy.max_per_client_per_day} {noun} "
                            "that day. Cancel or move it first, or pick another day.")


def check_slot_free(start: dt.datetime, end: dt.datetime,
                    provider_live: Iterable[Reservation], ignore_id: int | None = None) -> None:
    """`start`-`end` (the slot asked for) touches no other booking's occupied time."""
    for other in provider_live:
        if other.id != ignore_id and overlaps(start, end, *other.occupied):
            raise SlotTaken("This slot was just taken, maybe at another desk. "
                            "Pick another time.")


def check_fits(occupied: tuple[dt.datetime, dt.datetime], visit_end: dt.datetime,
               block_end: dt.datetime, provider_live: Iterable[Reservation],
               ignore_ids: Iterable[int] = ()) -> None:
    """The visit ends inside its block and its time, buffers included, touches no other
    booking's time (buffers may reach past the block's edge)."""
    if visit_end > block_end:
        raise DoesNotFit("The visit would run past the end of the provider's availability. "
                         "Pick an earlier start or a shorter visit type.")
    ignored = set(ignore_ids)
    for other in provider_live:
        if other.id not in ignored and overlaps(*occupied, *other.occupied):
            raise DoesNotFit("The visit (with its buffers) would run into another booking. "
                             "Pick another start.")


def hold_expires_at(policy: Policy, now: dt.datetime) -> dt.datetime:
    return now + policy.hold_duration


def check_confirmable(reservation: Reservation, now: dt.datetime) -> None:
    if reservation.status is Status.CONFIRMED:
        raise InvalidTransition("This reservation is already confirmed.")
    if reservation.status is Status.EXPIRED or (
            reservation.status is Status.PENDING and not reservation.is_live(now)):
        raise HoldExpired("The hold ran out before it was confirmed and the slot was freed. "
                          "Hold the slot again if it is still free.")
    if reservation.status is not Status.PENDING:
        raise InvalidTransition(f"A {reservation.status.value} reservation cannot be confirmed.")


def check_cancellable(reservation: Reservation, now: dt.datetime) -> None:
    """Only held and confirmed bookings: a visit checked in, completed or missed is history."""
    state = reservation.effective_status(now)
    if state not in CHANGEABLE:
        raise InvalidTransition(f"This reservation is already {label(state)}; "
                                "nothing to cancel.")


def check_movable(reservation: Reservation, now: dt.datetime) -> None:
    state = reservation.effective_status(now)
    if state not in CHANGEABLE:
        raise InvalidTransition(f"A {label(state)} reservation cannot be moved. "
                                "Make a new booking.")
