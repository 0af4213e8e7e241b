"""The scripting CLI: `reservations-app COMMAND ...` over the same services as the GUI.

Exit codes: 0 success, 1 a rule or input refused (one `error: ...` line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any

from reservations_app import __version__, credentials
from reservations_app.cli import people_commands, schedule_commands
from reservations_app.cli import render as cli_render
from reservations_app.cli.commands import COMMANDS, Context
from reservations_app.cli.data_commands import DATA_COMMANDS
from reservations_app.config import choose_database
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import DomainError
from reservations_app.logs import configure_logging
from reservations_app.paths import app_paths

log = logging.getLogger(__name__)


def _common() -> argparse.ArgumentParser:
    """--db and --json, accepted before or after the command words."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                        help="database: a file path, sqlite:///path or postgresql://...")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print exactly one JSON value")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="reservations-app", parents=[common],
        description="Clinic reservations. Without a command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check that this installation works (a throw-away database, the "
                             "main window offscreen), print one line and exit; with --db, "
                             "start on that existing database instead, changing nothing in it")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for spec in (*COMMANDS, *DATA_COMMANDS, *people_commands.COMMANDS,
                 *schedule_commands.COMMANDS):
        spec.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.smoke_test:  # logs into its own throw-away folder: it changes nothing of the user's
        from reservations_app.ui.smoke import run_smoke_test

        return run_smoke_test(dt.datetime.now(dt.UTC), db_url=getattr(args, "db", None))
    configure_logging(app_paths().log_dir)
    if args.command is None:
        from reservations_app.ui.app import run_gui  # Qt is loaded only for the desktop app

        return run_gui(getattr(args, "db", None))
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    want_json = getattr(args, "json", False)
    try:
        context = _context(args)
        handler: Callable[[Context, argparse.Namespace], Any] = args.handler
        result = handler(context, args)
    except DomainError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", code=130)
    except Exception as exc:  # a bug, not bad input: one line here, the details in the log
        log.exception("command failed")
        return _fail(f"unexpected failure ({type(exc).__name__}: {exc})")
    _print(result, want_json)
    return 0


def _context(args: argparse.Namespace) -> Context:
    from reservations_app.store.db import open_database

    paths = app_paths()
    url = choose_database(getattr(args, "db", None), paths).url
    target = open_database(credentials.url_for_connecting(url), paths.backup_dir)
    actor = Actor.cli(_os_user(), socket.gethostname())
    return Context(actor=actor, now=dt.datetime.now(dt.UTC), target=target, paths=paths)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some containers): still attributable
        return "unknown"


def _fail(message: str, code: int = 1) -> int:
    first_line = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"error: {first_line}", file=sys.stderr)
    return code


def _print(result: Any, want_json: bool) -> None:
    if want_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    rows = result if isinstance(result, list) else [result]
    for row in rows:
        print(cli_render.text_line(row) if isinstance(row, dict) else row)
    if isinstance(result, list) and not result:
        print("(none)")
