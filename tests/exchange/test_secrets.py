"""Passwords go to the OS keyring (here an in-memory keyring backend), or come from the
environment when a script has no keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from reservations_app.domain.errors import InvalidInput
from reservations_app.services import secrets


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


class NoKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("No recommended backend was available.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("No recommended backend was available.")


@pytest.fixture
def memory(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("RESERVATIONS_SMTP_PASSWORD", raising=False)
    yield backend
    keyring.set_keyring(previous)


def test_the_keyring_keeps_the_password(memory):
    secrets.set_password("smtp", "desk", "smtp.clinic.example", "s3cret")
    assert memory.saved == {("reservations-app", "smtp:desk@smtp.clinic.example"): "s3cret"}
    assert secrets.get_password("smtp", "desk", "smtp.clinic.example") == "s3cret"
    assert secrets.get_password("smtp", "other", "smtp.clinic.example") is None


def test_the_environment_comes_first_and_stands_in_without_a_keyring(memory, monkeypatch):
    monkeypatch.setenv("RESERVATIONS_SMTP_PASSWORD", "from-env")
    assert secrets.get_password("smtp", "desk", "h") == "from-env"
    keyring.set_keyring(NoKeyring())
    assert secrets.get_password("smtp", "desk", "h") == "from-env"
    monkeypatch.delenv("RESERVATIONS_SMTP_PASSWORD")
    assert secrets.get_password("smtp", "desk", "h") is None
    with pytest.raises(InvalidInput, match="RESERVATIONS_SMTP_PASSWORD"):
        secrets.set_password("smtp", "desk", "h", "x")
