"""The records the desk edits: a client (with the duplicate rules checked again) and, for
administrators, the clinic's visit types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.services import people, visit_types
from reservations_app.ui.dialogs.client_edit import EditClientDialog
from reservations_app.ui.dialogs.visit_types import VisitTypesDialog
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, settle


def test_editing_a_client_saves_birth_date_and_note(qtbot: QtBot, session: Session,
                                                    clinic: Clinic, admin: Actor) -> None:
    dialog = EditClientDialog(session, clinic.ann)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Ann Archer-Lee")
    dialog.born_known.setChecked(True)
    dialog.born_edit.setDate(dialog.born_edit.date().fromString("1984-05-06", "yyyy-MM-dd"))
    dialog.note_edit.setText("Prefers mornings")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = people.get_client(admin, clinic.ann.id)
    assert (saved.name, saved.birth_date, saved.note) == (
        "Ann Archer-Lee", dt.date(1984, 5, 6), "Prefers mornings")


def test_a_duplicate_phone_is_refused_in_the_dialog_keeping_what_was_typed(
        qtbot: QtBot, session: Session, clinic: Clinic, admin: Actor) -> None:
    dialog = EditClientDialog(session, clinic.ann)
    qtbot.addWidget(dialog)
    dialog.phone_edit.setText("+1 555 010 2222")  # Bob's
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bob Brown" in dialog.banner.text(), timeout=20_000)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.phone_edit.text() == "+1 555 010 2222"
    assert people.get_client(admin, clinic.ann.id).phone == clinic.ann.phone


def test_an_administrator_adds_and_retires_a_visit_type(qtbot: QtBot, session: Session,
                                                        clinic: Clinic, admin: Actor) -> None:
    dialog = VisitTypesDialog(session)
    qtbot.addWidget(dialog)
    settle(qtbot, session)
    dialog.start_new()
    dialog.name_edit.setText("Assessment")
    dialog.minutes.setValue(45)
    dialog.after.setValue(15)
    dialog.providers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    settle(qtbot, session)
    (created,) = visit_types.list_types(admin)
    assert (created.name, created.minutes, created.buffer_after, len(created.provider_ids)) == (
        "Assessment", 45, 15, 1)
    dialog.active_check.setChecked(False)
    dialog.save()
    settle(qtbot, session)
    assert not visit_types.list_types(admin)[0].active
    assert "(retired)" in dialog.type_list.item(0).text()


def test_a_type_without_a_name_is_refused_in_words(qtbot: QtBot, session: Session,
                                                        clinic: Clinic, admin: Actor) -> None:
    dialog = VisitTypesDialog(session)
    qtbot.addWidget(dialog)
    settle(qtbot, session)
    dialog.name_edit.setText("")
    dialog.save()
    settle(qtbot, session)
    qtbot.waitUntil(lambda: bool(dialog.banner.text()), timeout=20_000)
    assert dialog.banner.kind.name == "ERROR" and visit_types.list_types(admin) == []
