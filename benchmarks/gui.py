"""The GUI figures: the real main window, offscreen, over the benchmark clinic. A run is one
click on "next day" in the booking tab (or "next week" in the calendar tab) until the window
is idle again: the services' reads, the models' resets, the layout, and the repaint of the
changed views, which a run checks did happen.

Runs alternate forward and back between two busy days (weeks), so every run shows a full one.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from benchmarks.figures import SLOT_DAY, WEEK_PROVIDER, WEEK_START, Bench
from benchmarks.harness import Figure, Target, repeated
from reservations_app.store.connect import parse_target

WINDOW_SIZE = (1320, 740)  # the main window's own default on a large enough screen
TARGET = Target("< 50 ms", max_value=50)


def gui_figures(bench: Bench) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reservations_app.ui.main_window import MainWindow
    from reservations_app.ui.session import Session

    app = QApplication.instance() or QApplication(["benchmarks"])
    session = Session(bench.actor, parse_target(f"sqlite:///{bench.path}"),
                      clock=lambda: bench.now)
    window = MainWindow(session)
    window.booking_tab.show_free_slots()  # these book from the slot list
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(window)
        return [_day_switch(window, bench.runs),
                _book_day_switch(window, bench.runs, busiest_day(bench)),
                _week_switch(window, bench.runs)]
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def wait_until_idle() -> None:
    """Return once the events already posted (layouts, repaints) and any 0 ms timers they
    started have run."""
    from PySide6.QtCore import QEventLoop, QTimer

    idle = QEventLoop()
    QTimer.singleShot(0, idle.quit)
    idle.exec()


class PaintCounter:
    """Counts the paint events a widget gets, to prove that a timed run repainted it."""

    def __init__(self, widget) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject

        class _Filter(QObject):
            def __init__(self, counter: PaintCounter) -> None:
                super().__init__()
                self.counter = counter

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.counter.count += 1
                return False

        self.count = 0
        self._filter = _Filter(self)
        widget.installEventFilter(self._filter)


def settle(window) -> None:  # type: ignore[no-untyped-def]
    """Until the operation runner has answered (the day's slots load on a worker) and the
    window is idle again."""
    from PySide6.QtCore import QEventLoop, QTimer

    while not window.session.ops.is_idle():
        turn = QEventLoop()
        QTimer.singleShot(1, turn.quit)
        turn.exec()
    wait_until_idle()


def _alternating(window, forward: Callable[[], None], back: Callable[[], None],  # type: ignore[no-untyped-def]
                 painted: PaintCounter) -> Callable[[], None]:
    steps = [forward, back]

    def click() -> None:
        before = painted.count
        steps[0]()
        settle(window)
        if painted.count == before:
            raise AssertionError("the switch did not repaint the view")
        steps.reverse()

    return click


def _day_switch(window, runs: int) -> Figure:  # type: ignore[no-untyped-def]
    tab = window.booking_tab
    window.tabs.setCurrentWidget(tab)
    tab.picker.set_day(SLOT_DAY)
    settle(window)
    painted = PaintCounter(tab.picker.table.viewport())
    click = _alternating(window, tab.picker.next_day_action.trigger,
                         tab.picker.previous_day_action.trigger, painted)
    times = repeated(click, runs)
    return Figure(f"GUI: switch day in the booking tab ({SLOT_DAY:%a} <-> next day, "
                  f"{tab.picker.model.slot_count} free slots), to repaint done", "ms", times,
                  None, TARGET)


def busiest_day(bench: Bench) -> dt.date:
    """The date with the most visits on the book in the whole benchmark clinic."""
    found = bench.raw.execute(
        "SELECT local_date FROM reservation WHERE status IN "
        "('pending', 'confirmed', 'arrived', 'completed') "
        "GROUP BY local_date ORDER BY count(*) DESC, local_date LIMIT 1").fetchone()
    return dt.date.fromisoformat(found[0]) if found else SLOT_DAY


def _book_day_switch(window, runs: int, day: dt.date) -> Figure:  # type: ignore[no-untyped-def]
    """The appointment book's day view, the Booking tab's centre: every provider's column of
    the clinic's busiest day, blocks, statuses, and back from the next day. A run ends when
    the runner is idle and the day view has repainted."""
    tab = window.booking_tab
    window.tabs.setCurrentWidget(tab)
    tab.views.setCurrentWidget(tab.book.panel)
    tab.picker.set_day(day)
    settle(window)
    painted = PaintCounter(tab.book.panel.view.viewport())
    click = _alternating(window, tab.picker.next_day_action.trigger,
                         tab.picker.previous_day_action.trigger, painted)
    times = repeated(click, runs)
    layout = tab.book.panel.view.day_layout()
    columns = len(layout.columns) if layout else 0
    bookings = sum(len(c.bookings) for c in layout.columns) if layout else 0
    tab.show_free_slots()
    settle(window)
    return Figure(f"GUI: switch day in the appointment book's day view (busiest day {day:%a %d %b}"
                  f" <-> next day, {columns} providers, {bookings} bookings), to repaint done",
                  "ms", times, None, TARGET)


def _week_switch(window, runs: int) -> Figure:  # type: ignore[no-untyped-def]
    tab = window.calendar_tab
    window.tabs.setCurrentWidget(tab)
    tab.select_provider(WEEK_PROVIDER)
    tab.show_date(WEEK_START)
    settle(window)  # the week loads on the runner's read worker
    painted = PaintCounter(tab.grid.viewport())
    click = _alternating(window, tab.next_week_action.trigger,
                         tab.previous_week_action.trigger, painted)
    times = repeated(click, runs)
    return Figure(f"GUI: switch week in the calendar tab (provider {WEEK_PROVIDER}, "
                  f"{len(tab.week_model.items())} items), to repaint done", "ms", times, None,
                  TARGET)
