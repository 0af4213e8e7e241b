"""Write reservations-app(1) from the CLI's own argparse parser, so the manual lists exactly
the commands and options the program accepts.

usage: python packaging/manpage.py OUT_FILE      (plain roff; the .deb build gzips it)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reservations_app import __version__  # noqa: E402
from reservations_app.cli.main import build_parser  # noqa: E402

COMMON = {"--db", "--json", "-h", "--help"}

FILES = [
    ("/etc/reservations-app/config.toml",
     "The workstation's configuration, set by IT: the [database] table's url, and optionally "
     "sslmode and sslrootcert. Never a password."),
    ("~/.config/Reservations/config.toml",
     "The user's configuration, written by File \\(em Database connection\\|.\\|.\\|. in the "
     "desktop app; it overrides the workstation's."),
    ("~/.local/share/Reservations/reservations.sqlite3",
     "The default database, with its backups/ folder beside it."),
    ("~/.local/state/Reservations/log/reservations.log", "The log; it never holds passwords."),
    ("~/.pgpass", "The PostgreSQL password, where no system keyring is available."),
]
ENVIRONMENT = [
    ("RESERVATIONS_DB", "The database URL, unless --db gives one."),
    ("RESERVATIONS_SYSTEM_CONFIG", "Another file to read instead of the workstation's "
     "configuration, e.g. to try one out."),
    ("PGPASSFILE", "libpq's password file, instead of ~/.pgpass."),
]


def roff(text: str) -> str:
    """Text safe in a roff line: backslashes and hyphens escaped, no line starting with a dot."""
    escaped = text.replace("\\", "\\e").replace("-", "\\-")
    return f"\\&{escaped}" if escaped.startswith((".", "'")) else escaped


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
              ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for name, sub in _subcommands(parser):
        nested = list(_subcommands(sub))
        if nested:
            yield from _commands(sub, (*words, name))
        else:
            yield (*words, name), sub


def _option_line(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"\\fI{roff(action.metavar or action.dest).upper()}\\fR"
    names = ", ".join(f"\\fB{roff(flag)}\\fR" for flag in action.option_strings)
    if action.nargs == 0:
        return names
    metavar = action.metavar or action.dest.upper()
    return f"{names} \\fI{roff(str(metavar))}\\fR"


def _help(action: argparse.Action) -> str:
    text = (action.help or "").replace("%(default)s", str(action.default))
    if action.choices and not isinstance(action, argparse._SubParsersAction):
        text += f" One of: {', '.join(str(c) for c in action.choices)}."
    if action.nargs == "*" or isinstance(action, argparse._AppendAction):
        text += " May be given more than once."
    return roff(text)


def _options(parser: argparse.ArgumentParser, skip: set[str]) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if set(action.option_strings) & skip or action.help == argparse.SUPPRESS:
            continue
        lines += [".TP", _option_line(action), _help(action)]
    return lines


def render(parser: argparse.ArgumentParser, date: dt.date) -> str:
    lines = [
        f'.TH RESERVATIONS-APP 1 "{date:%Y-%m-%d}" "reservations-app {__version__}" '
        '"User Commands"',
        ".SH NAME",
        "reservations\\-app \\- clinic front desk: schedules and bookings (desktop app and CLI)",
        ".SH SYNOPSIS",
        ".B reservations\\-app",
        "[\\fB\\-\\-db\\fR \\fIURL\\fR]",
        ".br",
        ".B reservations\\-app",
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fB\\-\\-db\\fR \\fIURL\\fR] [\\fB\\-\\-json\\fR]",
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        "Every command runs the same rules as the desktop app. With \\fB\\-\\-json\\fR a command "
        "prints exactly one JSON value.",
        ".SH OPTIONS",
        *_options(parser, {"-h"}),
        ".SH COMMANDS",
    ]
    for words, sub in _commands(parser):
        lines += [".SS " + roff(" ".join(words)), roff(sub.description or "")]
        lines += _options(sub, COMMON)
    lines += [
        ".SH DATABASE",
        "The database is chosen by, in this order: \\fB\\-\\-db\\fR; \\fBRESERVATIONS_DB\\fR; the "
        "user's configuration file; the workstation's configuration file; the SQLite file in "
        "the user's data folder. A PostgreSQL URL may carry \\fBsslmode\\fR and "
        "\\fBsslrootcert\\fR (e.g. \\fB?sslmode=verify\\-full&sslrootcert=/etc/reservations\\-app/"
        "clinic\\-ca.crt\\fR).",
        ".SH EXIT STATUS",
        "0 on success; 1 when a rule or the input refused the request (one line "
        "\\fBerror: ...\\fR on standard error); 2 for a usage error.",
        ".SH ENVIRONMENT",
    ]
    for name, text in ENVIRONMENT:
        lines += [".TP", f"\\fB{roff(name)}\\fR", roff(text)]
    lines += [".SH FILES"]
    for name, text in FILES:
        lines += [".TP", f"\\fI{roff(name)}\\fR", text if "\\(em" in text else roff(text)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    stamp = os.environ.get("SOURCE_DATE_EPOCH")
    date = (dt.datetime.fromtimestamp(int(stamp), dt.UTC).date() if stamp
            else dt.datetime.now(dt.UTC).date())
    Path(argv[0]).write_text(render(build_parser(), date), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
