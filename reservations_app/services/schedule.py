"""Providers' availability: blocks, weekly patterns, time off, and the slots they yield."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.empty_day import EmptyDay, why_empty
from reservations_app.domain.errors import InvalidInput, NotFound
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Provider, Slot
from reservations_app.domain.rules import earliest_bookable_start
from reservations_app.domain.timezones import check_date_range, zone
from reservations_app.services import audit, booking_queries
from reservations_app.services.people import _provider_row
from reservations_app.services.settings import get_policy
from reservations_app.store import records
from reservations_app.store.db import read_snapshot, transactional
from reservations_app.store.models import BlockRow, to_db
from reservations_app.store.prepared import Bind, Prepared

MAX_PATTERN_DAYS = 2 * 366
MAX_PAGE = 2000


@dataclass(frozen=True)
class RepeatResult:
    created: list[AvailabilityBlock]
    skipped: int  # blocks that already existed exactly as asked


@dataclass(frozen=True)
class RemovalResult:
    removed: int
    added: list[AvailabilityBlock]
    cancelled_reservations: list[int]


def _provider(actor: Actor, provider_id: int) -> Provider:
    provider = records.provider(_provider_row(provider_id))
    require(actor, Permission.EDIT_AVAILABILITY, provider.id)
    return provider


def _blocks_between(provider_id: int, start: dt.datetime, end: dt.datetime) -> list[
        AvailabilityBlock]:
    query = (BlockRow.select()
             .where((BlockRow.provider == provider_id) & (BlockRow.start_at < to_db(end))
                    & (BlockRow.end_at > to_db(start)))
             .order_by(BlockRow.start_at))
    return [records.block(row) for row in query]


def _planned(provider: Provider, local_date: dt.date, specs: Sequence[BlockSpec],
             now: dt.datetime) -> list[tuple[dt.datetime, dt.datetime, BlockSpec]]:
    tz = zone(provider.timezone)
    planned = []
    for spec in specs:
        start, end = slot_rules.block_bounds(local_date, spec, tz)
        if end <= start:
            raise InvalidInput(f"The block {spec.label()} on {local_date} does not exist: "
                               "the clocks skip that time.")
        if end <= now:
            raise InvalidInput(f"The block {spec.label()} on {local_date} is in the past.")
        planned.append((start, end, spec))
    return planned


def _insert(provider: Provider, local_date: dt.date,
            planned: Iterable[tuple[dt.datetime, dt.datetime, BlockSpec]]) -> list[
                AvailabilityBlock]:
    created = []
    for start, end, spec in planned:
        row = BlockRow.create(provider=provider.id, local_date=local_date,
                              start_wall=records.wall_text(spec.start),
                              end_wall=records.wall_text(spec.end),
                              start_at=to_db(start), end_at=to_db(end))
        created.append(records.block(row))
    return created


@audit.denials_audited
@transactional
def add_availability(actor: Actor, provider_id: int, local_date: dt.date,
                     specs: Sequence[BlockSpec], now: dt.datetime) -> list[AvailabilityBlock]:
    """Several blocks on one local date, e.g. 08:00-11:00 and 12:00-15:00, in one go."""
    provider = _provider(actor, provider_id)
    ordered = slot_rules.validate_specs(specs, get_policy().slot_minutes)
    planned = _planned(provider, local_date, ordered, now)
    existing = _blocks_between(provider.id, planned[0][0], planned[-1][1])
    slot_rules.check_no_overlap(((s, e, spec.label()) for s, e, spec in planned), existing)
    created = _insert(provider, local_date, planned)
    for block in created:
        audit.record(actor, now, "availability.add", "availability_block", block.id, None, block)
    return created


def _pattern_dates(weekdays: Iterable[int], first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        raise InvalidInput("The pattern's end date is before its start date.")
    if (last - first).days > MAX_PATTERN_DAYS:
        raise InvalidInput("A pattern can cover at most two years at a time.")
    wanted = set(weekdays)
    if not wanted or not wanted <= set(range(7)):
        raise InvalidInput("Choose at least one weekday for the pattern.")
    days = ((first + dt.timedelta(days=n)) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() in wanted]


@audit.denials_audited
@transactional
def repeat_weekly(actor: Actor, provider_id: int, weekdays: Iterable[int],
                  specs: Sequence[BlockSpec], first: dt.date, last: dt.date,
                  now: dt.datetime) -> RepeatResult:
    """Lay a weekly pattern over a date range. Blocks that already exist are skipped, so
    applying the same pattern twice changes nothing; a clash with a different block refuses."""
    provider = _provider(actor, provider_id)
    ordered = slot_rules.validate_specs(specs, get_policy().slot_minutes)
    tz = zone(provider.timezone)
    dates = [day for day in _pattern_dates(weekdays, first, last)
             if slot_rules.block_bounds(day, ordered[-1], tz)[1] > now]
    if not dates:
        return RepeatResult([], 0)
    span_start = slot_rules.block_bounds(dates[0], ordered[0], tz)[0]
    span_end = slot_rules.block_bounds(dates[-1], ordered[-1], tz)[1]
    existing = _blocks_between(provider.id, span_start, span_end)
    same = {(b.local_date, b.spec) for b in existing}
    created: list[AvailabilityBlock] = []
    skipped = 0
    for day in dates:
        fresh = [p for p in _planned_future(provider, day, ordered, now)
                 if (day, p[2]) not in same]
        skipped += len(ordered) - len(fresh)
        slot_rules.check_no_overlap(((s, e, f"{spec.label()} on {day}") for s, e, spec in fresh),
                                    existing)
        created += _insert(provider, day, fresh)
    audit.record(actor, now, "availability.repeat", "provider", provider.id, None,
                 {"weekdays": sorted(set(weekdays)), "blocks": [s.label() for s in ordered],
                  "from": first, "until": last, "created": len(created), "skipped": skipped})
    return RepeatResult(created, skipped)


def _planned_future(provider: Provider, day: dt.date, specs: Sequence[BlockSpec],
                    now: dt.datetime) -> list[tuple[dt.datetime, dt.datetime, BlockSpec]]:
    tz = zone(provider.timezone)
    bounds = [(*slot_rules.block_bounds(day, spec, tz), spec) for spec in specs]
    return [(s, e, spec) for s, e, spec in bounds if e > now and e > s]


def _remove_span(actor: Actor, provider: Provider, start: dt.datetime, end: dt.datetime,
                 now: dt.datetime, cancel_bookings: bool, reason: str) -> RemovalResult:
    """Take [start, end) out of the provider's availability, keeping the parts outside it."""
    cancelled = booking_queries.clear_live_between(actor, provider, start, end, now,
                                                   cancel_bookings, reason)
    tz = zone(provider.timezone)
    removed, kept = 0, []
    for block in _blocks_between(provider.id, start, end):
        BlockRow.delete().where(BlockRow.id == block.id).execute()
        audit.record(actor, now, "availability.remove", "availability_block", block.id,
                     block, None)
        removed += 1
        for piece_start, piece_end in ((block.start, start), (end, block.end)):
            if piece_start < piece_end:
                spec = BlockSpec(piece_start.astimezone(tz).time(),
                                 _end_wall(piece_end, block.local_date, tz))
                kept += _insert(provider, block.local_date, [(piece_start, piece_end, spec)])
    for block in kept:
        audit.record(actor, now, "availability.add", "availability_block", block.id, None, block)
    return RemovalResult(removed, kept, cancelled)


