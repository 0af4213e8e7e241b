"""A weekly pattern laid over a range of dates. Time off is remembered: the pattern leaves out
what was taken off. Blocks that exist already are skipped, so applying a pattern twice changes
nothing; a date whose blocks clash with the pattern refuses it, naming every such date, unless
the caller asks to skip those dates and apply the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reservations_app.domain import slots as slot_rules
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import AvailabilityConflict, InvalidInput
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Provider
from reservations_app.domain.schedule_change import ScheduleChange, Shape, subtract
from reservations_app.services import audit, blocks
from reservations_app.services.settings import get_policy
from reservations_app.store.db import transactional

MAX_PATTERN_DAYS = 2 * 366
LISTED_DATES = 12


@dataclass(frozen=True)
class RepeatResult:
    created: list[AvailabilityBlock]
    skipped: int  # blocks that already existed exactly as asked
    conflicts: list[dt.date] = field(default_factory=list)  # left as they were (skip_conflicts)
    time_off: int = 0  # pieces left out because the provider took that time off
    not_on_clock: list[Shape] = field(default_factory=list)  # the clocks skip them that day
    inverse: ScheduleChange | None = None


def pattern_dates(weekdays: Iterable[int], first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        raise InvalidInput("The pattern's end date is before its start date.")
    if (last - first).days > MAX_PATTERN_DAYS:
        raise InvalidInput("A pattern can cover at most two years at a time.")
    wanted = set(weekdays)
    if not wanted or not wanted <= set(range(7)):
        raise InvalidInput("Choose at least one weekday for the pattern.")
    days = ((first + dt.timedelta(days=n)) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() in wanted]


@dataclass
class _Plan:
    """What the pattern does to each date, worked out before anything is written."""

    to_create: list[Shape] = field(default_factory=list)
    skipped: int = 0
    time_off: int = 0
    not_on_clock: list[Shape] = field(default_factory=list)
    clashes: dict[dt.date, str] = field(default_factory=dict)  # date -> the block in the way


def _plan_day(provider: Provider, day: dt.date, specs: Sequence[BlockSpec],
              existing: list[AvailabilityBlock], taken: list[Shape], now: dt.datetime,
              plan: _Plan) -> None:
    same = {blocks.shape_of(b) for b in existing}
    wanted = []
    for spec in specs:
        pieces = subtract(Shape.of(day, spec), taken)
        whole = Shape.of(day, spec)
        plan.time_off += 0 if pieces == [whole] else 1
        wanted += pieces
    fresh = []
    for shape in wanted:
        start, end = blocks.bounds(provider, shape)
        if end <= start:
            plan.not_on_clock.append(shape)
        elif shape in same:
            plan.skipped += 1
        elif end > now:
            clash = next((b for b in existing if slot_rules.overlaps(start, end, b.start, b.end)),
                         None)
            if clash is not None:
                plan.clashes.setdefault(day, clash.label)
            fresh.append(shape)
    if day not in plan.clashes:
        plan.to_create += fresh


def _plan(provider: Provider, dates: list[dt.date], specs: Sequence[BlockSpec],
          now: dt.datetime) -> _Plan:
    plan = _Plan()
    existing = blocks.blocks_on(provider.id, dates[0] - dt.timedelta(days=1),
                                dates[-1] + dt.timedelta(days=1))
    by_date: dict[dt.date, list[AvailabilityBlock]] = {}
    for block in existing:
        by_date.setdefault(block.local_date, []).append(block)
    taken: dict[dt.date, list[Shape]] = {}
    for off in blocks.time_off_on(provider.id, dates[0], dates[-1]):
        taken.setdefault(off.local_date, []).append(off)
    for day in dates:
        # the days either side too: a block's real time can reach across midnight on DST days
        near = [b for offset in (-1, 0, 1)
                for b in by_date.get(day + dt.timedelta(days=offset), [])]
        _plan_day(provider, day, specs, near, taken.get(day, []), now, plan)
    return plan


def _refuse_clashes(clashes: dict[dt.date, str]) -> None:
    listed = ", ".join(f"{day.isoformat()} ({label})"
                       for day, label in list(clashes.items())[:LISTED_DATES])
    more = len(clashes) - LISTED_DATES
    raise AvailabilityConflict(
        f"The pattern clashes with existing blocks on {len(clashes)} date(s): {listed}"
        f"{f' and {more} more' if more > 0 else ''}. Nothing was changed; change those "
        "blocks first, or skip those dates and apply the rest.")


@audit.denials_audited
@transactional
def repeat_weekly(actor: Actor, provider_id: int, weekdays: Iterable[int],
                  specs: Sequence[BlockSpec], first: dt.date, last: dt.date,
                  now: dt.datetime, *, skip_conflicts: bool = False) -> RepeatResult:
    provider = blocks.provider_for_edit(actor, provider_id)
    ordered = slot_rules.validate_specs(specs, get_policy().slot_minutes)
    weekdays = sorted(set(weekdays))
    dates = [day for day in pattern_dates(weekdays, first, last)
             if blocks.bounds(provider, Shape.of(day, ordered[-1]))[1] > now]
    if not dates:
        return RepeatResult([], 0)
    plan = _plan(provider, dates, ordered, now)
    if plan.clashes and not skip_conflicts:
        _refuse_clashes(plan.clashes)
    created = [blocks.insert_block(actor, provider, shape, now) for shape in plan.to_create]
    audit.record(actor, now, "availability.repeat", "provider", provider.id, None,
                 {"weekdays": weekdays, "blocks": [s.label() for s in ordered],
                  "from": first, "until": last, "created": len(created),
                  "skipped": plan.skipped, "skipped_conflicts": sorted(plan.clashes),
                  "time_off": plan.time_off,
                  "not_on_clock": [s.label() for s in plan.not_on_clock]})
    inverse = ScheduleChange(provider.id, f"Remove the weekly pattern {first} to {last}",
                             remove_blocks=tuple(blocks.shape_of(b) for b in created))
    return RepeatResult(created, plan.skipped, sorted(plan.clashes), plan.time_off,
                        plan.not_on_clock, inverse)
