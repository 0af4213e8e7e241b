"""On a new, empty database: offer a demo clinic, and build it without freezing the window."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.services import demo
from reservations_app.services.demo import DemoSummary
from reservations_app.store.connect import close_database
from reservations_app.ui.language import TranslationContext

log = logging.getLogger(__name__)



# The steps services.demo reports, in English: named here so that lupdate offers them.
DEMO_STEPS = (QT_TRANSLATE_NOOP("DemoProgress", "Adding providers"),
              QT_TRANSLATE_NOOP("DemoProgress", "Laying out availability"),
              QT_TRANSLATE_NOOP("DemoProgress", "Adding clients"),
              QT_TRANSLATE_NOOP("DemoProgress", "Adding visit types"),
              QT_TRANSLATE_NOOP("DemoProgress", "Booking appointments"),
              QT_TRANSLATE_NOOP("DemoProgress", "Done"))


class DemoClinic(TranslationContext):
    """The translation context of the demo clinic's questions and progress."""


def ask_for_demo(parent: QWidget | None = None) -> bool:
    """True when the user wants the demo clinic, False to start with an empty database."""
    box = QMessageBox(parent)
    box.setWindowTitle(DemoClinic.tr("A new clinic"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(DemoClinic.tr("This database has no providers and no clients yet."))
    box.setInformativeText(DemoClinic.tr(
        "Create a demo clinic with five providers, six weeks of availability, 80 clients and "
        "some bookings, to look around and practise? Or start empty and add your own."))
    demo_button = box.addButton(DemoClinic.tr("Create a &demo clinic"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(DemoClinic.tr("Start &empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo_button)
    box.exec()
    return box.clickedButton() is demo_button


class DemoWorker(QThread):
    """Runs the demo in its own thread (peewee gives the thread its own connection)."""

    progressed = Signal(int, str)

    def __init__(self, actor: Actor, now: dt.datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._now = now
        self.summary: DemoSummary | None = None
        self.error: str | None = None

    def run(self) -> None:
        try:
            self.summary = demo.create_demo(self._actor, self._now,
                                            progress=self.progressed.emit)
        except DomainError as exc:
            self.error = exc.message
        except Exception as exc:  # a bug: say so in one line, keep the details in the log
            log.exception("creating the demo clinic failed")
            self.error = f"unexpected failure ({type(exc).__name__}: {exc})"
        finally:
            close_database()  # this thread's connection only; the window keeps its own


class _ProgressView(QObject):
    """Lives in the GUI thread, so the worker's signals reach the dialog queued."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    @Slot(int, str)
    def show_step(self, percent: int, step: str) -> None:
        self._dialog.setValue(percent)
        self._dialog.setLabelText(QCoreApplication.translate("DemoProgress", step))


def create_demo_with_progress(actor: Actor, now: dt.datetime,
                              parent: QWidget | None = None) -> DemoSummary | None:
    """Build the demo behind a progress dialog while the event loop keeps running."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(DemoClinic.tr("Demo clinic"))
    dialog.setLabelText(DemoClinic.tr("Creating the demo clinic…"))
    dialog.setCancelButton(None)
    dialog.setRange(0, 100)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(380)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    view = _ProgressView(dialog)
    worker = DemoWorker(actor, now)
    loop = QEventLoop()
    worker.progressed.connect(view.show_step)
    worker.finished.connect(loop.quit)
    dialog.show()
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    if worker.error:
        QMessageBox.warning(parent, DemoClinic.tr("Demo clinic"),
                            DemoClinic.tr("The demo clinic could not be created: {reason}").format(
                                reason=worker.error))
        return None
    return worker.summary
