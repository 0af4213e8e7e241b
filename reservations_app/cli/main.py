"""The scripting CLI: `reservations-app COMMAND ...` over the same services as the GUI.

Exit codes: 0 success, 1 a rule or input refused (one `error: ...` line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from reservations_app import __version__, credentials
from reservations_app.config import choose_database
from reservations_app.domain.errors import DomainError
from reservations_app.paths import app_paths

if TYPE_CHECKING:
    from reservations_app.cli.commands import Context

log = logging.getLogger(__name__)

# A database another program keeps locked: a script hears so after about 2 x 8 s (each try
# waits SCRIPT_LOCK_WAIT_S for the lock, or --lock-wait) instead of a desk's minute, or for
# ever on PostgreSQL.
SCRIPT_LOCK_WAIT_S = 8.0
LONGEST_LOCK_WAIT_S = 3600.0
SCRIPT_ATTEMPTS = 2


class OneLineParser(argparse.ArgumentParser):
    """Usage errors are one `error:` line too (exit 2), not the usage text and a line."""

    def error(self, message: str) -> NoReturn:
        from reservations_app.cli import render as cli_render

        self.exit(2, f"error: {cli_render.printable(message)} (see {self.prog} --help)\n")


def _common() -> argparse.ArgumentParser:
    """--db, --user and --json, accepted before or after the command words."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                        help="database: a file path, sqlite:///path or postgresql://...")
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME",
                        help="the staff account to sign in as (or $RESERVATIONS_USER); the "
                             "password from $RESERVATIONS_PASSWORD, the keyring or a prompt")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print exactly one JSON value")
    common.add_argument("--lock-wait", type=_lock_wait, default=argparse.SUPPRESS,
                        metavar="SECONDS",
                        help=f"how long each of the command's two tries waits for a lock "
                             f"another program holds before it says the database is busy "
                             f"(default {SCRIPT_LOCK_WAIT_S:g})")
    return common