def _end_wall(instant: dt.datetime, local_date: dt.date, tz: dt.tzinfo) -> dt.time | None:
    local = instant.astimezone(tz)
    return None if local.date() > local_date else local.time()


@audit.denials_audited
@transactional
def time_off(actor: Actor, provider_id: int, local_date: dt.date, spec: BlockSpec | None,
             now: dt.datetime, *, cancel_bookings: bool = False) -> RemovalResult:
    """A whole day off (spec None) or a span. Live bookings inside refuse it, unless the
    caller asked to cancel them too (after asking the user)."""
    provider = _provider(actor, provider_id)
    tz = zone(provider.timezone)
    if spec is None:
        start, end = slot_rules.block_bounds(local_date, BlockSpec(dt.time(0), None), tz)
    else:
        slot_rules.validate_spec(spec, get_policy().slot_minutes)
        start, end = slot_rules.block_bounds(local_date, spec, tz)
    return _remove_span(actor, provider, start, end, now, cancel_bookings, "Provider time off")


def _block_row(block_id: int) -> BlockRow:
    row = BlockRow.get_or_none(BlockRow.id == block_id)
    if row is None:
        raise NotFound(f"There is no availability block with id {block_id}; "
                       "it may have been removed at another desk.")
    return row


@audit.denials_audited
@transactional
def delete_block(actor: Actor, block_id: int, now: dt.datetime, *,
                 cancel_bookings: bool = False) -> RemovalResult:
    block = records.block(_block_row(block_id))
    provider = _provider(actor, block.provider_id)
    return _remove_span(actor, provider, block.start, block.end, now, cancel_bookings,
                        "Availability removed")


@audit.denials_audited
@transactional
def change_block(actor: Actor, block_id: int, spec: BlockSpec, now: dt.datetime, *,
                 cancel_bookings: bool = False) -> AvailabilityBlock:
    """New times for a block. Bookings the new times leave out refuse it, unless cancelled."""
    old = records.block(_block_row(block_id))
    provider = _provider(actor, old.provider_id)
    slot_rules.validate_spec(spec, get_policy().slot_minutes)
    new_start, new_end = _planned(provider, old.local_date, [spec], now)[0][:2]
    others = [b for b in _blocks_between(provider.id, new_start, new_end) if b.id != old.id]
    slot_rules.check_no_overlap([(new_start, new_end, spec.label())], others)
    for gone_start, gone_end in ((old.start, min(old.end, new_start)),
                                 (max(old.start, new_end), old.end)):
        if gone_start < gone_end:
            booking_queries.clear_live_between(actor, provider, gone_start, gone_end, now,
                                               cancel_bookings, "Availability changed")
    BlockRow.update(start_wall=records.wall_text(spec.start), end_wall=records.wall_text(spec.end),
                    start_at=to_db(new_start), end_at=to_db(new_end)).where(
        BlockRow.id == old.id).execute()
    new = records.block(_block_row(old.id))
    audit.record(actor, now, "availability.change", "availability_block", old.id, old, new)
    return new


