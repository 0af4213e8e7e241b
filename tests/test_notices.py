"""The About dialog's licence list says what each distribution's own metadata says."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from reservations_app.notices import BUNDLED, DISTRIBUTIONS, Component

REPO = Path(__file__).resolve().parent.parent
MIT_GRANT = "Permission is hereby granted, free of charge"
# Metadata that names no identifier: python-dateutil's License field says only "Dual License";
# its LICENSE file grants Apache-2.0 and BSD-3-Clause.
IN_WORDS = {"Dual License": {"Apache-2.0 OR BSD-3-Clause"}}


def _declared(distribution: str) -> set[str]:
    """The SPDX identifiers a distribution declares: License-Expression, else the License field
    (either may be an OR of choices), else an MIT licence file recognised by its grant."""
    meta = metadata.metadata(distribution)
    expression = meta.get("License-Expression") or meta.get("License") or ""
    if expression.strip() in IN_WORDS:
        return IN_WORDS[expression.strip()]
    if expression.strip():
        return {part.strip() for part in expression.split(" OR ")}
    files = metadata.distribution(distribution).files or []
    texts = [f.read_text() or "" for f in files if "LICENSE" in f.name.upper()]
    return {"MIT"} if any(MIT_GRANT in text for text in texts) else set()


@pytest.mark.parametrize("component", [c for c in BUNDLED if c.distribution],
                         ids=lambda c: c.name)
def test_each_licence_matches_the_distribution_metadata(component: Component) -> None:
    assert component.distribution is not None
    assert component.licence in _declared(component.distribution)


def test_every_runtime_dependency_is_listed() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    required = {req.split("==")[0].split("[")[0].lower() for req in project["dependencies"]}
    assert required <= {d.lower() for d in DISTRIBUTIONS}


def test_versions_come_from_the_installed_distributions() -> None:
    by_name = {c.name: c for c in BUNDLED}
    assert by_name["peewee"].version() == metadata.version("peewee")
    assert by_name["Python"].version().count(".") == 2
    assert by_name["SQLite"].version()
