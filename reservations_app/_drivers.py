"""Keep the PostgreSQL driver out of a start that does not use it, and peewee out of the first
window.

When peewee is imported it imports psycopg, if installed, and psycopg loads libpq with OpenSSL
and friends: about 0.15 s and 28 MB, a fifth of the desktop app's start and a third of its
memory, on every desk, although a desk on a SQLite file never talks to PostgreSQL. So whoever
imports peewee first, through this package, gets it loaded with psycopg hidden from it; peewee
then runs as if psycopg were missing, and `store.postgres` gives PostgreSQL its own adapter that
imports psycopg when the first connection to a server is made.

peewee itself is not imported here: the desktop app shows its sign-in dialog before it (see
ui/app.py), so an import hook waits for the first `import peewee` instead.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from typing import Any

DRIVERS = ("psycopg", "psycopg2")


class _HashlibOnDemand(types.ModuleType):
    """What peewee gets as `hashlib`: the real module, imported at the first use (peewee
    hashes only over-long index names). `import hashlib` loads OpenSSL's libcrypto, ~4 MB of
    a start's memory, which a desk on SQLite otherwise never needs."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # import hooks probing the module (__wrapped__, __path__...)
            raise AttributeError(name)
        import importlib

        if sys.modules.get("hashlib") is self:  # asked while peewee is still being imported
            del sys.modules["hashlib"]
        return getattr(importlib.import_module("hashlib"), name)


@contextmanager
def _drivers_hidden() -> Iterator[None]:
    saved = {name: sys.modules.get(name) for name in DRIVERS}
    for name in DRIVERS:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import` raise ImportError
    on_demand = None
    if "hashlib" not in sys.modules:
        on_demand = sys.modules["hashlib"] = _HashlibOnDemand("hashlib")
    try:
        yield
    finally:
        if on_demand is not None and sys.modules.get("hashlib") is on_demand:
            del sys.modules["hashlib"]
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


class _LoadWithoutDrivers:
    """peewee's own loader, run with the drivers hidden. (No importlib.abc base classes: that
    module costs more to import than the whole hook.)"""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        made: types.ModuleType | None = self._loader.create_module(spec)
        return made

    def exec_module(self, module: types.ModuleType) -> None:
        with _drivers_hidden():
            self._loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename... for tracebacks
        return getattr(self._loader, name)


class _PeeweeFinder:
    """Finds peewee as the other finders do, once, and hands it the loader above."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> ModuleSpec | None:
        if fullname != "peewee":
            return None
        remove_hook()
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _LoadWithoutDrivers(spec.loader)  # type: ignore[assignment]
        return spec


def hide_drivers_from_peewee() -> None:
    """From now on, the first `import peewee` loads it without the drivers."""
    if "peewee" in sys.modules or any(isinstance(f, _PeeweeFinder) for f in sys.meta_path):
        return  # imported already by someone else; it works either way
    sys.meta_path.insert(0, _PeeweeFinder())


def remove_hook() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _PeeweeFinder)]
