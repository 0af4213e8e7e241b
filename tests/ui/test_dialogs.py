"""New client with its duplicate warning; the first administrator; signing in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel

from reservations_app.domain.model import Role
from reservations_app.domain.passwords import MIN_PASSWORD
from reservations_app.services import auth, people
from reservations_app.store.connect import Target
from reservations_app.ui.dialogs.client import NewClientDialog
from reservations_app.ui.dialogs.login import FirstAdminDialog, LazyRunner, LoginDialog
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, FakeClock, settle, touching
from tests.ui.signing import pressed

PASSWORD = "correct horse battery"


def _client_dialog(qtbot, session: Session, name: str, email: str = "",  # type: ignore[no-untyped-def]
                   phone: str = "") -> NewClientDialog:
    dialog = NewClientDialog(session, name)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.email_edit, email)
    qtbot.keyClicks(dialog.phone_edit, phone)
    return dialog


def test_a_likely_duplicate_is_shown_before_saving(
        qtbot, session: Session, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = _client_dialog(qtbot, session, "ann  archer", "ann.archer@work.example")
    dialog.save_button.click()
    settle(qtbot, session)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.banner.kind is Kind.WARNING
    assert "Possible duplicate: 1 client on file" in dialog.banner.text()
    assert dialog.duplicates_model.item(0).id == clinic.ann.id
    assert dialog.save_button.text() == "&Save anyway"
    assert dialog.use_existing_button.isDefault() and not dialog.save_button.isDefault()
    assert people.count_clients(session.actor, "archer") == 1
    with qtbot.waitSignal(session.ops.changed, check_params_cb=touching("people"), timeout=20_000):
        dialog.save_button.click()
    settle(qtbot, session)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.created
    assert dialog.client is not None and dialog.client.email == "ann.archer@work.example"
    assert people.count_clients(session.actor, "archer") == 2


def test_the_desk_can_take_the_existing_client_instead(
        qtbot, session: Session, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = _client_dialog(qtbot, session, "Robert Brown", phone="+1 (555) 010-2222")
    dialog.save_button.click()
    settle(qtbot, session)
    assert dialog.duplicates_model.item(0).name == "Bob Brown"
    dialog.use_existing_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.client == clinic.bob and not dialog.created
    assert people.count_clients(session.actor, "robert") == 0


def test_a_refused_client_shows_the_reason_inline(
        qtbot, session: Session, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    dialog = _client_dialog(qtbot, session, "Dora Diaz", email="not an email")
    dialog.save_button.click()
    settle(qtbot, session)
    assert dialog.banner.kind is Kind.ERROR
    assert "'not an email' is not an email address" in dialog.banner.text()
    dialog.email_edit.setText("dora@mail.example")
    dialog.save_button.click()
    settle(qtbot, session)
    assert dialog.created and dialog.client is not None and dialog.client.name == "Dora Diaz"


def test_first_run_creates_the_administrator(qtbot, db: Target,  # type: ignore[no-untyped-def]
                                             clock: FakeClock, sign_in_runner: LazyRunner) -> None:
    assert not auth.has_users()
    dialog = FirstAdminDialog(clock, sign_in_runner)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "shorter")
    pressed(dialog)
    assert "The two passwords differ" in dialog.error_text()
    dialog.repeat_edit.setText("short")
    pressed(dialog)
    assert f"at least {MIN_PASSWORD} characters" in dialog.error_text()
    assert not auth.has_users()
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    pressed(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role is Role.ADMIN
    assert dialog.user.username == "admin" and auth.has_users()


def test_sign_in_says_when_the_password_is_wrong(qtbot, db: Target,  # type: ignore[no-untyped-def]
                                                 clock: FakeClock,
                                                 sign_in_runner: LazyRunner) -> None:
    auth.create_user(None, "admin", PASSWORD, Role.ADMIN, clock())
    dialog = LoginDialog("desk-1", clock, sign_in_runner, db.display, "admin")
    qtbot.addWidget(dialog)
    assert any(db.display in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.password_edit, "wrong password")
    pressed(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_text() == "Wrong user name or password."
    assert dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    pressed(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert dialog.actor.workstation == "desk-1"


def test_sign_in_tells_a_locked_account_when_to_retry(qtbot, db: Target,  # type: ignore[no-untyped-def]
                                                      clock: FakeClock,
                                                 sign_in_runner: LazyRunner) -> None:
    auth.create_user(None, "admin", PASSWORD, Role.ADMIN, clock())
    dialog = LoginDialog("desk-1", clock, sign_in_runner, "", "admin")
    qtbot.addWidget(dialog)
    for _ in range(auth.MAX_FAILURES):
        dialog.password_edit.setText("nope nope nope")
        pressed(dialog)
    assert "locked for 5 minutes" in dialog.error_text()
    dialog.password_edit.setText(PASSWORD)
    pressed(dialog)
    assert "This account is locked" in dialog.error_text()
    clock.advance(minutes=5, seconds=1)
    dialog.password_edit.setText(PASSWORD)
    pressed(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_fake_clock_is_what_the_dialogs_read(clock: FakeClock) -> None:
    start = clock()
    clock.advance(hours=1)
    assert clock() - start == dt.timedelta(hours=1)
