"""The start-up figures measure the started process alone, not the benchmark that starts it."""

from __future__ import annotations

import sys

import pytest

from benchmarks import startup


def test_peak_memory_is_the_childs_own() -> None:
    ballast = bytearray(150 * 2**20)  # the measuring process is big, as the benchmark is
    ballast[::4096] = b"x" * len(ballast[::4096])
    small = startup.start_once([sys.executable, "-c", "pass"])
    big = startup.start_once([sys.executable, "-c",
                              "b = bytearray(80 * 2**20); b[::4096] = b'x' * len(b[::4096])"])
    assert small.peak_rss_mb < 60
    assert 80 < big.peak_rss_mb < 150
    assert small.seconds > 0  # measured; how long it took is the benchmark's business


def test_a_failed_start_is_an_error_with_its_message() -> None:
    with pytest.raises(RuntimeError, match="exited with 3: boom"):
        startup.start_once([sys.executable, "-c",
                            "import sys; print('boom', file=sys.stderr); sys.exit(3)"])
