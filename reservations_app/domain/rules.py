"""Booking rules. Each check takes `now` and raises a DomainError fit to show the front desk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reservations_app.domain.errors import (
    ClientDayFull,
    HoldExpired,
    InvalidTransition,
    SlotTaken,
    TooLate,
)
from reservations_app.domain.model import Policy, Reservation, Status
from reservations_app.domain.slots import overlaps


def earliest_bookable_start(policy: Policy, now: dt.datetime) -> dt.datetime:
    return now + policy.min_notice


def check_notice(start: dt.datetime, policy: Policy, now: dt.datetime) -> None:
    """A slot exactly `min_notice_hours` ahead is still bookable; a second less is not."""
    if start < earliest_bookable_start(policy, now):
        raise TooLate(f"Bookings must be made at least {policy.min_notice_hours} hours ahead. "
                      "Pick a later time.")


def check_client_day(client_live_that_day: Iterable[Reservation], policy: Policy,
                     ignore_id: int | None = None) -> None:
    count = sum(1 for r in client_live_that_day if r.id != ignore_id)
    if count >= policy.max_per_client_per_day:
        noun = "booking" if policy.max_per_client_per_day == 1 else "bookings"
        raise ClientDayFull(f"This client already has {policy.max_per_client_per_day} {noun} "
                            "that day. Cancel or move it first, or pick another day.")


def check_slot_free(start: dt.datetime, end: dt.datetime,
                    provider_live: Iterable[Reservation], ignore_id: int | None = None) -> None:
    for other in provider_live:
        if other.id != ignore_id and overlaps(start, end, other.start, other.end):
            raise SlotTaken("This slot was just taken, maybe at another desk. "
                            "Pick another time.")


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
    if not reservation.is_live(now):
        state = "expired" if reservation.status is Status.PENDING else reservation.status.value
        raise InvalidTransition(f"This reservation is already {state}; nothing to cancel.")


def check_movable(reservation: Reservation, now: dt.datetime) -> None:
    if not reservation.is_live(now):
        state = "expired" if reservation.status is Status.PENDING else reservation.status.value
        raise InvalidTransition(f"A {state} reservation cannot be moved. Make a new booking.")
