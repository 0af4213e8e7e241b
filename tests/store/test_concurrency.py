"""Eight processes try to hold the same slot at the same instant: exactly one wins."""

import datetime as dt
import multiprocessing as mp
from pathlib import Path

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.store import connect as store_connect
from tests.services.helpers import DAY, at, clients, provider_with_day

WORKERS = 8
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def _contender(url: str, client_id: int, provider_id: int, start: dt.datetime,
               barrier, results) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.domain.errors import DomainError
    from reservations_app.services import booking

    store_connect.open_database(url)
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
    store_connect.open_database(url)
    admin = Actor("admin", Role.ADMIN, "test")
    doc = provider_with_day(admin, NOW)
    people = clients(admin, NOW, WORKERS)
    store_connect.close_database()
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
