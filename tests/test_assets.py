"""One resource lookup for every way the app runs. The wheel is installed for real in
tests/packaging/test_wheel.py and the frozen bundle is run by packaging/ci_bundle.sh; here are the
source checkout (which an editable install also reads) and the frozen rule in-process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reservations_app import assets
from reservations_app.store import schema as store_schema

REPO = Path(__file__).resolve().parent.parent


def test_a_source_checkout_reads_the_repository_resources() -> None:
    assert assets.resources_dir() == REPO / "resources"
    assert assets.resource_path("icons/app.png").is_file()
    assert assets.resource_path("reservations.desktop").is_file()


def test_a_frozen_bundle_reads_resources_beside_its_files(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.resource_path("icons/app.png") == tmp_path / "resources" / "icons" / "app.png"


def test_an_installed_copy_prefers_its_own_resources(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "reservations_app"
    (package / "_resources").mkdir(parents=True)
    monkeypatch.setattr(assets, "__file__", str(package / "assets.py"))
    assert assets.resources_dir() == package / "_resources"


def test_the_migrations_are_files_beside_the_store() -> None:
    names = store_schema.known_migrations()
    assert names and names[0] == "0001_initial"
    assert all((store_schema.MIGRATIONS_DIR / f"{name}.py").is_file() for name in names)
