"""Every screen usable on a 1024x768 monitor, or 2048x1536 at QT_SCALE_FACTOR=2, which Qt
lays out as the same 1024x768 (issue 13, defect 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from reservations_app.ui.dialogs.about import AboutDialog
from reservations_app.ui.dialogs.client import NewClientDialog
from reservations_app.ui.dialogs.client_history import ClientHistoryDialog
from reservations_app.ui.dialogs.provider import ProviderDialog
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.models.client_model import ClientTableModel
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 768
FRAME_AND_PANEL = 80  # a title bar and a task bar take this much of the height


@pytest.fixture
def window(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.resize(SCREEN_WIDTH, SCREEN_HEIGHT - FRAME_AND_PANEL)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.mark.parametrize("tab_index", [0, 1])
def test_the_window_shrinks_to_a_small_screen_on_every_tab(
        qtbot, window: MainWindow, clinic: Clinic, tab_index: int) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(tab_index)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= SCREEN_WIDTH - 100
    assert minimum.height() <= SCREEN_HEIGHT - FRAME_AND_PANEL
    assert window.width() <= SCREEN_WIDTH


def test_the_booking_tabs_buttons_and_columns_are_on_screen(
        qtbot, window: MainWindow, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    tab = window.booking_tab
    right_edge = window.mapToGlobal(window.rect().topRight()).x()
    for button in tab.hold_panel.buttons:
        assert button.mapToGlobal(button.rect().topRight()).x() <= right_edge
    table = tab.reservations.table
    header = table.horizontalHeader()
    last = tab.reservations.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= \
        table.viewport().width() + 1


def test_client_names_are_not_cut_short_in_a_narrow_finder(
        qtbot, window: MainWindow, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    finder = window.booking_tab.finder
    window.booking_tab.top_splitter.setSizes([220, 400, 300])
    qtbot.waitUntil(lambda: finder.table.isColumnHidden(ClientTableModel.COL_EMAIL),
                    timeout=20_000)
    metrics = finder.table.fontMetrics()
    width = finder.table.columnWidth(ClientTableModel.COL_NAME)
    assert metrics.horizontalAdvance("Cleo Carter") + 8 <= width
    window.booking_tab.top_splitter.setSizes([700, 300, 300])
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: not finder.table.isColumnHidden(ClientTableModel.COL_EMAIL),
                    timeout=20_000)


def test_the_calendar_shows_the_whole_week_with_its_weekend(
        qtbot, window: MainWindow, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.calendar_tab)
    grid = window.calendar_tab.grid
    qtbot.waitUntil(lambda: grid.viewport().width() > 0, timeout=20_000)
    geometry = grid.grid_geometry()
    assert geometry.column_left(6) + geometry.column_width <= grid.viewport().width() + 1


def test_a_size_saved_on_a_bigger_screen_is_fitted_to_this_one(
        qtbot, session: Session, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    big = MainWindow(session)
    qtbot.addWidget(big)
    big.resize(5000, 3000)
    QSettings().setValue("window/geometry", big.saveGeometry())
    assert isinstance(QSettings().value("window/geometry"), QByteArray)
    again = MainWindow(session)
    qtbot.addWidget(again)
    available = again.screen().availableGeometry()
    assert again.width() <= available.width() and again.height() <= available.height()


def _fits(widget: QWidget) -> None:
    widget.show()
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert needed.width() <= SCREEN_WIDTH and needed.height() <= SCREEN_HEIGHT - FRAME_AND_PANEL
    assert widget.width() <= SCREEN_WIDTH and widget.height() <= SCREEN_HEIGHT - FRAME_AND_PANEL


def test_every_dialog_fits_a_small_screen(
        qtbot, window: MainWindow, session: Session, clinic: Clinic) -> None:  # type: ignore[no-untyped-def]
    window.admin.open_users()
    window.admin.open_clinic_settings()
    window.admin.open_audit_trail()
    window.tabs.setCurrentWidget(window.calendar_tab)  # its providers load once it is shown
    qtbot.waitUntil(lambda: window.calendar_tab.current_provider() is not None,
                    timeout=20_000)
    actions = window.calendar_tab.schedule_actions
    dialogs: list[QWidget] = [
        window.admin.users_dialog, window.admin.settings_dialog, window.admin.audit_view,
        actions.add_blocks(), actions.weekly_pattern(), actions.time_off(),
        NewClientDialog(session, "", window), ClientHistoryDialog(session, clinic.ann.id, window),
        ProviderDialog(session, None, window), AboutDialog(session, window)]
    for dialog in dialogs:
        assert dialog is not None
        _fits(dialog)
        dialog.close()
