"""The Booking tab's client records: add a client (from what was typed), edit the chosen one,
open their history; and the hint that says which client to choose before holding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog

from reservations_app.ui.message_banner import Kind

# The dialogs' modules are imported when a dialog first opens, not with the main window
# (issue 10: start-up memory); each builds in a moment.

if TYPE_CHECKING:
    from reservations_app.ui.booking.tab import BookingTab


class ClientActions(QObject):
    def __init__(self, tab: BookingTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self._session = tab.session

    @Slot()
    def add_client(self) -> None:
        tab = self._tab
        typed = tab.finder.search_edit.text().strip()
        looks_like_name = typed and "@" not in typed and not any(ch.isdigit() for ch in typed)
        from reservations_app.ui.dialogs.client import NewClientDialog

        dialog = NewClientDialog(self._session, typed if looks_like_name else "", tab)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client is not None:
            tab.finder.select_client(dialog.client)
            tab.say(self.tr("Added {client}. Pick a free slot and hold it (Enter).").format(
                client=dialog.client.name), Kind.SUCCESS)
            tab.picker.table.setFocus()

    @Slot()
    def edit_client(self) -> None:
        """Correct the chosen client's record (duplicate rules checked again)."""
        tab = self._tab
        client = tab.finder.current_client()
        if client is None:
            tab.say(self.tr("Choose the client to edit first (Ctrl+F)."), Kind.WARNING)
            return
        from reservations_app.ui.dialogs.client_edit import EditClientDialog

        dialog = EditClientDialog(self._session, client, tab)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client is not None:
            tab.finder.select_client(dialog.client)
            tab.say(self.tr("Saved {client}.").format(client=dialog.client.name), Kind.SUCCESS)

    @Slot()
    def show_client_history(self) -> None:
        """The chosen client's reservations (and, for admins, their audit trail)."""
        client = self._tab.finder.current_client()
        if client is not None:
            from reservations_app.ui.dialogs.client_history import ClientHistoryDialog

            ClientHistoryDialog(self._session, client.id, self._tab).exec()

    def choose_client_hint(self) -> str:
        finder = self._tab.finder
        typed = finder.search_edit.text().strip()
        if finder.model.rowCount() > 1 and typed:
            return self.tr("Several clients match \u201c{typed}\u201d. Pick the right one in "
                           "the Client list (Up/Down, then Enter), then hold.").format(
                typed=typed)
        return self.tr("Choose a client first: type a name, email or phone in the Client box "
                       "(Ctrl+F).")
