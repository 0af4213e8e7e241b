"""The PostgreSQL password, kept out of every file the app writes in plain text.

It goes to the OS keyring through `keyring` (Secret Service on Linux, Credential Locker on
Windows, Keychain on macOS), one entry per server account. Where no keyring is available (a
workstation without a desktop session's secret store) it goes to libpq's own password file,
`$PGPASSFILE` or `~/.pgpass` (`%APPDATA%\\postgresql\\pgpass.conf` on Windows), 0600, which
the driver reads by itself.

`stored_password(url)` is the one way other code asks for a saved password.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reservations_app.private_files import FILE_MODE

log = logging.getLogger(__name__)

SERVICE = "reservations-app"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class Account:
    """Who logs in where: the keyring entry's name and the password file's line key."""

    host: str
    port: int
    dbname: str
    user: str

    @property
    def key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    def pgpass_fields(self) -> list[str]:
        return [self.host, str(self.port), self.dbname, self.user]


def account_of(url: str) -> Account | None:
    """The account a postgresql:// URL logs in as; None for SQLite or a URL without a user."""
    if not url.lower().startswith(("postgresql://", "postgres://", "psycopg3://")):
        return None
    parts = urlsplit(url)
    if not parts.username:
        return None
    dbname = unquote(parts.path.lstrip("/")) or unquote(parts.username)
    return Account(parts.hostname or "localhost", parts.port or DEFAULT_PORT, dbname,
                   unquote(parts.username))


def keyring_name() -> str | None:
    """The usable keyring backend's name, or None when there is none."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return str(getattr(backend, "name", type(backend).__name__))


def store_password(url: str, password: str) -> str:
    """Save `password` for the URL's account; returns where it went, for the user to read.

    Raises ValueError when the URL names no PostgreSQL account."""
    account = account_of(url)
    if account is None:
        raise ValueError("only a postgresql:// URL with a user name has a password to store")
    if keyring_name() is not None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, account.key, password)
            return f"the system keyring ({keyring_name()})"
        except KeyringError as exc:  # e.g. a locked collection the user declined to open
            log.warning("the keyring refused the password (%s); using the password file",
                        type(exc).__name__)
    path = write_pgpass_entry(account, password)
    return f"the PostgreSQL password file {path}"


def stored_password(url: str) -> str | None:
    """The saved password for the URL's account: from the keyring, else the password file."""
    account = account_of(url)
    if account is None:
        return None
    if keyring_name() is not None:
        import keyring
        from keyring.errors import KeyringError

        try:
            found = keyring.get_password(SERVICE, account.key)
        except KeyringError:
            found = None
        if found is not None:
            return found
    return read_pgpass_entry(account)


def forget_password(url: str) -> None:
    """Remove the keyring entry for the URL's account (the password file is left to IT)."""
    account = account_of(url)
    if account is None or keyring_name() is None:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account.key)
    except (PasswordDeleteError, KeyringError):
        return


def url_for_connecting(url: str) -> str:
    """`url` with the keyring's password added when it has none of its own: for the driver
    only, never to show or save. (libpq reads the password file itself.)"""
    account = account_of(url)
    if account is None or urlsplit(url).password is not None or keyring_name() is None:
        return url
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(SERVICE, account.key)
    except KeyringError:
        return url
    if password is None:
        return url
    from reservations_app.config import join_password

    return join_password(url, password)


def pgpass_path() -> Path:
    explicit = os.environ.get("PGPASSFILE")
    if explicit:
        return Path(explicit)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _split(line: str) -> list[str]:
    fields: list[str] = []
    current, escaped = "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":" and len(fields) < 4:
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


def read_pgpass_entry(account: Account) -> str | None:
    try:
        lines = pgpass_path().read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    wanted = account.pgpass_fields()
    for line in lines:
        fields = _split(line)
        if line.startswith("#") or len(fields) != 5:
            continue
        if all(have in ("*", want) for have, want in zip(fields[:4], wanted, strict=True)):
            return fields[4]
    return None


def write_pgpass_entry(account: Account, password: str) -> Path:
    """Add or replace this account's line; the file stays 0600 (libpq ignores it otherwise)."""
    path = pgpass_path()
    try:
        kept = [line for line in path.read_text(encoding="utf-8").splitlines()
                if _split(line)[:4] != account.pgpass_fields()]
    except FileNotFoundError:
        kept = []
    line = ":".join(_escape(field) for field in [*account.pgpass_fields(), password])
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join([*kept, line]) + "\n")
    os.replace(temporary, path)
    return path
