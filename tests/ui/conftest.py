"""Signed-in sessions with a fake clock for the screens of the trust features."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.store.db import Target
from reservations_app.ui.session import Session
from tests.services.conftest import fast_hashing  # noqa: F401 (a fixture used here)

ADMIN_PASSWORD = "admin password 123"


class FakeClock:
    """Stands in for the system clock; tests move it forward."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def signed_in_admin(db: Target, now: dt.datetime, fast_hashing: None) -> Actor:  # noqa: F811
    auth.create_user(None, "ada", ADMIN_PASSWORD, Role.ADMIN, now)
    return auth.authenticate("ada", ADMIN_PASSWORD, "desk-1", now)


@pytest.fixture
def admin_session(signed_in_admin: Actor, db: Target, clock: FakeClock) -> Iterator[Session]:
    session = Session(signed_in_admin, db, clock=clock)
    yield session
    session.deleteLater()
