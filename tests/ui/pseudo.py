"""A pseudo-language 40% longer than English: every word of every translated string grows,
so a layout that only just fits the English text shows where a longer language will be cut."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

GROWTH = 0.4
# Words only: placeholders ({day}, %1, %n), HTML tags and entities stay as they are.
_WORD = re.compile(r"(?<![{%</\w])[A-Za-z]+(?![\w};])")


def lengthen(text: str) -> str:
    def grow(match: re.Match[str]) -> str:
        word = match.group(0)
        extra = math.ceil(len(word) * GROWTH)
        return word + (word.lower() * 2)[:extra]

    return _WORD.sub(grow, text)


class PseudoTranslator(QTranslator):
    """Also remembers every (context, text) the app asked for, so a test can find texts that
    reach tr() without lupdate seeing them (a variable, a constant without QT_TRANSLATE_NOOP)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if source:
            self.asked.add((context, source))
        return lengthen(source) if source else source

    def isEmpty(self) -> bool:
        return False
