"""What a SQLite file says about its staff accounts, read with the standard library only: the
desk chooses its first window (the first administrator's dialog or the sign-in) from it before
peewee is imported (ui/app.py). It never writes, never waits for a lock and never refuses: the
opening that follows does that, with the reasons."""

from __future__ import annotations

from pathlib import Path

USER_TABLE = "staff_user"  # store.models.UserRow's table


def surely_without_users(path: Path) -> bool:
    """True only when certain: no file yet, an empty one, or one whose account table is empty
    or not made yet. Anything unclear (locked, damaged, another program's) is False."""
    try:
        if not path.exists():
            return True
        if not path.is_file():
            return False
        if path.stat().st_size == 0:
            return True
        return _no_users(path)
    except OSError:
        return False


def _no_users(path: Path) -> bool:
    import sqlite3  # here: a first start, with no file yet, does without it

    try:
        # timeout=0: a file another program holds locked answers at once (then: not certain).
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True,
                                     timeout=0)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if USER_TABLE not in tables:
                return not tables  # none yet; tables but none of ours: another program's
            return not connection.execute(
                f"SELECT EXISTS (SELECT 1 FROM {USER_TABLE})").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return False
