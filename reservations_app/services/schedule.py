"""Providers' availability: blocks, weekly patterns, time off, and the slots they yield."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.empty_day import EmptyDay, why_empty
from reservations_app.domain.errors import InvalidInput, NotFound
from reservations_app.domain.model import (
    AvailabilityBlock,
    BlockSpec,
    Provider,
    Slot,
)
from reservations_app.domain.rules import earliest_bookable_start
from reservations_app.domain.schedule_change import ScheduleChange, Shape
from reservations_app.domain.timezones import check_date_range, zone
from reservations_app.services import audit, blocks, booking_queries

# Patterns and time off live in their own modules; callers find them here too (the aliases
# say "re-exported" to mypy).
from reservations_app.services.blocks import RemovalResult as RemovalResult  # noqa: PLC0414
from reservations_app.services.patterns import MAX_PATTERN_DAYS as MAX_PATTERN_DAYS  # noqa: PLC0414
from reservations_app.services.patterns import RepeatResult as RepeatResult  # noqa: PLC0414
from reservations_app.services.patterns import repeat_weekly as repeat_weekly  # noqa: PLC0414
from reservations_app.services.settings import get_policy
from reservations_app.services.time_off import time_off as time_off  # noqa: PLC0414
from reservations_app.store import records
from reservations_app.store.models import BlockRow, ProviderRow, to_db
from reservations_app.store.prepared import Bind, Prepared
from reservations_app.store.transactions import read_snapshot, transactional

MAX_PAGE = 2000


@dataclass(frozen=True)
class BlocksAdded:
    blocks: list[AvailabilityBlock]
    inverse: ScheduleChange


@dataclass(frozen=True)
class BlockChanged:
    block: AvailabilityBlock
    cancelled_reservations: list[int]
    inverse: ScheduleChange


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


@audit.denials_audited
@transactional
def add_blocks(actor: Actor, provider_id: int, local_date: dt.date,
               specs: Sequence[BlockSpec], now: dt.datetime) -> BlocksAdded:
    """Several blocks on one local date, e.g. 08:00-11:00 and 12:00-15:00, in one go; with
    the edit's inverse for an undo."""
    provider = blocks.provider_for_edit(actor, provider_id)
    ordered = slot_rules.validate_specs(specs, get_policy().slot_minutes)
    planned = _planned(provider, local_date, ordered, now)
    existing = blocks.blocks_between(provider.id, planned[0][0], planned[-1][1])
    slot_rules.check_no_overlap(((s, e, spec.label()) for s, e, spec in planned), existing)
    created = [blocks.insert_block(actor, provider, Shape.of(local_date, spec), now)
               for _, _, spec in planned]
    inverse = ScheduleChange(provider.id, f"Remove the blocks added on {local_date}",
                             remove_blocks=tuple(blocks.shape_of(b) for b in created))
    return BlocksAdded(created, inverse)


def add_availability(actor: Actor, provider_id: int, local_date: dt.date,
                     specs: Sequence[BlockSpec], now: dt.datetime) -> list[AvailabilityBlock]:
    """`add_blocks` for callers that need only the blocks."""
    return add_blocks(actor, provider_id, local_date, specs, now).blocks


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
    provider = blocks.provider_for_edit(actor, block.provider_id)
    hit = blocks.live_bookings_in(provider, [(block.start, block.end)], now)
    cancelled = blocks.refuse_or_cancel(actor, provider, hit, cancel_bookings,
                                        "Availability removed", now)
    blocks.delete_block_row(actor, block, now)
    inverse = ScheduleChange(provider.id, f"Put back the block {block.label} on "
                             f"{block.local_date}", add_blocks=(blocks.shape_of(block),),
                             restore_bookings=tuple(cancelled))
    return RemovalResult(1, [], [c.reservation_id for c in cancelled], hit, inverse)


