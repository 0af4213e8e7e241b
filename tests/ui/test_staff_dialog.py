"""The staff accounts dialog: new accounts start as front desk; roles change and accounts are
deactivated there, and the last administrator's refusal comes from the service."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.model import Role
from reservations_app.services import auth
from reservations_app.ui.dialogs.users import (
    COL_ACTIVE,
    COL_NAME,
    COL_ROLE,
    AddUserDialog,
    ChangeRoleDialog,
    UsersDialog,
)
from reservations_app.ui.session import Session
from tests.services.conftest import Clinic, build_clinic
from tests.ui.conftest import settle


@pytest.fixture
def clinic(admin_session: Session, now: dt.datetime) -> Clinic:
    return build_clinic(admin_session.actor, now)


def _row(dialog: UsersDialog, name: str) -> int:
    names = [dialog.proxy.index(r, COL_NAME).data() for r in range(dialog.proxy.rowCount())]
    return names.index(name)


def test_a_new_account_defaults_to_the_front_desk(qtbot: QtBot, admin_session: Session) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    dialog.add_button.click()
    settle(qtbot, dialog._session)
    adding = dialog.child
    assert isinstance(adding, AddUserDialog)
    assert adding.role.currentData() == Role.FRONT_DESK
    assert not adding.provider.isEnabled()


def test_the_last_administrator_is_kept_and_the_dialog_says_why(
        qtbot: QtBot, admin_session: Session, clinic: Clinic) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    dialog.table.selectRow(_row(dialog, "staffer"))  # the other administrator goes
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        dialog.active_button.click()
    settle(qtbot, dialog._session)
    dialog.table.selectRow(_row(dialog, "ada"))
    assert dialog.active_button.text() == "Deactivate"
    dialog.active_button.click()
    settle(qtbot, dialog._session)
    assert "last active administrator" in dialog.error.text()
    assert dialog.proxy.index(_row(dialog, "ada"), COL_ACTIVE).data() == "yes"
    dialog.role_button.click()
    settle(qtbot, dialog._session)
    changing = dialog.child
    assert isinstance(changing, ChangeRoleDialog)
    changing.role.setCurrentIndex(changing.role.findData(Role.FRONT_DESK))
    changing.change()
    settle(qtbot, dialog._session)
    assert "last active administrator" in changing.error.text()
    assert changing.isVisible()


def test_deactivate_and_reactivate_a_front_desk_account(
        qtbot: QtBot, admin_session: Session, clinic: Clinic, now: dt.datetime) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    dialog.table.selectRow(_row(dialog, "staffer"))
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        dialog.active_button.click()
    settle(qtbot, dialog._session)
    assert dialog.proxy.index(_row(dialog, "staffer"), COL_ACTIVE).data() == "no"
    assert dialog.active_button.text() == "Reactivate"
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        dialog.active_button.click()
    settle(qtbot, dialog._session)
    assert dialog.proxy.index(_row(dialog, "staffer"), COL_ACTIVE).data() == "yes"


def test_change_an_accounts_role_both_ways(
        qtbot: QtBot, admin_session: Session, clinic: Clinic) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    for role, label in ((Role.FRONT_DESK, "Front desk"), (Role.ADMIN, "Administrator")):
        dialog.table.selectRow(_row(dialog, "staffer"))
        dialog.role_button.click()
        settle(qtbot, dialog._session)
        changing = dialog.child
        assert isinstance(changing, ChangeRoleDialog)
        changing.role.setCurrentIndex(changing.role.findData(role))
        with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
            changing.change()
        settle(qtbot, dialog._session)
        assert dialog.proxy.index(_row(dialog, "staffer"), COL_ROLE).data() == label
        users = {user.username: user for user in auth.list_users(admin_session.actor)}
        assert users["staffer"].role is role
