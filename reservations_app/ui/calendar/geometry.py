"""Pixels <-> wall-clock minutes on the week grid. Plain arithmetic, no Qt, so it is tested
directly and the painter, the mouse handling and the tests all agree on where a minute is."""

from __future__ import annotations

import math
from dataclasses import dataclass

MINUTES_PER_DAY = 24 * 60


def pixels_per_hour(text_height: int, slot_minutes: int) -> int:
    """Tall enough that a one-slot booking fits a line of text; short slots share a line."""
    rows_per_hour = 60 / max(slot_minutes, 15)
    return max(48, math.ceil((text_height + 4) * rows_per_hour))


def snap_down(minute: float, slot_minutes: int) -> int:
    return max(0, int(minute // slot_minutes) * slot_minutes)


def snap_up(minute: float, slot_minutes: int) -> int:
    return min(MINUTES_PER_DAY, math.ceil(minute / slot_minutes) * slot_minutes)


def drag_span(anchor: float, current: float, slot_minutes: int) -> tuple[int, int]:
    """The block a vertical drag covers: every slot the pointer touched, at least one."""
    low, high = sorted((anchor, current))
    start = min(snap_down(low, slot_minutes), MINUTES_PER_DAY - slot_minutes)
    end = max(snap_up(high, slot_minutes), start + slot_minutes)
    return start, min(end, MINUTES_PER_DAY)


@dataclass(frozen=True)
class GridGeometry:
    """Where the columns and minutes of one week sit in the grid's viewport.

    The header (day names) stays put; the body below it scrolls by `scroll` pixels."""

    width: int
    days: int = 7
    gutter: int = 56
    header: int = 44
    pixels_per_hour: int = 64
    scroll: int = 0

    @property
    def pixels_per_minute(self) -> float:
        return self.pixels_per_hour / 60

    @property
    def body_height(self) -> int:
        return math.ceil(MINUTES_PER_DAY * self.pixels_per_minute)

    @property
    def column_width(self) -> float:
        return max(1.0, (self.width - self.gutter) / self.days)

    def column_left(self, day: int) -> float:
        return self.gutter + day * self.column_width

    def day_at(self, x: float) -> int | None:
        if x < self.gutter or x >= self.gutter + self.days * self.column_width:
            return None
        return min(self.days - 1, int((x - self.gutter) // self.column_width))

    def y_of(self, minute: float) -> float:
        return self.header + minute * self.pixels_per_minute - self.scroll

    def minute_at(self, y: float) -> float:
        minute = (y - self.header + self.scroll) / self.pixels_per_minute
        return min(float(MINUTES_PER_DAY), max(0.0, minute))

    def in_body(self, y: float) -> bool:
        return y >= self.header

    def max_scroll(self, viewport_height: int) -> int:
        return max(0, self.body_height - (viewport_height - self.header))

    def scroll_for(self, minute: int, viewport_height: int, margin_minutes: int = 30) -> int:
        """The scroll offset that puts `minute` (less a margin) at the top of the body."""
        wanted = round(max(0, minute - margin_minutes) * self.pixels_per_minute)
        return min(wanted, self.max_scroll(viewport_height))
