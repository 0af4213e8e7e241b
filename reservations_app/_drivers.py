"""Keep the PostgreSQL driver out of a start that does not use it.

When peewee is imported it imports psycopg, if installed, and psycopg loads libpq with OpenSSL
and friends: about 0.15 s and 28 MB, a fifth of the desktop app's start and a third of its
memory, on every desk, although a desk on a SQLite file never talks to PostgreSQL. So peewee
is imported here, before anything else can, with psycopg hidden from it; peewee then runs as
if psycopg were missing, and `store.postgres` gives PostgreSQL its own adapter that imports
psycopg when the first connection to a server is made.
"""

from __future__ import annotations

import sys
import types
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


def import_peewee_without_drivers() -> None:
    if "peewee" in sys.modules:
        return  # imported already by someone else; it works either way
    saved = {name: sys.modules.get(name) for name in DRIVERS}
    for name in DRIVERS:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import` raise ImportError
    on_demand = None
    if "hashlib" not in sys.modules:
        on_demand = sys.modules["hashlib"] = _HashlibOnDemand("hashlib")
    try:
        import peewee  # noqa: F401
    except ImportError:  # e.g. reading __version__ where the dependencies are not installed
        pass
    finally:
        if on_demand is not None and sys.modules.get("hashlib") is on_demand:
            del sys.modules["hashlib"]
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module
