"""A wheel built from this tree, installed into a throw-away venv, finds its resources and its
migrations inside the installed package and migrates a database with them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "reservations_app",
           "resources")

# Runs in the throw-away venv with -I: no current directory, no PYTHONPATH, so only the
# installed copy of reservations_app can answer.
PROBE = """
import json, sys, tempfile, pathlib
import reservations_app
from reservations_app import assets
from reservations_app.store import connect as store_connect
from reservations_app.store import schema as store_schema
folder = pathlib.Path(tempfile.mkdtemp())
store_connect.open_database(f"sqlite:///{folder / 'probe.sqlite3'}")
print(json.dumps({
    "package": reservations_app.__file__,
    "resources": str(assets.resources_dir()),
    "icon": assets.resource_path("icons/app.png").is_file(),
    "desktop": assets.resource_path("reservations.desktop").is_file(),
    "migrations": store_schema.known_migrations(),
    "schema": store_schema.current_schema(),
}))
"""


def _copy_sources(into: Path) -> Path:
    """Build from a copy, so the build leaves nothing in the working tree."""
    source = into / "source"
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_resources"))
        elif path.is_file():
            source.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, source / name)
    return source


def _run(*argv: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run([str(a) for a in argv], capture_output=True, text=True, cwd=cwd,
                          timeout=300, check=False)
    assert done.returncode == 0, f"{argv}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_an_installed_wheel_finds_resources_and_migrations(tmp_path: Path) -> None:
    source = _copy_sources(tmp_path)
    wheels = tmp_path / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, source)
    wheel = next(wheels.glob("reservations_app-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
         wheel)
    # The dependencies (PySide6, peewee, ...) come from this test run's own environment: a
    # path line in a .pth file adds that folder without running its editable-install hooks.
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
                .strip())
    (site / "outer_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    found = json.loads(_run(python, "-I", "-c", PROBE, cwd=tmp_path))
    installed = site / "reservations_app"
    assert Path(found["package"]).parent == installed
    assert Path(found["resources"]) == installed / "_resources"
    assert found["icon"] and found["desktop"]
    assert found["migrations"] and found["migrations"][0] == "0001_initial"
    assert found["schema"] == found["migrations"][-1]