def _lock_wait(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0.1 <= seconds <= LONGEST_LOCK_WAIT_S:  # also refuses nan
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a number of seconds from 0.1 to {LONGEST_LOCK_WAIT_S:g}")
    return seconds


def _app_parser(common: argparse.ArgumentParser, *, add_help: bool = True) -> OneLineParser:
    """The options of the desktop app's own start (no command word)."""
    parser = OneLineParser(
        prog="reservations-app", parents=[common], add_help=add_help,
        description="Clinic reservations. Without a command, opens the desktop app.")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check that this installation works (a throw-away database, the "
                             "main window offscreen), print one line and exit; with --db, "
                             "start on that existing database instead, changing nothing in it")
    return parser


def build_parser() -> argparse.ArgumentParser:
    # The command modules import every service (mail, calendars, reports): only a command
    # line that names a command, or asks for help, pays for them.
    from reservations_app.cli import people_commands, schedule_commands
    from reservations_app.cli.commands import COMMANDS
    from reservations_app.cli.data_commands import DATA_COMMANDS
    from reservations_app.cli.series_commands import SERIES_COMMANDS

    common = _common()
    parser = _app_parser(common)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for spec in (*COMMANDS, *DATA_COMMANDS, *people_commands.COMMANDS,
                 *schedule_commands.COMMANDS, *SERIES_COMMANDS):
        spec.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_narrow_encodings()
    args = _app_start(argv) or build_parser().parse_args(argv)
    if args.smoke_test:  # logs into its own throw-away folder: it changes nothing of the user's
        from reservations_app.ui.smoke import run_smoke_test

        return run_smoke_test(dt.datetime.now(dt.UTC), db_url=getattr(args, "db", None))
    if args.command is None:
        from reservations_app.ui.app import run_gui  # Qt is loaded only for the desktop app

        return run_gui(getattr(args, "db", None))  # which starts its log after the first window
    from reservations_app.logs import configure_logging

    configure_logging(app_paths().log_dir)
    return run_command(args)


def _app_start(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments of a start of the desktop app (or its smoke test), read without loading
    the commands; None when the line names a command or asks for help or the version."""
    words = list(sys.argv[1:] if argv is None else argv)
    args, rest = _app_parser(_common(), add_help=False).parse_known_args(words)
    if rest:
        return None
    args.command = None
    return args


def run_command(args: argparse.Namespace) -> int:
    from reservations_app.store.transactions import patience

    want_json = getattr(args, "json", False)
    try:
        with patience(SCRIPT_ATTEMPTS):  # a script is told 'busy' in seconds; see above
            context = _context(args)
            handler: Callable[[Context, argparse.Namespace], Any] = args.handler
            result = handler(context, args)
    except DomainError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", code=130)
    except Exception as exc:  # a bug, not bad input: one line here, the details in the log
        if _lock_timed_out(exc):  # a read that waited SCRIPT_LOCK_WAIT_S for another's lock
            from reservations_app.store.transactions import BUSY

            return _fail(BUSY)
        log.exception("command failed")
        detail = (str(exc).strip().splitlines() or [""])[0]  # a driver's message, not input
        return _fail(f"unexpected failure ({type(exc).__name__}: {detail})")
    return _deliver(result, want_json)


def _deliver(result: Any, want_json: bool) -> int:
    """Print the result. Output that cannot be written is one line (exit 1) saying the
    command itself completed: never a traceback after a booking was saved."""
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        return _fail("there is no output to print to (standard output is closed); the "
                     "command itself completed")
    try:
        _print(result, want_json)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `client list | head -1`: the reader left, nothing is wrong
        _silence_stdout()
        return _fail("the output was closed before all of it was printed (broken pipe); "
                     "the command itself completed")
    except OSError as exc:  # e.g. `> /mnt/full/out.json`: no space left on the device
        _silence_stdout()
        return _fail(f"the output could not be written ({exc.strerror or exc}); the command "
                     "itself completed")
    return 0


def _lock_timed_out(exc: BaseException) -> bool:
    from reservations_app.store.postgres import lock_timed_out

    return lock_timed_out(exc)


def _tolerate_narrow_encodings() -> None:
    """A character the terminal's encoding (say cp1252) lacks is printed as an escape, so a
    client saved with an emoji in the name is not reported as a failure."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """Python flushes stdout again at exit; point it at devnull so that flush cannot fail."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _context(args: argparse.Namespace) -> Context:
    from reservations_app.cli.commands import Context
    from reservations_app.cli.signin import actor_for
    from reservations_app.store.connect import open_database

    paths = app_paths()
    url = choose_database(getattr(args, "db", None), paths).url
    # Only the default location is created unasked; elsewhere the folder must exist.
    target = open_database(credentials.url_for_connecting(url), paths.backup_dir,
                           create_folder=url == paths.default_url,
                           lock_wait_s=getattr(args, "lock_wait", SCRIPT_LOCK_WAIT_S))
    now = dt.datetime.now(dt.UTC)
    return Context(actor=actor_for(args, now), now=now, target=target, paths=paths)


def _fail(message: str, code: int = 1) -> int:
    """One `error:` line. A line break in the message is one the user typed (a value read
    from a Windows file ends in \\r) and is shown escaped, not taken as the end of the line:
    "error: '2026-12-01" said nothing of why that date was refused."""
    from reservations_app.cli import render as cli_render

    text = message.strip() or "failed"
    try:
        print(f"error: {cli_render.printable(text)}", file=sys.stderr)
    except (BrokenPipeError, OSError):
        pass
    return code


def _print(result: Any, want_json: bool) -> None:
    # Here, not at the top: render imports domain.model, which the desktop app's start (this
    # module too) would otherwise load before its sign-in dialog.
    from reservations_app.cli import render as cli_render

    if want_json:
        import json

        print(json.dumps(result, ensure_ascii=False))
        return
    if isinstance(result, cli_render.Document):
        print(result)
        return
    rows = result if isinstance(result, list) else [result]
    for row in rows:
        line = cli_render.text_line(row) if isinstance(row, dict) else str(row)
        print(cli_render.printable(line))
    if isinstance(result, list) and not result:
        print("(none)")
