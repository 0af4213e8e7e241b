"""The client finder's count: exact for a few, capped for many (counting all is O(clients))."""

from __future__ import annotations

import pytest

from reservations_app.ui.booking import client_finder
from reservations_app.ui.booking.client_finder import ClientFinder
from reservations_app.ui.session import Session


def test_the_count_stops_at_its_cap(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_finder, "COUNT_AT_MOST", 2)
    finder = ClientFinder(session)
    qtbot.addWidget(finder)
    assert finder.count_label.text() == "2 or more clients found"  # the clinic has three
    finder.search_edit.setText("ann")
    finder.run_search()
    assert finder.count_label.text() == "1 client found"
    finder.search_edit.setText("nobody by that name")
    finder.run_search()
    assert finder.count_label.text() == "0 clients found"
