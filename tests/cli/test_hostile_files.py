"""The paths a careless script hands the CLI: a pipe nobody writes to, a device, a folder, an
empty string from an unset variable, a mistyped folder, a name longer than the file system
allows. Each is one `error:` line (exit 1) and changes nothing; none hangs, none replaces a
special file with a regular one.

Each case was reproduced on the code before the fix: `client import PIPE`, `restore PIPE` and
`reminders configure --body-file PIPE` waited for ever; `client export /dev/null` (and the
other exports) swapped /dev/null for a regular file when run as root; `backup ""` wrote into
the current folder and `report --csv ""` printed instead of writing; `backup /typo/x.sqlite3`
made the folder /typo; `backup` or `restore` of a 300-character name was an "unexpected
failure"; a subject with a carriage return and a 50 MB message template were saved.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(sys.executable).with_name("reservations-app")
RANGE = ("--from", "2026-12-01", "--until", "2026-12-31")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
    return subprocess.run([str(APP), *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=30, check=False, stdin=subprocess.DEVNULL)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "unexpected failure" not in lines[0]
    return lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    assert run("--db", str(path), "provider", "add", "--name", "Dr A", "--email",
               "a@clinic.example", "--timezone", "Europe/Berlin").returncode == 0
    return path


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("words", [
    ("client", "import", "{pipe}"),
    ("client", "import", "{pipe}", "--dry-run"),
    ("restore", "{pipe}"),
    ("reminders", "configure", "--body-file", "{pipe}"),
])
def test_a_pipe_to_read_is_refused_not_waited_on(db: Path, pipe: Path,
                                                 words: tuple[str, ...]) -> None:
    line = one_error_line(run("--db", str(db), *(w.format(pipe=pipe) for w in words)))
    assert "pipe" in line


@pytest.mark.parametrize("words", [
    ("client", "export", "{pipe}"),
    ("reservation", "export", "{pipe}", *RANGE),
    ("report", "types", *RANGE, "--csv", "{pipe}"),
    ("ics", "--provider", "1", *RANGE, "--output", "{pipe}"),
])
def test_an_export_never_replaces_a_pipe_or_device(db: Path, pipe: Path,
                                                   words: tuple[str, ...]) -> None:
    line = one_error_line(run("--db", str(db), *(w.format(pipe=pipe) for w in words)))
    assert "not a regular file" in line
    assert stat.S_ISFIFO(pipe.stat().st_mode)


@pytest.mark.parametrize("words", [
    ("backup", ""), ("restore", ""), ("client", "import", ""), ("client", "export", ""),
    ("reservation", "export", "", *RANGE), ("report", "types", *RANGE, "--csv", ""),
    ("ics", "--provider", "1", *RANGE, "--output", ""),
    ("reminders", "configure", "--body-file", ""),
])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
        db: Path, tmp_path: Path, words: tuple[str, ...]) -> None:
    work = tmp_path / "work"
    work.mkdir()
    line = one_error_line(run("--db", str(db), *words, cwd=work))
    assert line.startswith("error: No ") and line.endswith(" given.")
    assert list(work.iterdir()) == []


def test_a_backup_into_a_missing_folder_is_refused_unless_it_names_a_folder(
        db: Path, tmp_path: Path) -> None:
    line = one_error_line(run("--db", str(db), "backup", str(tmp_path / "typo" / "x.sqlite3")))
    assert "does not exist" in line
    assert not (tmp_path / "typo").exists()
    done = run("--db", str(db), "backup", f"{tmp_path / 'new'}/")
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "new").iterdir())) == 1


def test_a_backup_folder_that_cannot_be_made_is_one_line(db: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    assert "Cannot create the folder" in one_error_line(
        run("--db", str(db), "backup", f"{tmp_path / 'a-file' / 'new'}/"))


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_name_longer_than_the_file_system_allows_is_one_line(db: Path, tmp_path: Path,
                                                               command: str) -> None:
    one_error_line(run("--db", str(db), command, "n" * 300, cwd=tmp_path))


def test_restore_names_a_folder_as_a_folder(db: Path, tmp_path: Path) -> None:
    assert "not a backup file" in one_error_line(run("--db", str(db), "restore", str(tmp_path)))


def test_mail_settings_refuse_a_hidden_line_break_and_a_huge_template(db: Path,
                                                                      tmp_path: Path) -> None:
    line = one_error_line(run("--db", str(db), "reminders", "configure", "--subject",
                              "Hi\rBcc: someone@elsewhere.example"))
    assert "one line" in line
    template = tmp_path / "template.txt"
    template.write_text("Hello $client_name. " * 2000, encoding="utf-8")
    assert "longer than" in one_error_line(
        run("--db", str(db), "reminders", "configure", "--body-file", str(template)))


def _shell(db: Path, words: str, redirect: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
    return subprocess.run(f"'{APP}' --db '{db}' {words} {redirect}", shell=True,
                          capture_output="2>" not in redirect, text=True, env=environment,
                          timeout=30, check=False)


@pytest.mark.parametrize("words", ["user add --username ann --role admin --password-stdin",
                                   "backup --encrypt copy.sqlite3"])
def test_a_closed_stdin_is_an_empty_answer_not_a_crash(db: Path, words: str) -> None:
    """Before: 'unexpected failure (AttributeError: 'NoneType' object has no attribute
    'readline')' when cron ran the command with stdin closed (`<&-`)."""
    line = one_error_line(_shell(db, words, "<&-"))
    assert "at least 10 characters" in line


def test_a_closed_stdout_is_one_line_and_the_write_is_kept(db: Path) -> None:
    """Before: a traceback (sys.stdout is None) after the client was saved."""
    done = _shell(db, "client add --name 'Ann Lee'", ">&-")
    assert done.returncode == 1 and done.stderr.startswith("error: ")
    assert done.stderr.count("\n") == 1 and "completed" in done.stderr
    names = run("--db", str(db), "--json", "client", "list")
    assert "Ann Lee" in names.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("words", ["--json client list", "client add --name 'Bo Li'"])
def test_a_full_disk_for_the_output_is_one_line(db: Path, words: str) -> None:
    """Before: a traceback (OSError: No space left on device) from print()."""
    done = _shell(db, words, "> /dev/full")
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("error: the output could not be written")
