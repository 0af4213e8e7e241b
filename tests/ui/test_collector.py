"""The cycle collector runs on the GUI thread only (ui/collector.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from reservations_app.ui.collector import GuiThreadCollector, collect_on_gui_thread


class _Cycle:
    """Garbage that only the cycle collector frees; says on which thread it went."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _allocate_past_every_threshold() -> None:
    churn = [[] for _ in range(50 * gc.get_threshold()[0])]
    for item in churn:
        item.append(item)  # cycles, so they count towards the collector's thresholds


def test_a_worker_allocating_never_collects_garbage_the_gui_thread_is_left_to_collect(
        qtbot: QtBot, qapp: QCoreApplication) -> None:
    collector = collect_on_gui_thread(qapp)
    freed_on: list[str] = []
    _Cycle(freed_on)
    worker = threading.Thread(target=_allocate_past_every_threshold, name="worker")
    worker.start()
    worker.join()
    assert freed_on == []
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=20000)  # the timer's next pass
    assert freed_on == [threading.main_thread().name]
    assert collect_on_gui_thread(qapp) is collector


def test_stopping_hands_collection_back_to_python(qapp: QCoreApplication) -> None:
    own = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
    finally:
        own.stop()
        own.deleteLater()
    assert gc.isenabled()
    gc.disable()  # the session's collector is still in charge
