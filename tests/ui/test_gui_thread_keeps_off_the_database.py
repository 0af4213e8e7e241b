"""At the desk the GUI thread never talks to the database itself (issue 10): the window is
built, the day loaded, the tabs visited and the day switched, and every statement runs on a
runner's worker; the live feed polls on a thread of its own (ui/live.py)."""

from __future__ import annotations

import threading
import traceback
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reservations_app.domain.access import Actor
from reservations_app.store.models import database
from reservations_app.ui import app
from reservations_app.ui.main_window import MainWindow
from reservations_app.ui.session import Session
from tests.ui.conftest import Clinic, settle


def _where(stack: list[traceback.FrameSummary]) -> str:
    ours = [f"{frame.filename.rsplit('/', 1)[-1]}:{frame.name}" for frame in reversed(stack)
            if "reservations_app" in frame.filename]
    return " <- ".join(ours[:6])


class GuiThreadStatements:
    """Notes where the GUI thread asks the database for a connection or a cursor."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[str] = []
        kind = type(database.obj)
        for name in ("connection", "cursor"):
            monkeypatch.setattr(kind, name, self._watched(getattr(kind, name)))

    def _watched(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def watched(db: Any, *args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                self.seen.append(_where(traceback.extract_stack()))
            return original(db, *args, **kwargs)

        return watched


def test_the_desk_builds_loads_and_switches_without_the_gui_thread_touching_the_database(
        qtbot: QtBot, session: Session, clinic: Clinic, monkeypatch: pytest.MonkeyPatch) -> None:
    database.close()  # the fixtures' set-up used this thread's connection; the desk does not
    statements = GuiThreadStatements(monkeypatch)
    session.load_policy()  # as the start does, before any window
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, session)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(100)
        settle(qtbot, session)
    window.tabs.setCurrentIndex(0)
    window.booking_tab.picker.next_day_action.trigger()
    settle(qtbot, session)
    qtbot.wait(1_500)  # a live-feed poll or two, and the collector's tick
    settle(qtbot, session)
    assert Counter(statements.seen) == Counter()


def test_switch_user_opens_the_next_window_without_the_gui_thread_touching_the_database(
        qtbot: QtBot, session: Session, clinic: Clinic, desk: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The next person's session reads the clinic's settings on the runner before their
    window is built, as the start does (a read on the GUI thread blocks it while the file is
    locked)."""
    session.load_policy()
    windows: list[MainWindow] = []
    old = app.open_window(session, app.app_paths(), "desk-1", windows)  # switch_user deletes it
    settle(qtbot, session)
    monkeypatch.setattr(app, "sign_in", lambda *_args, **_kwargs: desk)
    database.close()
    statements = GuiThreadStatements(monkeypatch)
    replacement = app.switch_user(old, app.app_paths(), "desk-1", windows)
    assert replacement is not None and windows == [replacement]
    qtbot.addWidget(replacement)
    settle(qtbot, replacement.session)
    assert Counter(statements.seen) == Counter()
