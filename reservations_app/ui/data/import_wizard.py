"""Client import wizard: pick a CSV file, check which column holds what (with the first rows
shown), see the dry run row by row, then import the accepted rows in one go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reservations_app.domain.client_import import FIELDS, IGNORE
from reservations_app.domain.errors import DomainError
from reservations_app.services import client_import
from reservations_app.services.client_import import FileLayout, ImportReport
from reservations_app.ui.session import Session

STATUS_TEXT = {client_import.ADDED: QT_TRANSLATE_NOOP("PreviewPage", "will be added"),
               client_import.DUPLICATE: QT_TRANSLATE_NOOP("PreviewPage", "duplicate"),
               client_import.INVALID: QT_TRANSLATE_NOOP("PreviewPage", "invalid")}


class ImportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data = b""
        self.layout_found: FileLayout | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import clients"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(820, 520)

    def mapping(self) -> dict[int, str]:
        return self.mapping_page.chosen()

    def accept(self) -> None:
        """Finish: the real import, of exactly what the preview showed, through the runner;
        Import is off until it is done, and a refusal leaves the wizard open."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        if not finish.isEnabled():
            return
        finish.setEnabled(False)
        actor, data, now, mapping = self.session.actor, self.data, self.session.now(), \
            self.mapping()
        source = Path(self.file_page.path_edit.text()).name
        self.session.ops.write(
            lambda: client_import.import_clients(actor, data, now, mapping=mapping,
                                                 source=source),
            self._imported, self._refused, initiator=self, owner=self, long_job=True)

    def _imported(self, report: ImportReport) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.report = report
        super().accept()

    def _refused(self, error: DomainError) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.preview_page.summary.setText(str(error))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file saved from a spreadsheet; the first row names "
                                 "the columns."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("CSV file"))
        self.browse_button = QPushButton(self.tr("B&rowse…"), self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(self.completeChanged)

    @Slot()
    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Client list"), "",
                                                "CSV (*.csv *.txt);;All files (*)")
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.owner.data = Path(self.path_edit.text().strip()).read_bytes()
            self.owner.layout_found = client_import.layout(self.owner.data)
        except OSError as exc:
            self.error_label.setText(self.tr("Cannot read the file: {reason}").format(
                reason=exc.strerror))
            return False
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return False
        self.error_label.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Which column holds what"))
        self.info = QLabel(self)
        self.table = QTableWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        found = self.owner.layout_found
        assert found is not None
        self.info.setText(self.tr("Read as {encoding}, columns separated by '{delimiter}'. "
                                  "The first rows of the file:").format(
            encoding=found.encoding, delimiter=found.delimiter.replace("\t", "tab")))
        self.table.clear()
        self.table.setColumnCount(len(found.headers))
        self.table.setRowCount(1 + len(found.sample))
        self.table.setHorizontalHeaderLabels(found.headers)
        self.table.setVerticalHeaderLabels([self.tr("holds"),
                                            *[str(n + 2) for n in range(len(found.sample))]])
        self.combos = []
        for column in range(len(found.headers)):
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name in FIELDS:
                combo.addItem(name.replace("_", " "), name)
            combo.setCurrentIndex(max(0, combo.findData(found.mapping.get(column, IGNORE))))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, cells in enumerate(found.sample, start=1):
                text = cells[column] if column < len(cells) else ""
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen(self) -> dict[int, str]:
        return {column: combo.currentData() for column, combo in enumerate(self.combos)
                if combo.currentData() != IGNORE}


class PreviewPage(QWizardPage):
    """The dry run: each row with what the import would do with it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("What the import will do"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"),
                                              self.tr("Result"), self.tr("Why")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.dry_run: ImportReport | None = None
        self._request = 0

    def initializePage(self) -> None:  # noqa: N802
        """The dry run goes to the runner (a big file takes seconds); Next waits for it."""
        self.dry_run = None
        self._request += 1
        request, owner = self._request, self.owner
        actor, data, now = owner.session.actor, owner.data, owner.session.now()
        mapping = owner.mapping()
        self.summary.setText(self.tr("Checking every row…"))
        self.table.setRowCount(0)
        self.completeChanged.emit()
        owner.session.ops.query(
            lambda: client_import.import_clients(actor, data, now, mapping=mapping,
                                                 dry_run=True),
            lambda report: self._checked(request, report),
            lambda error: self._refused(request, error), owner=self, long_job=True)

    def _checked(self, request: int, report: ImportReport) -> None:
        if request != self._request:
            return  # the user went back and changed the mapping: a newer check will answer
        self.dry_run = report
        self._show(report)
        self.completeChanged.emit()

    def _refused(self, request: int, error: DomainError) -> None:
        if request == self._request:
            self.summary.setText(str(error))

    def _show(self, report: ImportReport) -> None:
        self.summary.setText(self.tr("{added} will be added, {duplicates} duplicate(s) and "
                                     "{invalid} invalid row(s) will be left out.").format(
            added=report.added, duplicates=len(report.of(client_import.DUPLICATE)),
            invalid=len(report.of(client_import.INVALID))))
        self.table.setRowCount(len(report.rows))
        for index, row in enumerate(report.rows):
            status = self.tr(str(STATUS_TEXT[row.status]))
            for column, text in enumerate((str(row.line), row.name, status, row.reason or "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)

    def isComplete(self) -> bool:  # noqa: N802
        return self.dry_run is not None and self.dry_run.added > 0
