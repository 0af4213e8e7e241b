"""Every hot query is served by an index: no statement of the hot services reads a big table
(reservations, availability, clients, audit) without one, and range queries bound both ends."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from benchmarks.make_clinic import NOW
from reservations_app.domain.access import Actor
from reservations_app.services import (
    booking,
    day_slots,
    maintenance,
    people,
    reports,
    schedule,
)
from reservations_app.store.models import database
from tests.perf.queries import (
    insert_stale_holds,
    plan,
    plans_on_big_tables,
    run_capturing,
    table_scans,
)

DAY = NOW.date() + dt.timedelta(days=7)
WEEK = DAY - dt.timedelta(days=DAY.weekday())

pytestmark = pytest.mark.usefixtures("clinic")


def _steps(call: Callable[[], object]) -> list[str]:
    plans = plans_on_big_tables(call)
    assert plans, "the call read no big table at all"
    for sql, steps in plans:
        assert not table_scans(steps), f"table scan in {sql}: {steps}"
    return [step for _, steps in plans for step in steps]


def test_slot_queries_seek_the_day(desk: Actor) -> None:
    steps = _steps(lambda: schedule.bookable_slots(desk, DAY, NOW))
    big = [step for step in steps if "reservation" in step or "availability_block" in step]
    assert len(big) == 2
    assert all(step.startswith("SEARCH") and "local_date=?" in step for step in big)


def test_bookable_starts_seek_the_dates_around_the_day(desk: Actor) -> None:
    steps = _steps(lambda: day_slots.bookable_starts(desk, DAY, NOW))
    on_bookings = [step for step in steps if re.search(r"\b(SCAN|SEARCH) reservation\b", step)]
    # The day and the days either side through a dates' index; never the status index, which
    # would read every confirmed booking of all time for the OR of the live condition.
    assert on_bookings and all("local_date>? AND local_date<?" in step
                               for step in on_bookings), steps
    assert not any("reservation_stale_holds" in step or "MULTI-INDEX OR" in step
                   for step in steps), steps


def test_week_queries_seek_the_provider_and_the_dates(desk: Actor) -> None:
    def week() -> None:
        schedule.list_availability(desk, 1, WEEK, WEEK + dt.timedelta(days=6))
        booking.provider_week(desk, 1, WEEK)

    for table in ("reservation", "availability_block"):
        ranged = [step for step in _steps(week) if f"SEARCH {table} " in step]
        assert ranged, f"no search on {table}"
        assert all("provider_id=? AND local_date>? AND local_date<?" in step
                   for step in ranged), ranged


def test_client_search_walks_the_name_index_and_stops_at_the_page(desk: Actor) -> None:
    steps = _steps(lambda: people.search_clients(desk, "mar", limit=50))
    client_steps = [step for step in steps if " client " in f"{step} "]
    assert client_steps and all("USING" in step for step in client_steps)
    # Sorting every match would read them all; walking the index in name order stops at 50.
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_expiry_sweep_seeks_stale_holds(desk: Actor) -> None:
    slots = [(DAY + dt.timedelta(days=21), slot) for slot in
             schedule.bookable_slots(desk, DAY + dt.timedelta(days=21), NOW)[:3]]
    insert_stale_holds(slots, client_id=1, now=NOW)
    steps = _steps(lambda: maintenance.expire_stale(desk, NOW))
    assert any("status=? AND hold_expires_at<?" in step for step in steps), steps
    assert all(step.startswith("SEARCH") for step in steps), steps


def test_hold_and_confirm_read_only_what_they_need(desk: Actor) -> None:
    day = DAY + dt.timedelta(days=21)
    slot = schedule.bookable_slots(desk, day, NOW)[0]
    client_id = database.execute_sql(
        "SELECT min(id) FROM client WHERE id NOT IN "
        "(SELECT client_id FROM reservation WHERE local_date = ?)", (day.isoformat(),)
    ).fetchone()[0]

    def hold_and_confirm() -> None:
        held = booking.hold(desk, client_id, slot.provider_id, slot.start, NOW)
        booking.confirm(desk, held.id, NOW)

    steps = _steps(hold_and_confirm)
    assert all(step.startswith("SEARCH") for step in steps if "reservation" in step), steps
    # An overlap test bounded on one side only would read the provider's whole past.
    overlap = [step for step in steps if "start_at<?" in step]
    assert overlap and all("start_at>?" in step for step in overlap), overlap
    # The stale holds of the provider's and the client's day, not every stale hold there is.
    assert not any("hold_expires_at<?" in step for step in steps), steps
    assert any("provider_id=? AND local_date=?" in step for step in steps), steps
    assert any("client_id=? AND local_date=?" in step for step in steps), steps


def test_a_page_of_bookings_is_chosen_before_the_names_are_joined(desk: Actor) -> None:
    steps = _steps(lambda: booking.list_bookings(desk, NOW, local_date=DAY, limit=50))
    # The page's ids come from a subquery over reservations alone; only they meet client and
    # provider (joining first would join the whole day, or eight weeks, to keep 50).
    assert any("LIST SUBQUERY" in step for step in steps), steps
    assert any(re.search(r"SEARCH reservation USING (COVERING )?INDEX", step)
               and "local_date=?" in step for step in steps), steps


def test_reports_read_only_the_report_index(desk: Actor) -> None:
    first, last = NOW.date() - dt.timedelta(days=365), NOW.date()
    for report in (reports.utilisation, reports.no_shows, reports.visit_types):
        statements = [(sql, params) for sql, params in run_capturing(
            lambda report=report: report(desk, first, last)) if "FROM reservation x" in sql]
        assert statements, report.__name__
        for sql, params in statements:
            steps = plan(sql, params)
            on_bookings = [step for step in steps if re.search(r"\b(SCAN|SEARCH) x\b", step)]
            # Only the index, in its order: no table row read, no status index, no sort.
            assert on_bookings == [
                "SEARCH x USING COVERING INDEX reservation_report (local_date>? AND "
                "local_date<?)"], steps


def test_reports_read_the_hours_from_the_indexes(desk: Actor) -> None:
    first, last = NOW.date() - dt.timedelta(days=365), NOW.date()
    for report in (reports.utilisation, reports.visit_types):
        statements = [(sql, params) for sql, params in run_capturing(
            lambda report=report: report(desk, first, last)) if "julianday" in sql]
        assert statements, report.__name__
        for sql, params in statements:
            # The hours are the indexes' expression (0014): read, not parsed from two times
            # per row, and the blocks too come from their index alone.
            opcodes = database.execute_sql(f"EXPLAIN {sql}", params).fetchall()
            assert not [op for op in opcodes if "julianday" in str(op[5])], sql
            assert any("COVERING INDEX block_report" in step for step in plan(sql, params)) \
                or "availability_block" not in sql, plan(sql, params)


def test_a_likely_duplicate_is_found_through_the_birth_date_index(desk: Actor) -> None:
    steps = _steps(lambda: people.check_new_client(desk, "Ann Example", NOW,
                                                   birth_date=dt.date(1980, 5, 17)))
    assert any("client USING INDEX client_birth_date (birth_date=?)" in step
               for step in steps), steps
