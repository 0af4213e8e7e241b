"""Which holds are stale at `now`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reservations_app.domain.model import Reservation, Status, hold_is_stale


def stale_holds(reservations: Iterable[Reservation], now: dt.datetime) -> list[Reservation]:
    return [r for r in reservations
            if r.status is Status.PENDING and hold_is_stale(r.hold_expires_at, now)]


def about_to_expire(reservation: Reservation, now: dt.datetime,
                    warning: dt.timedelta = dt.timedelta(minutes=5)) -> bool:
    """A live hold with `warning` or less left: the desk should confirm it now."""
    return (reservation.status is Status.PENDING and reservation.is_live(now)
            and reservation.hold_expires_at is not None
            and reservation.hold_expires_at - now <= warning)
