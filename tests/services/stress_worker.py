"""One desk in the stress test: its own process, its own connection, many booking attempts.

A module of its own so that multiprocessing's "spawn" start can import it in the child."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from typing import Any

from peewee import IntegrityError

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseBusy, DomainError, SlotTaken
from reservations_app.domain.model import Role
from reservations_app.services import booking
from reservations_app.store import connect as store_connect
from reservations_app.store import counters as store_counters


def book_many(url: str, now_text: str, provider_id: int, client_ids: list[int],
              slot_starts: list[str], seed: int, go: Any, results: Any) -> None:
    """Each client tries one random slot (a client may hold one slot a day); a success is
    confirmed at once. Puts (counts, problems) on `results`."""
    counts: Counter[str] = Counter()
    problems: list[str] = []
    try:
        store_connect.open_database(url)
        now = dt.datetime.fromisoformat(now_text)
        actor = Actor(f"desk-{seed}", Role.FRONT_DESK, f"stress-{seed}")
        starts = [dt.datetime.fromisoformat(text) for text in slot_starts]
        rng = random.Random(seed)
        go.wait(60)
        for client_id in client_ids:
            _attempt(actor, client_id, provider_id, rng.choice(starts), now, counts, problems)
    except Exception as exc:  # reported to the test, which fails on it
        problems.append(f"worker {seed} crashed: {exc!r}")
    finally:
        counts["retries"] = store_counters.RetryCounter.retries
        store_connect.close_database()
        results.put((dict(counts), problems))


def _attempt(actor: Actor, client_id: int, provider_id: int, start: dt.datetime,
             now: dt.datetime, counts: Counter[str], problems: list[str]) -> None:
    counts["attempts"] += 1
    try:
        made = booking.hold(actor, client_id, provider_id, start, now)
        booking.confirm(actor, made.id, now)
        counts["successes"] += 1
    except SlotTaken as exc:
        counts["taken"] += 1
        if isinstance(exc.__cause__, IntegrityError):
            counts["taken_by_database_guard"] += 1
    except DatabaseBusy as exc:
        counts["busy"] += 1
        problems.append(f"busy: {exc}")
    except DomainError as exc:
        counts["other_refusals"] += 1
        problems.append(f"refused: {exc}")
    except Exception as exc:  # anything else is a bug the test must show
        counts["errors"] += 1
        problems.append(f"error: {exc!r}")
