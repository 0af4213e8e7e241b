"""The Booking menu's entries for recurring visits and the waitlist: "Recurring visit…" opens
the series dialog; "Waitlist" shows or hides the waitlist panel, docked beside the tabs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reservations_app.ui.session import Session

if TYPE_CHECKING:  # imported when first opened (the series rules are a slow import)
    from reservations_app.ui.booking.series_dialog import SeriesDialog
    from reservations_app.ui.booking.waitlist_panel import WaitlistPanel


class RecurringActions(QObject):
    # The panel's own `offered`, forwarded: a listener connects here at start without making
    # the panel (and importing the waitlist's modules) before the dock is first shown.
    offered = Signal(int)

    def __init__(self, session: Session, window: QMainWindow) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.series_action = QAction(self.tr("Recurring &visit…"), window)
        self.series_action.setShortcut("Ctrl+Shift+R")
        self.series_action.triggered.connect(self.open_series_dialog)
        session.ops.guard_writes(self.series_action)
        self._waitlist_panel: WaitlistPanel | None = None
        self.waitlist_dock = QDockWidget(self.tr("Waitlist"), window)
        self.waitlist_dock.setObjectName("waitlistDock")
        # The panel (and its first query) is made when the dock is first shown, not at start.
        self.waitlist_dock.visibilityChanged.connect(self._build_panel_when_shown)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.waitlist_dock)
        self.waitlist_dock.hide()
        self.waitlist_action = self.waitlist_dock.toggleViewAction()
        self.waitlist_action.setText(self.tr("&Waitlist"))
        self.waitlist_action.setShortcut("Ctrl+Shift+W")
        self.series_dialog: SeriesDialog | None = None

    @property
    def waitlist_panel(self) -> WaitlistPanel:
        return self._panel()

    def _panel(self) -> WaitlistPanel:
        if self._waitlist_panel is None:
            from reservations_app.ui.booking.waitlist_panel import WaitlistPanel

            self._waitlist_panel = WaitlistPanel(self.session)
            self._waitlist_panel.offered.connect(self.offered)
            self.waitlist_dock.setWidget(self._waitlist_panel)
        return self._waitlist_panel

    @Slot(bool)
    def _build_panel_when_shown(self, visible: bool) -> None:
        if visible:
            self._panel()

    def show_matches(self, provider_id: int, start: dt.datetime) -> None:
        """Bring the waitlist forward with the clients who fit this free time."""
        self.waitlist_dock.show()
        self.waitlist_dock.raise_()
        self.waitlist_panel.show_matches(provider_id, start)

    def follow_free_time(self, provider_id: int, start: dt.datetime) -> None:
        """While the waitlist is open, it shows who fits the free time the desk chose."""
        if self.waitlist_dock.isVisible() and self.waitlist_panel.free_time != (provider_id,
                                                                                start):
            self.waitlist_panel.show_matches(provider_id, start)

    def actions(self) -> list[QAction]:
        return [self.series_action, self.waitlist_action]

    @Slot()
    def open_series_dialog(self) -> None:
        from reservations_app.ui.booking.series_dialog import SeriesDialog

        self.series_dialog = SeriesDialog(self.session, self.window)
        self.series_dialog.open()
