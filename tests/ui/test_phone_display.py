"""Phones as the desk reads them (issue 13): stored E.164, shown in the national format of
the clinic's phone region and internationally otherwise, in the client finder (cells and tool
tips), the possible duplicates, the hold panel and the client's history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.services import people, settings
from reservations_app.ui.booking.client_finder import ClientFinder
from reservations_app.ui.booking.tab import BookingTab
from reservations_app.ui.dialogs.client_history import ClientHistoryDialog
from reservations_app.ui.models.client_model import ClientTableModel
from reservations_app.ui.phone_display import ClientRows, contact_line
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, changed_elsewhere, settle

ANN_NATIONAL = "(555) 010-1111"
ANN_ABROAD = "+1 555-010-1111"


def _finder_showing(qtbot: QtBot, session: Session, text: str) -> ClientFinder:
    finder = ClientFinder(session)
    qtbot.addWidget(finder)
    finder.search_edit.setText(text)
    finder.run_search()
    settle(qtbot, session)
    return finder


def _phone_cell(finder: ClientFinder, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    return finder.model.index(0, ClientTableModel.COL_PHONE).data(role)


def test_the_finder_shows_the_clinic_s_numbers_nationally(
        qtbot: QtBot, session: Session, clinic: Clinic) -> None:
    assert clinic.ann.phone == "+15550101111"
    finder = _finder_showing(qtbot, session, "ann")
    assert _phone_cell(finder) == ANN_NATIONAL
    assert ANN_NATIONAL in _phone_cell(finder, Qt.ItemDataRole.ToolTipRole)
    assert "+15550101111" not in _phone_cell(finder, Qt.ItemDataRole.ToolTipRole)


def test_a_number_from_another_region_is_shown_internationally(
        qtbot: QtBot, session: Session, clinic: Clinic, admin: Actor, now: dt.datetime) -> None:
    people.add_client(admin, "Greta Berlin", now, None, "+49 30 12345678")
    finder = _finder_showing(qtbot, session, "greta")
    assert _phone_cell(finder) == "+49 30 12345678"


def test_a_new_phone_region_applies_at_once(
        qtbot: QtBot, session: Session, clinic: Clinic, admin: Actor, now: dt.datetime) -> None:
    finder = _finder_showing(qtbot, session, "ann")
    settings.set_value(admin, "phone_region", "DE", now)
    changed_elsewhere(session, "settings")
    settle(qtbot, session)
    assert _phone_cell(finder) == ANN_ABROAD


def test_the_hold_panel_and_the_history_show_the_readable_number(
        qtbot: QtBot, session: Session, clinic: Clinic) -> None:
    tab = BookingTab(session)
    qtbot.addWidget(tab)
    tab.finder.select_client(clinic.ann)
    settle(qtbot, session)
    assert ANN_NATIONAL in tab.hold_panel.client_label.text()
    assert contact_line(session, clinic.ann) == f"ann@mail.example · {ANN_NATIONAL}"
    history = ClientHistoryDialog(session, clinic.ann.id, tab)
    qtbot.addWidget(history)
    history.reload()
    settle(qtbot, session)
    assert ANN_NATIONAL in history.heading.text()


def test_the_client_rows_model_passes_the_model_tester(
        qtbot: QtBot, qtmodeltester, session: Session, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    model = ClientRows(lambda: "US", runner=session.ops)
    model.set_source(lambda offset, limit: people.search_clients(
        session.actor, "", limit=limit, offset=offset))
    settle(qtbot, session)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
