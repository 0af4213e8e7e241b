"""The client finder: its count, exact for a few and capped for many (counting all is
O(clients)), and Enter that takes what the search finds even before it has answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reservations_app.ui.booking import client_finder
from reservations_app.ui.booking.client_finder import ClientFinder
from reservations_app.ui.session import Session
from tests.ui.conftest import settle


def test_the_count_stops_at_its_cap(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_finder, "COUNT_AT_MOST", 2)
    finder = ClientFinder(session)
    qtbot.addWidget(finder)
    settle(qtbot, session)
    assert finder.count_label.text() == "2 or more clients found"  # the clinic has three
    finder.search_edit.setText("ann")
    finder.run_search()
    settle(qtbot, session)
    assert finder.count_label.text() == "1 client found"
    finder.search_edit.setText("nobody by that name")
    finder.run_search()
    settle(qtbot, session)
    assert finder.count_label.text() == "0 clients found"


def test_enter_right_after_typing_takes_the_client_the_search_finds(
        qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    finder = ClientFinder(session)
    qtbot.addWidget(finder)
    settle(qtbot, session)
    finder.search_edit.setFocus()
    qtbot.keyClicks(finder.search_edit, "cleo")
    with qtbot.waitSignal(finder.client_accepted, timeout=20_000):
        qtbot.keyClick(finder.search_edit, Qt.Key.Key_Return)  # before the search answered
    assert finder.current_client() is not None
    assert finder.current_client().name == "Cleo Carter"
