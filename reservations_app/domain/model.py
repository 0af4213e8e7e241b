"""The clinic's records as frozen dataclasses. Instants are timezone-aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from reservations_app.domain.status import OCCUPYING, Status

__all__ = ["Status"]  # defined in domain.status, the lifecycle's one home; re-exported here

# The statuses that take a provider's time; kept under its old name for older imports.
LIVE_STATUSES: tuple[Status, ...] = OCCUPYING


class Role(StrEnum):
    ADMIN = "admin"
    FRONT_DESK = "front_desk"
    PROVIDER = "provider"


@dataclass(frozen=True)
class Policy:
    """Clinic settings every workstation shares; stored in the database."""

    slot_minutes: int = 15
    min_notice_hours: int = 24
    hold_minutes: int = 30
    max_per_client_per_day: int = 1
    sweep_seconds: int = 30
    lock_minutes: int = 10
    clinic_timezone: str = "UTC"
    max_days_ahead: int = 365
    reminders_enabled: int = 0  # 1: email each confirmed visit's client reminder_hours ahead
    reminder_hours: int = 24
    phone_region: str = "US"  # how phone numbers typed without a country code are read

    @property
    def hold_duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.hold_minutes)

    @property
    def min_notice(self) -> dt.timedelta:
        return dt.timedelta(hours=self.min_notice_hours)

    @property
    def slot_duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.slot_minutes)

    @property
    def horizon(self) -> dt.timedelta:
        return dt.timedelta(days=self.max_days_ahead)


@dataclass(frozen=True)
class Provider:
    """Someone the clinic books visits with, working in their own time zone."""

    id: int
    name: str
    email: str
    timezone: str
    color: str = "#4a90d9"
    active: bool = True


@dataclass(frozen=True)
class Client:
    """Someone who books visits; a household groups family members."""

    id: int
    name: str
    email: str | None = None
    phone: str | None = None  # E.164, or as typed for a number kept from before the upgrade
    birth_date: dt.date | None = None
    note: str = ""
    household_id: int | None = None  # the household's first member; None for that member


@dataclass(frozen=True)
class BlockSpec:
    """A block as typed: wall-clock times on the provider's local date (end may be 24:00)."""

    start: dt.time
    end: dt.time | None  # None means midnight at the end of the day (24:00)

    def label(self) -> str:
        end = "24:00" if self.end is None else self.end.strftime("%H:%M")
        return f"{self.start.strftime('%H:%M')}-{end}"


@dataclass(frozen=True)
class AvailabilityBlock:
    """A stored block of a provider's time: as typed (`spec`) and as UTC instants."""

    id: int
    provider_id: int
    local_date: dt.date
    spec: BlockSpec
    start: dt.datetime
    end: dt.datetime

    @property
    def label(self) -> str:
        return self.spec.label()


@dataclass(frozen=True, order=True, slots=True)
class Slot:
    """A free start a visit can be booked at, ordered by time."""

    start: dt.datetime
    end: dt.datetime
    provider_id: int = field(compare=False)


class _FilledSlot:
    """Slot's very layout without its frozen __setattr__: filled with plain attribute stores,
    then made the Slot it is (same slots, same order, so Python allows the class change)."""

    __slots__ = ("start", "end", "provider_id")

    def __init__(self, start: dt.datetime, end: dt.datetime, provider_id: int) -> None:
        self.start = start
        self.end = end
        self.provider_id = provider_id
        self.__class__ = Slot  # type: ignore[assignment]  # noqa: PLE0237 - a class change


# `Slot(start, end, provider_id)`, the same object (a frozen dataclass, equal and hashed as
# one), made without the frozen __init__'s three object.__setattr__ calls: a quiet day lists
# ~1,400 free slots, and making them cost more than finding them.
make_slot: Callable[[dt.datetime, dt.datetime, int], Slot] = (
    _FilledSlot)  # type: ignore[assignment]


@dataclass(frozen=True)
class Reservation:
    """A held, confirmed or ended visit of one client with one provider."""

    id: int
    provider_id: int
    client_id: int
    start: dt.datetime
    end: dt.datetime
    local_date: dt.date
    status: Status
    created_at: dt.datetime
    hold_expires_at: dt.datetime | None = None
    confirmed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cancel_reason: str | None = None
    visit_type_id: int | None = None
    note: str = ""
    late_cancellation: bool = False
    notice_override: str | None = None
    # The provider's time the booking takes, buffers included; None means exactly the visit.
    occupied_start: dt.datetime | None = None
    occupied_end: dt.datetime | None = None

    def is_live(self, now: dt.datetime) -> bool:
        """A live hold or a confirmed booking: what can still be cancelled or moved."""
        if self.status is Status.CONFIRMED:
            return True
        return self.status is Status.PENDING and not hold_is_stale(self.hold_expires_at, now)

    def occupies_time(self, now: dt.datetime) -> bool:
        """Whether the booking takes the provider's time at `now` (a stale hold does not)."""
        if self.status is Status.PENDING:
            return not hold_is_stale(self.hold_expires_at, now)
        return self.status in OCCUPYING

    @property
    def occupied(self) -> tuple[dt.datetime, dt.datetime]:
        return (self.occupied_start or self.start, self.occupied_end or self.end)

    def effective_status(self, now: dt.datetime) -> Status:
        """What the desk should see: a hold past its time is expired even before the sweep."""
        if self.status is Status.PENDING and not self.is_live(now):
            return Status.EXPIRED
        return self.status

    def seconds_left(self, now: dt.datetime) -> int:
        """Whole seconds until the hold runs out; 0 for anything but a live hold."""
        if self.status is not Status.PENDING or self.hold_expires_at is None:
            return 0
        return max(0, int((self.hold_expires_at - now).total_seconds()))


def hold_is_stale(hold_expires_at: dt.datetime | None, now: dt.datetime) -> bool:
    """A hold is stale from the very instant it expires (30 min after it was made, not 30:01)."""
    return hold_expires_at is not None and hold_expires_at <= now


@dataclass(frozen=True)
class VisitType:
    """What a clinic books: a length on the slot grid and buffers around it (cleaning, notes).
    `provider_ids` empty means every provider offers it."""

    id: int
    name: str
    minutes: int
    buffer_before: int = 0
    buffer_after: int = 0
    color: str = "#64748b"
    active: bool = True
    provider_ids: tuple[int, ...] = ()

    def offered_by(self, provider_id: int) -> bool:
        return not self.provider_ids or provider_id in self.provider_ids


@dataclass(frozen=True)
class User:
    """An account that signs in at a desk, with its role."""

    id: int
    username: str
    role: Role
    provider_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit trail: who changed what, when, from where; before and after."""

    id: int
    at: dt.datetime
    actor: str
    workstation: str
    action: str
    entity: str
    entity_id: int | None
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Booking:
    """A reservation with the names a list on screen needs."""

    reservation: Reservation
    client_name: str
    provider_name: str
    provider_timezone: str

    def effective_status(self, now: dt.datetime) -> Status:
        return self.reservation.effective_status(now)
