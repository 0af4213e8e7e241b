"""GUI fixtures: a small clinic on a fresh database, a fake clock, private QSettings, and a
really signed-in administrator for the trust screens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Client, Provider, Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import auth, people, schedule, settings
from reservations_app.services.changeset import Change, Changes
from reservations_app.store.connect import Target
from reservations_app.ui.collector import collect_on_gui_thread
from reservations_app.ui.language import install_translators, remove_translators
from reservations_app.ui.session import Session
from tests.services.conftest import fast_hashing  # noqa: F401 (a fixture used here)
from tests.ui.signing import sign_in_runner  # noqa: F401 (a fixture for the tests here)

DAY = dt.date(2026, 12, 1)  # a Tuesday a week after the fixed `now`
EMPTY_DAY = dt.date(2026, 12, 2)
NEXT_DAY = dt.date(2026, 12, 3)
ADMIN_PASSWORD = "admin password 123"


class FakeClock:
    """Stands in for the wall clock: tests move time forward by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)


@dataclass(frozen=True)
class Clinic:
    maya: Provider  # New York, the clinic's own zone
    sofia: Provider  # Chicago: her slots show the clinic time too
    ann: Client
    bob: Client
    cleo: Client


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QCoreApplication) -> Iterator[None]:
    """The app's English as it starts (ui/app.py): its plural forms come from
    reservations_en.qm ("%n client(s) found" -> "1 client found")."""
    translators = install_translators(qapp, QLocale())
    yield
    remove_translators(qapp, translators)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp: QCoreApplication) -> Iterator[None]:
    """As in the app (ui/collector.py): a runner's worker must never collect a dead widget."""
    collector = collect_on_gui_thread(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("ReservationsTests")
    QCoreApplication.setApplicationName("ReservationsTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def no_demo_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk started on an empty clinic asks about the demo over its window once a read says
    so, possibly after the test's own checks: a real question box would wait for a click that
    never comes. Tests of the question set their own answer."""
    from reservations_app.ui import app

    monkeypatch.setattr(app, "ask_for_demo", lambda parent: False)


@pytest.fixture
def clock(now: dt.datetime) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def clinic(db: Target, admin: Actor, now: dt.datetime) -> Clinic:
    settings.set_value(admin, "clinic_timezone", "America/New_York", now)
    maya = people.add_provider(admin, "Dr. Maya Okafor", "maya@clinic.example",
                               "America/New_York", now, "#3b82f6")
    sofia = people.add_provider(admin, "Dr. Sofia Marquez", "sofia@clinic.example",
                                "America/Chicago", now, "#ef4444")
    schedule.add_availability(admin, maya.id, DAY, [parse_block("09:00-10:00")], now)
    schedule.add_availability(admin, sofia.id, DAY, [parse_block("08:00-08:30")], now)
    schedule.add_availability(admin, maya.id, NEXT_DAY, [parse_block("13:00-14:00")], now)
    ann = people.add_client(admin, "Ann Archer", now, "ann@mail.example", "+1 555 010 1111")
    bob = people.add_client(admin, "Bob Brown", now, "bob@mail.example", "+1 555 010 2222")
    cleo = people.add_client(admin, "Cleo Carter", now, None, "+1 555 010 3333")
    return Clinic(maya, sofia, ann, bob, cleo)


@pytest.fixture
def session(db: Target, admin: Actor, clock: FakeClock, clinic: Clinic) -> Iterator[Session]:
    session = Session(admin, db, clock=clock)
    yield session
    session.close()


@pytest.fixture
def signed_in_admin(db: Target, now: dt.datetime, fast_hashing: None) -> Actor:  # noqa: F811
    auth.create_user(None, "ada", ADMIN_PASSWORD, Role.ADMIN, now)
    return auth.authenticate("ada", ADMIN_PASSWORD, "desk-1", now)


@pytest.fixture
def admin_session(signed_in_admin: Actor, db: Target, clock: FakeClock) -> Iterator[Session]:
    session = Session(signed_in_admin, db, clock=clock)
    yield session
    session.close()
    session.deleteLater()


AREA_ACTIONS = {"bookings": "reservation.hold", "schedule": "availability.add",
                "people": "client.add", "settings": "settings.set"}


def changed_elsewhere(session: Session, area: str) -> None:
    """Another workstation changed `area`: what the live feed would hand the runner."""
    action = AREA_ACTIONS[area]
    session.ops.deliver_remote(Changes.of([Change(action, action.split(".")[0], None)]))


def touching(area: str) -> Callable[[Changes, object], bool]:
    """For qtbot.waitSignal(session.ops.changed, check_params_cb=touching(PEOPLE))."""
    return lambda changes, _initiator: changes.touches(area)


def settle(qtbot: QtBot, session: Session, timeout: int = 20_000) -> None:
    """Wait until every call the runner was given has answered."""
    qtbot.waitUntil(session.ops.is_idle, timeout=timeout)
