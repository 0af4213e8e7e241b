"""Tab goes where the eye goes (issue 17): on every screen, pressing Tab from the first field
visits every enabled control, in reading order: top to bottom, left to right on a line, one
panel (group box, splitter pane, side column) finished before the next begins."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic
from tests.ui.screens import every_dialog, main_screens

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTabBar, QTextEdit)
# (search field, the list it filters), by accessible name
SEARCH_THEN_RESULTS = [("Find client", "Clients")]
MOST_LINKS = 5000
LINE = 6  # pixels two things may be out of line and still be on one line


def tab_stops(top: QWidget) -> list[QWidget]:
    """What Tab visits, in the order it visits them: Qt's focus chain, keeping what
    QWidget::focusNextPrevChild keeps."""
    forward = _chain(top, QWidget.nextInFocusChain)
    if forward[-1] is not top:  # stopped short: read the rest backwards, up to the same gap
        backward = _chain(top, QWidget.previousInFocusChain)
        forward += [widget for widget in reversed(backward[:-1]) if widget not in forward]
    return [widget for widget in forward if widget is not top and _takes_tab(widget, top)]


def _chain(top: QWidget, step: Callable[[QWidget], QWidget]) -> list[QWidget]:
    """The chain from `top` round to `top` (last), or up to a link that cannot be followed:
    a wrapper an earlier test left behind, handed out again for a new widget at the old
    address, is a deleted object to Python (PySide keeps wrappers by address)."""
    links: list[QWidget] = []
    widget = top
    while True:
        try:
            widget = step(widget)
            _alive = widget.isWindow()  # the cheapest call that fails on a stale wrapper
        except RuntimeError:
            return links
        links.append(widget)
        if widget is top or len(links) > MOST_LINKS:
            return links


def _takes_tab(widget: QWidget, top: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None \
        and widget.isVisibleTo(top) and widget.isEnabled() and widget.window() is top


def unreachable(top: QWidget, stops: list[QWidget]) -> list[str]:
    """Enabled, visible controls Tab never reaches. Not counted: a toolbar's buttons (the
    menus and shortcuts they repeat reach them) and the parts Qt keeps out of Tab in its own
    compound widgets, named qt_… (a dock's float and close buttons: the View menu; a month
    calendar's arrows and month and year buttons: Page Up, Page Down and the arrow keys)."""
    missed = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.window() is not top \
                or not widget.isVisibleTo(top) or not widget.isEnabled() \
                or isinstance(widget.parentWidget(), QToolBar) \
                or widget.objectName().startswith("qt_") or _inside_reached(widget, stops):
            continue
        missed.append(_name(widget))
    return missed


def _inside_reached(widget: QWidget, stops: list[QWidget]) -> bool:
    """A part of a reached compound control (a spin box's field, a combo box's list)."""
    proxy = widget.focusProxy()
    if proxy is not None and proxy in stops:
        return True
    parent: QWidget | None = widget
    while parent is not None:
        if parent in stops:
            return True
        parent = parent.parentWidget()
    return False


def reading_order(top: QWidget, stops: list[QWidget]) -> list[QWidget]:
    """`stops` as a reader meets them: the panels holding them in reading order, each read
    through before the next, down to the controls themselves."""
    children: dict[QWidget, list[QWidget]] = {}
    for stop in stops:
        child: QWidget = stop
        while child is not top:
            parent = child.parentWidget()
            assert parent is not None
            siblings = children.setdefault(parent, [])
            if child not in siblings:
                siblings.append(child)
            child = parent

    def read(node: QWidget) -> list[QWidget]:
        order = [node] if node in stops else []
        boxes = {child: _box(child, top) for child in children.get(node, [])}
        for child in _xy_cut(boxes):
            order += read(child)
        return order

    return _search_then_results(read(top))


def _xy_cut(boxes: dict[QWidget, QRect]) -> list[QWidget]:
    """Reading order of one panel's parts, as page layout analysis does it: cut into bands
    across the gaps between them, top to bottom; a band that cannot be cut across is cut
    into side-by-side columns (a list with its button beside a form), left to right."""
    if len(boxes) <= 1:
        return list(boxes)
    for split, spans in ((_bands, lambda box: (box.top(), box.bottom())),
                         (_bands, lambda box: (box.left(), box.right()))):
        groups = split(boxes, spans)
        if len(groups) > 1:
            return [widget for group in groups for widget in _xy_cut(group)]
    before = functools.cmp_to_key(lambda a, b: _reads_before(boxes[a], boxes[b]))
    return sorted(boxes, key=before)


def _bands(boxes: dict[QWidget, QRect],
           span: Callable[[QRect], tuple[int, int]]) -> list[dict[QWidget, QRect]]:
    """Groups of boxes whose spans (rows or columns) overlap, in order along that axis."""
    groups: list[tuple[int, dict[QWidget, QRect]]] = []
    for widget, box in sorted(boxes.items(), key=lambda item: span(item[1])[0]):
        low, high = span(box)
        if groups and low + LINE < groups[-1][0]:
            reach, members = groups[-1]
            groups[-1] = (max(reach, high), {**members, widget: box})
        else:
            groups.append((high, {widget: box}))
    return [members for _reach, members in groups]


def _search_then_results(order: list[QWidget]) -> list[QWidget]:
    """A search field is followed by the list it filters, before the buttons beside it:
    type, then Tab into what was found (the one order chosen over the geometry's)."""
    for searcher, results in SEARCH_THEN_RESULTS:
        found = {widget.accessibleName(): widget for widget in order}
        if searcher in found and results in found:
            order.remove(found[results])
            order.insert(order.index(found[searcher]) + 1, found[results])
    return order


def _box(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _reads_before(a: QRect, b: QRect) -> int:
    if a.bottom() <= b.top() + LINE:
        return -1
    if b.bottom() <= a.top() + LINE:
        return 1
    if abs(a.left() - b.left()) > LINE:  # side by side
        return -1 if a.left() < b.left() else 1
    return -1 if a.top() < b.top() else (1 if a.top() > b.top() else 0)


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = widget.accessibleName() or (text() if callable(text) else "") or widget.objectName()
    return f"{type(widget).__name__} {label!r}"


def focus_problems(top: QWidget, where: str) -> list[str]:
    stops = tab_stops(top)
    problems = [f"{where}: Tab never reaches {name}" for name in unreachable(top, stops)]
    expected = reading_order(top, stops)
    if not stops:
        return problems
    start = stops.index(expected[0])
    walked = stops[start:] + stops[:start]
    for position, (got, wanted) in enumerate(zip(walked, expected, strict=True)):
        if got is not wanted:
            problems.append(f"{where}: Tab stop {position + 1} is {_name(got)}, the reader "
                            f"expects {_name(wanted)}; Tab order: "
                            + ", ".join(_name(widget) for widget in walked))
            break
    return problems


@pytest.mark.backends("sqlite")
def test_tab_follows_the_reading_order_and_reaches_every_control(
        qtbot, session: Session, clinic: Clinic, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for screen in main_screens(window):
        problems += focus_problems(window, f"main window, {screen}")
    for dialog in every_dialog(window, session, clinic, tmp_path):
        dialog.show()
        problems += focus_problems(dialog, type(dialog).__name__)
        dialog.close()
    assert not problems, "\n".join(problems)
