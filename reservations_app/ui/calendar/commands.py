"""Schedule edits as undo commands. Each runs once through `execute` (on the operation
runner's write worker) before it is pushed, so a refusal or a question to the user happens
before anything is on the stack. Every schedule service returns the inverse of what it did;
undo hands it to `schedule_undo.undo`, which applies it in one transaction and returns the
inverse of that, which is what redo hands back. Undo and redo go through the runner too (the
editor's `step`). No ids are remembered here: the service names blocks by their shape. A
refused undo or redo is reported and the command leaves the stack; bookings an undo could
not give back are reported too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Provider
from reservations_app.domain.schedule_change import ScheduleChange
from reservations_app.services import schedule, schedule_undo
from reservations_app.services.schedule_undo import UndoResult
from reservations_app.ui.calendar import labels
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.session import Session


class ScheduleCommands(TranslationContext):
    """The translation context of the schedule's undoable commands."""


class Editor(Protocol):
    session: Session

    def step(self, command: ScheduleCommand, verb: str, *, undoing: bool) -> None:
        """Run the command's undo or redo through the operation runner."""


class ScheduleCommand(QUndoCommand):
    def __init__(self, editor: Editor, provider: Provider, focus_date: dt.date,
                 text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self.provider = provider
        self.focus_date = focus_date
        self.cancelled_bookings: list[int] = []
        self.cancel_allowed = False  # the user agreed to cancel bookings on the first run
        self.inverse: ScheduleChange | None = None  # what undo (or redo) hands the service
        self._skip_first_redo = False

    # --- to override -------------------------------------------------------------------------
    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> ScheduleChange:
        """Do the edit; return its inverse."""
        raise NotImplementedError

    def changed_anything(self) -> bool:
        return self.inverse is not None and not self.inverse.empty

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

    def execute(self, now: dt.datetime, cancel_bookings: bool = False) -> None:
        """Do the edit for the first time, on the runner's write worker; DomainError (e.g.
        ReservationInUse) propagates."""
        self.inverse = self._first_run(now, cancel_bookings)
        self.cancel_allowed = cancel_bookings
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._editor.step(self, ScheduleCommands.tr("redo"), undoing=False)

    def undo(self) -> None:
        self._editor.step(self, ScheduleCommands.tr("undo"), undoing=True)

    def apply_inverse(self, verb: str, now: dt.datetime) -> UndoResult:
        """On the write worker: hand the inverse to the service and keep the inverse of
        that for the next step. Writes run in order, so a redo asked before this undo's
        answer arrived still finds the right inverse; a refused step leaves none."""
        inverse, self.inverse = self.inverse, None
        if inverse is None:
            raise DomainError(ScheduleCommands.tr("There is nothing to %1.").replace("%1", verb))
        result = schedule_undo.undo(self._actor, inverse, now)
        self.inverse = result.inverse
        return result

    @staticmethod
    def report(result: UndoResult) -> str:
        """What to tell the user about the bookings an undo gave back, or could not."""
        lines = []
        if result.restored:
            lines.append(ScheduleCommands.tr("Bookings given back: %1.").replace(
                "%1", str(len(result.restored))))
        lines += [ScheduleCommands.tr("Booking %1 could not be given back: %2.").replace(
            "%1", f"#{item.reservation_id}").replace("%2", item.reason)
            for item in result.not_restored]
        return " ".join(lines)


class AddBlocksCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, local_date: dt.date,
                 specs: Sequence[BlockSpec]) -> None:
        super().__init__(editor, provider, local_date, ScheduleCommands.tr("Add availability on %1")
                         .replace("%1", labels.day_text(local_date)))
        self.local_date, self.specs = local_date, list(specs)

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> ScheduleChange:
        return schedule.add_blocks(self._actor, self.provider.id, self.local_date, self.specs,
                                   now).inverse


class DeleteBlockCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, block: AvailabilityBlock) -> None:
        super().__init__(editor, provider, block.local_date,
                         ScheduleCommands.tr("Delete block %1 on %2")
                         .replace("%1", block.label)
                         .replace("%2", labels.day_text(block.local_date)))
        self.block = block

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> ScheduleChange:
        result = schedule.delete_block(self._actor, self.block.id, now,
                                       cancel_bookings=cancel_bookings)
        self.cancelled_bookings = result.cancelled_reservations
        assert result.inverse is not None
        return result.inverse


class ChangeBlockCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, block: AvailabilityBlock,
                 spec: BlockSpec) -> None:
        super().__init__(editor, provider, block.local_date,
                         ScheduleCommands.tr("Change block %1 to %2 on %3")
                         .replace("%1", block.label).replace("%2", spec.label())
                         .replace("%3", labels.day_text(block.local_date)))
        self.block, self.spec = block, spec

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> ScheduleChange:
        result = schedule.edit_block(self._actor, self.block.id, self.spec, now,
                                     cancel_bookings=cancel_bookings)
        self.cancelled_bookings = result.cancelled_reservations
        return result.inverse


class WeeklyPatternCommand(ScheduleCommand):
    def __init__(self, editor: Editor, provider: Provider, weekdays: Sequence[int],
                 specs: Sequence[BlockSpec], first: dt.date, last: dt.date) -> None:
        super().__init__(editor, provider, first, ScheduleCommands.tr("Weekly pattern %1 to %2")
                         .replace("%1", labels.date_text(first))
                         .replace("%2", labels.date_text(last)))
        self.weekdays, self.specs, self.first, self.last = list(weekdays), list(specs), first, last
        self.created = self.skipped = 0

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> ScheduleChange:
        result = schedule.repeat_weekly(self._actor, self.provider.id, self.weekdays,
                                        self.specs, self.first, self.last, now)
        self.created, self.skipped = len(result.created), result.skipped
        if result.created:
            self.focus_date = result.created[0].local_date
        return result.inverse or ScheduleChange(self.provider.id, self.text())

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
        self.removed = 0

    def _first_run(self, now: dt.datetime, cancel_bookings: bool) -> ScheduleChange:
        result = schedule.time_off(self._actor, self.provider.id, self.local_date, self.spec,
                                   now, cancel_bookings=cancel_bookings)
        self.cancelled_bookings = result.cancelled_reservations
        self.removed = result.removed
        assert result.inverse is not None
        return result.inverse

    def summary(self) -> str:
        if self.removed or self.cancelled_bookings:
            return super().summary()
        return ScheduleCommands.tr(
            "Time off noted on %1: there was no availability then, and weekly patterns "
            "will leave it out.").replace("%1", labels.day_text(self.local_date))

