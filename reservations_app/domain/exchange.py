"""What leaves the clinic: a booking as exports, calendars and reminders see it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# How a calendar shows each stored status. Held time is tentative; a visit that took place
# (or was missed) stays on the calendar as it was booked. Expired holds are never exported.
ICAL_STATUS = {
    "pending": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "arrived": "CONFIRMED",
    "completed": "CONFIRMED",
    "no_show": "CONFIRMED",
    "cancelled": "CANCELLED",
}
DEFAULT_VISIT = "Visit"


@dataclass(frozen=True)
class ExportedBooking:
    """One reservation with the names and details that leave the app with it."""

    reservation_id: int
    provider_id: int
    provider_name: str
    provider_timezone: str
    client_id: int
    client_name: str
    client_email: str | None
    start: dt.datetime
    end: dt.datetime
    local_date: dt.date
    status: str
    hold_expires_at: dt.datetime | None
    created_at: dt.datetime
    cancel_reason: str | None = None
    visit_type: str | None = None
    note: str = ""
    late_cancellation: bool = False

    def shown_status(self, now: dt.datetime) -> str:
        """The status a person should see: a hold past its time is expired before the sweep."""
        if self.status == "pending" and self.hold_expires_at is not None \
                and self.hold_expires_at <= now:
            return "expired"
        return self.status

    @property
    def visit_label(self) -> str:
        return self.visit_type or DEFAULT_VISIT


def initials(name: str) -> str:
    """'Ann Marie Lee' -> 'A. M. L.': enough for a provider to recognise, little to leak."""
    letters = [part[0].upper() for part in name.replace("-", " ").split() if part[0].isalpha()]
    return " ".join(f"{letter}." for letter in letters) or "?"


def ical_status(status: str) -> str | None:
    """The iCalendar STATUS for a stored status; None for what a calendar should not show."""
    return ICAL_STATUS.get(status)
