"""A small benchmark clinic (the full one's shape at a few providers and weeks), built once per
session and copied for every test, so tests may write to it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import make_clinic
from reservations_app.store.connect import Target, close_database, open_database


@pytest.fixture(scope="session")
def small_clinic_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clinic") / "small.sqlite3"
    make_clinic.build(path, make_clinic.SMALL, progress=lambda _: None)
    return path


@pytest.fixture
def clinic(small_clinic_file: Path, tmp_path: Path) -> Iterator[Target]:
    copy = tmp_path / "clinic.sqlite3"
    shutil.copyfile(small_clinic_file, copy)
    target = open_database(f"sqlite:///{copy}")
    yield target
    close_database()
