"""Start-up figures: how long a process takes until its window is shown and idle, and its peak
memory. Each start is a fresh subprocess on the offscreen platform.

The contract for any command measured here: it shows its main window and exits with status 0
as soon as the window is shown and the event loop is idle. Time runs from spawning the process
to its exit; peak memory is the child's maximum resident set size, from `wait4`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass

# The baseline: the least a PySide6 app can do to put a window with a label on screen.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Reservations"))
window.show()
QTimer.singleShot(0, app.quit)  # runs once the shown window's events are processed
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Start:
    seconds: float
    peak_rss_mb: float


def bare_window_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def offscreen_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_once(argv: Sequence[str], env: dict[str, str] | None = None) -> Start:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(list(argv), env=env or offscreen_env(),
                                   stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            text = errors.read().decode(errors="replace").strip()
            raise RuntimeError(f"{argv[0]} exited with {process.returncode}: {text}")
    return Start(seconds, usage.ru_maxrss / 1024)  # Linux reports kilobytes


def starts(argv: Sequence[str], runs: int, warmup: int = 1) -> list[Start]:
    """`runs` starts after `warmup` ones that fill the disk cache."""
    for _ in range(warmup):
        start_once(argv)
    return [start_once(argv) for _ in range(runs)]
