"""Staff accounts dialog and a client's history dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import audit, auth, booking, people
from reservations_app.store.connect import Target
from reservations_app.ui.dialogs.client_history import (
    COL_NOTE,
    COL_PROVIDER,
    COL_STATUS,
    ClientBookingsModel,
    ClientHistoryDialog,
)
from reservations_app.ui.dialogs.users import (
    COL_NAME,
    AddUserDialog,
    ResetPasswordDialog,
    UsersDialog,
    UsersTableModel,
)
from reservations_app.ui.dialogs.users import (
    COL_PROVIDER as USER_PROVIDER,
)
from reservations_app.ui.session import Session
from tests.services.conftest import Clinic, build_clinic
from tests.ui.conftest import changed_elsewhere, settle

from .conftest import FakeClock


@pytest.fixture
def clinic(admin_session: Session, now: dt.datetime) -> Clinic:
    return build_clinic(admin_session.actor, now)


def _names(dialog: UsersDialog) -> list[str]:
    model = dialog.proxy
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]  # as shown


def test_users_dialog_adds_a_provider_account(qtbot: QtBot, admin_session: Session,
                                              clinic: Clinic, now: dt.datetime) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    assert _names(dialog) == ["ada", "staffer"]
    dialog.add_button.click()
    settle(qtbot, dialog._session)
    adding = dialog.child
    assert isinstance(adding, AddUserDialog)
    qtbot.keyClicks(adding.username, "DrA")
    adding.role.setCurrentIndex(adding.role.findData(Role.PROVIDER))
    assert adding.provider.isEnabled()
    adding.provider.setCurrentIndex(adding.provider.findData(clinic.provider_a))
    qtbot.keyClicks(adding.passwords.first, "provider password")
    qtbot.keyClicks(adding.passwords.second, "provider passwort")
    with qtbot.assertNotEmitted(dialog.users_changed):
        adding.add()
    settle(qtbot, dialog._session)
    assert "differ" in adding.error.text()
    adding.passwords.second.clear()
    qtbot.keyClicks(adding.passwords.second, "provider password")
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        adding.add()
    settle(qtbot, dialog._session)
    assert _names(dialog) == ["ada", "dra", "staffer"]
    assert dialog.model.index(1, USER_PROVIDER).data() == "Dr. A"
    signed_in = auth.authenticate("dra", "provider password", "room-a", now)
    assert (signed_in.role, signed_in.provider_id) == (Role.PROVIDER, clinic.provider_a)
    newest = audit.list_entries(admin_session.actor, action="user.add", who="ada")[0]
    assert '"username": "dra"' in (newest.after or "")
    assert "provider password" not in (newest.after or "")


def test_a_short_password_is_refused_inline(qtbot: QtBot, admin_session: Session) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    dialog.add_button.click()
    settle(qtbot, dialog._session)
    adding = dialog.child
    assert isinstance(adding, AddUserDialog)
    adding.username.setText("desk")
    adding.passwords.first.setText("short")
    adding.passwords.second.setText("short")
    adding.add()
    settle(qtbot, dialog._session)
    assert "at least 10 characters" in adding.error.text()
    assert adding.isVisible() and _names(dialog) == ["ada"]


def test_users_dialog_resets_a_password(qtbot: QtBot, admin_session: Session, clinic: Clinic,
                                        now: dt.datetime) -> None:
    dialog = UsersDialog(admin_session)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    assert not dialog.reset_button.isEnabled()
    dialog.table.selectRow(_names(dialog).index("staffer"))
    assert dialog.reset_button.isEnabled()
    dialog.reset_button.click()
    settle(qtbot, dialog._session)
    resetting = dialog.child
    assert isinstance(resetting, ResetPasswordDialog)
    resetting.passwords.first.setText("a fresh password")
    resetting.passwords.second.setText("a fresh password")
    with qtbot.waitSignal(dialog.users_changed, timeout=20_000):
        resetting.reset()
    settle(qtbot, dialog._session)
    assert auth.authenticate("staffer", "a fresh password", "desk-1", now).username == "staffer"


def test_users_dialog_tells_a_non_admin_it_is_not_theirs(qtbot: QtBot, db: Target) -> None:
    dialog = UsersDialog(Session(Actor("dan", Role.FRONT_DESK, "desk-2"), db))
    qtbot.addWidget(dialog)
    settle(qtbot, dialog._session)
    assert "may not manage staff accounts" in dialog.error.text()
    assert not dialog.add_button.isEnabled()


def test_users_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from reservations_app.domain.model import User

    model = UsersTableModel()
    model.set_users([User(1, "ada", Role.ADMIN), User(2, "dra", Role.PROVIDER, 7, False)],
                    {7: "Dr. A"})
    assert model.index(1, USER_PROVIDER).data() == "Dr. A"
    qtmodeltester.check(model, force_py=True)


def test_client_history_lists_reservations_and_for_admins_the_audit(
        qtbot: QtBot, admin_session: Session, clinic: Clinic, now: dt.datetime,
        clock: FakeClock) -> None:
    booking.cancel(admin_session.actor, clinic.held_a, now, "Feeling better")
    dialog = ClientHistoryDialog(admin_session, clinic.client)
    qtbot.addWidget(dialog)
    dialog.show()  # a hidden view only marks itself stale on a change
    settle(qtbot, admin_session)
    assert dialog.windowTitle() == "History of Ann Client"
    assert "ann@mail.example" in dialog.heading.text()
    model = dialog.bookings
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (COL_PROVIDER, COL_STATUS, COL_NOTE)] == [
        "Dr. A", "Cancelled", "Feeling better"]
    assert dialog.tabs.count() == 2 and dialog.audit is not None
    actions = [dialog.audit.entry(r).action for r in range(dialog.audit.rowCount())]
    assert actions == ["reservation.cancel", "reservation.hold", "client.add"]
    dialog.audit_table.selectRow(0)
    assert "Feeling better" in dialog.audit_detail.toPlainText()
    later = booking.hold(admin_session.actor, clinic.client, clinic.provider_b,
                         dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC), now)
    changed_elsewhere(admin_session, "bookings")
    settle(qtbot, admin_session)
    assert model.rowCount() == 2
    clock.advance(hours=1)  # the new hold runs out: the history says so
    dialog.reload()
    settle(qtbot, admin_session)
    statuses = {model.index(r, COL_STATUS).data() for r in range(2)}
    assert statuses == {"Cancelled", "Expired"} and later.id


def test_the_front_desk_sees_reservations_but_not_the_audit(qtbot: QtBot, db: Target,
                                                           clinic: Clinic) -> None:
    session = Session(Actor("dan", Role.FRONT_DESK, "desk-2"), db)
    dialog = ClientHistoryDialog(session, clinic.other_client)
    qtbot.addWidget(dialog)
    settle(qtbot, session)
    assert dialog.tabs.count() == 1 and dialog.audit is None
    assert dialog.bookings.rowCount() == 1


def test_an_unknown_client_is_said_so(qtbot: QtBot, admin_session: Session) -> None:
    dialog = ClientHistoryDialog(admin_session, 999)
    qtbot.addWidget(dialog)
    settle(qtbot, admin_session)
    assert "no client with id 999" in dialog.error.text()


def test_bookings_model_is_sound(qtmodeltester, admin_session: Session, clinic: Clinic,  # type: ignore[no-untyped-def]
                                 now: dt.datetime) -> None:
    model = ClientBookingsModel(now)
    model.set_bookings(booking.list_bookings(admin_session.actor, now), now)
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    assert people.get_client(admin_session.actor, clinic.client).name == "Ann Client"
