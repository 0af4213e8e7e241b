"""The email reminder settings dialog: template preview, checks, saving."""

from __future__ import annotations

import pytest

from reservations_app.services import mail
from reservations_app.ui.data.mail_dialog import MailSettingsDialog

pytestmark = pytest.mark.backends("sqlite")


def test_preview_follows_the_template_and_save_stores_it(qtbot, session, monkeypatch):
    dialog = MailSettingsDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.is_loaded()  # the saved settings come from the runner
    qtbot.waitUntil(dialog.is_loaded, timeout=20_000)
    assert "Ann Example" in dialog.preview.toPlainText()
    dialog.subject_edit.setText("See you $date at $time")
    assert dialog.preview.toPlainText().startswith("Subject: See you ")
    assert "at 09:30" in dialog.preview.toPlainText()
    dialog.body_edit.setPlainText("Hello $nobody")
    assert "unknown placeholder" in dialog.preview.toPlainText()
    dialog.body_edit.setPlainText("Hello $client_name, $visit_type with $provider.")
    assert "Hello Ann Example, Consultation with Dr. Maya Okafor." in \
        dialog.preview.toPlainText()
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("ssl"))
    assert dialog.port_spin.value() == 465
    dialog.host_edit.setText("smtp.clinic.example")
    dialog.sender_edit.setText("not an address")
    dialog.save()
    qtbot.waitUntil(lambda: "not a sender address" in dialog.error_label.text(), timeout=20_000)
    assert dialog.subject_edit.text() == "See you $date at $time"  # what was typed stays
    dialog.sender_edit.setText("desk@clinic.example")
    with qtbot.waitSignal(session.ops.changed, timeout=20_000):
        dialog.save()
    saved = mail.load_settings()
    assert (saved.host, saved.port, saved.security) == ("smtp.clinic.example", 465, "ssl")
    assert saved.subject == "See you $date at $time"
