"""The language the desk reads: the system's locale, or the user's own choice (QSettings,
applied at the next start), with the app's translation and Qt's own loaded for it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reservations_app.assets import resource_path

log = logging.getLogger(__name__)

SETTINGS_LANGUAGE = "ui/language"
# The languages shipped, each named in itself so a person who cannot read the current one
# still finds their own. English is the source text; its file carries the plural forms.
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"


def translations_dir() -> Path:
    return resource_path("translations")


def chosen_language() -> str:
    """The user's stored choice, or "" to follow the system."""
    value = str(QSettings().value(SETTINGS_LANGUAGE, "") or "")
    return value if value in LANGUAGES else ""


def store_language(code: str) -> None:
    """"" follows the system again."""
    if code:
        QSettings().setValue(SETTINGS_LANGUAGE, code)
    else:
        QSettings().remove(SETTINGS_LANGUAGE)


def locale_for(code: str) -> QLocale:
    """The locale for a stored choice. A chosen language keeps the system's country when it
    speaks that language (fr in Quebec stays fr_CA: its dates and week), else its own default."""
    system = QLocale.system()
    if not code:
        return system
    if QLocale.languageToCode(system.language()) == code:
        return system
    return QLocale(code)


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Loads English (the plural forms of the source text), then the locale's own language
    on top of it, then Qt's standard-dialog strings; returns them so they stay alive."""
    QLocale.setDefault(locale)
    code = QLocale.languageToCode(locale.language())
    installed = []
    names = [f"reservations_{SOURCE_LANGUAGE}"]
    if code != SOURCE_LANGUAGE and code in LANGUAGES:
        names.append(f"reservations_{code}")
    for name in names:
        translator = QTranslator(app)
        if translator.load(name, str(translations_dir())):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, translations_dir())
    qt_own = QTranslator(app)
    if code != SOURCE_LANGUAGE and any(qt_own.load(locale, "qtbase", "_", str(folder))
                                       for folder in qt_translation_dirs()):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's configured folder, else the one inside PySide6
    (a bundle may not carry the configuration that points there)."""
    import PySide6

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class LanguageDialog(QDialog):
    """The user's own language (stored per user account of the computer, not for the clinic)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(self.tr("As the system ({language})").format(
            language=QLocale.system().nativeLanguageName()), "")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen_language())))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.combo)
        note = QLabel(self.tr("The new language applies the next time the app starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        store_language(str(self.combo.currentData() or ""))
        super().accept()


class TranslationContext:
    """Strings outside a QObject's own methods: `Name.tr("...")` in a subclass named Name is
    what lupdate reads as context Name, and what this looks up at run time."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
