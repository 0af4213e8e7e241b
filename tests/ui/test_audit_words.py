"""The audit trail in words: names not ids, the visit's local time, raw values one click
away, and Esc or Close to leave (issue 13, "Records the desk edits")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.domain.slots import parse_block
from reservations_app.services import (
    audit,
    audit_names,
    booking,
    maintenance,
    people,
    schedule,
    settings,
)
from reservations_app.ui.audit_model import COL_ACTION, COL_SUMMARY, AuditTableModel
from reservations_app.ui.audit_view import AuditView
from reservations_app.ui.audit_words import sentence
from reservations_app.ui.session import Session
from tests.ui.conftest import settle

DAY = dt.date(2026, 12, 3)  # a Thursday


@pytest.fixture
def desk_day(admin_session: Session, now: dt.datetime) -> dict[str, int]:
    admin = Actor("admin", Role.ADMIN, "setup")
    dan = Actor("dan", Role.FRONT_DESK, "desk-2")
    okafor = people.add_provider(admin, "Dr Okafor", "o@clinic.example", "America/New_York",
                                 now)
    schedule.add_availability(admin, okafor.id, DAY, [parse_block("09:00-12:00")], now)
    ava = people.add_client(admin, "Ava Novak", now, "ava@mail.example")
    slot = schedule.bookable_slots(admin, DAY, now)[0]
    held = booking.hold(dan, ava.id, okafor.id, slot.start, now)
    booking.confirm(dan, held.id, now)
    later = schedule.bookable_slots(admin, DAY, now)[2]
    booking.move(dan, held.id, later.start, now)
    booking.cancel(dan, held.id, now, "flu")
    people.update_client(dan, ava.id, now, phone="555-010-0999")
    settings.set_value(admin, "hold_minutes", "20", now)
    return {"ava": ava.id, "okafor": okafor.id, "held": held.id}


def _said(session: Session) -> list[str]:
    entries = audit.list_entries(session.actor, limit=50)
    names = audit_names.names_for(session.actor, entries)
    return [sentence(entry, names) for entry in entries]


def test_each_desk_action_reads_as_a_sentence(admin_session: Session,
                                              desk_day: dict[str, int]) -> None:
    said = _said(admin_session)
    assert "Held Thu 3 Dec 09:00 with Dr Okafor for Ava Novak" in said
    assert "Confirmed Ava Novak's visit, Thu 3 Dec 09:00 with Dr Okafor" in said
    assert "Moved Ava Novak's visit with Dr Okafor from Thu 3 Dec 09:00 to Thu 3 Dec 09:45" \
        in said
    assert any(s.startswith("Cancelled Ava Novak's visit") and "flu" in s for s in said)
    assert "Changed client Ava Novak: phone set to “+15550100999”" in said
    assert "Added availability for Dr Okafor: Thu 3 Dec 2026 09:00-12:00" in said
    assert "Changed the clinic settings: hold minutes from “30” to “20”" in said
    assert not any("#" in s for s in said)  # names, never ids


def test_an_expired_hold_is_named_through_its_reservation(
        admin_session: Session, desk_day: dict[str, int], now: dt.datetime) -> None:
    admin = admin_session.actor
    slot = schedule.bookable_slots(admin, DAY, now)[0]
    other = people.add_client(admin, "Bo Lind", now)
    booking.hold(admin, other.id, desk_day["okafor"], slot.start, now)
    maintenance.expire_stale(admin, now + dt.timedelta(hours=1))
    assert "The hold for Bo Lind, Thu 3 Dec 09:00 with Dr Okafor, ran out" in _said(
        admin_session)


def test_the_view_reads_in_words_and_shows_raw_values_on_one_click(
        qtbot: QtBot, admin_session: Session, desk_day: dict[str, int]) -> None:
    view = AuditView(admin_session)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, admin_session)  # the trail loads on the runner's read worker
    summaries = [view.model.index(r, COL_SUMMARY).data() for r in range(view.model.rowCount())]
    assert "Held Thu 3 Dec 09:00 with Dr Okafor for Ava Novak" in summaries
    assert view.table.isColumnHidden(COL_ACTION) and not view.detail.isVisible()
    view.table.selectRow(summaries.index("Held Thu 3 Dec 09:00 with Dr Okafor for Ava Novak"))
    assert view.summary.text().startswith("Held Thu 3 Dec 09:00")
    assert "by dan at desk-2" in view.summary.text()
    view.raw_button.click()
    assert not view.table.isColumnHidden(COL_ACTION) and view.detail.isVisible()
    assert view.detail.toPlainText().startswith("reservation.hold — reservation #")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_the_close_button_closes_it(qtbot: QtBot, admin_session: Session) -> None:
    view = AuditView(admin_session)
    qtbot.addWidget(view)
    view.show()
    view.buttons.rejected.emit()
    assert not view.isVisible()


def test_the_model_with_words_is_sound(qtmodeltester, admin_session: Session,  # type: ignore[no-untyped-def]
                                       desk_day: dict[str, int]) -> None:
    actor = admin_session.actor
    model = AuditTableModel(
        settings_zone(), lambda offset, limit: audit.list_entries(actor, limit=limit,
                                                                  offset=offset),
        describe=lambda page: {e.id: sentence(e, audit_names.names_for(actor, page))
                               for e in page})
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def settings_zone():  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo("America/New_York")