def list_availability(actor: Actor, provider_id: int, first: dt.date | None = None,
                      last: dt.date | None = None) -> list[AvailabilityBlock]:
    require(actor, Permission.READ)
    blocks = [records.block_of_values(values) for values in _PROVIDER_BLOCKS.rows(
        provider=provider_id, first=first or dt.date.min, last=last or dt.date.max)]
    if not blocks:
        _provider_row(provider_id)  # an unknown provider is an error, not an empty week
    return blocks


_PROVIDER_BLOCKS = Prepared(lambda: BlockRow.select(*records.BLOCK_COLUMNS).where(
    (BlockRow.provider == Bind("provider")) & (BlockRow.local_date >= Bind("first"))
    & (BlockRow.local_date <= Bind("last"))).order_by(BlockRow.start_at))


def _block_spans():  # type: ignore[no-untyped-def]
    return BlockRow.select(BlockRow.provider, BlockRow.start_at, BlockRow.end_at)


_DAY_SPANS = Prepared(lambda: _block_spans().where(BlockRow.local_date == Bind("day")))
_PROVIDER_DAY_SPANS = Prepared(lambda: _block_spans().where(
    (BlockRow.local_date == Bind("day")) & (BlockRow.provider == Bind("provider"))))


def _day_blocks(local_date: dt.date, provider_id: int | None) -> list[slot_rules.Span]:
    """When each provider is available that day; the slots need nothing else of the blocks."""
    read = records.instant_reader()
    rows = _DAY_SPANS.rows(day=local_date) if provider_id is None else \
        _PROVIDER_DAY_SPANS.rows(day=local_date, provider=provider_id)
    return [slot_rules.Span(provider, read(start), read(end)) for provider, start, end in rows]


def bookable_slots(actor: Actor, local_date: dt.date, now: dt.datetime, *,
                   provider_id: int | None = None, limit: int | None = None,
                   offset: int = 0) -> list[Slot]:
    """Free slots on a provider-local date that can still be booked at `now`, in time order."""
    require(actor, Permission.READ)
    policy = get_policy()
    with read_snapshot():
        blocks = _day_blocks(local_date, provider_id)
        live = booking_queries.live_on_day(local_date, provider_id, now) if blocks else []
    free = slot_rules.free_slots(blocks, live, policy.slot_minutes,
                                 earliest_bookable_start(policy, now))
    end = None if limit is None else max(0, offset) + max(0, min(limit, MAX_PAGE))
    return free[max(0, offset):end]


def next_day_with_slots(actor: Actor, after: dt.date, now: dt.datetime, *,
                        provider_id: int | None = None, horizon_days: int = 120) -> dt.date | None:
    """The first date after `after` with a bookable slot, looking `horizon_days` ahead."""
    require(actor, Permission.READ)
    check_date_range(after)
    query = (BlockRow.select(BlockRow.local_date).distinct()
             .where((BlockRow.local_date > after)
                    & (BlockRow.local_date <= after + dt.timedelta(days=horizon_days))
                    & (BlockRow.end_at > to_db(now)))
             .order_by(BlockRow.local_date))
    if provider_id is not None:
        query = query.where(BlockRow.provider == provider_id)
    for row in query:
        day = row.local_date if isinstance(row.local_date, dt.date) else \
            dt.date.fromisoformat(row.local_date)
        if bookable_slots(actor, day, now, provider_id=provider_id, limit=1):
            return day
    return None


def days_with_availability(actor: Actor, provider_id: int, first: dt.date,
                           last: dt.date) -> set[dt.date]:
    require(actor, Permission.READ)
    query = (BlockRow.select(BlockRow.local_date).distinct()
             .where((BlockRow.provider == provider_id) & (BlockRow.local_date >= first)
                    & (BlockRow.local_date <= last)))
    return {row.local_date if isinstance(row.local_date, dt.date)
            else dt.date.fromisoformat(row.local_date) for row in query}


def why_day_is_empty(actor: Actor, local_date: dt.date, now: dt.datetime, *,
                     provider_id: int | None = None) -> EmptyDay:
    """Why `local_date` offers no bookable slot (HAS_SLOTS when it does offer some)."""
    require(actor, Permission.READ)
    policy = get_policy()
    with read_snapshot():
        blocks = _day_blocks(local_date, provider_id)
        live = booking_queries.live_on_day(local_date, provider_id, now) if blocks else []
    return why_empty(blocks, live, policy.slot_minutes, now, earliest_bookable_start(policy, now))
