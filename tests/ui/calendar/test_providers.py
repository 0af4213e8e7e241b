"""The provider list, its search, the provider dialog, and what each role may touch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox

from reservations_app.domain.access import Actor
from reservations_app.domain.model import Provider, Role
from reservations_app.services import people
from reservations_app.store.connect import Target
from reservations_app.ui.calendar.editor import Outcome
from reservations_app.ui.calendar.tab import CalendarTab
from reservations_app.ui.dialogs.provider import ProviderDialog
from reservations_app.ui.session import Session
from tests.ui.calendar.conftest import DAY, FakeClock
from tests.ui.calendar.helpers import closed
from tests.ui.conftest import changed_elsewhere, settle, touching


def save(qtbot, dialog: ProviderDialog) -> None:  # type: ignore[no-untyped-def]
    """Press Save and wait for the answer (the dialog closes or says why)."""
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, dialog._session)


def fill(qtbot, dialog: ProviderDialog, name: str, email: str, zone: str) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, email)
    dialog.zone_combo.setCurrentText(zone)


def test_a_duplicate_email_is_shown_in_the_dialog(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.schedule_actions.new_provider()
    fill(qtbot, dialog, "Ann Lee Again", "ANN@clinic.example ", "Europe/Berlin")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "already exists" in dialog.error.text() and "Dr. Ann Lee" in dialog.error.text()
    assert len(people.list_providers(tab.session.actor)) == 1


def test_an_unknown_zone_is_refused_inline(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.schedule_actions.new_provider()
    fill(qtbot, dialog, "Bo Chen", "bo@clinic.example", "Mars/Olympus")
    save(qtbot, dialog)
    assert dialog.isVisible() and "Unknown time zone" in dialog.error.text()


def test_a_new_provider_is_listed_and_selected(
        qtbot, tab: CalendarTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#10b981"))
    dialog = tab.schedule_actions.new_provider()
    fill(qtbot, dialog, "Bo Chen", "bo@clinic.example", "Europe/Berlin")
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.session.ops.changed,
                          check_params_cb=touching("people"), timeout=20_000):
        save(qtbot, dialog)
    assert closed(dialog)
    current = tab.current_provider()
    assert current is not None and current.name == "Bo Chen"
    assert current.timezone == "Europe/Berlin" and current.color == "#10b981"
    assert tab.providers.model.rowCount() == 2
    assert "Europe/Berlin" in tab.title.text()


def test_editing_a_provider_changes_the_zone_the_grid_is_drawn_in(
        qtbot, tab: CalendarTab, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.schedule_actions.edit_provider()
    assert dialog is not None and dialog.email_edit.text() == provider.email
    dialog.zone_combo.setCurrentText("Asia/Kolkata")
    save(qtbot, dialog)
    assert closed(dialog)
    assert "Asia/Kolkata (UTC+5:30)" in tab.title.text()


def test_the_zone_list_narrows_as_you_type(qtbot, tab: CalendarTab) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.schedule_actions.new_provider()
    completer = dialog.zone_combo.completer()
    completer.setCompletionPrefix("kolk")
    matches = [completer.completionModel().index(row, 0).data()
               for row in range(completer.completionModel().rowCount())]
    assert matches == ["Asia/Kolkata"]


def test_the_search_box_filters_the_list(qtbot, tab: CalendarTab, session: Session) -> None:  # type: ignore[no-untyped-def]
    people.add_provider(session.actor, "Tom Becker", "tom@clinic.example", "America/Chicago",
                        session.now())
    changed_elsewhere(session, "people")
    settle(qtbot, session)
    assert tab.providers.proxy.rowCount() == 2
    qtbot.keyClicks(tab.providers.search, "chicago")
    assert tab.providers.proxy.rowCount() == 1
    qtbot.keyClick(tab.providers.search, Qt.Key.Key_Return)
    current = tab.current_provider()
    assert current is not None and current.name == "Tom Becker"


def make_tab(qtbot, db: Target, actor: Actor, clock: FakeClock) -> CalendarTab:  # type: ignore[no-untyped-def]
    widget = CalendarTab(Session(actor, db, clock=clock))
    qtbot.addWidget(widget)
    widget.show()  # the tab loads its providers when it is first shown
    widget.show_date(DAY)
    settle(qtbot, widget.session)
    return widget


def test_the_tab_reads_nothing_until_it_is_first_shown(qtbot, db: Target, provider: Provider,
                                                        desk: Actor, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    tab = CalendarTab(Session(desk, db, clock=clock))
    qtbot.addWidget(tab)
    settle(qtbot, tab.session)
    assert tab.current_provider() is None  # hidden behind the Booking tab at start: no reads
    tab.show()
    qtbot.waitUntil(lambda: tab.current_provider() == provider, timeout=20_000)


def test_the_front_desk_may_look_but_not_edit(qtbot, db: Target, provider: Provider,
                                               desk: Actor, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(qtbot, db, desk, clock)
    assert tab.current_provider() == provider
    for action in (tab.add_blocks_action, tab.weekly_pattern_action, tab.time_off_action,
                   tab.new_provider_action, tab.edit_provider_action):
        assert not action.isEnabled()
    menu = tab.schedule_actions.build_menu(DAY, None)
    assert [a.isEnabled() for a in menu.actions() if not a.isSeparator()] == [False, False]


def test_a_provider_edits_only_their_own_schedule(qtbot, db: Target, provider: Provider,
                                                  admin: Actor, now: dt.datetime,
                                                  clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    other = people.add_provider(admin, "Bo Chen", "bo@clinic.example", "Europe/Berlin", now)
    actor = Actor("bo", Role.PROVIDER, "test-desk", provider_id=other.id)
    tab = make_tab(qtbot, db, actor, clock)
    assert tab.current_provider() == other  # their own schedule comes first
    assert tab.add_blocks_action.isEnabled() and not tab.new_provider_action.isEnabled()
    tab.select_provider(provider.id)
    assert tab.current_provider() == provider
    assert not tab.add_blocks_action.isEnabled() and not tab.time_off_action.isEnabled()
    outcomes: list[Outcome] = []
    tab.schedule_actions.add_drawn_block(DAY, 600, 660, outcomes.append)
    settle(qtbot, tab.session)
    assert [outcome.done for outcome in outcomes] == [False]
