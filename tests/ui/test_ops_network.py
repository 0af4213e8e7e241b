"""The runner's network worker: a call waiting on another server (CalDAV, SMTP) runs on its own
thread, holds up neither reads nor writes, shows no busy cursor or database warning however
long it waits, and announces what it audited like a write; `committed` carries only this
runner's own commits."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.services import people
from reservations_app.services.changeset import PEOPLE, Change, Changes
from reservations_app.store.connect import Target
from reservations_app.ui.ops import WAITING_AFTER_MS, Operations

pytestmark = pytest.mark.backends("sqlite")

WAIT_MS = 20_000


@pytest.fixture
def ops(db: Target, qapp: object) -> Iterator[Operations]:
    runner = Operations(db.backend)
    yield runner
    runner.shutdown()


def test_a_slow_server_holds_up_neither_reads_nor_writes_nor_the_banner(
        qtbot: QtBot, ops: Operations, admin: Actor, now: dt.datetime) -> None:
    server_answers = threading.Event()
    threads: dict[str, str] = {}
    troubles: list[str] = []
    ops.trouble_changed.connect(troubles.append)

    def slow_server() -> str:
        threads["network"] = threading.current_thread().name
        server_answers.wait(30)
        return "published"

    answers: list[object] = []
    ops.network(slow_server, answers.append)
    ops.write(lambda: people.add_client(admin, "Ann Lee", now, "ann@mail.example"),
              lambda client: answers.append(client.name))
    ops.query(lambda: threads.setdefault("read", threading.current_thread().name) and 42,
              answers.append)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=WAIT_MS)  # the server still waits
    assert set(answers) == {"Ann Lee", 42}
    qtbot.wait(WAITING_AFTER_MS + 300)  # longer than a database call may take unannounced
    assert troubles == [] and ops.trouble == "" and not ops.is_idle()
    server_answers.set()
    qtbot.waitUntil(ops.is_idle, timeout=WAIT_MS)
    assert answers[-1] == "published"
    assert threads["network"] not in (threads["read"], threading.main_thread().name)


def test_what_a_network_call_audits_is_announced_and_only_own_commits_are_committed(
        qtbot: QtBot, ops: Operations, admin: Actor, now: dt.datetime) -> None:
    announced: list[Changes] = []
    committed: list[Changes] = []
    ops.changed.connect(lambda changes, _initiator: announced.append(changes))
    ops.committed.connect(committed.append)
    with qtbot.waitSignal(ops.committed, timeout=WAIT_MS):
        ops.network(lambda: people.add_client(admin, "Bo Tan", now, "bo@mail.example"))
    assert announced == committed and announced[0].touches(PEOPLE)
    ops.deliver_remote(Changes.of([Change("client.add", "client", 999)]))  # another desk's
    assert len(announced) == 2 and len(committed) == 1
