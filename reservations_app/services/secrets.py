"""Passwords of the clinic's mail and calendar servers: in the OS keyring through `keyring`,
never in the database or a file. Scripts and tests without a keyring give them in the
environment instead (RESERVATIONS_SMTP_PASSWORD, RESERVATIONS_CALDAV_PASSWORD)."""

from __future__ import annotations

import logging
import os

from reservations_app.domain.errors import InvalidInput

log = logging.getLogger(__name__)

SERVICE = "reservations-app"
ENVIRONMENT = {"smtp": "RESERVATIONS_SMTP_PASSWORD", "caldav": "RESERVATIONS_CALDAV_PASSWORD"}


def _account(kind: str, user: str, host: str) -> str:
    return f"{kind}:{user}@{host}"


def get_password(kind: str, user: str, host: str) -> str | None:
    """The environment's password if set, else the keyring's; None when neither has one."""
    from_env = os.environ.get(ENVIRONMENT[kind])
    if from_env:
        return from_env
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(kind, user, host))
    except Exception as exc:  # no keyring on this machine (a server, a container): say why
        log.info("no %s password from the keyring: %s", kind, exc)
        return None


def set_password(kind: str, user: str, host: str, password: str) -> None:
    try:
        import keyring

        keyring.set_password(SERVICE, _account(kind, user, host), password)
    except Exception as exc:
        raise InvalidInput(
            f"The password could not be saved in this computer's keyring ({exc}). Give it "
            f"in the environment variable {ENVIRONMENT[kind]} instead.") from exc
