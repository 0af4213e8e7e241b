"""psycopg is loaded only for a PostgreSQL database (see reservations_app._drivers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from reservations_app.store import connect as store_connect
from reservations_app.store.models import database
from reservations_app.store.postgres import LazyPsycopg3Adapter

SQLITE_START = """
import sys
from reservations_app.cli import main
import reservations_app.ui.smoke, reservations_app.ui.main_window
from reservations_app.store.connect import open_database
open_database(sys.argv[1])
print(sorted(name for name in sys.modules if name.split(".")[0] in ("psycopg", "psycopg2")))
"""


def test_a_start_on_sqlite_loads_no_postgresql_driver(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    store_connect.open_database(str(path))  # made and migrated here: migrating may load it
    store_connect.close_database()
    done = subprocess.run([sys.executable, "-c", SQLITE_START, str(path)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr


def test_peewee_was_imported_without_the_driver() -> None:
    assert peewee.psycopg is None  # so nothing can lean on peewee's own import of it


@pytest.mark.backends("postgresql")
def test_postgresql_connects_through_the_lazy_adapter(db: store_connect.Target) -> None:
    adapter = database.obj._adapter
    assert isinstance(adapter, LazyPsycopg3Adapter)
    assert database.execute_sql("SELECT 1").fetchone() == (1,)
    with database.atomic():
        assert adapter.txn_status(database.connection()) == 2  # in a transaction
        cursor = adapter.server_side_cursor(database.connection())
        cursor.execute("SELECT generate_series(1, 3)")
        assert [row[0] for row in cursor.fetchall()] == [1, 2, 3]
        cursor.close()
    assert adapter.is_connection_usable(database.connection())
    assert adapter.get_binary_type()(b"x") is not None
