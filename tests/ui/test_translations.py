"""The shipped translations: complete, current with the code, compiled, and loaded (issue 17)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from reservations_app.ui.language import (
    LANGUAGES,
    LanguageDialog,
    chosen_language,
    install_translators,
    locale_for,
    remove_translators,
    store_language,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py, the `make translations` script)

FILES = [translations.ts_path(language) for language in translations.LANGUAGES]


def _messages(path: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(path).iter("context")
            for message in context.iter("message")}


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_no_entry_is_unfinished_or_obsolete(path: Path) -> None:
    assert translations.unfinished(path) == []


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_every_translation_keeps_the_placeholders_and_one_shortcut(path: Path) -> None:
    assert translations.mismatched(path) == []


def test_the_placeholder_check_catches_a_lost_one(tmp_path: Path) -> None:
    broken = tmp_path / "x.ts"
    broken.write_text('<TS version="2.1"><context><name>A</name><message><source>On {day}'
                      '</source><translation>Am Tag</translation></message></context></TS>')
    assert translations.mismatched(broken) == ["'On {day}' -> 'Am Tag'"]


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_ts_files_hold_exactly_the_strings_of_the_code(language: str, tmp_path: Path) -> None:
    """A string added or changed in the code without `make translations` fails here."""
    shutil.copy(translations.ts_path(language), tmp_path)
    translations.update(language, tmp_path)
    assert _messages(translations.ts_path(language, tmp_path)) == \
        _messages(translations.ts_path(language))


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_qm_files_are_compiled_from_the_current_ts(language: str, tmp_path: Path) -> None:
    shipped = translations.ts_path(language).with_suffix(".qm")
    # Compared by content, not by date: a fresh clone gives every file its checkout time.
    assert shipped.exists()
    shutil.copy(translations.ts_path(language), tmp_path)
    assert translations.release(language, tmp_path).read_bytes() == shipped.read_bytes()


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[object]:
    before = QLocale()
    loaded: list[object] = []

    def load(code: str) -> None:
        loaded.extend(install_translators(qapp, QLocale(code)))

    yield load
    remove_translators(qapp, loaded)  # type: ignore[arg-type]
    QLocale.setDefault(before)


def _tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_english_plurals_come_from_the_english_file(in_language) -> None:  # type: ignore[no-untyped-def]
    in_language("en")
    assert _tr("ClientFinder", "%n client(s) found", 1) == "1 client found"
    assert _tr("ClientFinder", "%n client(s) found", 3) == "3 clients found"


@pytest.mark.parametrize(("code", "one", "many"), [
    ("de", "1 Patient gefunden", "3 Patienten gefunden"),
    ("es", "1 paciente encontrado", "3 pacientes encontrados"),
    ("fr", "1 patient trouvé", "3 patients trouvés")])
def test_each_language_and_its_plurals_load(in_language, code: str, one: str,  # type: ignore[no-untyped-def]
                                            many: str) -> None:
    in_language(code)
    assert _tr("ClientFinder", "%n client(s) found", 1) == one
    assert _tr("ClientFinder", "%n client(s) found", 3) == many
    assert _tr("MainWindow", "&File") != "&File"
    assert QLocale().name().startswith(code)


def test_qts_own_dialog_strings_load_too(in_language) -> None:  # type: ignore[no-untyped-def]
    in_language("de")
    assert _tr("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_language_choice_is_the_users_and_follows_the_system_by_default(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    assert chosen_language() == ""
    assert locale_for("") == QLocale.system()
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert dialog.combo.count() == len(LANGUAGES) + 1
    dialog.combo.setCurrentIndex(dialog.combo.findData("fr"))
    dialog.accept()
    assert QSettings().value("ui/language") == "fr"
    assert chosen_language() == "fr"
    assert QLocale.languageToCode(locale_for("fr").language()) == "fr"
    store_language("")
    assert chosen_language() == ""
