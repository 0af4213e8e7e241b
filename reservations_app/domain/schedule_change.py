"""Schedule edits as data: what an edit removed and added, so the service that made it can
hand back its inverse and an undo can apply that inverse in one transaction.

Blocks are named by their shape (provider, local date, wall-clock times), never by database
id: a provider's blocks never overlap, so the shape names one block, and it still does after
an undo re-creates the block under a new id. Time off is kept the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reservations_app.domain.model import BlockSpec

WHOLE_DAY = BlockSpec(dt.time(0), None)
DAY_MINUTES = 24 * 60


@dataclass(frozen=True, order=True)
class Shape:
    """A block or a span of time off: wall-clock times on the provider's local date."""

    local_date: dt.date
    start_minute: int
    end_minute: int  # up to 24 * 60

    @classmethod
    def of(cls, local_date: dt.date, spec: BlockSpec) -> Shape:
        return cls(local_date, minute_of(spec.start), minute_of(spec.end))

    @property
    def spec(self) -> BlockSpec:
        return BlockSpec(wall_of(self.start_minute) or dt.time(0), wall_of(self.end_minute))

    def label(self) -> str:
        return f"{self.local_date.isoformat()} {self.spec.label()}"


def minute_of(wall: dt.time | None) -> int:
    return DAY_MINUTES if wall is None else wall.hour * 60 + wall.minute


def wall_of(minute: int) -> dt.time | None:
    return None if minute >= DAY_MINUTES else dt.time(minute // 60, minute % 60)


def subtract(shape: Shape, taken: list[Shape]) -> list[Shape]:
    """What is left of `shape` once the spans in `taken` (the same date's time off) are cut
    out of it, in time order; pieces of no length are dropped."""
    pieces = [(shape.start_minute, shape.end_minute)]
    for off in taken:
        if off.local_date != shape.local_date:
            continue
        next_pieces = []
        for start, end in pieces:
            next_pieces += [(s, e) for s, e in ((start, min(end, off.start_minute)),
                                                (max(start, off.end_minute), end)) if s < e]
        pieces = next_pieces
    return [Shape(shape.local_date, start, end) for start, end in pieces]


@dataclass(frozen=True)
class CancelledBooking:
    """A booking an edit cancelled, with what restoring it needs."""

    reservation_id: int
    status: str  # what it was before: pending or confirmed
    hold_expires_at: dt.datetime | None = None
    waitlist_entry_id: int | None = None  # the open entry this hold was offered to, if any


@dataclass(frozen=True)
class ScheduleChange:
    """One provider's schedule edit, as data. Applying it removes and adds blocks and time
    off, cancels bookings a redo must cancel again, and restores bookings an undo gives back
    where their time is still free."""

    provider_id: int
    description: str
    remove_blocks: tuple[Shape, ...] = ()
    add_blocks: tuple[Shape, ...] = ()
    remove_time_off: tuple[Shape, ...] = ()
    add_time_off: tuple[Shape, ...] = ()
    restore_bookings: tuple[CancelledBooking, ...] = ()
    cancel_bookings: tuple[int, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.remove_blocks or self.add_blocks or self.remove_time_off
                    or self.add_time_off or self.restore_bookings or self.cancel_bookings)


@dataclass(frozen=True)
class NotRestored:
    reservation_id: int
    reason: str  # fit to show the desk, e.g. "the time was booked again"
