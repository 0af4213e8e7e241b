"""Timing, figures with their baselines and targets, and the printed table."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Call = Callable[[], object]


@dataclass(frozen=True)
class Target:
    """What a figure must reach: a bound on its ratio to the baseline and/or on its value."""

    text: str
    max_ratio: float | None = None
    min_ratio: float | None = None
    max_value: float | None = None

    def met(self, value: float, ratio: float | None) -> bool:
        checks = []
        if self.max_value is not None:
            checks.append(value <= self.max_value)
        if ratio is not None and self.max_ratio is not None:
            checks.append(ratio <= self.max_ratio)
        if ratio is not None and self.min_ratio is not None:
            checks.append(ratio >= self.min_ratio)
        return all(checks)


@dataclass(frozen=True)
class Figure:
    name: str
    unit: str  # "ms", "ops/s" or "MB"
    runs: Sequence[float]
    baseline: Sequence[float] | None = None
    target: Target | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        return self.median / statistics.median(self.baseline)

    def row(self) -> list[str]:
        ratio = self.ratio
        baseline = "—" if not self.baseline else _number(statistics.median(self.baseline),
                                                          self.unit)
        met = "—" if self.target is None else (
            "yes" if self.target.met(self.median, ratio) else "NO")
        return [self.name, _number(self.median, self.unit), _number(min(self.runs), self.unit),
                _number(max(self.runs), self.unit), baseline,
                "—" if ratio is None else f"{ratio:.2f}x",
                "—" if self.target is None else self.target.text, met]


def _number(value: float, unit: str) -> str:
    digits = {"ms": 2, "ops/s": 0, "MB": 1}.get(unit, 2)
    return f"{value:,.{digits}f} {unit}"


def milliseconds(call: Call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def paired(call: Call, baseline: Call, runs: int, warmup: int = 3) -> tuple[list[float],
                                                                            list[float]]:
    """Alternate the two, so that whatever else the machine does hits both alike."""
    for _ in range(warmup):
        call()
        baseline()
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(milliseconds(call))
        theirs.append(milliseconds(baseline))
    return ours, theirs


def repeated(call: Call, runs: int, warmup: int = 3, before: Call | None = None) -> list[float]:
    """Time `call` alone; `before` prepares each run and is not timed."""
    for _ in range(warmup):
        if before:
            before()
        call()
    times = []
    for _ in range(runs):
        if before:
            before()
        times.append(milliseconds(call))
    return times


HEADER = ["figure", "median", "min", "max", "baseline", "ratio", "target", "met?"]


def table(figures: Sequence[Figure]) -> str:
    """A Markdown table: readable in a terminal and pasted as is into the README."""
    rows = [HEADER, *(figure.row() for figure in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
             + " |" for row in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)


def machine() -> str:
    try:
        uname = subprocess.run(["uname", "-a"], capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        uname = " ".join(platform.uname())
    return (f"{time.strftime('%Y-%m-%d %H:%M %Z')}; {uname}; {os.cpu_count()} cores; "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}")
