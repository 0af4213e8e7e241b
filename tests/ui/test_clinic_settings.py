"""The clinic settings dialog: every setting that exists, checked and audited by the service."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import InvalidInput, PermissionDenied
from reservations_app.domain.model import Role
from reservations_app.services import audit, settings
from reservations_app.store.connect import Target
from reservations_app.ui.dialogs.clinic_settings import ClinicSettingsDialog, setting_rows
from reservations_app.ui.message_banner import Kind
from reservations_app.ui.session import Session
from tests.ui.conftest import settle, touching


@pytest.fixture
def dialog(qtbot: QtBot, admin_session: Session) -> ClinicSettingsDialog:
    shown = ClinicSettingsDialog(admin_session)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_every_setting_the_service_knows_has_a_row(dialog: ClinicSettingsDialog) -> None:
    policy = settings.get_policy()
    for row in setting_rows():
        if row.key in dialog.fields:
            assert dialog.text_of(row.key) == str(getattr(policy, row.key))
    assert {"slot_minutes", "min_notice_hours", "hold_minutes", "max_per_client_per_day",
            "sweep_seconds", "lock_minutes", "clinic_timezone"} <= set(dialog.fields)
    assert isinstance(dialog.fields["slot_minutes"], QSpinBox)
    assert isinstance(dialog.fields["clinic_timezone"], QComboBox)
    assert dialog.fields["hold_minutes"].minimum() == 1  # type: ignore[attr-defined]


def test_saving_writes_and_audits_only_what_changed(
        qtbot: QtBot, dialog: ClinicSettingsDialog, admin_session: Session) -> None:
    dialog.fields["hold_minutes"].setValue(20)  # type: ignore[attr-defined]
    dialog.fields["clinic_timezone"].setCurrentText("Europe/Vienna")  # type: ignore[attr-defined]
    with qtbot.waitSignal(admin_session.ops.changed,
                          check_params_cb=touching("settings"), timeout=20_000):
        dialog.save()
    settle(qtbot, admin_session)
    policy = settings.get_policy()
    assert (policy.hold_minutes, policy.clinic_timezone) == (20, "Europe/Vienna")
    rows = audit.list_entries(admin_session.actor, action="settings.set")
    assert len(rows) == 2
    assert not dialog.isVisible()


def test_a_bad_value_names_its_field_and_nothing_is_written(
        dialog: ClinicSettingsDialog, admin_session: Session) -> None:
    dialog.fields["hold_minutes"].setValue(20)  # type: ignore[attr-defined]
    dialog.fields["slot_minutes"].setValue(7)  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.banner.kind is Kind.ERROR
    assert dialog.banner.text().startswith("Slot length:")
    assert settings.get_policy().hold_minutes == 30  # the good value waits for the bad one
    assert dialog.isVisible()
    dialog.fields["clinic_timezone"].setCurrentText("Mars/Olympus")  # type: ignore[attr-defined]
    dialog.fields["slot_minutes"].setValue(10)  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.banner.text().startswith("Clinic time zone:")


def test_set_values_is_all_or_nothing(db: Target, admin: Actor, now: dt.datetime) -> None:
    with pytest.raises(InvalidInput):
        settings.set_values(admin, {"hold_minutes": "20", "slot_minutes": "7"}, now)
    assert settings.get_policy().hold_minutes == 30
    with pytest.raises(PermissionDenied):
        settings.set_values(Actor("d", Role.FRONT_DESK, "x"), {"hold_minutes": "20"}, now)


def test_a_row_for_a_setting_not_known_yet_is_left_out(
        qtbot: QtBot, admin_session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    known = settings.known_limits

    def limits(key: str) -> tuple[int, int] | None:
        if key == "lock_minutes":
            raise InvalidInput("Unknown setting")
        return known(key)

    monkeypatch.setattr(settings, "known_limits", limits)
    shown = ClinicSettingsDialog(admin_session)
    qtbot.addWidget(shown)
    assert "lock_minutes" not in shown.fields
    assert all(isinstance(f, (QSpinBox, QComboBox, QLineEdit)) for f in shown.fields.values())
