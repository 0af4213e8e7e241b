"""`make bench`: build (or reuse) the benchmark clinic, time the hot paths against baselines
measured in the same run, and print the table.

    python -m benchmarks.run [--runs N] [--only WORD ...] [--keep]

Each figure is a function of the `Bench` context returning one or more `Figure`s; a new figure
(the app's start-up, the GUI's day and week switches) is one more entry in `FIGURES`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    data_figures,
    figures,
    gui,
    series_figures,
    stall,
    startup,
    visit_figures,
)
from benchmarks.harness import Figure, Target, machine, table
from benchmarks.make_clinic import NOW, OUT_DIR, ensure_built
from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.store.connect import close_database, open_database

FigureSource = Callable[[figures.Bench], Figure | list[Figure]]


def startup_figures(bench: figures.Bench) -> list[Figure]:
    """The app started on the benchmark clinic against a bare PySide6 window, the two
    alternating start by start so that the machine's load hits both alike. The times run from
    spawning the process to the moments it marks (benchmarks/startup.py), not to its exit."""
    runs = max(5, bench.runs // 3)
    app, bare = startup.paired_starts(startup.app_command(bench.path),
                                      startup.bare_window_command(), runs)
    bare_ms = [s.until("first-window") * 1000 for s in bare]
    bare_mb = [s.peak_at("first-window") for s in bare]
    return [Figure("start-up: first window one can type into (--db clinic --smoke-test)", "ms",
                   [s.until("first-window") * 1000 for s in app], bare_ms,
                   Target("<= 1.3x the bare window", max_ratio=1.3)),
            Figure("start-up: main window with the day loaded and idle", "ms",
                   [s.until("main-window") * 1000 for s in app], bare_ms,
                   Target("<= 2.0x the bare window", max_ratio=2.0)),
            Figure("start-up: from Sign in (pressed once the start's imports and the database "
                   "are ready) to the day loaded", "ms",
                   [(s.until("main-window") - s.until("signing-in")) * 1000 for s in app]),
            Figure("start-up peak memory (RSS) at the main window", "MB",
                   [s.peak_at("main-window") for s in app], bare_mb,
                   Target("<= 1.5x the bare window", max_ratio=1.5)),
            Figure("start-up: bare PySide6 QMainWindow + label, to shown and idle", "ms",
                   bare_ms),
            Figure("start-up: bare window's peak memory (RSS)", "MB", bare_mb)]


# In order: reads on the untouched copy first, then the figures that write.
FIGURES: dict[str, FigureSource] = {
    "slots": figures.slots_figures,
    "week": figures.week_figure,
    "search": figures.search_figure,
    "reports": data_figures.report_figures,
    "expiry": figures.expiry_figures,
    "hold": figures.hold_confirm_figure,
    "visits": visit_figures.visit_figures,  # adds a visit type to the work copy
    "series": series_figures.series_figures,  # adds series, holds and 5,000 waitlist entries
    "gui": gui.gui_figures,
    "startup": startup_figures,
    "stall": stall.stall_figures,
    "import": data_figures.import_figures,  # adds 20,000 clients to the work copy: keep last
}


def work_copy(source: Path) -> Path:
    """The figures that write (holds, sweeps) run on a copy, so every run starts alike."""
    copy = OUT_DIR / f"work-{source.name}"
    for stale in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, copy)
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the benchmark table.")
    parser.add_argument("--runs", type=int, default=25, help="timed runs per read figure")
    parser.add_argument("--only", nargs="+", choices=sorted(FIGURES), help="just these")
    parser.add_argument("--keep", action="store_true", help="keep the work copy afterwards")
    args = parser.parse_args(argv)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    copy = work_copy(ensure_built())
    print(f"copied the clinic in {time.perf_counter() - started:.1f} s", flush=True)
    open_database(f"sqlite:///{copy}")
    bench = figures.Bench(copy, Actor("bench.desk", Role.FRONT_DESK, "bench-1"), NOW,
                          runs=args.runs)
    results: list[Figure] = []
    try:
        for name, source in FIGURES.items():
            if args.only and name not in args.only:
                continue
            produced = source(bench)
            results += produced if isinstance(produced, list) else [produced]
            print(f"measured {name}", flush=True)
    finally:
        bench.raw.close()
        close_database()
        if not args.keep:
            for path in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
                path.unlink(missing_ok=True)
    print(f"\n{machine()}\n")
    print(table(results))
    missed = [f.name for f in results if f.target and not f.target.met(f.median, f.ratio)]
    print(f"\ntargets missed: {', '.join(missed)}" if missed else "\nall targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
