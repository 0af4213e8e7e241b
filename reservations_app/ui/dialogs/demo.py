"""On a new, empty database: offer a demo clinic, and build it on the operation runner without
freezing the window."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.services import demo
from reservations_app.services.demo import DemoSummary
from reservations_app.ui.language import TranslationContext
from reservations_app.ui.session import Session

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


def _build(actor: Actor, now: dt.datetime, progress: Callable[[int, str], None]) \
        -> DemoSummary | str:
    """On the runner's write worker: the demo clinic, or why it could not be made. A refusal
    (DomainError) goes to the runner, which hands it back; a bug is said in one line, its
    details kept in the log, so the progress dialog always ends."""
    try:
        return demo.create_demo(actor, now, progress=progress)
    except DomainError:
        raise
    except Exception as exc:
        log.exception("creating the demo clinic failed")
        return f"unexpected failure ({type(exc).__name__}: {exc})"


class _ProgressView(QObject):
    """Lives in the GUI thread, so the steps the write worker emits reach the dialog queued."""

    stepped = Signal(int, str)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.stepped.connect(self.show_step)

    @Slot(int, str)
    def show_step(self, percent: int, step: str) -> None:
        self._dialog.setValue(percent)
        self._dialog.setLabelText(QCoreApplication.translate("DemoProgress", step))


def create_demo_with_progress(session: Session,
                              parent: QWidget | None = None) -> DemoSummary | None:
    """Build the demo as one write on the session's runner, behind a progress dialog, while
    the event loop keeps running; the runner announces what it added like any write."""
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
    answers: list[DemoSummary | str] = []
    loop = QEventLoop()

    def answered(answer: DemoSummary | str) -> None:
        answers.append(answer)
        loop.quit()

    actor, now = session.actor, session.now()
    session.ops.write(lambda: _build(actor, now, view.stepped.emit), answered,
                      lambda error: answered(error.message), initiator=dialog, long_job=True)
    dialog.show()
    if not answers:
        loop.exec()
    dialog.close()
    if isinstance(answers[0], str):
        QMessageBox.warning(parent, DemoClinic.tr("Demo clinic"),
                            DemoClinic.tr("The demo clinic could not be created: {reason}").format(
                                reason=answers[0]))
        return None
    return answers[0]
