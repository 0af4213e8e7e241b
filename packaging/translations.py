"""`make translations`: refresh every language's `.ts` file from the GUI's tr() calls, then
compile them to the `.qm` files the app loads (resources/translations, shipped with the rest
of resources/ by setup.py and packaging/reservations.spec).

English is the source language, so its file holds only the plural (%n) messages: Qt picks the
singular or plural form from it. Those it fills the English way ("%n client(s)" -> "%n client"
/ "%n clients"); a translator only ever edits the other languages' files (Qt Linguist).

    python packaging/translations.py          # refresh and compile
    python packaging/translations.py --check  # print what is missing, exit 1 if anything is
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "es", "fr", "de")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def gui_sources() -> list[str]:
    """Every module whose strings a person reads through tr() or QCoreApplication.translate."""
    listed = subprocess.run(["git", "ls-files", "reservations_app/*.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.split()
    return [name for name in listed
            if any(call in (ROOT / name).read_text(encoding="utf-8")
                   for call in ("tr(", "QCoreApplication.translate("))]


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"reservations_{language}.ts"


def update(language: str, folder: Path = FOLDER) -> None:
    """Extract the strings into the language's file: new ones unfinished, gone ones dropped,
    no line numbers (they would change the file on every edit of the code)."""
    options = ["-locations", "none", "-no-obsolete", "-silent", "-target-language", language,
               "-source-language", SOURCE_LANGUAGE]
    if language == SOURCE_LANGUAGE:
        options.append("-pluralonly")
    subprocess.run([tool("pyside6-lupdate"), *gui_sources(), *options, "-ts",
                    str(ts_path(language, folder))], cwd=ROOT, check=True)


def english_forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english(path: Path) -> None:
    """The English singular and plural of each '%n thing(s)' message that has none yet."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for form in list(translation):
            translation.remove(form)
        for text in english_forms(source):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def release(language: str, folder: Path = FOLDER) -> Path:
    source = ts_path(language, folder)
    compiled = source.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-removeidentical", str(source),
                    "-qm", str(compiled)], cwd=ROOT, check=True)
    return compiled


def unfinished(path: Path) -> list[str]:
    """The messages of a .ts file still to translate, or left over from a removed string."""
    problems = []
    for context in ET.parse(path).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is None or kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{context.findtext('name')}: {message.findtext('source')!r}"
                                f" ({kind or 'missing'})")
    return problems


_PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n|<[^>]+>")


def placeholders(text: str) -> list[str]:
    """What the code fills in or Qt reads ({day}, %1, %n, <b>): a translation keeps them all."""
    return sorted(_PLACEHOLDER.findall(text))


def mismatched(path: Path) -> list[str]:
    """Translations that lost or invented a placeholder, or carry two shortcut letters."""
    problems = []
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] \
            or [translation.text or ""]
        for form in forms:
            expected = placeholders(source)
            if message.get("numerus") == "yes" and "%n" not in form:
                expected = [name for name in expected if name != "%n"]  # "one" may say it
            if placeholders(form) != expected or form.count("&") > max(1, source.count("&")):
                problems.append(f"{source!r} -> {form!r}")
    return problems


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        for language in LANGUAGES:
            update(language)
        fill_english(ts_path(SOURCE_LANGUAGE))
        for language in LANGUAGES:
            release(language)
    missing = {language: unfinished(ts_path(language)) for language in LANGUAGES}
    for language, problems in missing.items():
        for problem in problems:
            print(f"{language}: {problem}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
