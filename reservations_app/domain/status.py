"""The reservation lifecycle, in one place: the statuses, which of them occupy the provider's
time, and which changes the desk may make.

    held (pending) -> confirmed -> arrived -> completed
                      confirmed -> no_show            (once the visit's start has passed)
    arrived -> confirmed, no_show -> confirmed         (undo of a mistaken click)
    held or confirmed -> cancelled; held -> expired    (only these two can be cancelled or moved)

Every query, index, trigger and constraint that asks "is this time taken?" uses OCCUPYING (the
migrations spell it out as SQL text; a test checks they agree with this module).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reservations_app.domain.errors import InvalidTransition

if TYPE_CHECKING:
    from reservations_app.domain.model import Reservation


class Status(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    ARRIVED = "arrived"
    COMPLETED = "completed"
    NO_SHOW = "no_show"


# A held slot occupies its time only until the hold runs out (see Reservation.occupies_time).
OCCUPYING: tuple[Status, ...] = (Status.PENDING, Status.CONFIRMED, Status.ARRIVED,
                                 Status.COMPLETED)
# Only these may be cancelled or moved: the others are history.
CHANGEABLE: tuple[Status, ...] = (Status.PENDING, Status.CONFIRMED)


def sql_list(statuses: tuple[Status, ...] = OCCUPYING) -> str:
    """The statuses as an SQL literal list, e.g. "('pending', 'confirmed')"."""
    return "(" + ", ".join(f"'{status.value}'" for status in statuses) + ")"


def label(status: Status) -> str:
    """The status as the desk says it: no_show -> no-show, pending -> held."""
    return {Status.PENDING: "held", Status.NO_SHOW: "no-show"}.get(status, status.value)


def _already(reservation: Reservation, now: dt.datetime, wanted: str) -> InvalidTransition:
    return InvalidTransition(f"This reservation is {label(reservation.effective_status(now))}; "
                             f"it cannot be {wanted}.")


def local_day_start(start: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Midnight (or the first instant) of the visit's local day, as an aware instant."""
    local = start.astimezone(tz)
    return dt.datetime.combine(local.date(), dt.time(0), tz)


def arrive_from(reservation: Reservation, tz: ZoneInfo, now: dt.datetime) -> Status:
    """Checked in at the desk: a confirmed visit, from the start of its local day."""
    if reservation.status is not Status.CONFIRMED:
        raise _already(reservation, now, "checked in (only a confirmed visit can)")
    if now < local_day_start(reservation.start, tz):
        raise InvalidTransition("A client can be checked in on the day of the visit only.")
    return Status.ARRIVED


def complete_from(reservation: Reservation, now: dt.datetime) -> Status:
    if reservation.status is not Status.ARRIVED:
        raise _already(reservation, now, "completed (check the client in first)")
    return Status.COMPLETED


def no_show_from(reservation: Reservation, now: dt.datetime) -> Status:
    if reservation.status is not Status.CONFIRMED:
        raise _already(reservation, now, "marked as a no-show (only a confirmed visit can)")
    if now < reservation.start:
        raise InvalidTransition("A visit can be marked as a no-show only once its start has "
                                "passed.")
    return Status.NO_SHOW


def undo_from(reservation: Reservation, now: dt.datetime) -> Status:
    """Arrived or no-show back to confirmed, for a mistaken click."""
    if reservation.status not in (Status.ARRIVED, Status.NO_SHOW):
        raise _already(reservation, now, "undone (only a check-in or a no-show can)")
    return Status.CONFIRMED


class VisitChange(StrEnum):
    """A status change the desk makes on the day of a visit."""

    ARRIVE = "arrive"
    COMPLETE = "complete"
    NO_SHOW = "no_show"
    UNDO = "undo_status"


def allowed_changes(reservation: Reservation, tz: ZoneInfo,
                    now: dt.datetime) -> frozenset[VisitChange]:
    """The day's status changes the rules above would allow now (`tz` is the provider's), so
    a screen offers exactly those and never restates a rule."""
    rules: dict[VisitChange, Callable[[], Status]] = {
        VisitChange.ARRIVE: lambda: arrive_from(reservation, tz, now),
        VisitChange.COMPLETE: lambda: complete_from(reservation, now),
        VisitChange.NO_SHOW: lambda: no_show_from(reservation, now),
        VisitChange.UNDO: lambda: undo_from(reservation, now),
    }
    allowed = set()
    for change, decide in rules.items():
        try:
            decide()
        except InvalidTransition:
            continue
        allowed.add(change)
    return frozenset(allowed)


def check_changeable(reservation: Reservation, now: dt.datetime, wanted: str) -> None:
    """Only a live hold or a confirmed booking can be cancelled or moved."""
    if reservation.effective_status(now) not in CHANGEABLE:
        raise _already(reservation, now, wanted)


def is_late_cancellation(start: dt.datetime, notice: dt.timedelta, now: dt.datetime) -> bool:
    """Cancelled inside the notice window (or after the start)."""
    return start < now + notice
