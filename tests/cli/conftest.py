from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(sys.executable).with_name("reservations-app")


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, *words: str, json_output: bool = True, db_first: bool = True,
                 stdin: str | None = None) -> Result:
        extra = ["--json"] if json_output else []
        argv = ["--db", self.url, *extra, *words] if db_first else [*words, "--db", self.url,
                                                                      *extra]
        done = subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True,
                              input=stdin, timeout=60, check=False)
        return Result(done.returncode, done.stdout, done.stderr)

    def ok(self, *words: str) -> Any:
        result = self(*words)
        assert result.code == 0, result.err
        assert result.err == ""
        return result.json


@pytest.fixture
def cli(db_url: str) -> Cli:
    return Cli(db_url)


@pytest.fixture
def future_day() -> dt.date:
    """A weekday far enough ahead of the real clock for the 24 h notice."""
    day = dt.date.today() + dt.timedelta(days=7)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day
