"""Open the Reports window on a demo clinic with two months of history, for the README's
screenshot: `bash /work/shared/tools/screenshot.sh docs/reports-window.png 8 \
    .venv/bin/python docs/tools/reports_screenshot.py`.

The demo clinic is made as if it had been set up eight weeks ago; one booked visit in
twelve of its past is then marked a no-show (the status the visits issue adds), so the
charts have something to say.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Role
from reservations_app.services import demo
from reservations_app.store.db import open_database
from reservations_app.store.models import ReservationRow
from reservations_app.ui.data.reports_window import ReportsWindow
from reservations_app.ui.session import Session


def main() -> int:
    now = dt.datetime.now(dt.UTC)
    folder = Path(tempfile.mkdtemp(prefix="reports-shot-"))
    target = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    admin = Actor("admin", Role.ADMIN, "screenshot")
    demo.create_demo(admin, now - dt.timedelta(weeks=8))
    rng = random.Random(7)
    booked = [row.id for row in ReservationRow.select(ReservationRow.id).where(
        ReservationRow.status == "confirmed")]
    missed = [rid for rid in booked if rng.random() < 1 / 12]
    ReservationRow.update(status="no_show").where(ReservationRow.id.in_(missed)).execute()
    app = QApplication(sys.argv)
    window = ReportsWindow(Session(admin, target))
    window.from_edit.setDate(window.from_edit.date().addDays(-30))
    window.period_combo.setCurrentIndex(1)
    window.refresh()
    window.move(0, 0)
    window.resize(1360, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
