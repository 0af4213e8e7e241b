"""The audit trail screen: a lazy model, filters by date, user, client and action, and the
before/after of the selected row."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DatabaseBusy
from reservations_app.domain.model import AuditEntry, Role
from reservations_app.services import booking, people
from reservations_app.store.connect import Target
from reservations_app.ui.audit_model import COL_ACTION, COL_WHO, AuditTableModel, pretty_json
from reservations_app.ui.audit_view import AuditView
from reservations_app.ui.session import Session
from tests.services.conftest import Clinic, build_clinic
from tests.ui.conftest import settle

UTC = ZoneInfo("UTC")


def _entries(count: int) -> list[AuditEntry]:
    start = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
    return [AuditEntry(count - n, start - dt.timedelta(minutes=n), "ada", "desk-1",
                       "client.add", "client", n, None, json.dumps({"name": f"C{n}"}))
            for n in range(count)]


def test_the_model_loads_a_page_at_a_time(qtmodeltester, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    rows = _entries(450)
    calls: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[AuditEntry]:
        calls.append((offset, limit))
        return rows[offset:offset + limit]

    model = AuditTableModel(UTC, fetch, page_size=200)
    assert model.rowCount() == 0 and not calls  # nothing is read before it is asked
    model.reload()
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and calls[-1] == (400, 200)
    assert model.index(0, COL_WHO).data() == "ada"
    assert model.index(449, 0).data() == "Tue 24 Nov 2026 01:31"  # the user's way, not ISO
    qtmodeltester.check(model, force_py=True)


def test_a_failed_page_is_reported_not_raised(qtbot: QtBot) -> None:
    def fetch(offset: int, limit: int) -> list[AuditEntry]:
        raise DatabaseBusy("The database is busy. Wait a moment and try again.")

    model = AuditTableModel(UTC, fetch)
    with qtbot.waitSignal(model.load_failed, timeout=20_000) as failed:
        model.reload()
    assert "busy" in failed.args[0]
    assert not model.canFetchMore(QModelIndex())


def test_pretty_json_indents_and_keeps_unicode() -> None:
    assert pretty_json('{"b": 1, "a": "Zoë"}') == '{\n  "a": "Zoë",\n  "b": 1\n}'
    assert pretty_json(None) == "—"
    assert pretty_json("not json") == "not json"


@pytest.fixture
def trail(admin_session: Session, now: dt.datetime) -> Clinic:
    """A clinic built on day one by `admin`, then a day of front-desk work by `dan`."""
    clinic = build_clinic(Actor("admin", Role.ADMIN, "setup"), now)
    dan = Actor("dan", Role.FRONT_DESK, "desk-2")
    later = now + dt.timedelta(days=1)
    people.update_client(dan, clinic.client, later, phone="555-010-0999")
    booking.cancel(dan, clinic.confirmed_b, later, "client called")
    return clinic


def _rows(view: AuditView, column: int) -> list[str]:
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_view_filters_by_date_user_action_and_client(qtbot: QtBot, admin_session: Session,
                                                         trail: Clinic, now: dt.datetime) -> None:
    view = AuditView(admin_session)
    qtbot.addWidget(view)
    settle(qtbot, view._session)
    everything = view.model.rowCount()
    assert everything > 10
    bar = view.filters
    next_day = (now + dt.timedelta(days=1)).date()
    bar.since.setDate(QDate(next_day.year, next_day.month, next_day.day))
    bar.apply.click()
    settle(qtbot, view._session)
    assert _rows(view, COL_WHO) == ["dan", "dan"]
    bar.since.setDate(bar.since.minimumDate())
    bar.until.setDate(QDate(now.year, now.month, now.day))
    bar.apply.click()
    settle(qtbot, view._session)
    assert "dan" not in _rows(view, COL_WHO) and view.model.rowCount() == everything - 2
    bar.clear.click()
    settle(qtbot, view._session)
    bar.who.setEditText("dan")
    bar.action.setEditText("reservation")
    bar.apply.click()
    settle(qtbot, view._session)
    assert _rows(view, COL_ACTION) == ["reservation.cancel"]
    bar.clear.click()
    settle(qtbot, view._session)
    bar.client.setText(f"Ann Client (#{trail.client})")
    bar.apply.click()
    settle(qtbot, view._session)
    assert _rows(view, COL_ACTION) == ["client.update", "reservation.hold", "client.add"]


def test_a_typed_client_name_must_name_one_client(qtbot: QtBot, admin_session: Session,
                                                  trail: Clinic) -> None:
    view = AuditView(admin_session)
    qtbot.addWidget(view)
    settle(qtbot, view._session)
    view.filters.client.setText("Bob")
    view.filters.apply.click()
    settle(qtbot, view._session)
    assert _rows(view, COL_ACTION) == ["reservation.cancel", "reservation.confirm",
                                       "reservation.hold", "client.add"]
    view.filters.client.setText("Client")  # Ann, Bob and Cy
    view.filters.apply.click()
    settle(qtbot, view._session)
    assert "pick one" in view.filters.error.text()


def test_suggestions_offer_matching_clients(qtbot: QtBot, admin_session: Session,
                                            trail: Clinic) -> None:
    view = AuditView(admin_session)
    qtbot.addWidget(view)
    settle(qtbot, view._session)
    qtbot.keyClicks(view.filters.client, "ann")
    qtbot.waitUntil(lambda: view.filters._suggestions.stringList() != [], timeout=20_000)
    assert view.filters._suggestions.stringList() == [f"Ann Client (#{trail.client})"]


def test_the_selected_row_shows_before_and_after(qtbot: QtBot, admin_session: Session,
                                                 trail: Clinic) -> None:
    view = AuditView(admin_session)
    qtbot.addWidget(view)
    settle(qtbot, view._session)
    view.filters.action.setEditText("client.update")
    view.filters.apply.click()
    settle(qtbot, view._session)
    view.table.selectRow(0)
    text = view.detail.toPlainText()
    assert text.startswith(f"client.update — client #{trail.client}")
    assert "Who: dan at desk-2" in text
    assert "Changed: phone" in text
    assert '"phone": "+15550100101"' in text and '"phone": "+15550100999"' in text
    assert text.index("+15550100101") < text.index("After:") < text.index("+15550100999")


def test_a_front_desk_user_is_told_the_trail_is_for_admins(qtbot: QtBot, db: Target) -> None:
    session = Session(Actor("dan", Role.FRONT_DESK, "desk-2"), db)
    view = AuditView(session)
    qtbot.addWidget(view)
    settle(qtbot, view._session)
    assert "Only administrators" in view.status.text()
    assert view.findChildren(QWidget, "auditTable") == []


def test_rows_show_their_raw_action_when_the_words_cannot_be_read(qtbot: QtBot) -> None:
    def no_names(page: list[AuditEntry]) -> dict[int, str]:
        raise DatabaseBusy("The database is busy. Wait a moment and try again.")

    model = AuditTableModel(UTC, lambda offset, limit: _entries(3)[offset:offset + limit],
                            describe=no_names)
    with qtbot.waitSignal(model.load_failed, timeout=20_000) as failed:
        model.reload()
    assert "busy" in failed.args[0]
    assert [model.said(row) for row in range(model.rowCount())] == ["client.add"] * 3
