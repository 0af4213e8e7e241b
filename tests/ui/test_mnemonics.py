"""Alt+letter reaches one thing only, in every shipped language (issue 17): no two entries of
a menu, no two menus of the menu bar, and no two buttons, tabs or labels of one screen share
their `&` letter; a label with a letter has a buddy to take the focus (without one Qt shows
the `&` itself)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTabBar, QWidget

from reservations_app.ui.language import install_translators, remove_translators
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic
from tests.ui.screens import every_dialog, main_screens

LANGUAGES = ["en", "es", "fr", "de"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    translators = install_translators(qapp, QLocale(request.param))
    yield request.param
    remove_translators(qapp, translators)
    QLocale.setDefault(before)


def mnemonic(text: str) -> str:
    """The letter Alt reaches in `text` ("" when none; "&&" is a plain ampersand)."""
    key = QKeySequence.mnemonic(text).toString() if text else ""
    return key.removeprefix("Alt+").lower()


def clashes(where: str, texts: Iterable[str]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return [f"{where}: Alt+{letter.upper()} for {' and '.join(map(repr, owners))}"
            for letter, owners in sorted(by_letter.items()) if len(owners) > 1]


def menu_clashes(window: MainWindow) -> list[str]:
    bar = window.menuBar()
    found = clashes("menu bar", [action.text() for action in bar.actions()])
    for menu in bar.findChildren(QMenu):
        if not menu.title():
            continue  # the bar's » list of the menus that do not fit
        entries = [action.text() for action in menu.actions()
                   if action.isVisible() and not action.isSeparator()]
        found += clashes(f"menu {menu.title()!r}", entries)
    return found


def screen_texts(top: QWidget) -> list[str]:
    """What Alt+letter can reach in `top` as it shows now: its buttons, its tabs and its
    labels; the menu bar's own letters are checked apart from these."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())
                      if widget.isTabVisible(index)]
    return texts


def labels_without_buddy(top: QWidget) -> list[str]:
    return [f"{type(top).__name__}: label {label.text()!r} has no buddy, so shows its '&'"
            for label in top.findChildren(QLabel)
            if label.isVisibleTo(top) and label.textFormat() is not Qt.TextFormat.RichText
            and mnemonic(label.text()) and label.buddy() is None]


@pytest.mark.backends("sqlite")
def test_no_two_things_share_an_alt_letter(qtbot, session: Session, clinic: Clinic,  # type: ignore[no-untyped-def]
                                           language: str, tmp_path: Path) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = menu_clashes(window)
    for screen in main_screens(window):
        problems += clashes(f"main window, {screen}", screen_texts(window))
        problems += labels_without_buddy(window)
    for dialog in every_dialog(window, session, clinic, tmp_path):
        dialog.show()
        problems += clashes(type(dialog).__name__, screen_texts(dialog))
        problems += labels_without_buddy(dialog)
        dialog.close()
    assert not problems, f"{language}:\n" + "\n".join(sorted(set(problems)))


def test_the_letter_is_the_one_after_a_single_ampersand() -> None:
    assert mnemonic("Save &as…") == "a"
    assert mnemonic("Tom && Jerry") == ""
    assert clashes("m", ["&Open", "&Other", "&Close", "Plain"]) == [
        "m: Alt+O for '&Open' and '&Other'"]
