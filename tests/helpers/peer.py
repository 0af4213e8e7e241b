"""Another workstation, as a separate process with its own connection, making one change.

    python -m tests.helpers.peer URL NOW hold CLIENT PROVIDER START [CLIENT PROVIDER START ...]
    python -m tests.helpers.peer URL NOW availability PROVIDER DATE HH:MM-HH:MM
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import booking, schedule
from reservations_app.store.connect import close_database, open_database

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    url, now_text, action, *rest = argv
    now = dt.datetime.fromisoformat(now_text)
    open_database(url)
    actor = Actor("peer", Role.ADMIN, "desk-2")
    try:
        if action == "hold":  # one transaction per hold, as quickly as they come
            for n in range(0, len(rest), 3):
                client, provider, start = int(rest[n]), int(rest[n + 1]), rest[n + 2]
                made = booking.hold(actor, client, provider, dt.datetime.fromisoformat(start),
                                    now)
                print(made.id)
        elif action == "availability":
            schedule.add_availability(actor, int(rest[0]), dt.date.fromisoformat(rest[1]),
                                      [parse_block(rest[2])], now)
        else:
            print(f"unknown action {action}", file=sys.stderr)
            return 2
    finally:
        close_database()
    return 0


def run_peer(url: str, now: dt.datetime, *args: object) -> str:
    """Run the peer to completion; its change is committed when this returns."""
    done = subprocess.run([sys.executable, "-m", "tests.helpers.peer", url, now.isoformat(),
                           *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
