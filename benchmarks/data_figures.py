"""Figures for data in and out: a 20,000-row client import, and the reports of a year."""

from __future__ import annotations

import datetime as dt
import time

from benchmarks.harness import Figure, Target, repeated
from reservations_app.services import client_import, reports

IMPORT_ROWS = 20_000


def import_file(rows: int = IMPORT_ROWS) -> bytes:
    """A clinic's client list as a spreadsheet exports it: UTF-8 with a BOM, a header,
    names, emails, US phone numbers written in several ways, a few birth dates and notes."""
    lines = ["Name,Email,Phone,Date of birth,Notes"]
    for n in range(rows):
        phone = (f"(212) {200 + n // 10_000:03d}-{n % 10_000:04d}" if n % 2
                 else f"+1 212 {200 + n // 10_000:03d} {n % 10_000:04d}")
        birth = f"19{50 + n % 50}-{1 + n % 12:02d}-{1 + n % 28:02d}" if n % 3 == 0 else ""
        lines.append(f"Imported Client {n},imported{n}@bench.example,{phone},{birth},"
                     f"{'prefers mornings' if n % 7 == 0 else ''}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def import_figures(bench) -> list[Figure]:  # type: ignore[no-untyped-def]
    """One dry run and one import of the same file (each a single pass of 20,000 rows)."""
    data = import_file()
    timings = {}
    for dry_run in (True, False):
        started = time.perf_counter()
        report = client_import.import_clients(bench.actor, data, bench.now, dry_run=dry_run,
                                              source="bench.csv")
        timings[dry_run] = (time.perf_counter() - started) * 1000
        if report.added != IMPORT_ROWS:
            raise AssertionError(f"the benchmark file should import whole: {report.added} "
                                 f"added, first problem {report.rows[0]}")
    return [Figure(f"client import dry run, {IMPORT_ROWS:,} rows", "ms", [timings[True]],
                   target=Target("< 10 s", max_value=10_000)),
            Figure(f"client import, {IMPORT_ROWS:,} rows in one transaction", "ms",
                   [timings[False]], target=Target("< 10 s", max_value=10_000))]


def report_figures(bench) -> list[Figure]:  # type: ignore[no-untyped-def]
    """A year of each booking report for every provider of the clinic, from its SQL
    aggregates (the issue's target: under 200 ms each)."""
    first = bench.now.date() - dt.timedelta(days=365)
    last = bench.now.date()
    calls = {"utilisation per provider and month": reports.utilisation,
             "no-shows and late cancellations per provider and month": reports.no_shows,
             "visits by type": reports.visit_types}
    found = []
    for name, call in calls.items():
        runs = repeated(lambda call=call: call(bench.actor, first, last), max(5, bench.runs // 3))
        found.append(Figure(f"report: {name}, a year, all providers", "ms", runs,
                            target=Target("< 200 ms", max_value=200)))
    return found
