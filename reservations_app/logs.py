"""Logging to a rotating file in the user log folder; never passwords, never to the terminal."""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from pathlib import Path

from reservations_app.private_files import FILE_MODE, private_folder

LOG_FILE = "reservations.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
HANDLER_NAME = "reservations-file"


def _owner_only(path: str, flags: int) -> int:
    descriptor = os.open(path, flags, FILE_MODE)
    if os.name == "posix":
        os.fchmod(descriptor, FILE_MODE)  # also a file an older version made 0644
    return descriptor


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log that starts afresh once it would pass `max_bytes`, keeping `backups` older files
    (`.1` the newest), each of them readable by its owner only: a log names clients and staff.
    Not logging.handlers' RotatingFileHandler: that module imports socket and pickle for its
    network handlers, ~15 ms and 0.7 MB of every start, which only ever writes this file."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self) -> TextIOWrapper:
        stream = open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                      errors=self.errors, opener=_owner_only)
        assert isinstance(stream, TextIOWrapper)  # a text mode always gives one
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._roll_over()
        except Exception:  # as logging does: a failing log must not fail the app
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or self.backups <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record) + self.terminator) >= self.max_bytes

    def _roll_over(self) -> None:
        """reservations.log -> .1 -> .2 ... -> .`backups` (the oldest is dropped)."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for older in range(self.backups - 1, 0, -1):
            source = Path(f"{self.baseFilename}.{older}")
            if source.exists():
                os.replace(source, f"{self.baseFilename}.{older + 1}")
        if Path(self.baseFilename).exists():
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the app's log records to `log_dir`/reservations.log; returns that path, or None
    when the folder cannot be written (the app still runs, it just logs nowhere)."""
    root = logging.getLogger()
    root.setLevel(level)
    for old in list(root.handlers):
        if old.get_name() == HANDLER_NAME:
            root.removeHandler(old)
    handler: logging.Handler
    path: Path | None = log_dir / LOG_FILE
    try:
        private_folder(log_dir)
        handler = PrivateRotatingFileHandler(log_dir / LOG_FILE, MAX_BYTES, BACKUPS)
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    return path
