"""Checking and normalising what the desk types about people.

Phone numbers are parsed with `phonenumbers` for the clinic's `phone_region` and kept in E.164
("+15550102030"); emails are checked for syntax with `email-validator` (never the network).
Both libraries are pure Python and loaded on first use, not at start-up.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any

from reservations_app.domain.errors import InvalidInput

MAX_NAME = 200
MAX_EMAIL = 254
MAX_NOTE = 2000
EARLIEST_BIRTH = dt.date(1900, 1, 1)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

# Characters that change how a terminal or a screen shows the text around them: bidi overrides
# and isolates (U+202E makes "gpj.exe" read "exe.jpg"), and the invisible direction marks.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Zl", "Zp"})


def unsafe_character(text: str, *, allow_newlines: bool = False) -> str | None:
    """The first control, bidi or other hidden character in `text`, described for a message."""
    for ch in text:
        if allow_newlines and ch in "\n\t":
            continue
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            name = unicodedata.name(ch, "control character")
            return f"U+{ord(ch):04X} {name}"
    return None


def refuse_unsafe(text: str, what: str, *, allow_newlines: bool = False) -> None:
    found = unsafe_character(text, allow_newlines=allow_newlines)
    if found:
        raise InvalidInput(f"The {what} contains an invisible control character ({found}); "
                           "type it again without it.")


def clean_name(name: str | None, what: str = "name") -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput(f"The {what} cannot be empty.")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"The {what} is longer than {MAX_NAME} characters.")
    refuse_unsafe(cleaned, what)
    return cleaned


def clean_email(email: str | None, *, required: bool = False) -> str | None:
    """Checked for syntax and lower-cased, so 'Ann@X.org ' and 'ann@x.org' are the same person."""
    cleaned = (email or "").strip()
    if not cleaned:
        if required:
            raise InvalidInput("An email address is required.")
        return None
    refuse_unsafe(cleaned, "email address")
    if len(cleaned) > MAX_EMAIL:
        raise InvalidInput(f"The email address is longer than {MAX_EMAIL} characters.")
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(cleaned, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidInput(f"'{cleaned}' is not an email address like name@example.org: "
                           f"{exc}") from exc
    return str(checked.normalized).lower()


def ascii_digits(text: str | None) -> str:
    """The text with full-width and other Unicode digits as ASCII ('５５５' -> '555')."""
    return unicodedata.normalize("NFKC", text or "")


def phone_digits(phone: str | None) -> str | None:
    """Only the digits: '+1 (555) 010-2030' and '15550102030' are the same number."""
    digits = re.sub(r"[^0-9]", "", ascii_digits(phone))
    return digits or None


@lru_cache(maxsize=8)
def check_region(region: str) -> str:
    """A two-letter region phonenumbers knows ('US', 'DE', 'GB'), upper-cased."""
    import phonenumbers

    cleaned = (region or "").strip().upper()
    if cleaned not in phonenumbers.SUPPORTED_REGIONS:
        raise InvalidInput(f"Unknown phone region '{region}': use a two-letter country code "
                           "such as US, GB or DE.")
    return cleaned


def _parse(text: str, region: str) -> Any:
    import phonenumbers

    try:
        return phonenumbers.parse(text, check_region(region))
    except phonenumbers.NumberParseException as exc:
        raise InvalidInput(f"'{text}' is not a phone number.") from exc


def clean_phone(phone: str | None, region: str = "US") -> str | None:
    """The number in E.164 ('+15550102030'), read as a number of `region` unless it starts with
    + or the international prefix; None when nothing was typed. An impossible number (too
    short, too long, or a local number without its area code) is refused."""
    import phonenumbers
    from phonenumbers import ValidationResult

    text = " ".join(ascii_digits(phone).split())
    if not text:
        return None
    refuse_unsafe(text, "phone number")
    if len(text) > 40 or re.search(r"[^\d\s()+\-./xX#*]|[^\W\d_]{4,}", text):
        raise InvalidInput(f"'{text}' is not a phone number.")
    number = _parse(text, region)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        raise InvalidInput(f"The phone number '{text}' has no area code: type the whole "
                           "number, e.g. 555 010 2030.")
    if reason != ValidationResult.IS_POSSIBLE:
        why = {ValidationResult.INVALID_COUNTRY_CODE: "no such country code",
               ValidationResult.TOO_SHORT: "too short",
               ValidationResult.TOO_LONG: "too long"}.get(reason, "wrong number of digits")
        raise InvalidInput(f"'{text}' cannot be a phone number ({why}; numbers without a "
                           f"country code are read as {check_region(region)} numbers).")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_phone(phone: str | None, region: str = "US") -> str:
    """How the desk reads a stored number: nationally for the clinic's region
    ('(555) 010-2030'), internationally for others ('+49 30 1234567'); a number kept as typed
    (it did not parse when the clinic upgraded) is shown as typed."""
    if not phone:
        return ""
    if not phone.startswith("+"):
        return phone
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return phone
    home = phonenumbers.country_code_for_region(check_region(region))
    style = phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == home else \
        phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(number, style))


def clean_birth_date(birth_date: dt.date | None, today: dt.date) -> dt.date | None:
    if birth_date is None:
        return None
    if birth_date > today:
        raise InvalidInput(f"The date of birth {birth_date.isoformat()} is in the future.")
    if birth_date < EARLIEST_BIRTH:
        raise InvalidInput(f"The date of birth {birth_date.isoformat()} is before "
                           f"{EARLIEST_BIRTH.year}.")
    return birth_date


def clean_note(note: str | None) -> str:
    text = (note or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"The note is longer than {MAX_NOTE} characters.")
    refuse_unsafe(text, "note", allow_newlines=True)
    return text


def same_person_key(name: str, birth_date: dt.date | None) -> tuple[str, dt.date] | None:
    """Two records with equal keys are likely one person entered twice."""
    if birth_date is None:
        return None
    return " ".join(name.casefold().split()), birth_date


def clean_color(color: str | None) -> str:
    cleaned = (color or "#4a90d9").strip()
    if not _COLOR.match(cleaned):
        raise InvalidInput(f"'{color}' is not a colour like #4a90d9.")
    return cleaned.lower()


_PHONE_LIKE = re.compile(r"[\d\s()+\-./]*\d[\d\s()+\-./]*")


def search_needle(typed: str) -> str:
    """What a search-as-you-type query matches: a typed phone number ('555 010-2222') as its
    digits, since phone numbers are matched by digits; anything else lower-cased, spaces folded."""
    text = " ".join(ascii_digits(typed).split())
    if _PHONE_LIKE.fullmatch(text):
        return phone_digits(text) or ""
    return text.lower()


LIKE_ESCAPE = "\\"


def like_contains(needle: str) -> str:
    """A LIKE pattern matching `needle` anywhere, its own % and _ taken literally (with
    ESCAPE '\\'): a search for "_" finds underscores, not every client."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_key(name: str, email: str | None, phone: str | None) -> str:
    """One lower-case string a search-as-you-type query can match by substring."""
    return " ".join(part for part in (name.lower(), email or "", phone_digits(phone) or "") if part)
