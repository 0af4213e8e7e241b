"""Who a CLI command acts for.

A database without staff accounts is used as before (set-up and scripts before the first
account): the command acts as `cli:<OS user>`. Once accounts exist, every command that reads
clients' data or changes anything signs in as an account, is held to its role, and is counted
by the same lockout as the GUI's sign-in; the audit names the account and, as its workstation,
the OS user and host.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import socket

from reservations_app.cli.input_files import stdin_is_terminal
from reservations_app.domain.access import Actor
from reservations_app.domain.errors import AuthenticationFailed
from reservations_app.services import auth

log = logging.getLogger(__name__)

ENV_USER = "RESERVATIONS_USER"
ENV_PASSWORD = "RESERVATIONS_PASSWORD"
# The OS keyring entry a workstation's IT may set up for a staff account's password.
KEYRING_SERVICE = "reservations-app"
FIELD = 60  # audit columns hold 128 characters; an OS user or host name may be longer


def os_user() -> str:
    try:
        return getpass.getuser()[:FIELD] or "unknown"
    except Exception:  # no user name in the environment (some containers): still attributable
        return "unknown"


def host() -> str:
    return socket.gethostname()[:FIELD]


def actor_for(args: argparse.Namespace, now: dt.datetime) -> Actor:
    """The actor the command runs as; raises AuthenticationFailed for a missing or wrong
    sign-in (after counting it, like the GUI)."""
    if not auth.has_users() or not getattr(args, "signs_in", True):
        return Actor.cli(os_user(), host())
    name = getattr(args, "user", None) or os.environ.get(ENV_USER, "")
    if not name.strip():
        raise AuthenticationFailed(
            f"This database has staff accounts: sign in with --user NAME (or set {ENV_USER}).")
    password = password_for(name)
    return auth.authenticate(name, password, f"cli:{os_user()}@{host()}", now)


def password_for(name: str) -> str:
    """$RESERVATIONS_PASSWORD, else the OS keyring's entry for the account, else a prompt on
    the terminal."""
    from_env = os.environ.get(ENV_PASSWORD)
    if from_env:
        return from_env
    stored = keyring_password(name)
    if stored:
        return stored
    if not stdin_is_terminal():
        raise AuthenticationFailed(
            f"No password for {name.strip()[:64]}: run on a terminal to be asked, set "
            f"{ENV_PASSWORD}, or store it in the system keyring.")
    return getpass.getpass(f"Password for {name.strip()[:64]}: ")


def keyring_password(name: str) -> str | None:
    """The keyring's entry, or None when there is none, no keyring library or no backend."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, f"staff:{name.strip().lower()}")
    except Exception:  # no usable backend (headless, locked): fall back to the prompt
        log.info("the system keyring could not be read", exc_info=True)
        return None
    return value if isinstance(value, str) else None
