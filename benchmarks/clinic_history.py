"""The booking history of the benchmark clinic as raw rows: reservations on real slots and the
audit rows that the services would have written for them, formatted exactly as they write them.

Times are naive UTC datetimes in whole seconds, the form `store.models.to_db` stores.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

HOLD = dt.timedelta(minutes=30)  # the default Policy.hold_minutes
NOTICE = dt.timedelta(hours=24)  # the default Policy.min_notice_hours
DESKS = (("anna.front", "front-1"), ("ben.front", "front-2"), ("carla.front", "front-3"),
         ("dev.front", "front-1"))
REASONS = ("Client rescheduled", "Client cancelled by phone", "Provider unavailable")

RESERVATION_COLUMNS = ("id", "provider_id", "client_id", "start_at", "end_at", "local_date",
                       "status", "created_at", "hold_expires_at", "confirmed_at",
                       "cancelled_at", "cancel_reason", "occupied_start", "occupied_end")
AUDIT_COLUMNS = ("at", "actor", "workstation", "action", "entity", "entity_id", "before",
                 "after")
EXPIRE_BEFORE = '{"status": "pending"}'
EXPIRE_AFTER = '{"status": "expired"}'


@dataclass(frozen=True)
class Shape:
    """How busy the clinic is: booked share of past slots, and of future ones by distance."""

    past_booked: float = 0.85
    future_booked: float = 0.75
    future_decay_days: float = 35.0
    future_floor: float = 0.05
    cancelled_before: float = 0.07  # a booked slot that someone else had booked and cancelled
    cancelled_only: float = 0.03
    expired_only: float = 0.005
    live_holds: int = 3_000
    hold_days: tuple[int, int] = (2, 31)  # live holds sit on days this far ahead
    hold_window: dt.timedelta = dt.timedelta(minutes=40)  # made within this much before now


@dataclass(frozen=True)
class DaySlot:
    provider_id: int
    start: dt.datetime
    end: dt.datetime


@dataclass
class Rows:
    reservations: list[tuple[object, ...]]
    audit: list[tuple[object, ...]]


class ClientBook:
    """Which clients exist at a given time, and which are busy on the day being planned."""

    def __init__(self, created: Sequence[dt.datetime]) -> None:
        self._created = list(created)
        self._ids = list(range(1, len(created) + 1))
        self.busy: set[int] = set()

    def pick(self, rng: random.Random, at: dt.datetime, *, live: bool) -> int:
        existing = bisect_right(self._created, at)
        while True:
            client_id = self._ids[rng.randrange(existing)]
            if not live or client_id not in self.busy:
                break
        if live:
            self.busy.add(client_id)
        return client_id


def utc_text(value: dt.datetime | None) -> str | None:
    return None if value is None else str(value)


def _json_instant(value: dt.datetime | None) -> str:
    return "null" if value is None else f'"{value}+00:00"'


def _json_text(value: str | None) -> str:
    return "null" if value is None else f'"{value}"'


def reservation_json(row: tuple[object, ...]) -> str:
    """The snapshot `services.audit.snapshot(Reservation)` writes, made without the dataclass."""
    (rid, provider_id, client_id, start, end, local_date, status, created, hold_expires,
     confirmed, cancelled, reason) = row
    return (f'{{"cancel_reason": {_json_text(reason)}, '
            f'"cancelled_at": {_json_instant(cancelled)}, "client_id": {client_id}, '
            f'"confirmed_at": {_json_instant(confirmed)}, '
            f'"created_at": {_json_instant(created)}, "end": {_json_instant(end)}, '
            f'"hold_expires_at": {_json_instant(hold_expires)}, "id": {rid}, '
            f'"late_cancellation": false, "local_date": "{local_date}", "note": "", '
            f'"notice_override": null, "occupied_end": {_json_instant(end)}, '
            f'"occupied_start": {_json_instant(start)}, "provider_id": {provider_id}, '
            f'"start": {_json_instant(start)}, "status": "{status}", "visit_type_id": null}}')


def _stored(row: tuple[object, ...]) -> tuple[object, ...]:
    """The row as the database holds it: instants as text, the date as ISO text; an untyped
    booking occupies exactly its own time."""
    return tuple(utc_text(v) if isinstance(v, dt.datetime) else
                 v.isoformat() if isinstance(v, dt.date) else v for v in (*row, row[3], row[4]))


class HistoryWriter:
    """Turns each reservation's life (hold, confirm, cancel, expire) into rows."""

    def __init__(self, rng: random.Random, first_id: int = 1) -> None:
        self.rng = rng
        self.next_id = first_id
        self.rows = Rows([], [])

    def _audit(self, at: dt.datetime, action: str, rid: int, before: str | None,
               after: str | None, system: bool = False) -> None:
        actor, desk = ("system", "front-1") if system else self.rng.choice(DESKS)
        self.rows.audit.append((utc_text(at), actor, desk, action, "reservation", rid, before,
                                after))

    def _held(self, slot: DaySlot, local_date: dt.date, client_id: int,
              created: dt.datetime) -> tuple[object, ...]:
        rid = self.next_id
        self.next_id += 1
        held = (rid, slot.provider_id, client_id, slot.start, slot.end, local_date, "pending",
                created, created + HOLD, None, None, None)
        self._audit(created, "reservation.hold", rid, None, reservation_json(held))
        return held

    def _keep(self, row: tuple[object, ...]) -> None:
        self.rows.reservations.append(_stored(row))

    def confirmed(self, slot: DaySlot, local_date: dt.date, client_id: int,
                  created: dt.datetime, confirmed_at: dt.datetime) -> tuple[object, ...]:
        held = self._held(slot, local_date, client_id, created)
        done = (*held[:6], "confirmed", created, None, confirmed_at, None, None)
        self._audit(confirmed_at, "reservation.confirm", int(held[0]),
                    reservation_json(held), reservation_json(done))
        return done

    def cancelled(self, slot: DaySlot, local_date: dt.date, client_id: int,
                  created: dt.datetime, confirmed_at: dt.datetime,
                  cancelled_at: dt.datetime) -> None:
        done = self.confirmed(slot, local_date, client_id, created, confirmed_at)
        reason = self.rng.choice(REASONS)
        gone = (*done[:6], "cancelled", created, None, confirmed_at, cancelled_at, reason)
        self._audit(cancelled_at, "reservation.cancel", int(done[0]),
                    reservation_json(done), reservation_json(gone))
        self._keep(gone)

    def expired(self, slot: DaySlot, local_date: dt.date, client_id: int,
                created: dt.datetime, swept_at: dt.datetime) -> None:
        held = self._held(slot, local_date, client_id, created)
        self._audit(swept_at, "reservation.expire", int(held[0]),
                    EXPIRE_BEFORE, EXPIRE_AFTER, system=True)
        self._keep((*held[:6], "expired", *held[7:]))

    def pending(self, slot: DaySlot, local_date: dt.date, client_id: int,
                created: dt.datetime) -> None:
        self._keep(self._held(slot, local_date, client_id, created))

    def keep_confirmed(self, slot: DaySlot, local_date: dt.date, client_id: int,
                       created: dt.datetime, confirmed_at: dt.datetime) -> None:
        self._keep(self.confirmed(slot, local_date, client_id, created, confirmed_at))

    def take(self) -> Rows:
        rows, self.rows = self.rows, Rows([], [])
        return rows


