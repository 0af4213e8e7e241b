"""The start's sign-in (issue 10): the database opens on a thread of its own while the first
dialog takes keys, a first start goes straight to the first administrator's dialog, and no
dialog outlives its sign-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reservations_app.store.connect import Target
from reservations_app.ui import app
from reservations_app.ui.dialogs.login import FirstAdminDialog, LoginDialog
from tests.ui.conftest import FakeClock

PASSWORD = "correct horse battery"


def _fill_first_admin(dialog: FirstAdminDialog) -> int:
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.submit()
    return dialog.result()


def _fill_login(dialog: LoginDialog) -> int:
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    return dialog.result()


def _deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _account_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstAdminDialog | LoginDialog)]


def test_a_sign_in_leaves_no_dialog_behind(
        qapp: QApplication, db: Target, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,
        fast_hashing: None) -> None:
    monkeypatch.setattr(FirstAdminDialog, "exec", _fill_first_admin)
    monkeypatch.setattr(LoginDialog, "exec", _fill_login)
    window = QWidget()  # the locked main window a Switch user starts from
    try:
        assert app.sign_in("desk-1", clock, db, window) is not None  # first admin, then in
        assert app.sign_in("desk-1", clock, db, window) is not None
        assert app.sign_in("desk-1", clock, db) is not None
        _deleted_later()
        assert window.findChildren(QDialog) == []
        assert _account_dialogs() == []
    finally:
        window.deleteLater()
