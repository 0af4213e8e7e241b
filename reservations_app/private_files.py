"""Files only their owner may read: configuration, logs, password files.

Folders are made 0700 and files 0600 whatever the umask, and a file is replaced in one step (a
temporary file beside it, then a rename), so a reader never sees half of it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(folder: Path) -> Path:
    """`folder` (and missing parents) created if needed, then made 0700."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if os.name == "posix":
        folder.chmod(FOLDER_MODE)
    return folder


def write_private(path: Path, text: str) -> Path:
    """Replace `path` with `text`, readable by its owner only, in a 0700 folder."""
    private_folder(path.parent)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return path


def make_private(path: Path) -> None:
    """An existing file made 0600 (one written by a library that honours only the umask)."""
    if os.name == "posix" and path.is_file():
        path.chmod(FILE_MODE)
