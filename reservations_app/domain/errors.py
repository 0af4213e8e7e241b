"""Every error the rules can raise. Each message is fit to show a receptionist."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reservations_app.domain.model import Booking


class DomainError(Exception):
    """A rule was broken or the input makes no sense; the message says which and what to do."""

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(DomainError):
    """A value the user typed cannot be used as it is."""


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""


class Duplicate(DomainError):
    """A provider or client with the same email or phone already exists."""

    def __init__(self, message: str, existing_id: int | None = None) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class AvailabilityConflict(DomainError):
    """A new availability block overlaps one the provider already has."""


class BookingRuleViolation(DomainError):
    """A booking breaks a clinic rule (notice, one per day, outside availability)."""


class TooLate(BookingRuleViolation):
    """The slot starts sooner than the clinic's minimum notice allows."""


class ClientDayFull(BookingRuleViolation):
    """The client already has as many bookings that day as the clinic allows."""


class SlotUnavailable(BookingRuleViolation):
    """The time asked for is not a free slot of the provider's availability."""


class SlotTaken(DomainError):
    """Somebody else, maybe at another desk, holds or booked the slot."""


class HoldExpired(DomainError):
    """The hold ran out before it was confirmed; the slot was freed."""


class InvalidTransition(DomainError):
    """The reservation is not in a state that allows this action."""


class ChangedElsewhere(InvalidTransition):
    """Another desk changed the reservation after this one read it; nothing was written."""


class ReservationInUse(DomainError):
    """Availability cannot change under a live reservation. `cancellable`: the bookings the
    change would cancel if asked to (empty when cancelling them cannot make way), so a screen
    names what the service found instead of working it out again."""

    def __init__(self, message: str, cancellable: tuple[Booking, ...] = ()) -> None:
        super().__init__(message)
        self.cancellable = cancellable


class PermissionDenied(DomainError):
    """The signed-in user's role does not allow this action."""


class AuthenticationFailed(DomainError):
    """Wrong user name or password, or the account is locked."""


class DatabaseBusy(DomainError):
    """The database stayed busy after several tries."""


class DatabaseUnusable(DomainError):
    """The database file or server cannot be used (not a database, too new, unreachable)."""


class TooFar(BookingRuleViolation):
    """The slot lies beyond the clinic's booking horizon (max_days_ahead)."""


class InThePast(TooLate):
    """The time has already begun; nobody can book it, not even with an override."""


class DoesNotFit(SlotUnavailable):
    """The visit would run past the availability block or into another booking's time."""
