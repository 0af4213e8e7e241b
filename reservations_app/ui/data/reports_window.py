"""The Reports window: a date range and provider filter, utilisation and no-shows per
provider and period in a table, utilisation per provider as bars and the no-show rate over
time as a line; the charts saved as PNG, the whole report as a printable PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reservations_app.domain.errors import DomainError
from reservations_app.domain.model import Provider
from reservations_app.domain.reports import (
    NoShowRow,
    UtilisationRow,
    no_show_rate_by_period,
    utilisation_by_provider,
)
from reservations_app.services import people, reports
from reservations_app.services.changeset import BOOKINGS, PEOPLE, SCHEDULE
from reservations_app.ui.data.charts import Chart
from reservations_app.ui.data.report_model import HEADERS, ReportModel, lines_of
from reservations_app.ui.layout_parts import date_edit
from reservations_app.ui.models.formatting import month_label, short_day
from reservations_app.ui.session import Session

CHART_EXPORT_SIZE = QSize(900, 360)


class ReportsWindow(QWidget):
    refreshed = Signal()  # the numbers (or the reason there are none) are on screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowTitle(self.tr("Reports"))
        self.model = ReportModel(self)
        self._build()
        self._connect_signals()
        self.refresh()

    def _add_providers(self, providers: list[Provider]) -> None:
        for provider in providers:
            self.provider_combo.addItem(provider.name, provider.id)

    def _build(self) -> None:
        today = self.session.clinic_today()
        self.from_edit = date_edit(today.replace(day=1) - dt.timedelta(days=150), self)
        self.until_edit = date_edit(today, self)
        self.provider_combo = QComboBox(self)
        self.provider_combo.addItem(self.tr("All providers"), None)
        actor = self.session.actor
        self.session.ops.query(lambda: people.list_providers(actor, include_inactive=True),
                               self._add_providers, self._refused, owner=self)
        self.period_combo = QComboBox(self)
        self.period_combo.addItem(self.tr("By month"), "month")
        self.period_combo.addItem(self.tr("By week"), "week")
        self.refresh_button = QPushButton(self.tr("&Show"), self)
        self.png_button = QPushButton(self.tr("Save charts as &PNG…"), self)
        self.pdf_button = QPushButton(self.tr("Save &report as PDF…"), self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.utilisation_chart = Chart(self.tr("Utilisation per provider"), "bar", self)
        self.no_show_chart = Chart(self.tr("No-show rate over time"), "line", self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Report figures"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self._lay_out()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.from_edit),
                              (self.tr("Until"), self.until_edit),
                              (self.tr("Provider"), self.provider_combo)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.period_combo)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        # The saving buttons on their own row: one row with the filters is wider than a
        # 1024-pixel screen in the longer languages.
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.png_button)
        saving.addWidget(self.pdf_button)
        charts = QHBoxLayout()
        charts.addWidget(self.utilisation_chart)
        charts.addWidget(self.no_show_chart)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(saving)
        layout.addWidget(self.error_label)
        layout.addLayout(charts, 3)
        layout.addWidget(self.table, 2)
        self.resize(1000, 700)

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        self.png_button.clicked.connect(self._ask_png)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.session.ops.watch(self, (BOOKINGS, SCHEDULE, PEOPLE), self.refresh)

    @Slot()
    def refresh(self) -> None:
        first, last = _day_of(self.from_edit), _day_of(self.until_edit)
        provider = self.provider_combo.currentData()
        period = self.period_combo.currentData()
        actor = self.session.actor

        def load() -> tuple[list[UtilisationRow], list[NoShowRow], str]:
            return (reports.utilisation(actor, first, last, provider_id=provider, period=period),
                    reports.no_shows(actor, first, last, provider_id=provider, period=period),
                    period)

        self.session.ops.query(load, self._show, self._refused, owner=self, long_job=True)

    def _refused(self, error: DomainError) -> None:
        self.error_label.setText(str(error))
        self.error_label.show()
        self.refreshed.emit()

    def _show(self, found: tuple[list[UtilisationRow], list[NoShowRow], str]) -> None:
        used, missed, period = found
        self.error_label.hide()
        self.model.set_lines(lines_of(used, missed))
        self.table.resizeColumnsToContents()
        self.utilisation_chart.set_points(utilisation_by_provider(used))
        label = month_label if period == "month" else short_day
        self.no_show_chart.set_points([(label(day), rate)
                                       for day, rate in no_show_rate_by_period(missed)])
        self.refreshed.emit()

    # Export -------------------------------------------------------------------------------
    def save_png(self, path: Path) -> None:
        """Both charts side by side in one picture."""
        from PySide6.QtGui import QImage

        width, height = CHART_EXPORT_SIZE.width(), CHART_EXPORT_SIZE.height()
        image = QImage(QSize(width * 2, height), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            self.utilisation_chart.paint(painter, QRectF(0, 0, width, height))
            self.no_show_chart.paint(painter, QRectF(width, 0, width, height))
        finally:
            painter.end()
        if not image.save(str(path)):  # the format follows the name: .png
            raise OSError(f"Cannot write {path}.")

    def save_pdf(self, path: Path) -> None:
        """A printable A4 report: the filter, both charts, then the table."""
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15)))
        writer.setResolution(96)
        writer.setTitle(self.tr("Reservations report"))
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError(f"Cannot write {path}.")
        try:
            self._paint_report(painter, writer)
        finally:
            painter.end()

    def _paint_report(self, painter: QPainter, writer: QPdfWriter) -> None:
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        heading = QFont(self.font())
        heading.setPointSize(14)
        heading.setBold(True)
        painter.setFont(heading)
        painter.drawText(QRectF(0, 0, page.width(), 30), self.tr("Reservations report"))
        painter.setFont(QFont(self.font()))
        painter.drawText(QRectF(0, 30, page.width(), 20), self._filter_text())
        chart_height = page.width() * 0.4
        self.utilisation_chart.paint(painter, QRectF(0, 60, page.width(), chart_height))
        self.no_show_chart.paint(painter, QRectF(0, 70 + chart_height, page.width(),
                                                 chart_height))
        self._paint_table(painter, writer, page, 90 + 2 * chart_height)

    def _paint_table(self, painter: QPainter, writer: QPdfWriter, page: QRectF,
                     top: float) -> None:
        widths = [0.2, 0.1, 0.09, 0.1, 0.1, 0.07, 0.08, 0.11, 0.15]
        painter.setPen(Qt.GlobalColor.black)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rows = [list(HEADERS)] + [[self.model.data(self.model.index(r, c)) for c in
                                   range(len(HEADERS))] for r in range(self.model.rowCount())]
        line = 18
        for row in rows:
            if top + line > page.height():
                writer.newPage()
                top = 0
            left = 0.0
            for text, share in zip(row, widths, strict=True):
                painter.drawText(QRectF(left, top, page.width() * share, line),
                                 Qt.AlignmentFlag.AlignLeft, str(text))
                left += page.width() * share
            top += line

    def _filter_text(self) -> str:
        return self.tr("{first} to {last}, {provider}, {period}").format(
            first=self.from_edit.date().toString(Qt.DateFormat.ISODate),
            last=self.until_edit.date().toString(Qt.DateFormat.ISODate),
            provider=self.provider_combo.currentText(), period=self.period_combo.currentText())

    @Slot()
    def _ask_png(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save charts"), "report.png",
                                                "PNG (*.png)")
        if chosen:
            self._export(self.save_png, Path(chosen).with_suffix(".png"))

    @Slot()
    def _ask_pdf(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "report.pdf",
                                                "PDF (*.pdf)")
        if chosen:
            self._export(self.save_pdf, Path(chosen).with_suffix(".pdf"))

    def _export(self, save: Callable[[Path], None], path: Path) -> None:
        try:
            save(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))


def _day_of(edit: QDateEdit) -> dt.date:
    shown = edit.date()
    return dt.date(shown.year(), shown.month(), shown.day())
