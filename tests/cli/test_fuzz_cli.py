"""The fuzz test widened to the CLI: random command lines through the real parser, the real
commands and the real printing, on a small clinic, under narrow output encodings.

The contract checked for every example: `main()` ends with exit 0, 1 or 2 (never a traceback
or another exception); a non-zero exit prints exactly one `error: ...` line on stderr and
nothing on stdout, and leaves every table (audit trail included) as it was; text output never
carries a control character (other than the line ends) or a bidi override; an output encoding
that lacks a character never turns a success into a failure.

Catalog of the inputs tried (each refused with one line, or accepted and printed safely):
- command words: every command of `cli.commands.COMMANDS` but those that write files at a
  path given on the command line (backup, restore) or fill the clinic (demo); unknown words,
  a group without its command, "", "-", "--" (no command word at all starts the desktop app,
  so it is not tried here);
- option values: ids 0, -1, 2**31, 2**63-1, 2**63, 10**30, "9223372036854775808", "1e3",
  " 7 ", "0x10", "abc", ""; --limit/--offset -1, 10**9+1, 2**64; --search of 0 to 100,000
  characters with %, _, \\ and quotes; names and emails with ESC sequences ("\\x1b[2J"),
  BEL, backspace, DEL, C1 controls (\\x9b), U+202E and U+2066 bidi overrides, zero-width
  joiners, emoji, CJK, 5,000-character strings, SQL ("'; DROP TABLE reservation; --"),
  paths ("../../etc/passwd"); time zones localtime, right/Europe/Berlin, posix/UTC, Factory,
  Mars/Olympus; dates 0000-00-00, 2026-02-30, 9999-12-31, "next tuesday"; instants without an
  offset, with +14:00 and -12:00, year 1 and 9999; blocks "25:00-26:00", "09:00-08:00",
  "9-10", "";
- flags: --json, --user NAME (ignored without accounts) before or after the command words,
  repeated flags, unknown flags ("--bogus"), flags without their value;
- output encodings: utf-8, cp1252, ascii, latin-1 (strict), with and without --json.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reservations_app.cli.commands import COMMANDS
from reservations_app.cli.main import main as run_cli
from reservations_app.services import people, schedule
from reservations_app.store.connect import close_database, open_database
from reservations_app.store.models import ALL_MODELS, database
from reservations_app.ui import app as gui
from tests.conftest import NOW

SKIPPED = {("backup",), ("restore",), ("demo",)}
WORDS = [spec.words for spec in COMMANDS if spec.words not in SKIPPED]
STEERING = [chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                             *range(0x7F, 0xA0), 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                             0x2066, 0x2067, 0x2068, 0x2069)]
HOSTILE = ["", " ", "-", "--", "0", "-1", "2147483648", "9223372036854775807",
           "9223372036854775808", str(10**30), "1e3", " 7 ", "0x10", "abc", "%", "_", "\\",
           "'; DROP TABLE reservation; --", "\x1b[2J\x1b[31mred", "bell\x07", "back\x08space",
           "del\x7f", "c1\x9b31m", "Eve\u202eevil", "\u2066iso\u2069", "zw\u200djoin",
           "😀" * 50, "名前 テスト", "x" * 5000, "../../etc/passwd", "localtime",
           "right/Europe/Berlin", "posix/UTC", "Factory", "Mars/Olympus", "Europe/Berlin",
           "0000-00-00", "2026-02-30", "9999-12-31", "next tuesday", "2026-12-01",
           "2026-12-01T09:00", "2026-12-01T09:00+14:00", "0001-01-01T00:00-12:00",
           "9999-12-31T23:59+00:00", "25:00-26:00", "09:00-08:00", "9-10", "09:00-10:00",
           "1", "2", "3", "confirmed", "pending", "bogus", "%" * 100, "_" * 100_000]
ENCODINGS = ["utf-8", "cp1252", "ascii", "latin-1"]

values = st.one_of(st.sampled_from(HOSTILE),
                   st.text(alphabet=st.sampled_from([*STEERING, "a", "Z", "é", "😀", " ", "%"]),
                           max_size=30),
                   st.integers(-(2**70), 2**70).map(str))


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    # Never no command word at all: that starts the desktop app.
    words = list(draw(st.sampled_from([*WORDS, ("bogus",), ("client",)])))
    spec = next((s for s in COMMANDS if list(s.words) == words), None)
    flags = [flag for flags, _ in (spec.arguments if spec else ()) for flag in flags]
    extra: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        flag = draw(st.sampled_from([*flags, "--json", "--user", "--bogus", "--limit"]
                                    if flags else ["--json", "--user", "--bogus"]))
        extra.append(flag)
        if flag not in ("--json", "--cancel-bookings", "--password-stdin") and \
                draw(st.booleans() | st.just(True)):
            extra.append(draw(values))
    if draw(st.booleans()):
        extra += [draw(values)]  # a stray positional (an id, or one too many)
    return [*words, *extra] if draw(st.booleans()) else [*extra, *words]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from reservations_app.domain.access import Actor
    from reservations_app.domain.model import Role
    from reservations_app.domain.slots import parse_block
    from reservations_app.domain.timezones import parse_date

    path = tmp_path_factory.mktemp("fuzz-cli") / "template.sqlite3"
    open_database(str(path))
    boss = Actor("setup", Role.ADMIN, "setup")
    provider = people.add_provider(boss, "Dr Fuzz", "fuzz@clinic.example", "Europe/Berlin", NOW)
    people.add_client(boss, "Ann Lee", NOW, "ann@mail.example")
    schedule.add_availability(boss, provider.id, parse_date("2026-12-01"),
                              [parse_block("09:00-12:00")], NOW)
    close_database()
    yield path


def _snapshot(path: Path) -> dict[str, Any]:
    open_database(str(path), migrate=False)
    try:
        return {m._meta.table_name: database.execute_sql(
            f"SELECT * FROM {m._meta.table_name} ORDER BY 1").fetchall() for m in ALL_MODELS}
    finally:
        close_database()


def _no_desktop_app(db_arg: str | None) -> int:
    """A flag that swallowed the command word (`--user expire`) leaves no command, which
    starts the desktop app; here it only says so."""
    print("the desktop app would start")
    return 0


def _run(argv: list[str], encoding: str) -> tuple[int, str, str]:
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding=encoding, errors="strict", newline="\n")
    err = io.TextIOWrapper(err_bytes, encoding=encoding, errors="strict", newline="\n")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        saved_stdin, sys.stdin = sys.stdin, io.StringIO("")
        saved_gui, gui.run_gui = gui.run_gui, _no_desktop_app
        try:
            code = run_cli(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:
            sys.stdin = saved_stdin
            gui.run_gui = saved_gui
            close_database()
        out.flush()
        err.flush()
    return code, out_bytes.getvalue().decode(encoding), err_bytes.getvalue().decode(encoding)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(argv=command_lines(), encoding=st.sampled_from(ENCODINGS), json_first=st.booleans())
def test_any_command_line_is_one_line_or_a_clean_success(template: Path, tmp_path: Path,
                                                         argv: list[str], encoding: str,
                                                         json_first: bool) -> None:
    db = tmp_path / "clinic.sqlite3"
    shutil.copyfile(template, db)
    before = _snapshot(db)
    full = ["--db", str(db), *(["--json"] if json_first and "--json" not in argv else []), *argv]
    if any(word in ("-h", "--help", "--version") for word in full):
        return
    code, out, err = _run(full, encoding)
    assert code in (0, 1, 2), (full, code, err)
    assert "Traceback" not in err
    if code != 0:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (full, err)
        assert out == ""
        if db.exists():
            assert _snapshot(db) == before, f"a refused command changed data: {full}"
        return
    if "--json" not in full:
        assert not any(ch in out for ch in STEERING if ch != "\n"), (full, out)
