"""The release archive: named by version and platform, one top folder, same bytes twice."""

from __future__ import annotations

import importlib.util
import re
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def archive() -> ModuleType:
    spec = importlib.util.spec_from_file_location("archive", REPO / "packaging" / "archive.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def build(tmp_path: Path) -> Path:
    folder = tmp_path / "dist" / "reservations-app"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "_internal" / "resources" / "note.txt").write_text("hello")
    (folder / "reservations-app").write_text("#!/bin/sh\n")
    (folder / "reservations-app").chmod(0o755)
    return folder


def test_the_name_carries_version_and_platform(archive: ModuleType) -> None:
    assert archive.archive_name("1.2.3", "linux-x86_64") == \
        "reservations-app-1.2.3-linux-x86_64.tar.gz"
    assert re.fullmatch(r"(linux|windows|macos)-[a-z0-9_]+", archive.platform_tag())


def test_everything_sits_in_one_versioned_folder(archive: ModuleType, build: Path,
                                                 tmp_path: Path) -> None:
    packed = archive.pack(build, tmp_path / "out", "1.2.3", "linux-x86_64")
    assert packed.name == "reservations-app-1.2.3-linux-x86_64.tar.gz"
    with tarfile.open(packed) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names[0] == "reservations-app-1.2.3"
    assert all(n.startswith("reservations-app-1.2.3/") for n in names[1:])
    assert "reservations-app-1.2.3/_internal/resources/note.txt" in names
    launcher = next(m for m in members if m.name == "reservations-app-1.2.3/reservations-app")
    assert launcher.mode & 0o111 and launcher.uid == 0


def test_packing_the_same_build_twice_gives_the_same_bytes(archive: ModuleType, build: Path,
                                                           tmp_path: Path) -> None:
    first = archive.pack(build, tmp_path / "one", "1.2.3", "linux-x86_64").read_bytes()
    second = archive.pack(build, tmp_path / "two", "1.2.3", "linux-x86_64").read_bytes()
    assert first == second


def test_a_folder_that_is_no_build_is_refused(archive: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not a PyInstaller one-folder build"):
        archive.pack(tmp_path, tmp_path / "out")
