"""Start-up figures: how long a process takes until its window is shown and idle, and its peak
memory. Each start is a fresh subprocess on the offscreen platform.

The contract for any command measured here: it shows its main window and exits with status 0
as soon as the window is shown and the event loop is idle. Time runs from spawning the process
to its exit; peak memory is the child's maximum resident set size, from `wait4` in a small
launcher process (see LAUNCHER).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# The baseline: the least a PySide6 app can do to put a window with a label on screen.
# It marks the moment its window is shown and idle as the app does (ui/smoke.py `mark`).
BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def shown():
    if os.environ.get("RESERVATIONS_STARTUP_MARKS"):
        with open(os.environ["RESERVATIONS_STARTUP_MARKS"], "a") as marks:
            hwm = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))
            marks.write(f"first-window {time.monotonic()} {hwm}\\n")
    app.quit()

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Reservations"))
window.show()
QTimer.singleShot(0, shown)  # runs once the shown window's events are processed
sys.exit(app.exec())
"""
MARKS_ENV = "RESERVATIONS_STARTUP_MARKS"


@dataclass(frozen=True)
class Start:
    seconds: float  # spawn to exit
    peak_rss_mb: float  # over the whole run
    marks: dict[str, tuple[float, float]]  # mark: (seconds from spawn, peak MB by then)

    def until(self, mark: str) -> float:
        """Seconds from spawn to `mark`; a process that wrote none is timed to its exit."""
        return self.marks[mark][0] if mark in self.marks else self.seconds

    def peak_at(self, mark: str) -> float:
        """Peak resident MB when `mark` was written (else over the whole run)."""
        return self.marks[mark][1] if mark in self.marks and self.marks[mark][1] else \
            self.peak_rss_mb


def bare_window_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def offscreen_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # As an installed app runs: with its bytecode cached (pip compiles what it installs, the
    # frozen build ships .pyc), so the warm-up start writes it for an editable checkout too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def app_command(database: Path) -> list[str]:
    """The desktop app's own start on `database`: `reservations-app --db URL --smoke-test`
    shows the main window, waits until the event loop is idle, prints one line and exits."""
    script = Path(sys.executable).with_name("reservations-app")
    return [str(script), "--db", f"sqlite:///{database}", "--smoke-test"]


# Starts and reaps the measured command. Linux carries a process's peak RSS over exec(), and
# a child forked from the benchmark (hundreds of MB by then) would report the benchmark's own
# peak; forked from this small launcher, the child's peak is its own.
# The marks are CLOCK_MONOTONIC readings (time.monotonic), one clock for every process.
LAUNCHER = """
import os, sys, time
started = time.monotonic()
pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ,
                     file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), time.monotonic() - started, usage.ru_maxrss, started)
"""


def start_once(argv: Sequence[str], env: dict[str, str] | None = None) -> Start:
    """One start of `argv` (an absolute path first): seconds from spawn to exit, and peak RSS."""
    with tempfile.TemporaryFile() as errors, tempfile.TemporaryDirectory() as folder:
        marks_file = Path(folder) / "marks"
        env = {**(env or offscreen_env()), MARKS_ENV: str(marks_file)}
        done = subprocess.run([sys.executable, "-c", LAUNCHER, *argv], env=env,
                              stdout=subprocess.PIPE, stderr=errors, text=True, check=True)
        code, seconds, peak_kb, spawned = done.stdout.split()
        if int(code) != 0:
            errors.seek(0)
            text = errors.read().decode(errors="replace").strip()
            raise RuntimeError(f"{argv[0]} exited with {code}: {text}")
        marks = read_marks(marks_file, float(spawned))
    return Start(float(seconds), int(peak_kb) / 1024, marks)  # Linux reports kilobytes


def read_marks(path: Path, spawned: float) -> dict[str, tuple[float, float]]:
    """`name monotonic-seconds peak-kB` lines (ui/smoke.py `mark`)."""
    if not path.exists():
        return {}
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {name: (float(at) - spawned, int(peak_kb) / 1024) for name, at, peak_kb in rows}


def starts(argv: Sequence[str], runs: int, warmup: int = 1) -> list[Start]:
    """`runs` starts after `warmup` ones that fill the disk cache."""
    for _ in range(warmup):
        start_once(argv)
    return [start_once(argv) for _ in range(runs)]


def paired_starts(argv: Sequence[str], baseline: Sequence[str], runs: int,
                  warmup: int = 1) -> tuple[list[Start], list[Start]]:
    """`runs` starts of each, alternating, after `warmup` of each."""
    for _ in range(warmup):
        start_once(argv)
        start_once(baseline)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(start_once(argv))
        theirs.append(start_once(baseline))
    return ours, theirs
