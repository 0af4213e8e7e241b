"""The app's log file: rotated by size, every file private (test_smoke.py checks that a start
imports no logging.handlers for it)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reservations_app.logs import LOG_FILE, PrivateRotatingFileHandler


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, PrivateRotatingFileHandler]]:
    handler = PrivateRotatingFileHandler(tmp_path / LOG_FILE, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("tests.logs.rotation")
    log.propagate = False
    log.addHandler(handler)
    yield log, handler
    log.removeHandler(handler)
    handler.close()


def test_a_full_log_starts_afresh_and_keeps_the_newest_older_ones(
        tmp_path: Path, logger: tuple[logging.Logger, PrivateRotatingFileHandler]) -> None:
    log, _ = logger
    for number in range(40):  # 10 bytes a line: 20 lines a file, two files rotated out
        log.warning("line %04d", number)
    current = (tmp_path / LOG_FILE).read_text(encoding="utf-8").splitlines()
    newest = (tmp_path / f"{LOG_FILE}.1").read_text(encoding="utf-8").splitlines()
    oldest = (tmp_path / f"{LOG_FILE}.2").read_text(encoding="utf-8").splitlines()
    assert current[-1] == "line 0039"
    assert newest[-1] == f"line {int(current[0][5:]) - 1:04d}"
    assert oldest[-1] == f"line {int(newest[0][5:]) - 1:04d}"
    assert not (tmp_path / f"{LOG_FILE}.3").exists()
    assert all(path.stat().st_size <= 200 for path in tmp_path.iterdir())


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_every_log_file_is_readable_by_its_owner_only(
        tmp_path: Path, logger: tuple[logging.Logger, PrivateRotatingFileHandler]) -> None:
    log, _ = logger
    for number in range(45):
        log.warning("line %04d", number)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 3
    assert {stat.S_IMODE(path.stat().st_mode) for path in files} == {0o600}
