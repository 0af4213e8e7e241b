"""Schedule edits as undo commands. Each runs once through `execute` before it is pushed (so a
refusal or a question to the user happens before anything is on the stack); undo calls the
inverse service and never cancels a booking; a refused undo or redo is reported and the
command leaves the stack."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reservations_app.domain.access import Actor
from reservations_app.domain.at_risk import removed_spans
from reservations_app.domain.errors import DomainError, ReservationInUse
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Provider
from reservations_app.domain.slots import block_bounds, overlaps
from reservations_app.domain.timezones import zone
from reservations_app.services import schedule
from reservations_app.ui.calendar import labels
from reservations_app.ui.session import Session

log = logging.getLogger(__name__)
Span = tuple[dt.datetime, dt.datetime]
Shape = tuple[dt.date, BlockSpec]


class ScheduleCommands:
    """A translation context: lupdate reads `ScheduleCommands.tr("...")` as this one."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("ScheduleCommands", text, disambiguation, n)


class BlockHandles:
    """Commands name blocks by handles that survive re-creation: undoing a delete re-creates
    the block under a new database id, and commands further up the stack must still find it."""

    def __init__(self) -> None:
        self._ids: dict[int, int | None] = {}
        self._next = 1

    def handle_for(self, block_id: int) -> int:
        for handle, current in self._ids.items():
            if current == block_id:
                return handle
        handle, self._next = self._next, self._next + 1
        self._ids[handle] = block_id
        return handle

    def block_id(self, handle: int) -> int | None:
        return self._ids.get(handle)

    def bind(self, handle: int, block_id: int) -> None:
        self._ids[handle] = block_id

    def retire(self, handle: int) -> None:
        """The block is gone; its id may be reused by the database for another block."""
        self._ids[handle] = None


class Editor(Protocol):
    session: Session
    handles: BlockHandles

    def command_refused(self, command: ScheduleCommand, verb: str, message: str) -> None: ...

    def command_applied(self, command: ScheduleCommand) -> None: ...


class ScheduleCommand(QUndoCommand):
    def __init__(self, editor: Editor, provider: Provider, focus_date: dt.date,
                 text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self.provider = provider
        self.focus_date = focus_date
        self.cancelled_bookings: list[int] = []
        self.cancel_allowed = False  # the user agreed to cancel bookings on the first run
        self._shapes: dict[int, Shape] = {}
        self._skip_first_redo = False

    # --- to override -------------------------------------------------------------------------
    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> None:
        raise NotImplementedError

    def _reapply(self, now: dt.datetime) -> None:
        raise NotImplementedError

    def _revert(self, now: dt.datetime) -> None:
        raise NotImplementedError

    def spans_at_risk(self) -> list[Span]:
        """UTC spans of availability this edit takes away (where bookings would be hit)."""
        return []

    def changed_anything(self) -> bool:
        return True

    def summary(self) -> str:
        done = ScheduleCommands.tr("Done: %1.").replace("%1", self.text())
        if self.cancelled_bookings:
            done += " " + ScheduleCommands.tr("Bookings cancelled: %1.").replace(
                "%1", str(len(self.cancelled_bookings)))
        return done

    # --- the machinery -----------------------------------------------------------------------
    @property
    def _actor(self) -> Actor:
        return self._editor.session.actor

    def execute(self, cancel_bookings: bool = False) -> None:
        """Do the edit for the first time; DomainError (e.g. ReservationInUse) propagates."""
        self._first_run(self._editor.session.now(), cancel_bookings)
        self.cancel_allowed = cancel_bookings
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._reapply, ScheduleCommands.tr("redo"))

    def undo(self) -> None:
        self._guarded(self._revert, ScheduleCommands.tr("undo"))

    def _guarded(self, work: Callable[[dt.datetime], None], verb: str) -> None:
        try:
            with self._editor.session.ops.blocking_write(self._editor):
                work(self._editor.session.now())
        except ReservationInUse:
            self.setObsolete(True)
            self._editor.command_refused(self, verb, ScheduleCommands.tr(
                "live bookings fall in that time. Move or cancel them first."))
        except DomainError as exc:
            self.setObsolete(True)
            self._editor.command_refused(self, verb, exc.message)
        self._editor.command_applied(self)

    def _track(self, block: AvailabilityBlock) -> int:
        handle = self._editor.handles.handle_for(block.id)
        self._shapes[handle] = (block.local_date, block.spec)
        return handle

    def _delete(self, handles: Sequence[int], now: dt.datetime) -> None:
        """Delete the blocks, all or none: if one refuses, the ones already gone come back."""
        ids = self._editor.handles
        done: list[int] = []
        try:
            for handle in handles:
                block_id = ids.block_id(handle)
                if block_id is not None:
                    schedule.delete_block(self._actor, block_id, now)
                    ids.retire(handle)
                    done.append(handle)
        except DomainError:
            self._put_back(done, now)
            raise

    def _add(self, handles: Sequence[int], now: dt.datetime) -> None:
        """Re-create the blocks (grouped per date), binding their handles to the new ids."""
        by_date: dict[dt.date, list[int]] = {}
        for handle in handles:
            by_date.setdefault(self._shapes[handle][0], []).append(handle)
        done: list[int] = []
        try:
            for day, group in by_date.items():
                specs = [self._shapes[handle][1] for handle in group]
                created = schedule.add_availability(self._actor, self.provider.id, day, specs,
                                                    now)
                done += self._bind_created(created, group)
        except DomainError:
            self._take_away(done, now)
            raise

    def _bind_created(self, created: Sequence[AvailabilityBlock],
                      handles: Sequence[int]) -> list[int]:
        wanted = {self._shapes[handle]: handle for handle in handles}
        bound = []
        for block in created:
            handle = wanted.pop((block.local_date, block.spec), None)
            if handle is None:
                handle = self._track(block)
            self._editor.handles.bind(handle, block.id)
            bound.append(handle)
        for handle in wanted.values():
            self._editor.handles.retire(handle)
        return bound

    def _put_back(self, handles: Sequence[int], now: dt.datetime) -> None:
        try:
            self._add(handles, now)
        except DomainError:
            log.warning("could not put back %d block(s) after a refused edit", len(handles))

    def _take_away(self, handles: Sequence[int], now: dt.datetime) -> None:
        try:
            self._delete(handles, now)
        except DomainError:
            log.warning("could not remove %d block(s) after a refused edit", len(handles))


class AddBlocksCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, local_date: dt.date,
                 specs: Sequence[BlockSpec]) -> None:
        super().__init__(editor, provider, local_date, ScheduleCommands.tr("Add availability on %1")
                         .replace("%1", labels.day_text(local_date)))
        self.local_date, self.specs = local_date, list(specs)
        self.handles: list[int] = []

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> None:
        created = schedule.add_availability(self._actor, self.provider.id, self.local_date,
                                            self.specs, now)
        self.handles = [self._track(block) for block in created]

    def _reapply(self, now: dt.datetime) -> None:
        self._add(self.handles, now)

    def _revert(self, now: dt.datetime) -> None:
        self._delete(self.handles, now)


class DeleteBlockCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, block: AvailabilityBlock) -> None:
        super().__init__(editor, provider, block.local_date,
                         ScheduleCommands.tr("Delete block %1 on %2")
                         .replace("%1", block.label)
                         .replace("%2", labels.day_text(block.local_date)))
        self.block = block
        self.handle = self._track(block)

    def spans_at_risk(self) -> list[Span]:
        return [(self.block.start, self.block.end)]

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> None:
        block_id = self._editor.handles.block_id(self.handle)
        result = schedule.delete_block(self._actor, block_id or self.block.id, now,
                                       cancel_bookings=cancel_bookings)
        self._editor.handles.retire(self.handle)
        self.cancelled_bookings = result.cancelled_reservations

    def _reapply(self, now: dt.datetime) -> None:
        self._delete([self.handle], now)

    def _revert(self, now: dt.datetime) -> None:
        self._add([self.handle], now)


class ChangeBlockCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, block: AvailabilityBlock,
                 spec: BlockSpec) -> None:
        super().__init__(editor, provider, block.local_date,
                         ScheduleCommands.tr("Change block %1 to %2 on %3")
                         .replace("%1", block.label).replace("%2", spec.label())
                         .replace("%3", labels.day_text(block.local_date)))
        self.block, self.spec = block, spec
        self.handle = self._track(block)

    def spans_at_risk(self) -> list[Span]:
        new = block_bounds(self.block.local_date, self.spec, zone(self.provider.timezone))
        return removed_spans((self.block.start, self.block.end), new)

    def _change(self, spec: BlockSpec, now: dt.datetime, cancel_bookings: bool = False) -> None:
        block_id = self._editor.handles.block_id(self.handle)
        if block_id is None:
            raise DomainError(ScheduleCommands.tr("That block no longer exists."))
        changed = schedule.change_block(self._actor, block_id, spec, now,
                                        cancel_bookings=cancel_bookings)
        self._shapes[self.handle] = (changed.local_date, changed.spec)

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> None:
        self._change(self.spec, now, cancel_bookings)

    def _reapply(self, now: dt.datetime) -> None:
        self._change(self.spec, now)

    def _revert(self, now: dt.datetime) -> None:
        self._change(self.block.spec, now)


class WeeklyPatternCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, weekdays: Sequence[int],
                 specs: Sequence[BlockSpec], first: dt.date, last: dt.date) -> None:
        super().__init__(editor, provider, first, ScheduleCommands.tr("Weekly pattern %1 to %2")
                         .replace("%1", labels.date_text(first))
                         .replace("%2", labels.date_text(last)))
        self.weekdays, self.specs, self.first, self.last = list(weekdays), list(specs), first, last
        self.handles: list[int] = []
        self.created = self.skipped = 0

    def _repeat(self, now: dt.datetime) -> list[AvailabilityBlock]:
        result = schedule.repeat_weekly(self._actor, self.provider.id, self.weekdays,
                                        self.specs, self.first, self.last, now)
        self.created, self.skipped = len(result.created), result.skipped
        return result.created

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> None:
        self.handles = [self._track(block) for block in self._repeat(now)]
        if self.handles:
            self.focus_date = self._shapes[self.handles[0]][0]

    def _reapply(self, now: dt.datetime) -> None:
        self._bind_created(self._repeat(now), self.handles)

    def _revert(self, now: dt.datetime) -> None:
        self._delete(self.handles, now)

    def changed_anything(self) -> bool:
        return bool(self.handles)

    def summary(self) -> str:
        return ScheduleCommands.tr("Blocks created: %1; already there and skipped: %2.") \
            .replace("%1", str(self.created)).replace("%2", str(self.skipped))


class TimeOffCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, local_date: dt.date,
                 spec: BlockSpec | None) -> None:
        text = (ScheduleCommands.tr("Time off on %1") if spec is None
                else ScheduleCommands.tr("Time off %2 on %1"))
        super().__init__(editor, provider, local_date, text.replace(
            "%1", labels.day_text(local_date)).replace("%2", spec.label() if spec else ""))
        self.local_date, self.spec = local_date, spec
        self.removed: list[int] = []
        self.kept: list[int] = []

    def spans_at_risk(self) -> list[Span]:
        whole = BlockSpec(dt.time(0), None)
        return [block_bounds(self.local_date, self.spec or whole, zone(self.provider.timezone))]

    def _take_off(self, now: dt.datetime, cancel_bookings: bool) -> list[AvailabilityBlock]:
        result = schedule.time_off(self._actor, self.provider.id, self.local_date, self.spec,
                                   now, cancel_bookings=cancel_bookings)
        self.cancelled_bookings = result.cancelled_reservations
        for handle in self.removed:
            self._editor.handles.retire(handle)
        return result.added

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> None:
        span = self.spans_at_risk()[0]
        before = schedule.list_availability(self._actor, self.provider.id, self.local_date,
                                            self.local_date)
        self.removed = [self._track(block) for block in before
                        if overlaps(block.start, block.end, *span)]
        self.kept = [self._track(block) for block in self._take_off(now, cancel_bookings)]

    def _reapply(self, now: dt.datetime) -> None:
        self._bind_created(self._take_off(now, False), self.kept)

    def _revert(self, now: dt.datetime) -> None:
        self._delete(self.kept, now)
        try:
            self._add(self.removed, now)
        except DomainError:
            self._put_back(self.kept, now)
            raise

    def changed_anything(self) -> bool:
        return bool(self.removed or self.cancelled_bookings)
