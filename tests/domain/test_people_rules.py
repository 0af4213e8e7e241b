"""What the desk types about people: phones, emails, names, notes, search patterns."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain import people
from reservations_app.domain.errors import InvalidInput


@pytest.mark.parametrize(("typed", "region", "stored"), [
    ("555 010 2030", "US", "+15550102030"),
    ("(555) 010-2030", "US", "+15550102030"),
    ("+1 555.010.2030", "DE", "+15550102030"),
    ("１５５５０１０２０３０", "US", "+15550102030"),
    ("030 1234567", "DE", "+49301234567"),
    ("020 7946 0018", "GB", "+442079460018"),
    ("", "US", None),
    ("   ", "US", None),
])
def test_phones_become_e164(typed: str, region: str, stored: str | None) -> None:
    assert people.clean_phone(typed, region) == stored


@pytest.mark.parametrize("typed", ["12", "555-0101", "+999 123", "1" * 25, "ring me",
                                   "555\u202e0102030", "555 010 2030 ext. seven"])
def test_impossible_phones_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput):
        people.clean_phone(typed, "US")


def test_unknown_region_is_refused() -> None:
    with pytest.raises(InvalidInput, match="phone region"):
        people.clean_phone("555 010 2030", "ZZ")


def test_phone_digits_fold_full_width_digits() -> None:
    assert people.phone_digits("５５５-０１０") == "555010"
    assert people.search_needle("５５５ ０１０") == "555010"


@pytest.mark.parametrize("text", ["Ann\u202eLee", "Ann\u2067Lee", "Ann\x1b[2J", "Ann\x00",
                                  "Ann\u200fLee", "Ann\ue000"])
def test_names_with_hidden_characters_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="control character"):
        people.clean_name(text)


def test_line_breaks_in_names_fold_into_spaces() -> None:
    assert people.clean_name("Ann\u2028Lee\nRoe") == "Ann Lee Roe"


def test_ordinary_names_from_many_scripts_pass() -> None:
    for name in ("Zoë O'Brien-Łukasiewicz", "李小龍", "مرحبا", "Ava  Novak", "Ana\u200dMaria"):
        assert people.clean_name(name) == " ".join(name.split())


def test_notes_may_have_lines_but_no_escape_sequences() -> None:
    assert people.clean_note(" Interpreter\nneeded ") == "Interpreter\nneeded"
    assert people.clean_note("likes mornings\r\nand tea") == "likes mornings\nand tea"
    with pytest.raises(InvalidInput):
        people.clean_note("\x1b[31mred")


def test_emails_are_checked_and_lower_cased() -> None:
    assert people.clean_email(" Ann.Lee@Mail.Example ") == "ann.lee@mail.example"
    assert people.clean_email("") is None
    for bad in ("ann", "ann@", "@mail.example", "ann@@mail.example", "ann@mail", "a b@x.org"):
        with pytest.raises(InvalidInput):
            people.clean_email(bad)


def test_birth_dates_must_be_plausible() -> None:
    today = dt.date(2026, 11, 24)
    assert people.clean_birth_date(dt.date(1980, 1, 1), today) == dt.date(1980, 1, 1)
    assert people.clean_birth_date(None, today) is None
    for bad in (dt.date(2027, 1, 1), dt.date(1850, 1, 1)):
        with pytest.raises(InvalidInput):
            people.clean_birth_date(bad, today)


def test_like_patterns_take_wildcards_literally() -> None:
    assert people.like_contains("ann") == "%ann%"
    assert people.like_contains("a_b%c\\") == "%a\\_b\\%c\\\\%"


def test_same_person_key_needs_a_birth_date() -> None:
    born = dt.date(1990, 1, 2)
    assert people.same_person_key("Ava  NOVAK", born) == people.same_person_key("ava novak", born)
    assert people.same_person_key("Ava Novak", None) is None


def test_format_phone_nationally_or_internationally() -> None:
    assert people.format_phone("+15550102030", "US") == "(555) 010-2030"
    assert people.format_phone("+442079460018", "GB") == "020 7946 0018"
    assert people.format_phone("+442079460018", "US") == "+44 20 7946 0018"
    assert people.format_phone(None, "US") == ""
