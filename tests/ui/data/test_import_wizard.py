"""The client import wizard: file, column mapping with the first rows, dry run, import."""

from __future__ import annotations

import pytest

from reservations_app.services import people
from reservations_app.services.changeset import PEOPLE
from reservations_app.ui.data.import_wizard import ImportWizard
from tests.ui.conftest import touching

pytestmark = pytest.mark.backends("sqlite")

FILE = ("Nom;Courriel;Portable;Remarque\r\n"
        "Éloïse Dupré;eloise@mail.example;555 010 7000;mornings\r\n"
        "Ann Again;ann@mail.example;;\r\n"
        ";nobody@mail.example;;\r\n").encode("cp1252")


@pytest.fixture
def wizard(qtbot, session, tmp_path):  # type: ignore[no-untyped-def]
    source = tmp_path / "clients.csv"
    source.write_bytes(FILE)
    shown = ImportWizard(session)
    qtbot.addWidget(shown)
    shown.show()
    shown.file_page.path_edit.setText(str(source))
    return shown


def test_map_preview_and_import(wizard, session, admin, clinic, qtbot):
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert "cp1252" in page.info.text() and "';'" in page.info.text()
    assert page.table.item(1, 0).text() == "Éloïse Dupré"
    assert page.chosen() == {}  # French headers: nothing guessed
    for column, field in enumerate(("name", "email", "phone", "note")):
        combo = page.combos[column]
        combo.setCurrentIndex(combo.findData(field))
    with qtbot.waitSignal(session.ops.changed, timeout=20_000, check_params_cb=touching(PEOPLE)):
        wizard.next()
        preview = wizard.preview_page
        assert wizard.currentPage() is preview
        assert not preview.isComplete()  # the dry run is on the runner; Next waits for it
        qtbot.waitUntil(preview.isComplete, timeout=20_000)
        assert preview.summary.text().startswith("1 will be added, 1 duplicate(s) and 1 invalid")
        assert [preview.table.item(r, 2).text() for r in range(3)] == [
            "will be added", "duplicate", "invalid"]
        assert preview.isComplete()
        assert people.search_clients(admin, "Éloïse") == []  # the dry run wrote nothing
        wizard.accept()
    (added,) = people.search_clients(admin, "Éloïse")
    assert added.email == "eloise@mail.example"
    assert wizard.report is not None and wizard.report.added == 1


def test_a_file_that_cannot_be_read_stays_on_the_first_page(wizard, tmp_path):
    wizard.file_page.path_edit.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "Cannot read the file" in wizard.file_page.error_label.text()


def test_without_a_name_column_nothing_can_be_imported(wizard, qtbot):
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: "No column" in wizard.preview_page.summary.text(), timeout=20_000)
    assert "No column holds the client's name" in wizard.preview_page.summary.text()
    assert not wizard.preview_page.isComplete()
