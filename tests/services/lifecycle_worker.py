"""One desk of the lifecycle stress test: its own process and connection, random confirm,
cancel, move and expire on the same reservations until the time is up.

A module of its own so that multiprocessing's "spawn" start can import it in the child.

Every desk runs the same simulated clock, mapped from the wall clock onto SPAN, so that the
holds run out one after another during the run; desks confirm in a hold's last minute, which
is when a confirmation and the expiry sweep meet (29:59 against 30:01), and cancel in its last
few minutes or after, so that cancellations meet both and do not end every hold at once."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import ChangedElsewhere, DatabaseBusy, DomainError
from reservations_app.domain.model import Role
from reservations_app.services import booking, maintenance
from reservations_app.store import db as store_db

SPAN = dt.timedelta(minutes=40)  # simulated time the run covers
CLOCK_FROM = dt.timedelta(minutes=24)  # after NOW, when the run starts
LAST_MINUTE = dt.timedelta(minutes=1)
CANCEL_FROM = dt.timedelta(minutes=3)  # before the hold's expiry
CANCEL_SHARE, EXPIRE_SHARE, CONFIRM_SHARE = 0.02, 0.2, 0.3  # the rest are moves


@dataclass(frozen=True)
class Plan:
    url: str
    now: dt.datetime  # the tests' fixed clock; simulated time starts at now + CLOCK_FROM
    duration_s: float
    reservations: dict[int, dt.datetime]  # id -> its hold's expiry
    slot_starts: list[dt.datetime]  # where a move may go


class Desk:
    def __init__(self, plan: Plan, seed: int, began: float) -> None:
        self.plan, self.began = plan, began
        self.rng = random.Random(seed)
        self.actor = Actor(f"desk-{seed}", Role.FRONT_DESK, f"lifecycle-{seed}")
        self.counts: Counter[str] = Counter()
        self.problems: list[str] = []

    def clock(self) -> dt.datetime:
        share = (time.time() - self.began) / self.plan.duration_s
        return self.plan.now + CLOCK_FROM + SPAN * share

    def run(self) -> None:
        while time.time() - self.began < self.plan.duration_s:
            self.step(self.clock())

    def step(self, now: dt.datetime) -> None:
        reservation_id = self.rng.choice(list(self.plan.reservations))
        expiry, roll = self.plan.reservations[reservation_id], self.rng.random()
        if roll < CANCEL_SHARE and now >= expiry - CANCEL_FROM:
            self.attempt("cancel", booking.cancel, self.actor, reservation_id, now, "stress")
        elif roll < CANCEL_SHARE + EXPIRE_SHARE:
            self.attempt("expire", maintenance.expire_stale, self.actor, now)
        elif (roll < CANCEL_SHARE + EXPIRE_SHARE + CONFIRM_SHARE
              and now >= expiry - LAST_MINUTE):
            self.attempt("confirm", booking.confirm, self.actor, reservation_id, now)
        else:
            self.attempt("move", booking.move, self.actor, reservation_id,
                         self.rng.choice(self.plan.slot_starts), now)

    def attempt(self, operation: str, call: Any, *args: Any) -> None:
        self.counts["operations"] += 1
        try:
            result = call(*args)
        except ChangedElsewhere:
            self.counts["conflicts"] += 1  # lost a race: the conditional update refused it
        except DatabaseBusy as exc:
            self.problems.append(f"{operation}: busy: {exc}")
        except DomainError:
            self.counts["refused"] += 1  # a rule said no: already cancelled, slot taken, ...
        except Exception as exc:  # anything else is a bug the test must show
            self.problems.append(f"{operation}: {exc!r}")
        else:
            self.counts[operation] += 1
            if operation == "expire":
                self.counts["expired"] += result


def work(plan: Plan, seed: int, go: Any, began: Any, results: Any) -> None:
    """Puts (counts, problems) on `results` when the time is up."""
    desk = None
    try:
        store_db.open_database(plan.url)
        go.wait(120)
        desk = Desk(plan, seed, began.value)
        desk.run()
    except Exception as exc:  # reported to the test, which fails on it
        results.put(({}, [f"desk {seed} crashed: {exc!r}"]))
        return
    finally:
        store_db.close_database()
    desk.counts["retries"] = store_db.RetryCounter.retries
    results.put((dict(desk.counts), desk.problems))
