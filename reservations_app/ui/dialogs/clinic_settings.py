"""Clinic settings (administrators): the policy every workstation shares, in one form.

Entry point: `ClinicSettingsDialog(session, parent=None)`. Each setting is one `SettingRow`; the
widget follows from the service's limits (a spin box for a number, a line for text, the zone
list for the clinic's zone). A row whose setting this database does not know yet is left out,
so a row can be listed before its setting lands. Saving goes through `settings.set_values`,
which checks every value again, writes them in one transaction and audits each change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Policy
from reservations_app.domain.timezones import all_zone_names
from reservations_app.services import settings
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.message_banner import Kind, MessageBanner
from reservations_app.ui.session import Session

ZONE_KEYS = frozenset({"clinic_timezone"})


class ClinicSettings(TranslationContext):
    """The translation context of the clinic settings form."""


@dataclass(frozen=True)
class SettingRow:
    key: str  # the setting's name in services.settings
    label: str  # what the form calls it
    suffix: str = ""  # the unit after a number
    hint: str = ""  # a tool tip saying what it does


def setting_rows() -> tuple[SettingRow, ...]:
    """The form, top to bottom. A new clinic setting is one more row here."""
    return (
        SettingRow(
            "slot_minutes", ClinicSettings.tr("Slot length"), ClinicSettings.tr(" minutes"),
            ClinicSettings.tr("How long one bookable slot is; divides an hour, or whole hours.")),
        SettingRow(
            "min_notice_hours", ClinicSettings.tr("Notice needed"), ClinicSettings.tr(" hours"),
            ClinicSettings.tr("How long before a visit it can still be booked.")),
        SettingRow(
            "max_days_ahead", ClinicSettings.tr("Book at most"), ClinicSettings.tr(" days ahead"),
            ClinicSettings.tr("How far ahead the desk may book.")),
        SettingRow(
            "hold_minutes", ClinicSettings.tr("Hold time"), ClinicSettings.tr(" minutes"),
            ClinicSettings.tr("How long a hold keeps its slot before it must be confirmed.")),
        SettingRow(
            "max_per_client_per_day", ClinicSettings.tr("Bookings per client per day"), "",
            ClinicSettings.tr("How many live bookings one client may have on one day.")),
        SettingRow(
            "sweep_seconds", ClinicSettings.tr("Free lapsed holds every"),
            ClinicSettings.tr(" seconds"),
            ClinicSettings.tr("How often each desk looks for holds that ran out.")),
        SettingRow(
            "lock_minutes", ClinicSettings.tr("Lock the screen after"),
            ClinicSettings.tr(" minutes idle"),
            ClinicSettings.tr("Minutes without keyboard or mouse before the screen locks.")),
        SettingRow(
            "clinic_timezone", ClinicSettings.tr("Clinic time zone"), "",
            ClinicSettings.tr("The zone the clinic's day and the lists are shown in.")),
        SettingRow(
            "phone_region", ClinicSettings.tr("Phone region"), "",
            ClinicSettings.tr("The country assumed for phone numbers typed without +code.")),
        SettingRow(
            "reminders_enabled", ClinicSettings.tr("Email reminders (1 = on)"), "",
            ClinicSettings.tr("Email each confirmed visit's client a reminder; 0 turns it off.")),
        SettingRow(
            "reminder_hours", ClinicSettings.tr("Remind"),
            ClinicSettings.tr(" hours before the visit"),
            ClinicSettings.tr("How long before a confirmed visit its reminder is sent.")),
    )


class ClinicSettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinicSettings")
        self.setWindowTitle(self.tr("Clinic settings"))
        self._session = session
        self.banner = MessageBanner(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._shown: dict[str, str] = {}  # what each field held when the dialog opened
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        intro = QLabel(self.tr("These settings apply to every workstation of the clinic."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._fill()

    def _fill(self) -> None:
        try:
            policy = self._session.policy()  # read once per session, again after a change
        except DomainError as exc:
            self.banner.show_message(exc.message, Kind.ERROR)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        for row in setting_rows():
            if self._known(row.key, policy):
                self._add_row(row, str(getattr(policy, row.key)))

    @staticmethod
    def _known(key: str, policy: Policy) -> bool:
        try:
            settings.known_limits(key)
        except DomainError:
            return False
        return hasattr(policy, key)

    def _add_row(self, row: SettingRow, value: str) -> None:
        field = self._field(row, settings.known_limits(row.key))
        self._set_text(field, value)
        field.setToolTip(row.hint)
        field.setAccessibleName(row.label)
        field.setObjectName(row.key)
        self.fields[row.key] = field
        self._labels[row.key] = row.label
        self._shown[row.key] = value
        self.form.addRow(row.label, field)

    def _field(self, row: SettingRow, limits: tuple[int, int] | None) -> QWidget:
        if limits is not None:
            spin = QSpinBox(self)
            spin.setRange(*limits)
            spin.setSuffix(row.suffix)
            return spin
        if row.key in ZONE_KEYS:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(all_zone_names()))
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(combo.model(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            return combo
        return QLineEdit(self)

    @staticmethod
    def _set_text(field: QWidget, value: str) -> None:
        if isinstance(field, QSpinBox):
            field.setValue(int(value))
        elif isinstance(field, QComboBox):
            field.setCurrentText(value)
        elif isinstance(field, QLineEdit):
            field.setText(value)

    def text_of(self, key: str) -> str:
        field = self.fields[key]
        if isinstance(field, QSpinBox):
            return str(field.value())
        if isinstance(field, QComboBox):
            return field.currentText().strip()
        return field.text().strip() if isinstance(field, QLineEdit) else ""

    def changed_values(self) -> dict[str, str]:
        return {key: self.text_of(key) for key in self.fields
                if self.text_of(key) != self._shown[key]}

    @Slot()
    def save(self) -> None:
        """Check each changed value (naming its field if refused), then save them together."""
        changed = self.changed_values()
        for key, value in changed.items():
            try:
                settings.validate(key, value)
            except DomainError as exc:
                self._refuse(key, exc.message)
                return
        if not changed:
            self.accept()
            return
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if not save.isEnabled():
            return  # the first press is still being saved
        save.setEnabled(False)
        actor, now = self._session.actor, self._session.now()
        self._session.ops.write(lambda: settings.set_values(actor, changed, now),
                                self._saved, self._refused, initiator=self, owner=self)

    def _saved(self, _: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.banner.show_message(error.message, Kind.ERROR)

    def _refuse(self, key: str, message: str) -> None:
        self.banner.show_message(self.tr("{field}: {problem}").format(
            field=self._labels[key], problem=message), Kind.ERROR)
        self.fields[key].setFocus()
