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

DRIVERS = ("psycopg", "psycopg2")


def import_peewee_without_drivers() -> None:
    if "peewee" in sys.modules:
        return  # imported already by someone else; it works either way
    saved = {name: sys.modules.get(name) for name in DRIVERS}
    for name in DRIVERS:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import` raise ImportError
    try:
        import peewee  # noqa: F401
    except ImportError:  # e.g. reading __version__ where the dependencies are not installed
        pass
    finally:
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module
