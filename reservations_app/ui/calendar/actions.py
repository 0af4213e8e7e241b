"""The Calendar tab's undo stack and actions, made apart from the tab: the main window's Edit and
Schedule menus and its write guard hold them from the start, while the tab itself (a third of
the window's widgets) is built only when it is first needed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

if TYPE_CHECKING:
    from reservations_app.ui.calendar.tab import CalendarTab


class CalendarActions(QObject):
    # The texts keep the tab's translation context: they were its own, and translated so.
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        translate = QCoreApplication.translate
        # Named in menus and the shortcut list; the buttons show only the arrow (icon text).
        self.previous_week = self._action(
            QCoreApplication.translate("CalendarTab", "&Previous week"),
            QCoreApplication.translate("CalendarTab", "Previous week"), "Alt+Left")
        self.previous_week.setIconText("\u25c0")
        self.today = self._action(QCoreApplication.translate("CalendarTab", "&This week"),
                                  QCoreApplication.translate("CalendarTab", "This week"),
                                  "Alt+Home")
        self.today.setIconText(QCoreApplication.translate("CalendarTab", "Today"))
        self.next_week = self._action(QCoreApplication.translate("CalendarTab", "Ne&xt week"),
                                      QCoreApplication.translate("CalendarTab", "Next week"),
                                      "Alt+Right")
        self.next_week.setIconText("\u25b6")
        self.add_blocks = self._action(
            QCoreApplication.translate("CalendarTab", "&Add availability\u2026"),
            QCoreApplication.translate("CalendarTab", "Add one or more blocks on a date"), "Ins")
        self.weekly_pattern = self._action(
            QCoreApplication.translate("CalendarTab", "&Weekly pattern\u2026"),
            translate("CalendarTab", "Repeat blocks on chosen weekdays over a range of dates"))
        self.time_off = self._action(
            QCoreApplication.translate("CalendarTab", "Time &off\u2026"),
            QCoreApplication.translate("CalendarTab", "Take a whole day, or part of it, off"))
        self.new_provider = self._action(
            QCoreApplication.translate("CalendarTab", "&New provider\u2026"),
            QCoreApplication.translate("CalendarTab", "Add a provider"))
        self.edit_provider = self._action(
            QCoreApplication.translate("CalendarTab", "&Edit\u2026"),
            QCoreApplication.translate("CalendarTab", "Change the selected provider"))

    def _action(self, text: str, tip: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # The tab's own keys: Alt+arrows mean the day on the Booking tab.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})")
        return action

    def all(self) -> list[QAction]:
        return [self.previous_week, self.today, self.next_week, self.add_blocks,
                self.weekly_pattern, self.time_off, self.new_provider, self.edit_provider]

    def writes(self) -> list[QAction]:
        """The actions that change the schedule (the write guard turns them off)."""
        return [self.new_provider, self.edit_provider, self.add_blocks, self.weekly_pattern,
                self.time_off]

    def route_to(self, tab: Callable[[], CalendarTab]) -> None:
        """Each action runs on the tab `tab()` returns when it is triggered: the window's
        builds the tab the first time, so a Schedule menu entry works before it was shown."""
        def run(action: QAction, work: Callable[[CalendarTab], object]) -> None:
            action.triggered.connect(lambda: work(tab()))

        run(self.previous_week, lambda calendar: calendar.step_week(-1))
        run(self.next_week, lambda calendar: calendar.step_week(1))
        run(self.today, lambda calendar: calendar.go_today())
        run(self.new_provider, lambda calendar: calendar.schedule_actions.new_provider())
        run(self.edit_provider, lambda calendar: calendar.schedule_actions.edit_provider())
        run(self.add_blocks, lambda calendar: calendar.schedule_actions.add_blocks())
        run(self.weekly_pattern, lambda calendar: calendar.schedule_actions.weekly_pattern())
        run(self.time_off, lambda calendar: calendar.schedule_actions.time_off())
