"""A migration's module, loaded from its file (its name starts with a digit, so it cannot be
imported by name): for tests that check what a migration builds against its neighbours."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from reservations_app.store import schema as store_schema


def load_migration(name: str) -> ModuleType:
    """The module of migration `name`, e.g. "0006_visit_types"."""
    path = store_schema.MIGRATIONS_DIR / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
