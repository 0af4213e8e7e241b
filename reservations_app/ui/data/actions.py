"""The Data menu: reports, client import and export, a provider's calendar file, reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from reservations_app.domain.access import Permission
from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider
from reservations_app.ui.session import Session

# The windows, dialogs and services behind these actions are imported when first used:
# icalendar, smtplib and ssl alone cost the start-up a third of a second.

FEED_DAYS = 90


class DataActions(QObject):
    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.reports_window: QWidget | None = None
        self.reports_action = QAction(self.tr("&Reports…"), window)
        self.import_action = QAction(self.tr("&Import clients from CSV…"), window)
        self.export_clients_action = QAction(self.tr("Export &clients to CSV…"), window)
        self.export_bookings_action = QAction(self.tr("Export &bookings to CSV…"), window)
        self.ics_action = QAction(self.tr("Provider's &calendar file (ICS)…"), window)
        self.send_reminders_action = QAction(self.tr("&Send due reminders now"), window)
        self.publish_action = QAction(self.tr("&Publish calendars (CalDAV) now"), window)
        self.mail_settings_action = QAction(self.tr("Email reminder &settings…"), window)
        self.mail_settings_action.setEnabled(session.may(Permission.MANAGE_SETTINGS))
        self.import_action.setEnabled(session.may(Permission.MANAGE_CLIENTS))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.reports_action.triggered.connect(self.show_reports)
        self.import_action.triggered.connect(self.import_clients)
        self.export_clients_action.triggered.connect(self.export_clients)
        self.export_bookings_action.triggered.connect(self.export_bookings)
        self.ics_action.triggered.connect(self.export_ics)
        self.send_reminders_action.triggered.connect(self.send_reminders)
        self.publish_action.triggered.connect(self.publish_calendars)
        self.mail_settings_action.triggered.connect(self.edit_mail_settings)

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Data"), parent)
        menu.addActions([self.reports_action])
        menu.addSeparator()
        menu.addActions([self.import_action, self.export_clients_action,
                         self.export_bookings_action, self.ics_action, self.publish_action])
        menu.addSeparator()
        menu.addActions([self.send_reminders_action, self.mail_settings_action])
        return menu

    @Slot()
    def edit_mail_settings(self) -> None:
        from reservations_app.ui.data.mail_dialog import MailSettingsDialog

        MailSettingsDialog(self.session, self.window).exec()

    @Slot()
    def show_reports(self) -> None:
        from reservations_app.ui.data.reports_window import ReportsWindow

        if self.reports_window is None:
            self.reports_window = ReportsWindow(self.session, self.window)
        self.reports_window.show()
        self.reports_window.raise_()

    @Slot()
    def import_clients(self) -> None:
        from reservations_app.ui.data.import_wizard import ImportWizard

        ImportWizard(self.session, self.window).exec()

    def _save_path(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, name, kind)
        return Path(chosen) if chosen else None

    def _run(self, work: Callable[[], str]) -> None:
        """A few-second job the user asked for (a file, a batch of emails): a write on the
        runner, so the window stays live; its changes are announced like any write."""
        self.session.ops.write(work, self._done, self._not_done, initiator=self, long_job=True)

    def _done(self, message: str) -> None:
        QMessageBox.information(self.window, self.tr("Done"), message)

    def _run_on_network(self, work: Callable[[], str]) -> None:
        """A job that waits on another server (CalDAV, SMTP): on the runner's network worker,
        so the window stays usable meanwhile; the answer comes as a message box."""
        self.session.ops.network(work, self._done, self._not_done, owner=self)

    def _not_done(self, error: DomainError) -> None:
        QMessageBox.warning(self.window, self.tr("Not done"), str(error))

    @Slot()
    def export_clients(self) -> None:
        from reservations_app.services import exchange

        path = self._save_path(self.tr("Export clients"), "clients.csv", "CSV (*.csv)")
        if path:
            self._run(lambda: self.tr("{n} clients written to {path}.").format(
                n=exchange.export_clients(self.session.actor, path), path=path))

    @Slot()
    def export_bookings(self) -> None:
        from reservations_app.services import exchange

        today = self.session.clinic_today()
        path = self._save_path(self.tr("Export bookings of the last and next 90 days"),
                               "bookings.csv", "CSV (*.csv)")
        if path:
            first, last = today - dt.timedelta(days=FEED_DAYS), today + dt.timedelta(
                days=FEED_DAYS)
            self._run(lambda: self.tr("{n} bookings written to {path}.").format(
                n=exchange.export_bookings(self.session.actor, path, first, last,
                                           self.session.now()), path=path))

    @Slot()
    def export_ics(self) -> None:
        from reservations_app.services import people

        actor = self.session.actor
        self.session.ops.query(lambda: people.list_providers(actor), self._choose_ics_provider,
                               self._not_done, owner=self)

    def _choose_ics_provider(self, providers: list[Provider]) -> None:
        from reservations_app.services import ics

        if not providers:
            return
        name, chosen = QInputDialog.getItem(self.window, self.tr("Calendar file"),
                                            self.tr("Provider:"), [p.name for p in providers],
                                            0, False)
        if not chosen:
            return
        provider = next(p for p in providers if p.name == name)
        path = self._save_path(self.tr("Calendar file"), "schedule.ics", "iCalendar (*.ics)")
        if path:
            actor, now, today = self.session.actor, self.session.now(), self.session.clinic_today()
            self._run(lambda: self.tr("{n} visits written to {path}.").format(
                n=ics.export_provider(actor, provider.id, today,
                                      today + dt.timedelta(days=FEED_DAYS), now,
                                      path=path)[1], path=path))

    @Slot()
    def publish_calendars(self) -> None:
        from reservations_app.services import caldav_publish

        actor, now = self.session.actor, self.session.now()

        def publish() -> str:
            ids = caldav_publish.configured_providers()
            if not ids:
                return self.tr("No provider has a CalDAV calendar set up (reservations-app "
                               "caldav configure).")
            done = [caldav_publish.publish(actor, provider_id, now) for provider_id in ids]
            return self.tr("{n} calendar(s) up to date: {saved} saved, {deleted} deleted.") \
                .format(n=len(done), saved=sum(d.saved for d in done),
                        deleted=sum(d.deleted for d in done))

        self._run_on_network(publish)

    @Slot()
    def send_reminders(self) -> None:
        from reservations_app.services import reminders

        actor, now = self.session.actor, self.session.now()

        def send() -> str:
            done = reminders.send_due(actor, now)
            failed = "; ".join(f"#{rid}: {reason}" for rid, reason in done.failed)
            return self.tr("{due} due, {sent} sent{failed}").format(
                due=done.due, sent=done.sent, failed=f", failed: {failed}" if failed else "")

        self._run_on_network(send)
