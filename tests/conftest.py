"""Shared fixtures: a fresh database per test, a fixed clock, and actors of each role."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reservations_app.domain.access import Actor  # noqa: E402
from reservations_app.domain.model import Role  # noqa: E402
from reservations_app.store import db as store_db  # noqa: E402

# A Tuesday; 2026-12-01 is a week ahead, far beyond the 24 h notice.
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the real user folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("RESERVATIONS_DB", raising=False)


@pytest.fixture
def now() -> dt.datetime:
    return NOW


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[store_db.Target]:
    target = store_db.open_database(db_url)
    yield target
    store_db.close_database()


@pytest.fixture
def admin() -> Actor:
    return Actor("admin", Role.ADMIN, "test-desk", user_id=None)


@pytest.fixture
def desk() -> Actor:
    return Actor("desk", Role.FRONT_DESK, "test-desk")
