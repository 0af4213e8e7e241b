"""The tab widget that repaints only what changed: a page's new text repaints that text, not the
whole tab widget; its tabs, pages and parents still follow real changes of size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reservations_app.ui.steady_tabs import SteadyTabWidget


class _Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _window(qtbot: QtBot) -> tuple[QWidget, SteadyTabWidget, QLabel, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    tabs = SteadyTabWidget(window)
    QVBoxLayout(window).addWidget(tabs)
    page = QWidget()
    changing, steady = QLabel("short", page), QLabel("never changes", page)
    layout = QVBoxLayout(page)
    layout.addWidget(changing)
    layout.addWidget(steady)
    layout.addStretch(1)
    tabs.addTab(page, "Page")
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, tabs, changing, steady


def _settle(qtbot: QtBot, changed: _Paints) -> None:
    qtbot.waitUntil(lambda: changed.count > 0, timeout=20000)
    qtbot.wait(50)  # any repaint the change set off has run by now


def test_new_text_on_a_page_repaints_that_label_only(qtbot: QtBot) -> None:
    _window_, _tabs, changing, steady = _window(qtbot)
    qtbot.wait(50)
    changed, unchanged = _Paints(changing), _Paints(steady)
    changing.setText("a much longer text than before, which needs a new size")
    _settle(qtbot, changed)
    assert unchanged.count == 0


def test_a_longer_tab_title_still_widens_the_tab(qtbot: QtBot) -> None:
    _window_, tabs, _changing, _steady = _window(qtbot)
    before = tabs.tabBar().tabRect(0).width()
    tabs.setTabText(0, "A page with a much longer title")
    qtbot.waitUntil(lambda: tabs.tabBar().tabRect(0).width() > before, timeout=20000)


def test_a_page_that_grows_still_grows_the_window_minimum(qtbot: QtBot) -> None:
    window, _tabs, changing, _steady = _window(qtbot)
    before = window.minimumSizeHint().height()
    changing.setMinimumHeight(before + 200)
    qtbot.waitUntil(lambda: window.minimumSizeHint().height() > before + 150, timeout=20000)
