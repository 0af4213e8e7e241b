"""Why a day offers no bookable slot: the desk is told the reason, not only "no free slots"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from reservations_app.domain.slots import ProviderSpan, free_slots

_DAWN_OF_TIME = dt.datetime.min.replace(tzinfo=dt.UTC)


class EmptyDay(Enum):
    NO_AVAILABILITY = "no_availability"  # nobody works that day
    FULLY_BOOKED = "fully_booked"  # every slot is taken
    PAST = "past"  # the free slots have all begun already
    INSIDE_NOTICE = "inside_notice"  # free, but sooner than the notice allows
    HAS_SLOTS = "has_slots"  # not empty at all


def why_empty(blocks: Sequence[ProviderSpan], live: Sequence[ProviderSpan], slot_minutes: int,
              now: dt.datetime, earliest_bookable: dt.datetime) -> EmptyDay:
    """The one reason that explains a day's lack of bookable slots (the first that holds)."""
    if not blocks:
        return EmptyDay.NO_AVAILABILITY
    untaken = free_slots(blocks, live, slot_minutes, _DAWN_OF_TIME)
    if not untaken:
        return EmptyDay.FULLY_BOOKED
    if any(slot.start >= earliest_bookable for slot in untaken):
        return EmptyDay.HAS_SLOTS
    if all(slot.start < now for slot in untaken):
        return EmptyDay.PAST
    return EmptyDay.INSIDE_NOTICE
