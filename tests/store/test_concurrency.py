"""Eight processes try to hold the same slot at the same instant: exactly one wins."""

import datetime as dt
import multiprocessing as mp
from pathlib import Path

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.store import db as store_db
from tests.services.helpers import DAY, at, clients, provider_with_day

WORKERS = 8
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def _contender(url: str, client_id: int, provider_id: int, start: dt.datetime,
               barrier, results) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.domain.errors import DomainError
    from reservations_app.services import booking

    store_db.open_database(url)
    actor = Actor(f"desk{client_id}", Role.FRONT_DESK, f"desk-{client_id}")
    barrier.wait()
    try:
        booking.hold(actor, client_id, provider_id, start, NOW)
        results.put(("won", ""))
    except DomainError as exc:
        results.put((type(exc).__name__, str(exc)))
    except Exception as exc:  # anything else is a failure the test must see
        results.put(("crash", repr(exc)))


def test_eight_processes_one_slot_exactly_one_wins(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.sqlite3'}"
    store_db.open_database(url)
    admin = Actor("admin", Role.ADMIN, "test")
    doc = provider_with_day(admin, NOW)
    people = clients(admin, NOW, WORKERS)
    store_db.close_database()
    context = mp.get_context("spawn")
    barrier, results = context.Barrier(WORKERS), context.Queue()
    workers = [context.Process(target=_contender,
                               args=(url, c.id, doc.id, at(DAY, "09:00"), barrier, results))
               for c in people]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    kinds = sorted(kind for kind, _ in outcomes)
    assert kinds == ["SlotTaken"] * (WORKERS - 1) + ["won"], outcomes
    assert not any("locked" in message for _, message in outcomes)


# Visits of mixed lengths and buffers whose occupied times all cover 09:15-09:30: any two of
# them overlap, so of eight desks booking at once exactly one may win. (minutes, before,
# after, start)
MIXED = ((15, 0, 0, "09:15"), (30, 0, 0, "09:00"), (30, 0, 0, "09:15"), (45, 0, 15, "08:45"),
         (60, 0, 0, "08:30"), (45, 0, 0, "09:15"), (15, 15, 0, "09:30"), (60, 0, 0, "09:00"))


def _typed_contender(url: str, client_id: int, provider_id: int, type_id: int,
                     start: dt.datetime, barrier, results) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.domain.errors import DomainError
    from reservations_app.services import booking

    store_db.open_database(url)
    actor = Actor(f"desk{client_id}", Role.FRONT_DESK, f"desk-{client_id}")
    barrier.wait()
    try:
        booking.hold(actor, client_id, provider_id, start, NOW, visit_type_id=type_id)
        results.put(("won", ""))
    except DomainError as exc:
        results.put((type(exc).__name__, str(exc)))
    except Exception as exc:  # anything else is a failure the test must see
        results.put(("crash", repr(exc)))


def _overlapping_occupied_pairs() -> list[tuple[int, int]]:
    from reservations_app.domain.status import sql_list

    return list(store_db.database.execute_sql(
        "SELECT a.id, b.id FROM reservation a JOIN reservation b ON a.provider_id = "
        "b.provider_id AND a.id < b.id AND a.occupied_start < b.occupied_end "
        f"AND b.occupied_start < a.occupied_end WHERE a.status IN {sql_list()} "
        f"AND b.status IN {sql_list()}").fetchall())


def test_eight_processes_mixed_lengths_exactly_one_wins(db_url: str) -> None:
    from reservations_app.services import booking, visit_types

    store_db.open_database(db_url)
    admin = Actor("admin", Role.ADMIN, "test")
    doc = provider_with_day(admin, NOW)
    people = clients(admin, NOW, WORKERS)
    kinds = [visit_types.add_type(admin, f"Visit {n}", minutes, NOW, buffer_before=before,
                                  buffer_after=after).id
             for n, (minutes, before, after, _) in enumerate(MIXED)]
    store_db.close_database()
    context = mp.get_context("spawn")
    barrier, results = context.Barrier(WORKERS), context.Queue()
    workers = [context.Process(target=_typed_contender,
                               args=(db_url, c.id, doc.id, type_id, at(DAY, spec[3]), barrier,
                                     results))
               for c, type_id, spec in zip(people, kinds, MIXED, strict=True)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    won = [kind for kind, _ in outcomes if kind == "won"]
    lost = [kind for kind, _ in outcomes if kind in ("SlotTaken", "DoesNotFit")]
    assert len(won) == 1 and len(lost) == WORKERS - 1, outcomes
    store_db.open_database(db_url)
    try:
        assert len(booking.list_bookings(admin, NOW)) == 1
        assert _overlapping_occupied_pairs() == []
    finally:
        store_db.close_database()
