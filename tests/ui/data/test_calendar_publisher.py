"""The running app publishes a provider's CalDAV calendar after its own changes, on the
network worker, against a real CalDAV server (Radicale on loopback): a hold made at the desk
appears on the calendar, is updated when confirmed and leaves it when cancelled; a burst of
changes is one publish; a failure is shown and tried again."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator

import caldav
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reservations_app.domain.timezones import zone
from reservations_app.services import booking, caldav_publish, ics
from reservations_app.services.changeset import Change, Changes
from reservations_app.store.models import AuditRow
from reservations_app.ui.data.calendar_publisher import CalendarPublisher
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.exchange.caldav_server import PASSWORD, USER, radicale
from tests.ui.conftest import DAY, Clinic, settle

pytestmark = pytest.mark.backends("sqlite")  # the publishing side; the queries run on both

WITHIN_S = 20.0
Shown = dict[str, str]  # uid -> status


@pytest.fixture
def calendar_url(tmp_path, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RESERVATIONS_CALDAV_PASSWORD", PASSWORD)
    folder = tmp_path / "radicale"
    folder.mkdir()
    with radicale(folder) as url:
        yield url


def _at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), zone("America/New_York"))


def _read_back(url: str) -> Shown:
    with caldav.DAVClient(url=url, username=USER, password=PASSWORD) as client:
        return {str(e.icalendar_component["uid"]): str(e.icalendar_component["status"])
                for e in client.calendar(url=url).events()}


def _wait_for_calendar(qtbot: QtBot, url: str, wanted: Callable[[Shown], bool]) -> Shown:
    """Read the calendar back every half second (the GUI keeps running) until it shows what
    is wanted; fails after WITHIN_S."""
    deadline = time.monotonic() + WITHIN_S
    shown = _read_back(url)
    while not wanted(shown):
        assert time.monotonic() < deadline, f"the calendar still shows {shown}"
        qtbot.wait(500)
        shown = _read_back(url)
    return shown


def test_a_change_at_the_desk_reaches_the_providers_calendar(
        qtbot: QtBot, session: Session, clinic: Clinic, admin, calendar_url) -> None:  # type: ignore[no-untyped-def]
    caldav_publish.configure(admin, clinic.maya.id, calendar_url, USER, session.now())
    window = MainWindow(session)
    window.booking_tab.show_free_slots()  # this desk books from the slot list
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, session)
    tab = window.booking_tab
    tab.finder.select_client(clinic.ann)
    settle(qtbot, session)
    first = tab.picker.model.slot_row(1)
    assert first is not None and first.provider.id == clinic.maya.id
    assert tab.picker.select_slot(first.provider.id, first.slot.start)
    tab.hold_selected_slot()
    qtbot.waitUntil(lambda: tab.current_booking() is not None, timeout=20_000)
    uid = ics.uid_of(tab.current_booking().reservation.id)  # type: ignore[union-attr]

    _wait_for_calendar(qtbot, calendar_url, lambda shown: shown.get(uid) == "TENTATIVE")
    tab.confirm_action.trigger()
    _wait_for_calendar(qtbot, calendar_url, lambda shown: shown.get(uid) == "CONFIRMED")
    tab.cancel_current("the client called")
    _wait_for_calendar(qtbot, calendar_url, lambda shown: uid not in shown)
    assert window.calendar_publisher.status.isHidden()


def test_a_burst_is_one_publish_and_a_failure_is_shown_then_retried(
        qtbot: QtBot, session: Session, clinic: Clinic, admin, calendar_url) -> None:  # type: ignore[no-untyped-def]
    now = session.now()
    caldav_publish.configure(admin, clinic.maya.id, calendar_url, "nobody", now)
    held = [booking.hold(admin, client.id, clinic.maya.id, _at(9, minute), now).id
            for client, minute in ((clinic.ann, 0), (clinic.bob, 15), (clinic.cleo, 30))]
    window = QWidget()
    qtbot.addWidget(window)
    publisher = CalendarPublisher(session, window)
    with qtbot.waitSignal(publisher.published, timeout=20_000) as first:
        for reservation_id in held:  # three commits in a row, as a series makes them
            session.ops.committed.emit(Changes.of([Change("reservation.hold", "reservation",
                                                          reservation_id)]))
    assert list(first.args[0]) == [clinic.maya.id] and first.args[0][clinic.maya.id]
    settle(qtbot, session)
    assert not publisher.status.isHidden()
    shown = publisher.status.text()  # "1 provider(s)" until `make translations` adds English
    assert shown.startswith("CalDAV: 1 provider") and "failed (" in shown, shown
    assert "Unauthorized" in shown
    caldav_rows = AuditRow.select().where(AuditRow.action.startswith("caldav."))
    assert [row.action for row in caldav_rows] == ["caldav.configure", "caldav.failed"]

    caldav_publish.configure(admin, clinic.maya.id, calendar_url, USER, now)  # put right
    with qtbot.waitSignal(publisher.published, timeout=20_000) as retried:
        publisher.publish_now()  # what the retry timer does a minute later
    assert retried.args[0] == {clinic.maya.id: None}
    assert publisher.status.isHidden()
    assert set(_read_back(calendar_url)) == {ics.uid_of(i) for i in held}

