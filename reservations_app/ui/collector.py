"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs on whichever thread crosses its allocation threshold, often a
runner's worker in the middle of a read. If the garbage it finds holds a Qt object, that object
is destroyed on the worker: its destructor takes Qt's signal lock and then waits for the
interpreter lock, which the GUI thread holds while it waits for the same signal lock. The window
freezes for good (seen in the test suite: a worker collecting a dead widget while the GUI thread
showed a table). So automatic collection is off, and a timer on the GUI thread does its work with
the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

CHECK_INTERVAL_MS = 500
OBJECT_NAME = "guiThreadCollector"


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    @Slot()
    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as CPython would."""
        due = -1
        for generation, (count, threshold) in enumerate(zip(gc.get_count(), self._thresholds,
                                                            strict=True)):
            if count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)

    def stop(self) -> None:
        """Hand collection back to Python (tests that end the GUI part of a run)."""
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The app's collector, made on first call; `app` must live on the GUI thread."""
    # Found by name: a findChild by Python class wraps each of the application's children for
    # Python to test it, its style among them, whose ~12 enum classes then cost the first window.
    existing = app.findChild(QObject, OBJECT_NAME)
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
