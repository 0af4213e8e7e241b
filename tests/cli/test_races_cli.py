"""Issue 12's own reproduction, through the console script on PostgreSQL: one desk's write held
up by a lock on audit_log, the other desk acting on the same reservation meanwhile.

Before the conditional updates both commands exited 0 and the booking ended confirmed with the
cancel reason. SQLite has no table locks to hold one desk up with; the same races run on both
backends at the service level in tests/services/test_races.py.
"""

from __future__ import annotations

import subprocess
import time

import psycopg
import pytest

from tests.cli.conftest import SCRIPT, Cli
from tests.cli.test_contract import setup_clinic

WAIT_S = 20.0
WAITING = "SELECT count(*) FROM pg_locks WHERE NOT granted"


def _start(cli: Cli, *words: str) -> subprocess.Popen[str]:
    # The lock is held until both desks wait: a script's default 8 s may pass on a loaded
    # machine before the second has started, and the first would give up and try again.
    return subprocess.Popen([str(SCRIPT), "--db", cli.url, "--lock-wait", "60", *words],
                            stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _until_waiting(locker: psycopg.Connection[tuple[object, ...]], count: int) -> None:
    deadline = time.monotonic() + WAIT_S
    while locker.execute(WAITING).fetchone()[0] < count:  # type: ignore[index]
        assert time.monotonic() < deadline, f"fewer than {count} desks ever waited"
        time.sleep(0.05)


@pytest.mark.backends("postgresql")
def test_cancel_held_up_then_confirm_gives_one_error_line(cli: Cli, future_day) -> None:  # type: ignore[no-untyped-def]
    doc, ann = setup_clinic(cli, future_day)
    slots = cli.ok("slots", "--date", future_day.isoformat(), "--provider", str(doc["id"]))
    held = cli.ok("book", "--client", str(ann["id"]), "--provider", str(doc["id"]),
                  "--start", slots[0]["start"])
    with psycopg.connect(cli.url) as locker:
        locker.execute("LOCK TABLE audit_log IN EXCLUSIVE MODE")
        cancel = _start(cli, "cancel", str(held["id"]), "--reason", "client called")
        _until_waiting(locker, 1)  # the cancel has written its row and waits to audit it
        confirm = _start(cli, "confirm", str(held["id"]))
        _until_waiting(locker, 2)  # the confirm waits for the cancel's row
        locker.rollback()
    cancel_out, cancel_err = cancel.communicate(timeout=60)
    confirm_out, confirm_err = confirm.communicate(timeout=60)
    assert (cancel.returncode, cancel_err) == (0, ""), cancel_err
    assert confirm.returncode == 1 and confirm_out == ""
    assert confirm_err.startswith("error: ") and confirm_err.count("\n") == 1
    assert "already cancelled" in confirm_err
    shown = cli.ok("reservation", "list", "--status", "cancelled")
    assert [r["id"] for r in shown] == [held["id"]]
