"""Checking and normalising what the desk types about people."""

from __future__ import annotations

import re

from reservations_app.domain.errors import InvalidInput

MAX_NAME = 200
MAX_EMAIL = 254
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def clean_name(name: str | None, what: str = "name") -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput(f"The {what} cannot be empty.")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"The {what} is longer than {MAX_NAME} characters.")
    if any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInput(f"The {what} contains control characters.")
    return cleaned


def clean_email(email: str | None, *, required: bool = False) -> str | None:
    """Trimmed and lower-cased, so 'Ann@X.org ' and 'ann@x.org' are the same person."""
    cleaned = (email or "").strip().lower()
    if not cleaned:
        if required:
            raise InvalidInput("An email address is required.")
        return None
    if len(cleaned) > MAX_EMAIL or not _EMAIL.match(cleaned):
        raise InvalidInput(f"'{email}' is not an email address like name@example.org.")
    return cleaned


def phone_digits(phone: str | None) -> str | None:
    """Only the digits: '+1 (555) 010-2030' and '15550102030' are the same number."""
    digits = re.sub(r"\D", "", phone or "")
    return digits or None


def clean_phone(phone: str | None) -> str | None:
    text = " ".join((phone or "").split())
    if not text:
        return None
    digits = phone_digits(text) or ""
    if not 5 <= len(digits) <= 20 or re.search(r"[^\d\s()+\-./]", text):
        raise InvalidInput(f"'{phone}' is not a phone number.")
    return text


def clean_color(color: str | None) -> str:
    cleaned = (color or "#4a90d9").strip()
    if not _COLOR.match(cleaned):
        raise InvalidInput(f"'{color}' is not a colour like #4a90d9.")
    return cleaned.lower()


_PHONE_LIKE = re.compile(r"[\d\s()+\-./]*\d[\d\s()+\-./]*")


def search_needle(typed: str) -> str:
    """What a search-as-you-type query matches: a typed phone number ('555 010-2222') as its
    digits, since phone numbers are matched by digits; anything else lower-cased, spaces folded."""
    text = " ".join((typed or "").split())
    if _PHONE_LIKE.fullmatch(text):
        return phone_digits(text) or ""
    return text.lower()


def search_key(name: str, email: str | None, phone: str | None) -> str:
    """One lower-case string a search-as-you-type query can match by substring."""
    return " ".join(part for part in (name.lower(), email or "", phone_digits(phone) or "") if part)
