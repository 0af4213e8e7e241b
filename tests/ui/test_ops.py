"""The operation runner on its own: calls run off the GUI thread, answers come back on it, writes
run one at a time, each commit is one `changed` built from what the service audited, and a slow
or failing database is shown while the event loop keeps running."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from peewee import OperationalError
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseBusy, DomainError, NotFound
from reservations_app.services import people, settings
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SETTINGS, Change, Changes
from reservations_app.store import transactions
from reservations_app.store.connect import Target
from reservations_app.ui.models.table import ObjectTableModel
from reservations_app.ui.ops import WAITING_AFTER_MS, Operations

WAIT_MS = 20_000


@pytest.fixture
def ops(db: Target, qapp: object) -> Iterator[Operations]:
    runner = Operations(db.backend)
    yield runner
    runner.shutdown()


def _answer(qtbot: QtBot, ops: Operations) -> None:
    qtbot.waitUntil(ops.is_idle, timeout=WAIT_MS)


@pytest.mark.backends("sqlite")
def test_a_query_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot,
                                                           ops: Operations) -> None:
    ran_on: list[str] = []
    answered_on: list[tuple[str, int]] = []

    def call() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    ops.query(call, lambda result: answered_on.append(
        (threading.current_thread().name, result)))
    _answer(qtbot, ops)
    assert ran_on and ran_on[0] != threading.main_thread().name
    assert answered_on == [(threading.main_thread().name, 42)]


@pytest.mark.backends("sqlite")
def test_a_refused_call_reaches_on_error_or_failed(qtbot: QtBot, ops: Operations) -> None:
    def refused() -> None:
        raise NotFound("That client was removed.")

    errors: list[DomainError] = []
    ops.query(refused, on_error=errors.append)
    _answer(qtbot, ops)
    assert [e.message for e in errors] == ["That client was removed."]
    with qtbot.waitSignal(ops.failed, timeout=WAIT_MS) as failed:
        ops.query(refused)
    assert failed.args == ["That client was removed."]


def test_a_write_emits_one_changed_with_what_it_audited(
        qtbot: QtBot, ops: Operations, admin: Actor, now: dt.datetime) -> None:
    seen: list[tuple[Changes, object]] = []
    ops.changed.connect(lambda changes, initiator: seen.append((changes, initiator)))
    initiator = QObject()
    added = []
    ops.write(lambda: people.add_client(admin, "Dora Diaz", now, None, "+1 555 010 4444"),
              added.append, initiator=initiator)
    _answer(qtbot, ops)
    assert len(seen) == 1
    changes, by = seen[0]
    assert by is initiator
    assert changes.items == {Change("client.add", "client", added[0].id)}
    assert changes.areas == {PEOPLE} and not changes.touches(BOOKINGS)


@pytest.mark.backends("sqlite")
def test_writes_run_one_at_a_time_in_the_order_asked(qtbot: QtBot, ops: Operations) -> None:
    running = 0
    overlapped = False
    order: list[int] = []
    lock = threading.Lock()

    def write(n: int) -> None:
        nonlocal running, overlapped
        with lock:
            running += 1
            overlapped |= running > 1
        threading.Event().wait(0.01)
        with lock:
            running -= 1
        order.append(n)

    for n in range(8):
        ops.write(lambda n=n: write(n))
    _answer(qtbot, ops)
    assert order == list(range(8)) and not overlapped


def test_this_runners_own_changes_echoed_by_the_feed_are_dropped(
        qtbot: QtBot, ops: Operations, admin: Actor, now: dt.datetime) -> None:
    added = []
    ops.write(lambda: people.add_client(admin, "Eve Ellis", now, None, "+1 555 010 5555"),
              added.append)
    _answer(qtbot, ops)
    seen: list[Changes] = []
    ops.changed.connect(lambda changes, _: seen.append(changes))
    own = Change("client.add", "client", added[0].id)
    other = Change("reservation.hold", "reservation", 7)
    ops.deliver_remote(Changes.of([own, other]))
    assert seen == [Changes.of([other])]
    ops.deliver_remote(Changes.of([own]))  # an echo is dropped once; the same again is news
    assert seen[-1] == Changes.of([own])


def test_what_a_change_touches_is_read_again_on_a_worker_before_the_views_hear_of_it(
        qtbot: QtBot, ops: Operations, admin: Actor, now: dt.datetime) -> None:
    kept: list[tuple[int, bool]] = []  # (lock minutes, read on the GUI thread)

    def read() -> int:
        on_gui = threading.current_thread() is threading.main_thread()
        return settings.get_policy().lock_minutes * (-1 if on_gui else 1)

    ops.keep_current(SETTINGS, read, lambda minutes: kept.append((minutes, False)))
    heard: list[list[tuple[int, bool]]] = []
    ops.changed.connect(lambda changes, _initiator: heard.append(list(kept)))
    ops.write(lambda: settings.set_value(admin, "lock_minutes", "3", now))  # this desk's own
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=WAIT_MS)
    assert heard == [[(3, False)]]  # read on the write worker, kept before the announcement
    settings.set_value(admin, "lock_minutes", "4", now)  # another desk's, found by the feed
    ops.deliver_remote(Changes.of([Change("settings.set", "settings", None)]))
    assert len(heard) == 1  # not yet: the read worker reads first
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=WAIT_MS)
    assert heard[1][-1] == (4, False)
    ops.deliver_remote(Changes.of([Change("client.add", "client", 1)]))  # touches no setting
    assert len(heard) == 3 and len(kept) == 2


@pytest.mark.backends("sqlite")
def test_a_slow_call_shows_busy_then_waiting_and_the_loop_keeps_running(
        qtbot: QtBot, ops: Operations) -> None:
    release = threading.Event()
    guarded = QAction("Hold")
    ops.guard_writes(guarded)
    ticks: list[None] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(None))
    timer.start()
    with qtbot.waitSignal(ops.trouble_changed, timeout=WAIT_MS,
                          check_params_cb=lambda text: text.startswith("Waiting")):
        ops.query(lambda: release.wait(WAIT_MS / 1000))
    assert not guarded.isEnabled()  # writes are off while the database keeps us waiting
    assert len(ticks) >= 5  # the event loop ran all along
    with qtbot.waitSignal(ops.trouble_changed, timeout=WAIT_MS,
                          check_params_cb=lambda text: text == ""):
        release.set()
    _answer(qtbot, ops)
    assert guarded.isEnabled()
    timer.stop()


@pytest.mark.backends("sqlite")
def test_a_long_job_and_the_writes_queued_behind_it_are_no_database_trouble(
        qtbot: QtBot, ops: Operations) -> None:
    """An import takes seconds of work: the desk sees the busy cursor, not a banner saying
    the database is locked, and its write actions stay on; the write asked meanwhile waits
    its turn in the queue, which is no sign of trouble either."""
    release = threading.Event()
    guarded = QAction("Hold")
    ops.guard_writes(guarded)
    troubles: list[str] = []
    ops.trouble_changed.connect(troubles.append)
    done: list[str] = []
    with qtbot.waitSignal(ops.busy_changed, timeout=WAIT_MS):
        ops.write(lambda: release.wait(WAIT_MS / 1000) and "imported", done.append,
                  long_job=True)
    ops.write(lambda: "held", done.append)  # queued behind the import
    qtbot.wait(WAITING_AFTER_MS + 500)  # past the moment a stalled call is announced
    assert troubles == [] and guarded.isEnabled() and done == []
    release.set()
    qtbot.waitUntil(lambda: done == ["imported", "held"], timeout=WAIT_MS)
    _answer(qtbot, ops)
    assert troubles == []


@pytest.mark.backends("sqlite")
def test_a_long_job_the_database_keeps_waiting_is_database_trouble(
        qtbot: QtBot, ops: Operations) -> None:
    """An import whose transaction had to be tried again (another program held the lock past
    the busy timeout) is waiting for the database, not merely long: the banner says so."""
    release = threading.Event()
    tries: list[int] = []

    @transactions.transactional
    def import_held_up() -> None:
        tries.append(1)
        if len(tries) == 1:
            raise OperationalError("database is locked")
        release.wait(WAIT_MS / 1000)

    guarded = QAction("Hold")
    ops.guard_writes(guarded)
    try:
        with qtbot.waitSignal(ops.trouble_changed, timeout=WAIT_MS,
                              check_params_cb=lambda text: text.startswith("Waiting")):
            ops.write(import_held_up, long_job=True)
        assert not guarded.isEnabled() and len(tries) == 2
    finally:
        release.set()
    _answer(qtbot, ops)
    assert ops.trouble == "" and guarded.isEnabled()


@pytest.mark.backends("sqlite")
def test_a_long_jobs_failure_is_shown_like_any_other(qtbot: QtBot, ops: Operations) -> None:
    def locked() -> None:
        raise DatabaseBusy("The database is busy. Wait a moment and try again.")

    with qtbot.waitSignal(ops.trouble_changed, timeout=WAIT_MS,
                          check_params_cb=lambda text: "locked" in text):
        ops.query(locked, long_job=True)


@pytest.mark.backends("sqlite")
def test_a_failing_database_keeps_the_banner_and_reruns_the_query_once_back(
        qtbot: QtBot, ops: Operations) -> None:
    attempts: list[int] = []
    answers: list[str] = []

    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise DatabaseBusy("The database is busy. Wait a moment and try again.")
        return "rows"

    with qtbot.waitSignal(ops.trouble_changed, timeout=WAIT_MS,
                          check_params_cb=lambda text: "locked" in text):
        ops.query(flaky, answers.append)
    qtbot.waitUntil(lambda: answers == ["rows"], timeout=WAIT_MS)
    assert ops.trouble == ""


@pytest.mark.backends("sqlite")
def test_nobody_is_called_back_once_the_owner_is_gone(qtbot: QtBot, ops: Operations) -> None:
    owner = QObject()
    release = threading.Event()
    answers: list[object] = []
    ops.query(lambda: release.wait(WAIT_MS / 1000), answers.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(10)
    release.set()
    _answer(qtbot, ops)
    assert answers == []


class _Names(ObjectTableModel[str]):
    def __init__(self, *, page_size: int, runner: Operations) -> None:
        super().__init__(page_size=page_size, runner=runner)
        self._headers = ("Name",)

    def display(self, item: str, column: int) -> str:
        return item


@pytest.mark.backends("sqlite")
def test_a_list_on_the_runner_keeps_its_rows_until_the_answer_and_drops_a_replaced_one(
        qtbot: QtBot, ops: Operations) -> None:
    model = _Names(page_size=10, runner=ops)
    with qtbot.waitSignal(model.loaded, timeout=WAIT_MS):
        model.set_source(lambda offset, limit: ["Ann", "Bob"][offset:offset + limit])
    release = threading.Event()

    def slow(offset: int, limit: int) -> list[str]:
        release.wait(WAIT_MS / 1000)
        return ["stale"]

    model.set_source(slow)
    model.set_source(lambda offset, limit: ["Cleo"][offset:offset + limit])
    assert model.items() == ["Ann", "Bob"]  # what is on screen stays meanwhile
    release.set()
    _answer(qtbot, ops)
    assert model.items() == ["Cleo"]  # the replaced query's answer was dropped
