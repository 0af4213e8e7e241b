"""Open the main window on a demo clinic in another language, for the README's screenshot:
`SHOT_SIZE=1024x768 bash /work/shared/tools/screenshot.sh docs/main-window-de.png 10 \
    .venv/bin/python docs/tools/language_screenshot.py de 1`
(the language code, then the tab: 0 booking, 1 calendar)."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import demo
from reservations_app.store.connect import open_database
from reservations_app.ui.language import install_translators
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session


def main(language: str, tab: int) -> int:
    now = dt.datetime.now(dt.UTC)
    folder = Path(tempfile.mkdtemp(prefix="language-shot-"))
    target = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    admin = Actor("admin", Role.ADMIN, "screenshot")
    demo.create_demo(admin, now - dt.timedelta(weeks=1))
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, QLocale(language))
    window = MainWindow(Session(admin, target))
    window.tabs.setCurrentIndex(tab)
    window.move(0, 0)
    window.resize(1024, 740)
    window.show()
    try:
        return app.exec()
    finally:
        del translators


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "de",
                  int(sys.argv[2]) if len(sys.argv) > 2 else 0))
