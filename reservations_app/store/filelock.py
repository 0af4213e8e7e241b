"""An exclusive lock on a small file beside the database, so only one process migrates a SQLite
file while the others wait (PostgreSQL uses an advisory lock instead)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reservations_app.domain.errors import DatabaseUnusable

WAIT_S = 300  # a migration of a large clinic takes seconds; give up only on something stuck


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold `path` locked; the file is removed when the holder is done. A waiter that got a
    file removed meanwhile tries again on the new one."""
    deadline = time.monotonic() + WAIT_S
    while True:
        try:
            fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError as exc:
            raise DatabaseUnusable(f"Cannot create the lock file {path}: {exc.strerror}.") \
                from exc
        if _lock(fd, deadline) and _still_there(fd, path):
            break
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        _unlock(fd)
        os.close(fd)


def _still_there(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _lock(fd: int, deadline: float) -> bool:
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                _wait_or_give_up(deadline)
    import fcntl

    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            _wait_or_give_up(deadline)


def _wait_or_give_up(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise DatabaseUnusable("Another program has been upgrading the database for minutes; "
                               "wait for it to finish, then try again.")
    time.sleep(0.05)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)
