"""A day's slots as the desk needs them: which starts a visit type can take, and why each of
the others cannot be booked. The GUI's day view and `slots --explain` read the same answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from reservations_app.domain import explain, visits
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.explain import ExplainedSlot, Reason, Taken
from reservations_app.domain.model import Policy, Status, VisitType
from reservations_app.domain.slots import Span
from reservations_app.domain.visits import Shape
from reservations_app.services import booking_queries, schedule, visit_types
from reservations_app.services.lookups import client_row
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.models import ReservationRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import read_snapshot

MAX_PAGE = 1000


def _taken_query():  # type: ignore[no-untyped-def]
    # The days either side too: a buffer may reach over midnight into this day's blocks.
    # Read through the dates' index, the status hidden (see live_hidden_from_the_planner).
    return ReservationRow.select(ReservationRow.provider, ReservationRow.occupied_start,
                                 ReservationRow.occupied_end, ReservationRow.status).where(
        (ReservationRow.local_date >= Bind("first")) & (ReservationRow.local_date <= Bind("last"))
        & booking_queries.live_hidden_from_the_planner(Bind("now")))


_TAKEN = Prepared(_taken_query)
_PROVIDER_TAKEN = Prepared(lambda: _taken_query().where(
    ReservationRow.provider == Bind("provider")))
_CLIENT_DAY = Prepared(lambda: ReservationRow.select(ReservationRow.id).where(
    (ReservationRow.client == Bind("client")) & (ReservationRow.local_date == Bind("day"))
    & booking_queries.live_condition(Bind("now"))))


def _taken(local_date: dt.date, provider_id: int | None, now: dt.datetime) -> list[Taken]:
    around = {"first": local_date - dt.timedelta(days=1),
              "last": local_date + dt.timedelta(days=1), "now": to_db(now)}
    rows = _TAKEN.rows(**around) if provider_id is None else \
        _PROVIDER_TAKEN.rows(**around, provider=provider_id)
    read = records.instant_reader()
    return [Taken(provider, read(start), read(end), status == Status.PENDING.value)
            for provider, start, end, status in rows]


def explain_slots(actor: Actor, local_date: dt.date, now: dt.datetime, *,
                  provider_id: int | None = None, visit_type_id: int | None = None,
                  client_id: int | None = None) -> list[ExplainedSlot]:
    """Every slot of the providers' availability that local date, each with one reason.
    With a visit type, only providers who offer it, and `end` is the start plus its length."""
    return explain_days(actor, [local_date], now, provider_id=provider_id,
                        visit_type_id=visit_type_id, client_id=client_id)[local_date]


@dataclass(frozen=True)
class DayReads:
    """What the database says of one day for explaining its slots."""

    blocks: list[Span]
    taken: list[Taken]
    shape: Shape
    policy: Policy
    now: dt.datetime
    client_full: bool

    def explain(self) -> list[ExplainedSlot]:
        return explain.explain_day(self.blocks, self.taken, self.shape, self.policy, self.now,
                                   self.client_full)

    def at(self, start: dt.datetime) -> ExplainedSlot | None:
        """explain()'s row for `start`, without explaining the rest of the day."""
        return explain.explain_start(self.blocks, self.taken, self.shape, self.policy,
                                     self.now, start, self.client_full)


def explain_days(actor: Actor, local_dates: Iterable[dt.date], now: dt.datetime, *,
                 provider_id: int | None = None, visit_type_id: int | None = None,
                 client_id: int | None = None) -> dict[dt.date, list[ExplainedSlot]]:
    """`explain_slots` for each of several days."""
    read = read_days(actor, local_dates, now, provider_id=provider_id,
                     visit_type_id=visit_type_id, client_id=client_id)
    return {day: reads.explain() for day, reads in read.items()}


def read_days(actor: Actor, local_dates: Iterable[dt.date], now: dt.datetime, *,
              provider_id: int | None = None, visit_type_id: int | None = None,
              client_id: int | None = None) -> dict[dt.date, DayReads]:
    """The reads `explain_slots` needs for several days (a series' visits), in one snapshot,
    the visit type and the client checked once, not once a day."""
    require(actor, Permission.READ)
    policy = get_policy()
    visit_type = visit_types.find_type(visit_type_id) if visit_type_id is not None else None
    if visit_type is not None and not visit_type.active:
        raise InvalidInput(f"The visit type {visit_type.name} is no longer offered.")
    shape = visits.shape_of(visit_type, policy.slot_minutes)
    with read_snapshot():
        if client_id is not None:
            client_row(client_id)  # NotFound for an unknown client
        return {day: _day_reads(day, now, provider_id, visit_type, client_id, shape, policy)
                for day in dict.fromkeys(local_dates)}


def _day_reads(local_date: dt.date, now: dt.datetime, provider_id: int | None,
               visit_type: VisitType | None, client_id: int | None, shape: Shape,
               policy: Policy) -> DayReads:
    """A day's blocks (of the providers offering the type), its taken time, and whether the
    client has as many live bookings that day as allowed."""
    blocks = schedule.day_spans(local_date, provider_id)
    if visit_type is not None:
        blocks = [b for b in blocks if visit_type.offered_by(b.provider_id)]
    taken = _taken(local_date, provider_id, now) if blocks else []
    client_count = len(_CLIENT_DAY.rows(client=client_id, day=local_date, now=to_db(now))) \
        if client_id is not None else 0
    return DayReads(blocks, taken, shape, policy, now,
                    client_count >= policy.max_per_client_per_day)


def bookable_starts(actor: Actor, local_date: dt.date, now: dt.datetime, *,
                    provider_id: int | None = None, visit_type_id: int | None = None,
                    client_id: int | None = None, limit: int | None = None,
                    offset: int = 0) -> list[ExplainedSlot]:
    """The starts a visit of the type (one slot without a type) can be booked at."""
    free = [row for row in explain_slots(actor, local_date, now, provider_id=provider_id,
                                         visit_type_id=visit_type_id, client_id=client_id)
            if row.reason is Reason.FREE]
    return page(free, limit, offset)


def page(rows: list[ExplainedSlot], limit: int | None, offset: int) -> list[ExplainedSlot]:
    end = None if limit is None else max(0, offset) + max(0, min(limit, MAX_PAGE))
    return rows[max(0, offset):end]
