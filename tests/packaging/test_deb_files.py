"""The files the .deb installs besides the bundle: the manual is the parser's, the metadata
names this version, the desktop entry and metadata pass their validators."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from reservations_app import __version__
from reservations_app.cli.main import build_parser

REPO = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_manual_lists_every_command_and_option() -> None:
    manpage = _script("manpage")
    page = manpage.render(build_parser(), dt.date(2026, 12, 1))
    assert page.startswith('.TH RESERVATIONS-APP 1 "2026-12-01"')
    commands = [" ".join(words) for words, _ in manpage._commands(build_parser())]
    assert "provider add" in commands and "book" in commands
    for words, sub in manpage._commands(build_parser()):
        assert f".SS {manpage.roff(' '.join(words))}" in page
        for action in sub._actions:
            for flag in action.option_strings:
                if flag not in manpage.COMMON:
                    assert manpage.roff(flag) in page, (words, flag)
    requests = {line.split()[0] for line in page.splitlines() if line.startswith(".")}
    assert requests == {".TH", ".SH", ".SS", ".TP", ".B", ".br"}  # no text read as a request


def test_the_metainfo_names_this_version_as_its_newest_release() -> None:
    text = (REPO / "resources" / "org.reservations.app.metainfo.xml").read_text()
    assert re.search(r'<release version="([^"]+)"', text).group(1) == __version__  # type: ignore[union-attr]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(["desktop-file-validate", str(REPO / "resources" /
                                                        "reservations.desktop")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(
        REPO / "resources" / "org.reservations.app.metainfo.xml")],
        capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
