"""The practice manager's numbers, as rows: utilisation, no-shows, visit types, new clients."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PERIODS = ("month", "week")
# Time that was booked: a no-show's hour was booked (and lost), a held slot not yet.
BOOKED_STATUSES = ("confirmed", "arrived", "completed", "no_show")
NO_TYPE = "(no type)"


def _rate(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class UtilisationRow:
    provider_id: int
    provider: str
    period: dt.date  # the first day of the month or the Monday of the week
    booked_hours: float
    available_hours: float

    @property
    def utilisation(self) -> float | None:
        """Booked over available hours; None where nothing was available."""
        return _rate(self.booked_hours, self.available_hours)


@dataclass(frozen=True)
class NoShowRow:
    provider_id: int
    provider: str
    period: dt.date
    booked: int  # visits booked for the period (confirmed, arrived, completed or no-show)
    no_shows: int
    cancellations: int
    late_cancellations: int

    @property
    def no_show_rate(self) -> float | None:
        return _rate(self.no_shows, self.booked)

    @property
    def late_cancellation_rate(self) -> float | None:
        """Late cancellations over everything booked for the period, cancelled or not."""
        return _rate(self.late_cancellations, self.booked + self.cancellations)


@dataclass(frozen=True)
class TypeRow:
    visit_type: str
    visits: int
    hours: float


@dataclass(frozen=True)
class NewClientsRow:
    period: dt.date
    clients: int


def period_start(day: dt.date, period: str) -> dt.date:
    """The first day of `day`'s month, or the Monday of its week."""
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def utilisation_by_provider(rows: list[UtilisationRow]) -> list[tuple[str, float]]:
    """Each provider's booked over available hours across all the rows' periods."""
    totals: dict[tuple[str, int], list[float]] = {}
    for row in rows:
        hours = totals.setdefault((row.provider, row.provider_id), [0.0, 0.0])
        hours[0] += row.booked_hours
        hours[1] += row.available_hours
    return [(name, booked / available if available else 0.0)
            for (name, _id), (booked, available) in sorted(totals.items())]


def no_show_rate_by_period(rows: list[NoShowRow]) -> list[tuple[dt.date, float]]:
    """The clinic's no-show rate per period, all providers together."""
    totals: dict[dt.date, list[int]] = {}
    for row in rows:
        counts = totals.setdefault(row.period, [0, 0])
        counts[0] += row.no_shows
        counts[1] += row.booked
    return [(period, missed / booked if booked else 0.0)
            for period, (missed, booked) in sorted(totals.items())]
