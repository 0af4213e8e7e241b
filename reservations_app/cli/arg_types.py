"""argparse types shared by the command modules: each turns one word of the command line into
a value or an argparse error (a usage error, exit 2)."""

from __future__ import annotations

import argparse

BIGGEST_ID = 2**63 - 1  # what an id column holds on either backend
BIGGEST_COUNT = 10**9  # a page size or offset beyond any clinic's rows
LONGEST_SEARCH = 200
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a whole number") from exc


def id_number(text: str) -> int:
    value = _whole_number(text)
    if not 0 < value <= BIGGEST_ID:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not an id (1 or more)")
    return value


def positive_number(text: str) -> int:
    """A number of things, such as weeks or visits, where none makes no sense."""
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a number of 1 or more")
    return value


def count(text: str) -> int:
    value = _whole_number(text)
    if not 0 <= value <= BIGGEST_COUNT:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not between 0 and {BIGGEST_COUNT}")
    return value


def search_text(text: str) -> str:
    if len(text) > LONGEST_SEARCH:
        raise argparse.ArgumentTypeError(f"a search is at most {LONGEST_SEARCH} characters")
    return text


def weekday(text: str) -> int:
    key = text.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise argparse.ArgumentTypeError(f"'{text}' is not a weekday (mon, tue, ... sun)")
    return WEEKDAYS[key]
