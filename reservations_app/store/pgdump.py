"""Backups of a PostgreSQL clinic with the server's own tools: pg_dump's custom format, and a
data-only pg_restore into an empty database freshly built by this app's migrations.

Like a SQLite restore, a dump brings rows only: its table of contents is read first, a dump
that carries triggers, functions, rules or views this app did not create is refused, and of
the rest only TABLE DATA of the app's tables and SEQUENCE SET entries are restored, with every
constraint and guard trigger enforced, in one transaction.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store import catalog, postgres
from reservations_app.store.schema import MIGRATION_TABLE, MIGRATIONS_DIR

BIN_ENV = "RESERVATIONS_PG_BIN"  # a folder holding pg_dump and pg_restore, if not on PATH
LIBPQ_ENV = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD",
             "dbname": "PGDATABASE", "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT",
             "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY", "connect_timeout": "PGCONNECT_TIMEOUT",
             "application_name": "PGAPPNAME"}
# One line of `pg_restore --list`: "id; tableoid oid DESC SCHEMA TAG OWNER", where the TAG of
# a trigger, rule or policy is "TABLE NAME" and a function's is "name(arguments)".
TOC_LINE = re.compile(r"^\d+; \d+ \d+ (?P<rest>.*)$")
KINDS = ("TABLE DATA", "SEQUENCE SET", "EVENT TRIGGER", "MATERIALIZED VIEW", "TRIGGER",
         "FUNCTION", "PROCEDURE", "RULE", "VIEW", "POLICY")
ON_A_TABLE = {"TRIGGER", "RULE", "POLICY"}
FOREIGN_KINDS = {"TRIGGER": "trigger", "FUNCTION": "function", "RULE": "rule", "VIEW": "view",
                 "EVENT TRIGGER": "trigger", "POLICY": "policy", "PROCEDURE": "function",
                 "MATERIALIZED VIEW": "view"}
TIMEOUT_S = 3600


def tool(name: str) -> str:
    """The path of pg_dump or pg_restore, or a message saying how to get it."""
    folder = os.environ.get(BIN_ENV)
    found = shutil.which(name, path=folder) if folder else shutil.which(name)
    if not found:
        raise DatabaseUnusable(
            f"{name} was not found, so this PostgreSQL database cannot be backed up or "
            f"restored here. Install the PostgreSQL client tools of the server's version "
            f"(Debian/Ubuntu: apt install postgresql-client), or set {BIN_ENV} to the folder "
            "that holds them.")
    return found


def _environment(url: str) -> dict[str, str]:
    """libpq's variables for `url`: the password never appears on a command line."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    for key, value in postgres.connect_kwargs(url).items():
        if key in LIBPQ_ENV and value is not None:
            env[LIBPQ_ENV[key]] = str(value)
    return env


def _run(args: list[str], url: str, what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(args, env=_environment(url), capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DatabaseUnusable(f"{what} failed: {exc}") from exc
    if done.returncode != 0:
        detail = postgres.scrub((done.stderr.strip().splitlines() or ["no message"])[0], url)
        raise DatabaseUnusable(f"{what} failed: {detail}")
    return done


def dump(url: str, destination: Path) -> Path:
    """pg_dump --format=custom into `destination` (new, owner-only), checked by reading its
    table of contents back before it gets its name."""
    if destination.exists():
        raise DatabaseUnusable(f"{destination} exists already; choose another name.")
    partial = destination.with_name(f"{destination.name}.{os.getpid()}.partial")
    from reservations_app.store.backup import create_private

    create_private(partial)
    try:
        _run([tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
              f"--file={partial}"], url, "pg_dump")
        entries = table_of_contents(partial, url)
        if not any(desc == "TABLE DATA" for desc, _, _ in entries):
            raise DatabaseUnusable("pg_dump wrote a dump without the clinic's data; no backup "
                                   "was made.")
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    return destination


def table_of_contents(path: Path, url: str) -> list[tuple[str, str, str]]:
    """(kind, schema, name) of every entry in a custom-format dump."""
    listing = _run([tool("pg_restore"), "--list", str(path)], url, "Reading the backup").stdout
    return [entry for entry in map(_entry, listing.splitlines()) if entry is not None]


def _entry(line: str) -> tuple[str, str, str] | None:
    """(kind, schema, name) of one listing line; None for comments and kinds not of interest."""
    match = TOC_LINE.match(line)
    if not match:
        return None
    rest = match["rest"]
    kind = next((k for k in KINDS if rest.startswith(k + " ")), None)
    if kind is None:
        return None
    words = rest[len(kind) + 1:].split(" ")
    if len(words) < 2:
        return None
    name = words[2] if kind in ON_A_TABLE and len(words) > 2 else words[1]
    return kind, words[0], name.split("(")[0]


def restore(url: str, source: Path, tables: list[str]) -> None:
    """Restore the rows of `source` into the (migrated, empty) database at `url`."""
    entries = table_of_contents(source, url)
    if not entries:
        raise DatabaseUnusable(f"{source} is not a pg_dump custom-format backup; nothing was "
                               "restored.")
    known = catalog.postgres_objects(MIGRATIONS_DIR)
    for desc, _schema, name in entries:
        kind = FOREIGN_KINDS.get(desc)
        if kind and (kind, name.lower()) not in known:
            raise DatabaseUnusable(
                f"The backup {source} has a {kind} {name} that Reservations did not create. "
                "It may have been tampered with; nothing was restored.")
    wanted = set(tables) - {MIGRATION_TABLE}
    listing = _run([tool("pg_restore"), "--list", str(source)], url, "Reading the backup").stdout
    kept = [line for line in listing.splitlines() if _data_of(line, wanted)]
    dbname = str(postgres.connect_kwargs(url)["dbname"])
    with tempfile.TemporaryDirectory(prefix="reservations-") as folder:
        chosen = Path(folder) / "entries.list"
        chosen.write_text("\n".join(kept) + "\n")
        _run([tool("pg_restore"), "--data-only", "--single-transaction", "--exit-on-error",
              f"--use-list={chosen}", f"--dbname={dbname}", str(source)], url, "The restore")


def migrations_of(source: Path, url: str) -> list[str]:
    """The schema migrations recorded in a dump (its schema_migration rows)."""
    text = _run([tool("pg_restore"), "--data-only", f"--table={MIGRATION_TABLE}", "--file=-",
                 str(source)], url, "Reading the backup").stdout
    names: list[str] = []
    column = None
    for line in text.splitlines():
        if line.startswith("COPY ") and f"{MIGRATION_TABLE} (" in line:
            columns = line[line.index("(") + 1:line.index(")")].split(", ")
            column = columns.index("name") if "name" in columns else None
        elif line == "\\.":
            column = None
        elif column is not None:
            names.append(line.split("\t")[column])
    return sorted(names)


def _data_of(line: str, tables: set[str]) -> bool:
    entry = _entry(line)
    if entry is None or entry[1] != "public":
        return False
    kind, _schema, name = entry
    return (kind == "TABLE DATA" and name in tables) or kind == "SEQUENCE SET"
