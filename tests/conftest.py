"""Shared fixtures: a fresh database per test, a fixed clock, and actors of each role.

Every test that asks for `db_url` or `db` runs twice, on SQLite and on PostgreSQL (a real
server the tests start themselves, see tests/pg_server.py). Limit a test to some backends with
`@pytest.mark.backends("sqlite")`.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reservations_app.domain.access import Actor  # noqa: E402
from reservations_app.domain.model import Role  # noqa: E402
from reservations_app.store import db as store_db  # noqa: E402
from tests import pg_server  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
PG_TEMPLATE = "reservations_template"

pytest_plugins = ["tests.helpers.memory_keyring"]  # the memory_keyring fixture

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
    # ...nor the workstation's configuration, nor the user's real keyring
    monkeypatch.setenv("RESERVATIONS_SYSTEM_CONFIG", str(home / "etc" / "config.toml"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def now() -> dt.datetime:
    return NOW


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "backends(*names): run a database test only on these "
                            "backends (sqlite, postgresql); default both")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("backends")
    names = marker.args if marker else BACKENDS
    unknown = set(names) - set(BACKENDS)
    if unknown:
        raise pytest.UsageError(f"unknown backend(s) {sorted(unknown)}: use {BACKENDS}")
    metafunc.parametrize("backend", names, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg_server.PostgresServer]:
    """One throw-away PostgreSQL server for the whole run, on 127.0.0.1 and a free port."""
    try:
        server = pg_server.start_server()
    except pg_server.ServerMissing as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: pg_server.PostgresServer) -> str:
    """A database migrated once by the app's own code; each test gets a copy of it."""
    postgres_server.create_database(PG_TEMPLATE)
    store_db.open_database(postgres_server.url(PG_TEMPLATE))
    store_db.close_database()
    return PG_TEMPLATE


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
        return
    server: pg_server.PostgresServer = request.getfixturevalue("postgres_server")
    template: str = request.getfixturevalue("postgres_template")
    name = f"test_{uuid.uuid4().hex[:12]}"
    server.create_database(name, template=template)
    yield server.url(name)
    store_db.close_database()
    server.drop_database(name)


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


Figures = Callable[..., None]


@pytest.fixture
def figures(capsys: pytest.CaptureFixture[str]) -> Figures:
    """Print a test's measured figures even under -q, so CI's log keeps them."""

    def emit(*args: object, **kwargs: object) -> None:
        with capsys.disabled():
            print(*args, **kwargs)  # type: ignore[call-overload]

    return emit
