"""Which bookings an availability change puts at risk: the rule the calendar asks before it
removes or shortens a provider's time, kept here so no screen works it out for itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reservations_app.domain.model import Booking

Span = tuple[dt.datetime, dt.datetime]


def live_overlapping(bookings: Iterable[Booking],
                     spans: Iterable[Span],
                     now: dt.datetime) -> list[Booking]:
    """Bookings still live at `now` that overlap any of the UTC spans, in time order."""
    spans = list(spans)
    hits = [booking for booking in bookings
            if booking.reservation.is_live(now)
            and any(booking.reservation.start < end and start < booking.reservation.end
                    for start, end in spans)]
    return sorted(hits, key=lambda booking: booking.reservation.start)


def removed_spans(old: Span,
                  new: Span) -> list[Span]:
    """The parts of the old span a changed block no longer covers."""
    (old_start, old_end), (new_start, new_end) = old, new
    parts = [(old_start, min(old_end, new_start)), (max(old_start, new_end), old_end)]
    return [(start, end) for start, end in parts if start < end]