@dataclass
class DayPlanner:
    """Decides, slot by slot, what happened on one local date of the clinic's two years."""

    rng: random.Random
    now: dt.datetime  # naive UTC
    opened: dt.datetime  # naive UTC: nothing was booked before the clinic opened its books
    clients: ClientBook
    writer: HistoryWriter
    shape: Shape
    hold_share: float = 0.0

    def _seconds(self, low: float, high: float) -> dt.timedelta:
        return dt.timedelta(seconds=int(self.rng.uniform(low, high)))

    def _created(self, start: dt.datetime, latest: dt.datetime) -> dt.datetime:
        """When a booking for `start` was made: at least the notice ahead, before `latest`."""
        lead = NOTICE + self._seconds(0, self.rng.expovariate(1 / (14 * 86_400)))
        return max(self.opened, min(start - lead, latest))

    def booked_share(self, days_ahead: int) -> float:
        shape = self.shape
        if days_ahead < 0:
            return shape.past_booked
        return shape.future_floor + (shape.future_booked - shape.future_floor) * math.exp(
            -days_ahead / shape.future_decay_days)

    def plan_day(self, local_date: dt.date, slots: Sequence[DaySlot]) -> None:
        self.clients.busy = set()
        days_ahead = (local_date - self.now.date()).days
        booked = self.booked_share(days_ahead)
        low, high = self.shape.hold_days
        holds = self.hold_share if low <= days_ahead <= high else 0.0
        for slot in slots:
            roll = self.rng.random()
            if roll < booked:
                self._booked(slot, local_date)
            elif roll < booked + self.shape.cancelled_only:
                self._cancelled(slot, local_date, self.now)
            elif roll < booked + self.shape.cancelled_only + self.shape.expired_only:
                self._expired(slot, local_date)
            elif self.rng.random() < holds:
                self._hold(slot, local_date)

    def _booked(self, slot: DaySlot, local_date: dt.date) -> None:
        latest = self.now - dt.timedelta(minutes=20)
        if self.rng.random() < self.shape.cancelled_before:
            cancelled_at = self._cancelled(slot, local_date, slot.start - NOTICE)
            if cancelled_at is not None:
                # Rebooked by someone else after the cancellation, or left free if too late.
                gap = (min(latest, slot.start - NOTICE) - cancelled_at).total_seconds()
                if gap > 3_600:
                    self._confirm(slot, local_date, cancelled_at + self._seconds(60, gap))
                return
        self._confirm(slot, local_date, self._created(slot.start, latest))

    def _confirm(self, slot: DaySlot, local_date: dt.date, created: dt.datetime) -> None:
        client_id = self.clients.pick(self.rng, created, live=True)
        self.writer.keep_confirmed(slot, local_date, client_id, created,
                                   created + self._seconds(30, 900))

    def _cancelled(self, slot: DaySlot, local_date: dt.date,
                   latest_cancel: dt.datetime) -> dt.datetime | None:
        """A booking someone made and cancelled; returns when, or None if there was no time."""
        created = self._created(slot.start, self.now - dt.timedelta(hours=6))
        confirmed = created + self._seconds(30, 900)
        window = (min(latest_cancel, slot.start, self.now) - confirmed).total_seconds()
        if window < 7_200:
            return None
        cancelled_at = confirmed + self._seconds(3_600, window)
        client_id = self.clients.pick(self.rng, created, live=False)
        self.writer.cancelled(slot, local_date, client_id, created, confirmed, cancelled_at)
        return cancelled_at

    def _expired(self, slot: DaySlot, local_date: dt.date) -> None:
        created = self._created(slot.start, self.now - dt.timedelta(hours=2))
        client_id = self.clients.pick(self.rng, created, live=False)
        self.writer.expired(slot, local_date, client_id, created,
                            created + HOLD + self._seconds(1, 30))

    def _hold(self, slot: DaySlot, local_date: dt.date) -> None:
        created = self.now - self._seconds(0, self.shape.hold_window.total_seconds())
        client_id = self.clients.pick(self.rng, created, live=True)
        self.writer.pending(slot, local_date, client_id, created)


def slots_of_day(blocks: Sequence[tuple[int, dt.datetime, dt.datetime]],
                 slot_minutes: int) -> list[DaySlot]:
    """The slots of one local date's blocks, stepping through real time as the domain does."""
    step = dt.timedelta(minutes=slot_minutes)
    slots = []
    for provider_id, block_start, end in blocks:
        start = block_start
        while start + step <= end:
            slots.append(DaySlot(provider_id, start, start + step))
            start += step
    return slots


def days_of(block_rows: Sequence[tuple[int, str, str, str]],
            ) -> Iterator[tuple[dt.date, list[tuple[int, dt.datetime, dt.datetime]]]]:
    """Blocks (provider_id, local_date, start_at, end_at), sorted by date, grouped by date."""
    day: str | None = None
    group: list[tuple[int, dt.datetime, dt.datetime]] = []
    for provider_id, local_date, start_at, end_at in block_rows:
        if local_date != day:
            if day is not None:
                yield dt.date.fromisoformat(day), group
            day, group = local_date, []
        group.append((provider_id, dt.datetime.fromisoformat(start_at),
                      dt.datetime.fromisoformat(end_at)))
    if day is not None:
        yield dt.date.fromisoformat(day), group
