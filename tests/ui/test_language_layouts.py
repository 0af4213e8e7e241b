"""Every window and dialog in every shipped language, and in a pseudo-language 40% longer than
English, at 1024x768: no text cut off (too wide, wrapped onto more lines than shown, or under
a menu arrow), no widget outside its window (issue 17)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from reservations_app import ui
from reservations_app.ui.language import install_translators, remove_translators
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic
from tests.ui.pseudo import PseudoTranslator
from tests.ui.screens import SCREEN_HEIGHT, SCREEN_WIDTH, every_dialog, main_screens
from tests.ui.test_translations import _messages, translations

LANGUAGES = ["es", "fr", "de", "pseudo"]
SLACK = 1  # a pixel of rounding
GAP = 2  # between a text and the arrow drawn beside it


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest,
             qapp: QApplication) -> Iterator[tuple[str, list[QTranslator]]]:
    before = QLocale()
    translators: list[QTranslator]
    if request.param == "pseudo":
        translators = [PseudoTranslator(qapp)]
        qapp.installTranslator(translators[0])
    else:
        translators = install_translators(qapp, QLocale(request.param))
    yield request.param, translators
    remove_translators(qapp, translators)
    QLocale.setDefault(before)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area, being outside the visible part is what scrolling is for."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped_by_parent(widget: QWidget, top: QWidget) -> bool:
    """Sticking out of its parent, which hides the rest (a full row in a narrow panel)."""
    parent = widget.parentWidget()
    if parent is None or parent is top or widget.isWindow():
        return False
    box = widget.geometry()
    return box.right() > parent.width() + SLACK or box.bottom() > parent.height() + SLACK


def _cut_off(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        if not widget.text() or not widget.pixmap().isNull():
            return False
        if widget.wordWrap():  # wrapped onto more lines than its height shows
            return widget.heightForWidth(widget.width()) > widget.height() + SLACK
        return widget.sizeHint().width() > widget.width() + SLACK
    if isinstance(widget, QToolButton) and _arrow_over_text(widget):
        return True
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return _elided_combo(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        if isinstance(widget.parentWidget(), QToolBar):
            return False  # a full toolbar moves its last buttons behind its » menu
        return widget.minimumSizeHint().width() > widget.width() + SLACK
    return False


def _arrow_over_text(button: QToolButton) -> bool:
    """A button that pops its menu at once draws the menu's arrow in its bottom right corner
    (QCommonStyle: from `right + 5 - indicator`), over the end of its centred text unless its
    size leaves room for it; its own size hint does not."""
    if button.menu() is None or not button.text() \
            or button.popupMode() is not QToolButton.ToolButtonPopupMode.InstantPopup \
            or (button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
                and not button.icon().isNull()):
        return False
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    text_right = (button.width() + text) / 2
    arrow_left = button.width() - 1 + 5 - arrow
    return text_right + GAP > arrow_left


def _elided_combo(combo: QComboBox) -> bool:
    """The chosen entry wider than the box's text field: the box shows it elided."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width() + SLACK


def layout_problems(top: QWidget) -> list[str]:
    problems = []
    if top.width() > SCREEN_WIDTH or top.height() > SCREEN_HEIGHT:
        problems.append(f"{type(top).__name__} is {top.width()}x{top.height()}")
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or _scrolled(widget, top):
            continue
        name = f"{type(top).__name__}/{type(widget).__name__} {widget.objectName()!r}"
        corner = widget.mapTo(top, QPoint(0, 0))
        if corner.x() < -SLACK or corner.y() < -SLACK \
                or corner.x() + widget.width() > top.width() + SLACK \
                or corner.y() + widget.height() > top.height() + SLACK:
            problems.append(f"{name} outside the window")
        elif _clipped_by_parent(widget, top):
            problems.append(f"{name} cut off by {type(widget.parentWidget()).__name__}")
        if _cut_off(widget):
            text = widget.currentText() if isinstance(widget, QComboBox) \
                else widget.text()  # type: ignore[attr-defined]
            problems.append(f"{name} cut off: {text!r}")
    return problems


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Loaded data shown and laid out: a text set by a finished load asks for a new layout."""
    qtbot.wait(50)
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


@pytest.mark.backends("sqlite")
def test_every_screen_fits_1024x768_in_every_language(
        qtbot, session: Session, clinic: Clinic,  # type: ignore[no-untyped-def]
        language: tuple[str, list[QTranslator]], tmp_path: Path) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for _screen in main_screens(window):
        _settle(qtbot)
        problems += layout_problems(window)
    for dialog in every_dialog(window, session, clinic, tmp_path):
        dialog.show()
        dialog.resize(dialog.size().boundedTo(window.size()))
        _settle(qtbot)
        problems += layout_problems(dialog)
        dialog.close()
    assert not problems, "\n".join(problems)
    pseudo = language[1][0]
    if isinstance(pseudo, PseudoTranslator):
        missing = _not_extracted(pseudo)
        assert not missing, "\n".join(missing)


def _not_extracted(pseudo: PseudoTranslator) -> list[str]:
    """Texts the screens asked to translate that no .ts file holds: lupdate cannot see them."""
    known = set()
    for language in translations.LANGUAGES:
        known |= {source for _context, source in _messages(translations.ts_path(language))}
    return sorted(f"{context}: {source!r}" for context, source in pseudo.asked
                  if not context.startswith("Q") and source not in known)



@pytest.mark.backends("sqlite")
def test_every_dialog_of_the_app_is_among_the_screens(
        qtbot, session: Session, clinic: Clinic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A dialog added to the app without a line in screens.py would escape these tests."""
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()  # the calendar tab reads its providers when first shown
    shown = {type(dialog).__name__ for dialog in every_dialog(window, session, clinic, tmp_path)}
    assert sorted(app_dialogs() - shown) == []


def app_dialogs() -> set[str]:
    """Every dialog class of the app that is not only a base for others."""
    for module in pkgutil.walk_packages(ui.__path__, "reservations_app.ui."):
        importlib.import_module(module.name)
    found, pending = set(), [QDialog]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.startswith("reservations_app.") \
                    and not subclass.__subclasses__():
                found.add(subclass.__name__)
    return found
