"""Where the database is: one answer for the desktop app and the CLI.

In order: `--db`, `$RESERVATIONS_DB`, the user's config file (written by File → Database
connection…), the workstation's config file (IT's, /etc/reservations-app/config.toml), the
SQLite file in the user's data folder. Both files are TOML:

    [database]
    url = "postgresql://reservations@db.clinic.lan:5432/reservations"
    sslmode = "verify-full"                              # optional, for a PostgreSQL URL
    sslrootcert = "/etc/reservations-app/clinic-ca.crt"  # optional, likewise

A config file never holds a password (one that does is refused): the password is in the OS
keyring or libpq's password file, see `credentials`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.paths import DB_ENV, AppPaths
from reservations_app.private_files import write_private

TLS_KEYS = ("sslmode", "sslrootcert")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class ConfigInvalid(DatabaseUnusable):
    """A config file that cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True)
class DatabaseChoice:
    """The URL to use (without a password) and where it came from, for messages and About."""

    url: str
    source: str  # "--db", "RESERVATIONS_DB", a config file's path, or "default"


def choose_database(explicit: str | None, paths: AppPaths,
                    environ: Mapping[str, str] | None = None) -> DatabaseChoice:
    env = os.environ if environ is None else environ
    if explicit is not None:  # even "": `--db "$UNSET"` must not quietly use another database
        return DatabaseChoice(explicit, "--db")
    if env.get(DB_ENV):
        return DatabaseChoice(env[DB_ENV], DB_ENV)
    for path in (paths.user_config, paths.system_config):
        url = read_database_url(path)
        if url:
            return DatabaseChoice(url, str(path))
    return DatabaseChoice(paths.default_url, "default")


def read_database_url(path: Path) -> str | None:
    """The [database] url of one config file with its TLS settings applied; None when the file
    or the setting is absent."""
    table = _database_table(path)
    url = table.get("url")
    if not url:
        return None
    if not isinstance(url, str):
        raise ConfigInvalid(f"{path}: [database] url must be a text in quotes.")
    if _has_password(url):
        raise ConfigInvalid(f"{path} holds a database password, which a config file must not: "
                            "remove it from the url and save it with File → Database "
                            "connection… (it goes to the system keyring).")
    tls: dict[str, str] = {}
    for key in TLS_KEYS:
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise ConfigInvalid(f"{path}: [database] {key} must be a text in quotes.")
        if value:
            tls[key] = value
    if tls.get("sslmode", "verify-full") not in SSL_MODES:
        raise ConfigInvalid(f"{path}: sslmode must be one of {', '.join(SSL_MODES)}.")
    return with_tls(url, tls)


def _database_table(path: Path) -> dict[str, object]:
    import tomllib  # here: a start with --db reads no file, and the first window waits for it

    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except PermissionError:
        raise ConfigInvalid(f"Cannot read {path}: permission denied.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigInvalid(f"Cannot read {path}: {exc}.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigInvalid(f"{path} is not valid TOML: {exc}.") from exc
    table = document.get("database", {})
    if not isinstance(table, dict):
        raise ConfigInvalid(f"{path}: 'database' must be a [database] table.")
    return table


def with_tls(url: str, tls: Mapping[str, str]) -> str:
    """`url` with sslmode/sslrootcert added as query parameters, unless the URL has its own."""
    if not tls or not _is_postgres(url):
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    present = {key for key, _ in query}
    query += [(key, value) for key, value in tls.items() if key not in present]
    return urlunsplit(parts._replace(query=urlencode(query, safe="/:")))


def save_user_database(paths: AppPaths, url: str) -> Path:
    """Write the user's config file with this database (its password removed), 0600."""
    import json

    bare = strip_password(url)
    lines = ["# Written by Reservations (File → Database connection…). No password here:",
             "# it is kept in the system keyring or the PostgreSQL password file.",
             "[database]",
             f"url = {json.dumps(bare)}"]
    return write_private(paths.user_config, "\n".join(lines) + "\n")


def strip_password(url: str) -> str:
    """`url` without a password, in the address or as ?password=."""
    bare, _ = split_password(url)
    parts = urlsplit(bare)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if not any(key.lower() == "password" for key, _ in query):
        return bare
    kept = [(key, value) for key, value in query if key.lower() != "password"]
    return urlunsplit(parts._replace(query=urlencode(kept, safe="/:")))


def split_password(url: str) -> tuple[str, str]:
    """(the URL without the password in its address, that password decoded, or '')."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url, ""
    if password is None:
        return url, ""
    user, _, host = parts.netloc.rpartition("@")
    bare = url.replace(parts.netloc, f"{user.split(':', 1)[0]}@{host}", 1)
    return bare, unquote(password)


def join_password(url: str, password: str) -> str:
    """Put `password` into a postgresql:// URL's address; other URLs are returned unchanged."""
    if not password or not _is_postgres(url):
        return url
    parts = urlsplit(url)
    user, at, host = parts.netloc.rpartition("@")
    user = user.split(":", 1)[0] if at else ""
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return url.replace(parts.netloc, netloc, 1)


def _has_password(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return parts.password is not None or any(
            key.lower() == "password" for key, _ in parse_qsl(parts.query))
    except ValueError:
        return False


def _is_postgres(url: str) -> bool:
    return url.lower().startswith(("postgresql://", "postgres://", "psycopg3://",
                                   "postgresql+pool://"))
