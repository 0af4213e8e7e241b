"""A real CalDAV server for the tests: Radicale on 127.0.0.1, its data in a temp folder."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.exchange.smtp_server import free_port

USER, PASSWORD = "ada", "calendar-secret"


def _wait_for(port: int, process: subprocess.Popen[bytes], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"radicale exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("radicale did not start listening within 20 s")


@contextmanager
def radicale(folder: Path) -> Iterator[str]:
    """Radicale with one account; yields the URL of that account's new calendar."""
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(folder / "collections"),
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
         "--auth-htpasswd-encryption", "plain", "--logging-level", "error"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(port, process)
        import caldav

        with caldav.DAVClient(url=f"http://127.0.0.1:{port}/{USER}/", username=USER,
                              password=PASSWORD) as client:
            calendar = client.principal().make_calendar(name="Clinic", cal_id="clinic")
            yield str(calendar.url)
    finally:
        process.terminate()
        process.wait(timeout=20)
