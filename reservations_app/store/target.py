"""What a database URL points at, read without connecting: light enough for the sign-in
dialog, which shows it before peewee is imported (ui/app.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from reservations_app.domain.errors import DatabaseUnusable


@dataclass(frozen=True)
class Target:
    """What a database URL points at, with the password never kept in a printable form."""

    url: str = field(repr=False)
    backend: str  # "sqlite" or "postgresql"
    path: Path | None = None

    @property
    def display(self) -> str:
        return str(self.path) if self.path else redact(self.url)


    def __repr__(self) -> str:
        return f"Target({self.backend}: {self.display})"


SECRET_PARAMETERS = {"password", "sslpassword"}


def redact(url: str) -> str:
    """The URL with any password (in the address or as ?password=) replaced by ***, safe to
    print and log."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not even a URL: show nothing of it that could be a secret
        return "***" if "@" in url or "password" in url.lower() else url
    shown = url
    if password is not None:
        user, _, host = parts.netloc.rpartition("@")
        shown = shown.replace(parts.netloc, f"{user.split(':', 1)[0]}:***@{host}", 1)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key.lower() in SECRET_PARAMETERS for key, _ in query):
        cleaned = [(k, "***" if k.lower() in SECRET_PARAMETERS else v) for k, v in query]
        shown = shown.replace(parts.query, urlencode(cleaned, safe="*"), 1)
    return shown


def parse_target(url: str) -> Target:
    text = url.strip()
    if not text:
        raise DatabaseUnusable("No database given.")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError as exc:
        raise DatabaseUnusable(f"'{redact(text)[:200]}' is not a valid database URL "
                               f"({exc}).") from exc
    scheme = parts.scheme.lower() if "://" in text else ""
    if scheme in ("postgresql", "postgres", "psycopg3", "postgresql+pool"):
        if not unquote(parts.path).strip("/ "):  # the driver's own words were no help here
            raise DatabaseUnusable(f"'{redact(text)[:200]}' names no database: use "
                                   "postgresql://user@host/dbname.")
        return Target(text, "postgresql")
    if scheme == "sqlite":
        if parts.query or parts.fragment:
            raise DatabaseUnusable(f"'{text[:200]}': a SQLite URL takes no options after '?' "
                                   "or '#'; use sqlite:///path/to/file.")
        raw = unquote(text.split("://", 1)[1])
        path = raw[1:] if raw.startswith("/") else raw
        if not path:
            raise DatabaseUnusable(f"'{text}' names no file: use sqlite:///path/to/file.")
        return Target(text, "sqlite", Path(path).resolve())
    if scheme:
        raise DatabaseUnusable(f"Unsupported database URL '{redact(text)}': use sqlite:///path "
                               "or postgresql://user@host/dbname.")
    return Target(f"sqlite:///{Path(text).resolve()}", "sqlite", Path(text).resolve())
