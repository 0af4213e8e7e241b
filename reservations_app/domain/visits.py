"""Visit types and the time a visit takes: the visit itself plus its buffers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.model import VisitType
from reservations_app.domain.people import refuse_unsafe

MAX_VISIT_MINUTES = 8 * 60
MAX_BUFFER_MINUTES = 120
MAX_NAME = 100
MAX_NOTE = 1000  # a booking's or a waitlist wish's note
DEFAULT_COLOR = "#64748b"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

# How far a booking's occupied time may reach from its start: queries bound their index
# ranges on start_at with these, so a booking that overlaps a time is never missed.
REACH_BEFORE = dt.timedelta(minutes=MAX_VISIT_MINUTES + MAX_BUFFER_MINUTES)
REACH_AFTER = dt.timedelta(minutes=MAX_BUFFER_MINUTES)


@dataclass(frozen=True)
class Shape:
    """A visit's length and buffers, in real minutes."""

    minutes: int
    buffer_before: int = 0
    buffer_after: int = 0

    def end(self, start: dt.datetime) -> dt.datetime:
        return start + dt.timedelta(minutes=self.minutes)

    def occupied(self, start: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        """[start - buffer_before, end + buffer_after): the provider's time the visit takes."""
        return (start - dt.timedelta(minutes=self.buffer_before),
                self.end(start) + dt.timedelta(minutes=self.buffer_after))


def shape_of(visit_type: VisitType | None, slot_minutes: int) -> Shape:
    """A booking without a type is one slot long, as before visit types existed."""
    if visit_type is None:
        return Shape(slot_minutes)
    return Shape(visit_type.minutes, visit_type.buffer_before, visit_type.buffer_after)


def clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("A visit type needs a name, e.g. Consultation.")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"A visit type's name is at most {MAX_NAME} characters.")
    return cleaned


def clean_note(note: str | None) -> str:
    """A booking's or a waitlist wish's note, trimmed; refused when too long or when it holds
    a control character other than a line break or tab (as a client's note is)."""
    cleaned = (note or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(cleaned) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE} characters.")
    refuse_unsafe(cleaned, "note", allow_newlines=True)
    return cleaned


def check_minutes(minutes: int, slot_minutes: int) -> None:
    if minutes <= 0 or minutes % slot_minutes or minutes > MAX_VISIT_MINUTES:
        raise InvalidInput(f"A visit lasts a positive multiple of {slot_minutes} minutes "
                           f"(the slot length), at most {MAX_VISIT_MINUTES // 60} hours; "
                           f"{minutes} is not.")


def check_buffer(which: str, minutes: int, slot_minutes: int) -> None:
    if minutes < 0 or minutes % slot_minutes or minutes > MAX_BUFFER_MINUTES:
        raise InvalidInput(f"The buffer {which} is a multiple of {slot_minutes} minutes from 0 "
                           f"to {MAX_BUFFER_MINUTES}; {minutes} is not.")


def clean_color(color: str | None) -> str:
    if color is None:
        return DEFAULT_COLOR
    if not _COLOR.match(color.strip()):
        raise InvalidInput(f"'{color}' is not a colour like #3b82f6.")
    return color.strip().lower()


def validated(visit_type: VisitType, slot_minutes: int) -> VisitType:
    """The type with its name and colour cleaned, or InvalidInput saying what is wrong."""
    check_minutes(visit_type.minutes, slot_minutes)
    check_buffer("before", visit_type.buffer_before, slot_minutes)
    check_buffer("after", visit_type.buffer_after, slot_minutes)
    return VisitType(visit_type.id, clean_name(visit_type.name), visit_type.minutes,
                     visit_type.buffer_before, visit_type.buffer_after,
                     clean_color(visit_type.color), visit_type.active,
                     tuple(sorted(set(visit_type.provider_ids))))
