"""Paper and PDF through Qt's own print support: preview, print, save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MARGINS_MM = QMarginsF(15, 15, 15, 15)


def save_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """Write `document` to `path` as a PDF on the locale's paper (A4 or Letter)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Reservations")
    writer.setPageLayout(QPageLayout(QPageSize(_default_page_size()),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    document.print_(writer)


def preview(document: QTextDocument, parent: QWidget | None) -> None:
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(document.print_)
    dialog.exec()


def print_with_dialog(document: QTextDocument, parent: QWidget | None) -> bool:
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return printer


def _default_page_size() -> QPageSize.PageSizeId:
    return QPrinter().pageLayout().pageSize().id()
