"""File → Print: the day sheet (the clinic's or one provider's), the next clinic day's call
list and the chosen client's appointment card. The rows are read on the operation runner; the
preview opens on the GUI thread, with Print and Save as PDF in its tool bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolBar, QWidget

from reservations_app.ui.session import Session

if TYPE_CHECKING:
    from reservations_app.services.printouts import PrintedDay

# The print-outs' reads and layouts (and `html`, whose entity table alone is ~0.5 MB) are
# imported by the first print, on the GUI thread, not by the main window's start (issue 10:
# start-up memory).


def _printouts() -> ModuleType:
    from reservations_app.services import printouts

    return printouts


def _documents() -> ModuleType:
    from reservations_app.ui.printing import documents

    return documents


class PrintActions(QObject):
    def __init__(self, session: Session, window: QWidget, day: Callable[[], object],
                 provider_id: Callable[[], int | None],
                 client_id: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._session, self._window = session, window
        self._day, self._provider_id, self._client_id = day, provider_id, client_id
        self.day_sheet_action = QAction(self.tr("&Day sheet…"), window)
        self.day_sheet_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.provider_sheet_action = QAction(self.tr("Day sheet of this &provider…"), window)
        self.call_list_action = QAction(self.tr("&Call list for the next clinic day…"), window)
        self.calls_action = QAction(self.tr("&Reminder calls…"), window)
        self.card_action = QAction(self.tr("&Appointment card for the client…"), window)
        self.day_sheet_action.triggered.connect(self.print_day_sheet)
        self.provider_sheet_action.triggered.connect(self.print_provider_sheet)
        self.call_list_action.triggered.connect(self.print_call_list)
        self.calls_action.triggered.connect(self.open_calls)
        self.card_action.triggered.connect(self.print_card)

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Print"), parent)
        menu.addActions([self.day_sheet_action, self.provider_sheet_action,
                         self.call_list_action, self.card_action])
        return menu

    @Slot()
    def print_day_sheet(self) -> None:
        self._sheet(None)

    @Slot()
    def print_provider_sheet(self) -> None:
        provider_id = self._provider_id()
        if provider_id is None:
            self._tell(self.tr("Put the cursor on a provider's column in the appointment book "
                               "first."))
            return
        self._sheet(provider_id)

    def _sheet(self, provider_id: int | None) -> None:
        actor, day, now = self._session.actor, self._day(), self._session.now()
        printouts = _printouts()
        self._run(lambda: printouts.day_sheet(actor, day, now, provider_id),
                  _documents().day_sheet, self.tr("Day sheet"))

    @Slot()
    def print_call_list(self) -> None:
        actor, now = self._session.actor, self._session.now()
        printouts = _printouts()
        self._run(lambda: printouts.call_list(actor, now), _documents().call_list,
                  self.tr("Call list"))

    @Slot()
    def open_calls(self) -> None:
        """The call list on screen, to note each call's outcome as the desk makes it."""
        actor, now = self._session.actor, self._session.now()
        printouts = _printouts()
        self._session.ops.query(lambda: printouts.call_list(actor, now), self._show_calls,
                                lambda error: self._tell(error.message), owner=self._window)

    def _show_calls(self, day: PrintedDay) -> None:
        from reservations_app.ui.printing.call_list_dialog import CallListDialog

        CallListDialog(self._session, day, self.print_call_list, self._window).exec()

    @Slot()
    def print_card(self) -> None:
        client_id = self._client_id()
        if client_id is None:
            self._tell(self.tr("Choose the client first (Ctrl+F)."))
            return
        actor, now = self._session.actor, self._session.now()
        printouts = _printouts()
        self._run(lambda: printouts.appointment_card(actor, client_id, now),
                  _documents().appointment_card, self.tr("Appointment card"))

    def _run(self, read: Callable[[], object], lay_out: Callable[..., QTextDocument],
             title: str) -> None:
        self._session.ops.query(read, lambda rows: self.preview(lay_out(rows), title),
                                lambda error: self._tell(error.message), owner=self._window)

    def preview(self, document: QTextDocument, title: str) -> None:
        # Qt's print support (a library of its own, ~5 MB resident) is loaded by the first
        # preview, not by the main window's start (issue 10: start-up memory).
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from reservations_app.ui.printing.output import new_printer

        dialog = QPrintPreviewDialog(new_printer(), self._window)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(document.print_)
        toolbar = dialog.findChild(QToolBar)
        if toolbar is not None:
            save = toolbar.addAction(self.tr("Save as PDF…"))
            save.triggered.connect(lambda: self._save(document, title))
        dialog.exec()

    def _save(self, document: QTextDocument, title: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save as PDF"),
                                              f"{title}.pdf", self.tr("PDF files (*.pdf)"))
        if not name:
            return
        from reservations_app.ui.printing.output import save_pdf

        try:
            save_pdf(document, Path(name), title)
        except OSError as exc:
            self._tell(self.tr("Could not save the PDF: {error}").format(error=exc.strerror))

    def _tell(self, message: str) -> None:
        QMessageBox.information(self._window, self.tr("Print"), message)