@audit.denials_audited
@transactional
def edit_block(actor: Actor, block_id: int, spec: BlockSpec, now: dt.datetime, *,
               cancel_bookings: bool = False) -> BlockChanged:
    """New times for a block. Bookings the new times leave out refuse it, unless cancelled."""
    old = records.block(_block_row(block_id))
    provider = blocks.provider_for_edit(actor, old.provider_id)
    slot_rules.validate_spec(spec, get_policy().slot_minutes)
    new_start, new_end = _planned(provider, old.local_date, [spec], now)[0][:2]
    others = [b for b in blocks.blocks_between(provider.id, new_start, new_end)
              if b.id != old.id]
    slot_rules.check_no_overlap([(new_start, new_end, spec.label())], others)
    gone = [(start, end) for start, end in ((old.start, min(old.end, new_start)),
                                            (max(old.start, new_end), old.end)) if start < end]
    hit = blocks.live_bookings_in(provider, gone, now)
    cancelled = blocks.refuse_or_cancel(actor, provider, hit, cancel_bookings,
                                        "Availability changed", now)
    BlockRow.update(start_wall=records.wall_text(spec.start), end_wall=records.wall_text(spec.end),
                    start_at=to_db(new_start), end_at=to_db(new_end)).where(
        BlockRow.id == old.id).execute()
    new = records.block(_block_row(old.id))
    audit.record(actor, now, "availability.change", "availability_block", old.id, old, new)
    inverse = ScheduleChange(provider.id, f"Change the block on {old.local_date} back to "
                             f"{old.label}", remove_blocks=(blocks.shape_of(new),),
                             add_blocks=(blocks.shape_of(old),),
                             restore_bookings=tuple(cancelled))
    return BlockChanged(new, [c.reservation_id for c in cancelled], inverse)


def change_block(actor: Actor, block_id: int, spec: BlockSpec, now: dt.datetime, *,
                 cancel_bookings: bool = False) -> AvailabilityBlock:
    """`edit_block` for callers that need only the block."""
    return edit_block(actor, block_id, spec, now, cancel_bookings=cancel_bookings).block


def list_availability(actor: Actor, provider_id: int, first: dt.date | None = None,
                      last: dt.date | None = None) -> list[AvailabilityBlock]:
    require(actor, Permission.READ)
    found = [records.block_of_values(values) for values in _PROVIDER_BLOCKS.rows(
        provider=provider_id, first=first or dt.date.min, last=last or dt.date.max)]
    if not found and ProviderRow.get_or_none(ProviderRow.id == provider_id) is None:
        raise NotFound(f"There is no provider with id {provider_id}.")
    return found


_PROVIDER_BLOCKS = Prepared(lambda: BlockRow.select(*records.BLOCK_COLUMNS).where(
    (BlockRow.provider == Bind("provider")) & (BlockRow.local_date >= Bind("first"))
    & (BlockRow.local_date <= Bind("last"))).order_by(BlockRow.start_at))


def _block_spans():  # type: ignore[no-untyped-def]
    return BlockRow.select(BlockRow.provider, BlockRow.start_at, BlockRow.end_at)


_DAY_SPANS = Prepared(lambda: _block_spans().where(BlockRow.local_date == Bind("day")))
_PROVIDER_DAY_SPANS = Prepared(lambda: _block_spans().where(
    (BlockRow.local_date == Bind("day")) & (BlockRow.provider == Bind("provider"))))


def day_spans(local_date: dt.date, provider_id: int | None) -> list[slot_rules.Span]:
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
        spans = day_spans(local_date, provider_id)
        live = booking_queries.live_on_day(local_date, provider_id, now) if spans else []
    free = slot_rules.free_slots(spans, live, policy.slot_minutes,
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
        spans = day_spans(local_date, provider_id)
        live = booking_queries.live_on_day(local_date, provider_id, now) if spans else []
    return why_empty(spans, live, policy.slot_minutes, now, earliest_bookable_start(policy, now))
