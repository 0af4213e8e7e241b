"""What the calendar tab's edit gestures do: dialogs, drags, the context menu and the Delete
key all end in one undoable command run by the ScheduleEditor."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtWidgets import QDialog, QMenu

from reservations_app.domain.model import AvailabilityBlock, BlockSpec, Provider
from reservations_app.ui.calendar import labels
from reservations_app.ui.calendar.block_dialogs import (
    AddBlocksDialog,
    EditBlockDialog,
    WeeklyPatternDialog,
)
from reservations_app.ui.calendar.commands import (
    AddBlocksCommand,
    ChangeBlockCommand,
    DeleteBlockCommand,
    ScheduleCommand,
    TimeOffCommand,
    WeeklyPatternCommand,
)
from reservations_app.ui.calendar.editor import Outcome, Reply
from reservations_app.ui.calendar.geometry import MINUTES_PER_DAY
from reservations_app.ui.calendar.time_off_dialog import TimeOffDialog
from reservations_app.ui.calendar.week_grid import WeekGrid
from reservations_app.ui.calendar.week_layout import ItemKind, WeekItem
from reservations_app.ui.dialogs.provider import ProviderDialog

if TYPE_CHECKING:
    from reservations_app.ui.calendar.tab import CalendarTab


def spec_of(start_minute: int, end_minute: int) -> BlockSpec:
    end = None if end_minute >= MINUTES_PER_DAY else dt.time(end_minute // 60, end_minute % 60)
    return BlockSpec(dt.time(start_minute // 60, start_minute % 60), end)


class ScheduleActions(QObject):
    def __init__(self, tab: CalendarTab) -> None:
        super().__init__(tab)
        self._tab = tab

    def connect_to(self, grid: WeekGrid) -> None:
        grid.block_drawn.connect(self.add_drawn_block)
        grid.block_activated.connect(self.edit_block)
        grid.block_delete_requested.connect(self.delete_block)
        grid.menu_requested.connect(self.show_menu)

    # --- running commands ---------------------------------------------------------------------
    def _provider(self) -> Provider | None:
        return self._tab.current_provider()

    def _run(self, command: ScheduleCommand, reply: Reply) -> None:
        """Run through the editor; the tab's message line says what was done."""
        def answered(outcome: Outcome) -> None:
            if outcome.done:
                self._tab.show_message(outcome.message, error=False)
            reply(outcome)

        self._tab.editor.run(command, answered)

    def _run_and_report(self, command: ScheduleCommand, reply: Reply | None) -> None:
        """For gestures without a dialog: a refusal shows in the tab's message line."""
        def answered(outcome: Outcome) -> None:
            if not outcome.done:
                self._tab.show_message(outcome.message, error=True)
            if reply is not None:
                reply(outcome)

        self._run(command, answered)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- dialogs ------------------------------------------------------------------------------
    @Slot()
    def add_blocks(self, day: dt.date | None = None) -> AddBlocksDialog | None:
        provider = self._provider()
        if provider is None:
            return None
        dialog = AddBlocksDialog(
            provider.name, day or self._tab.selected_day(), self._tab.slot_minutes(),
            lambda on, specs, reply: self._run(
                AddBlocksCommand(self._tab.editor, provider, on, specs), reply),
            self._tab)
        self._open(dialog)
        return dialog

    @Slot()
    def weekly_pattern(self) -> WeeklyPatternDialog | None:
        provider = self._provider()
        if provider is None:
            return None
        dialog = WeeklyPatternDialog(
            provider.name, self._tab.selected_day(), self._tab.slot_minutes(),
            lambda weekdays, specs, first, last, reply: self._run(WeeklyPatternCommand(
                self._tab.editor, provider, weekdays, specs, first, last), reply), self._tab)
        self._open(dialog)
        return dialog

    @Slot()
    def time_off(self, day: dt.date | None = None) -> TimeOffDialog | None:
        provider = self._provider()
        if provider is None:
            return None
        dialog = TimeOffDialog(
            provider.name, day or self._tab.selected_day(), self._tab.slot_minutes(),
            lambda on, spec, reply: self._run(
                TimeOffCommand(self._tab.editor, provider, on, spec), reply),
            self._tab)
        self._open(dialog)
        return dialog

    @Slot(object)
    def edit_block(self, block: AvailabilityBlock) -> EditBlockDialog | None:
        provider = self._provider()
        if provider is None:
            return None
        dialog = EditBlockDialog(
            provider.name, block, self._tab.slot_minutes(),
            lambda spec, reply: self._run(
                ChangeBlockCommand(self._tab.editor, provider, block, spec), reply),
            self._tab)
        self._open(dialog)
        return dialog

    @Slot()
    def new_provider(self) -> ProviderDialog:
        return self._provider_dialog(None)

    @Slot()
    def edit_provider(self) -> ProviderDialog | None:
        provider = self._provider()
        return self._provider_dialog(provider) if provider else None

    def _provider_dialog(self, provider: Provider | None) -> ProviderDialog:
        dialog = ProviderDialog(self._tab.session, provider, self._tab)
        dialog.accepted.connect(lambda: self._provider_saved(dialog.provider))
        self._open(dialog)
        return dialog

    def _provider_saved(self, provider: Provider | None) -> None:
        if provider is not None:
            self._tab.select_provider(provider.id)

    # --- gestures on the grid -----------------------------------------------------------------
    @Slot(object, int, int)
    def add_drawn_block(self, day: dt.date, start_minute: int, end_minute: int,
                        reply: Reply | None = None) -> None:
        provider = self._provider()
        if provider is None:
            return
        command = AddBlocksCommand(self._tab.editor, provider, day,
                                   [spec_of(start_minute, end_minute)])
        self._run_and_report(command, reply)

    @Slot(object)
    def delete_block(self, block: AvailabilityBlock, reply: Reply | None = None) -> None:
        provider = self._provider()
        if provider is None:
            return
        self._run_and_report(DeleteBlockCommand(self._tab.editor, provider, block), reply)

    @Slot(object, object, QPoint)
    def show_menu(self, day: dt.date, item: WeekItem | None, where: QPoint) -> None:
        self.build_menu(day, item).exec(where)

    def build_menu(self, day: dt.date, item: WeekItem | None) -> QMenu:
        menu = QMenu(self._tab)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editable = self._tab.add_blocks_action.isEnabled()
        if item is not None and item.kind is ItemKind.BOOKING:
            menu.addAction(labels.tooltip_text(item).replace("\n", " \u00b7 ")).setEnabled(False)
            menu.addSeparator()
        block = self._tab.grid.selected_block()
        if block is not None:
            menu.addAction(self.tr("&Change times\u2026"),
                           lambda: self.edit_block(block)).setEnabled(editable)
            menu.addAction(self.tr("&Delete block"),
                           lambda: self.delete_block(block)).setEnabled(editable)
            menu.addSeparator()
        when = labels.day_text(day)
        menu.addAction(self.tr("&Add availability on %1\u2026").replace("%1", when),
                       lambda: self.add_blocks(day)).setEnabled(editable)
        menu.addAction(self.tr("&Time off on %1\u2026").replace("%1", when),
                       lambda: self.time_off(day)).setEnabled(editable)
        return menu
