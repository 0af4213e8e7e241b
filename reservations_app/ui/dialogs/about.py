"""Help > About: what is installed, where its data and log are, and the licences of what it ships.
IT reads this over the phone, so "Copy details" puts the same facts on the clipboard."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reservations_app import __version__
from reservations_app.assets import resource_path
from reservations_app.notices import BUNDLED
from reservations_app.paths import app_paths
from reservations_app.store.connect import Target
from reservations_app.ui.focus import chain_tab_order
from reservations_app.ui.session import Session

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, session_or_target: Session | Target, parent: QWidget | None = None, *,
                 log_dir: Path | None = None) -> None:
        super().__init__(parent)
        target = session_or_target.target if isinstance(session_or_target, Session) \
            else session_or_target
        self.setWindowTitle(self.tr("About Reservations"))
        # (object name, label, value): the name stays put when the label is translated
        self._facts = (
            ("version", self.tr("Version"), __version__),
            ("database", self.tr("Database"), target.display),
            ("log-folder", self.tr("Log folder"), str(log_dir or app_paths().log_dir)),
            ("python", self.tr("Python"), platform.python_version()),
            ("qt", self.tr("Qt"), f"{qVersion()} (PySide6 {PySide6.__version__})"),
        )
        self.facts_form = QFormLayout()
        self.licences = QTextBrowser()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        for name, label, value in self._facts:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setObjectName(f"about-{name}")
            self.facts_form.addRow(f"{label}:", shown)
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self._licences_html())
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self.facts_form)
        layout.addWidget(QLabel(self.tr("Bundled software and licences:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.buttons)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        chain_tab_order([self.licences, self.copy_button, close])  # as the box shows them
        self.resize(560, 520)

    def _header(self) -> QHBoxLayout:
        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons/app.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(ICON_SIZE, ICON_SIZE,
                                         Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        title = QLabel(self.tr("<b>Reservations</b><br>Clinic front-desk scheduling"))
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)
        return header

    def _licences_html(self) -> str:
        rows = "".join(
            f"<tr><td><a href='{html.escape(c.url)}'>{html.escape(c.name)}</a></td>"
            f"<td>{html.escape(c.version())}</td><td>{html.escape(c.licence)}</td></tr>"
            for c in BUNDLED)
        titles = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        heading = "<tr>" + "".join(f"<th align='left'>{title}</th>" for title in titles) + "</tr>"
        note = self.tr(
            "Qt, PySide6 and psycopg are used under the GNU LGPL version 3 as separate shared "
            "libraries, which you may replace with your own builds of the same versions; their "
            "source code is on the projects' sites. The LGPL and GPL texts are in {folder}; "
            "each library's own licence file is in its .dist-info folder beside the app's files."
        ).format(folder=resource_path("licenses"))
        table = f"<table cellspacing='0' cellpadding='3'>{heading}{rows}</table>"
        return f"{table}<p>{html.escape(note)}</p>"

    def details_text(self) -> str:
        """The facts as plain text, one per line, for a support call or ticket."""
        lines = [f"{label}: {value}" for _, label, value in self._facts]
        lines += [f"{c.name} {c.version()} ({c.licence})".replace("  ", " ") for c in BUNDLED]
        return "\n".join(lines)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._copy_details)

    @Slot()
    def _copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
