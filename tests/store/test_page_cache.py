"""A thread may ask for a smaller SQLite page cache: its connections take it, now and after a
reconnect; the other threads' connections keep SQLite's default."""

from __future__ import annotations

import threading

import pytest

from reservations_app.store.connect import Target, limit_page_cache
from reservations_app.store.models import database

pytestmark = pytest.mark.backends("sqlite")


def _cache_size() -> int:
    return int(database.execute_sql("PRAGMA cache_size").fetchone()[0])


def _on_a_thread(work):  # type: ignore[no-untyped-def]
    found: list[object] = []

    def run() -> None:
        found.append(work())
        database.close()  # this thread's own connection

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(20)
    return found[0]


def test_the_asking_thread_gets_the_smaller_cache_the_others_do_not(db: Target) -> None:
    default = _cache_size()

    def limited() -> tuple[int, int]:
        _cache_size()  # this thread's connection is open
        limit_page_cache(256)
        now = _cache_size()
        database.close()  # as the runner does after trouble: the next read reconnects
        return now, _cache_size()

    assert _on_a_thread(limited) == (-256, -256)
    assert _cache_size() == default != -256  # this thread never asked
    assert _on_a_thread(_cache_size) == default  # nor did a new one
