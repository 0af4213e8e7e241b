"""A dialog's write, run by the operation runner with the button that asked turned off."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from reservations_app.domain.errors import DomainError
from reservations_app.ui.session import Session


def submit(session: Session, dialog: QDialog, buttons: QDialogButtonBox, error: QLabel,
           call: Callable[[], Any], done: Callable[[Any], None]) -> None:
    """Run a dialog's write on the runner: OK is off meanwhile; a refusal is shown in
    `error` and the dialog keeps what was typed."""
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if not ok.isEnabled():
        return
    ok.setEnabled(False)

    def saved(result: Any) -> None:
        ok.setEnabled(True)
        done(result)

    def refused(exc: DomainError) -> None:
        ok.setEnabled(True)
        error.setText(exc.message)

    session.ops.write(call, saved, refused, initiator=dialog, owner=dialog)
