"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1 and a free port, in this process."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Mailbox:
    """What the server accepted; addresses in `unknown` are refused like a missing mailbox."""

    unknown: set[str] = field(default_factory=set)
    delay: float = 0.0  # seconds per message, so that racing senders overlap
    received: list[EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: Any) -> str:
        if address in self.unknown:
            return "550 5.1.1 mailbox unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.delay)
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        with self.lock:
            self.received.append(parsed)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def recipients(self) -> list[str]:
        with self.lock:
            return sorted(str(m["To"]) for m in self.received)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(mailbox: Mailbox, password: str | None = None) -> Iterator[int]:
    """With `password`, the server requires AUTH (plain text on loopback, for the test)."""
    port = free_port()
    options: dict[str, Any] = {}
    if password is not None:
        def check(server: Any, session: Any, envelope: Any, mechanism: str,
                  auth_data: Any) -> AuthResult:
            given = auth_data.password.decode() if isinstance(auth_data, LoginPassword) else ""
            return AuthResult(success=given == password, handled=False)

        options = {"authenticator": check, "auth_required": True,
                   "auth_require_tls": False}
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, ready_timeout=20,
                            **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
