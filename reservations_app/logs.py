"""Logging to a rotating file in the user log folder; never passwords, never to the terminal."""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
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


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files, the rotated ones too, only their owner can read: a log
    names clients and staff."""

    def _open(self) -> TextIOWrapper:
        stream = open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                      errors=self.errors, opener=_owner_only)
        assert isinstance(stream, TextIOWrapper)  # a text mode always gives one
        return stream


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
        handler = PrivateRotatingFileHandler(log_dir / LOG_FILE, maxBytes=MAX_BYTES,
                                      backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    return path
