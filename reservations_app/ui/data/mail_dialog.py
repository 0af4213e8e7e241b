"""Email reminder settings: the clinic's SMTP server, the password (to the keyring) and the
message template, with a preview of the reminder a sample visit would get."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.exchange import ExportedBooking
from reservations_app.domain.reminders import (
    DEFAULT_PORTS,
    PLACEHOLDERS,
    SECURITY,
    MailSettings,
    check_template,
    render,
)
from reservations_app.services import mail
from reservations_app.ui.focus import chain_tab_order
from reservations_app.ui.session import Session


def sample_visit(now: dt.datetime) -> ExportedBooking:
    """A made-up visit tomorrow at 09:30 for the preview."""
    start = (now + dt.timedelta(days=1)).replace(hour=9, minute=30, second=0, microsecond=0)
    return ExportedBooking(0, 0, "Dr. Maya Okafor", "UTC", 0, "Ann Example",
                           "ann@example.org", start, start + dt.timedelta(minutes=30),
                           start.date(), "confirmed", None, now, visit_type="Consultation")


class MailSettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Email reminders"))
        self._build()
        self._connect_signals()
        self.update_preview()
        self._set_loaded(False)  # nothing to type into until the saved settings are on it
        session.ops.query(mail.load_settings, self._fill, self._refused, owner=self)

    def _fields(self) -> list[QWidget]:
        return [self.host_edit, self.port_spin, self.security_combo, self.user_edit,
                self.password_edit, self.sender_edit, self.subject_edit, self.body_edit]

    def _set_loaded(self, loaded: bool) -> None:
        for field in self._fields():
            field.setEnabled(loaded)
        self._enable_save(loaded)

    def is_loaded(self) -> bool:
        return self.host_edit.isEnabled()

    def _build(self) -> None:
        self.host_edit, self.user_edit, self.sender_edit = (QLineEdit(self) for _ in range(3))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox(self)
        for name in SECURITY:
            self.security_combo.addItem(name.upper() if name != "none" else self.tr("none"),
                                        name)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("unchanged"))
        self.subject_edit = QLineEdit(self)
        self.body_edit = QPlainTextEdit(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        form = QFormLayout()
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Mail server"), self.host_edit), (self.tr("Port"), self.port_spin),
            (self.tr("Security"), self.security_combo), (self.tr("User"), self.user_edit),
            (self.tr("Password"), self.password_edit),
            (self.tr("Sender address"), self.sender_edit),
            (self.tr("Subject"), self.subject_edit), (self.tr("Message"), self.body_edit),
            (self.tr("Preview"), self.preview))
        for label, field in rows:
            form.addRow(label, field)
        chain_tab_order([field for _label, field in rows])
        hint = QLabel(self.tr("Placeholders: {names}").format(
            names=" ".join(f"${name}" for name in PLACEHOLDERS)), self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, 640)

    def _fill(self, settings: MailSettings) -> None:
        # Security first: choosing it puts its default port in, which the saved port replaces.
        self.security_combo.setCurrentIndex(self.security_combo.findData(settings.security))
        self.port_spin.setValue(settings.port)
        self.host_edit.setText(settings.host)
        self.user_edit.setText(settings.user)
        self.sender_edit.setText(settings.sender)
        self.subject_edit.setText(settings.subject)
        self.body_edit.setPlainText(settings.body)
        self._set_loaded(True)

    def _connect_signals(self) -> None:
        self.subject_edit.textChanged.connect(self.update_preview)
        self.body_edit.textChanged.connect(self.update_preview)
        self.security_combo.currentIndexChanged.connect(self._default_port)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> MailSettings:
        return MailSettings(self.host_edit.text(), self.port_spin.value(),
                            self.security_combo.currentData(), self.user_edit.text(),
                            self.sender_edit.text(), self.subject_edit.text(),
                            self.body_edit.toPlainText())

    @Slot()
    def _default_port(self) -> None:
        self.port_spin.setValue(DEFAULT_PORTS[self.security_combo.currentData()])

    @Slot()
    def update_preview(self) -> None:
        settings = self.chosen()
        try:
            check_template(settings.subject, "subject")
            check_template(settings.body, "message")
            subject, body = render(settings, sample_visit(self.session.now()))
        except DomainError as exc:
            self.preview.setPlainText(str(exc))
            return
        self.preview.setPlainText(self.tr("Subject: {subject}\n\n{body}").format(
            subject=subject, body=body))

    @Slot()
    def save(self) -> None:
        """Save through the runner; Save is off meanwhile, a refusal keeps what was typed."""
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None and not save.isEnabled():
            return
        self._enable_save(False)
        actor, chosen, now = self.session.actor, self.chosen(), self.session.now()
        password = self.password_edit.text() or None
        self.session.ops.write(lambda: mail.save_settings(actor, chosen, now, password),
                               self._saved, self._refused, initiator=self, owner=self)

    def _enable_save(self, enabled: bool) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(enabled)

    def _saved(self, _: object) -> None:
        self._enable_save(True)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self._enable_save(True)
        self.error_label.setText(str(error))
