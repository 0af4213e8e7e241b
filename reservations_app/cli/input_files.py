"""Paths from the command line, and the files a command reads (a CSV to import, a message
template): only regular files, and no more of one than the command can use, so a pipe, a
device or a sparse 3 GB file is refused with one line instead of hanging or filling the
memory."""

from __future__ import annotations

import os
import stat
import sys

from reservations_app.domain.errors import InvalidInput


def given_path(text: str, what: str) -> str:
    """A path from the command line; an empty one (an unset shell variable) is refused rather
    than read as the current folder."""
    if not text.strip():
        raise InvalidInput(f"No {what} given.")
    return text


def read_limited(path: str, what: str, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the regular file `path`: one more than the caller accepts,
    so that the caller's own rule can say the file is too large."""
    given_path(path, what)
    try:
        # Non-blocking: opening a pipe nobody writes to returns at once instead of waiting.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from exc
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise InvalidInput(f"Cannot read {path}: it is a folder, a device or a pipe, not a "
                           f"{what}.")
    with os.fdopen(descriptor, "rb") as handle:
        try:
            return handle.read(limit + 1)
        except OSError as exc:
            raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from exc


def stdin_line() -> str:
    """The first line of standard input without its line end; '' when stdin is closed
    (`<&-`), as for an empty input, which the caller's own rule then refuses."""
    return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""


def stdin_is_terminal() -> bool:
    """Whether a person can be asked on standard input (False when it is closed)."""
    return sys.stdin is not None and sys.stdin.isatty()
