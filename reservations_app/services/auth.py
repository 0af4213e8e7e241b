"""Staff accounts: Argon2id passwords, lockout after repeated failures, audited logins."""

from __future__ import annotations

import datetime as dt
import math
from functools import cache
from typing import TYPE_CHECKING

from peewee import Case, IntegrityError

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import AuthenticationFailed, Duplicate, InvalidInput, NotFound
from reservations_app.domain.model import Role, User
from reservations_app.domain.passwords import check_password
from reservations_app.services import audit
from reservations_app.services.lookups import provider_row
from reservations_app.store import records
from reservations_app.store.models import UserRow, from_db, to_db
from reservations_app.store.transactions import transactional

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=5)
UNKNOWN_ACCOUNT = "unknown account"


@cache
def _hasher() -> PasswordHasher:
    """Made at the first sign-in: argon2's bindings cost every start 2.5 MB and 20 ms, and a
    start on a given database (--smoke-test, scripts) signs nobody in."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _unknown_user_hash() -> str:
    """Verified against when the user name is unknown, so a wrong name takes as long as a
    wrong password and the timing does not tell which accounts exist."""
    return _hasher().hash("not a password anybody has")


def _clean_username(username: str) -> str:
    cleaned = (username or "").strip().lower()
    if not cleaned or len(cleaned) > 64 or any(ch.isspace() for ch in cleaned):
        raise InvalidInput("A user name is 1 to 64 characters without spaces.")
    return cleaned


def has_users() -> bool:
    """Whether any account exists; the first start creates the first admin when none does."""
    return bool(UserRow.select().exists())


@audit.denials_audited
@transactional
def create_user(actor: Actor | None, username: str, password: str, role: Role,
                now: dt.datetime, provider_id: int | None = None) -> User:
    """A new account. With no accounts yet, `actor` may be None and the first must be admin."""
    first = not has_users()
    if first and role is not Role.ADMIN:
        raise InvalidInput("The first account must be an administrator.")
    if not first:
        if actor is None:
            raise AuthenticationFailed("Sign in as an administrator to add accounts.")
        require(actor, Permission.MANAGE_USERS)
    name = _clean_username(username)
    check_password(password)
    if role is Role.PROVIDER:
        if provider_id is None:
            raise InvalidInput("A provider account must name its provider.")
        provider_row(provider_id)
    try:
        row = UserRow.create(username=name, password_hash=_hasher().hash(password),
                             role=role.value, provider=provider_id if role is Role.PROVIDER
                             else None, created_at=to_db(now))
    except IntegrityError as exc:
        raise Duplicate(f"The user name {name} is taken.") from exc
    user = records.user(row)
    by = actor or Actor(name, role, "first-run", user.id)
    audit.record(by, now, "user.add", "user", user.id, None, user)
    return user


def authenticate(username: str, password: str, workstation: str, now: dt.datetime) -> Actor:
    """The signed-in Actor, or AuthenticationFailed. Failures are counted and audited."""
    outcome = _authenticate(username, password, workstation, now)
    if isinstance(outcome, str):
        # Raised after the transaction committed, so the failure count and audit row stay.
        raise AuthenticationFailed(outcome)
    return outcome


@transactional
def _authenticate(username: str, password: str, workstation: str,
                  now: dt.datetime) -> Actor | str:
    name = (username or "").strip().lower()
    row = UserRow.get_or_none(UserRow.username == name)
    if row is None or not row.active:
        _verify(_unknown_user_hash(), password)
        # Never the typed name: it may be a password typed into the wrong field.
        audit.record(Actor(UNKNOWN_ACCOUNT, Role.FRONT_DESK, workstation), now, "login.fail",
                     "user", None)
        return "Wrong user name or password."
    locked_until = from_db(row.locked_until)
    if locked_until and locked_until > now:
        minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
        audit.record(Actor(row.username, Role(row.role), workstation, row.id, row.provider_id),
                     now, "login.refused_locked", "user", row.id)
        return (f"This account is locked after {MAX_FAILURES} failed sign-ins. "
                f"Try again in {minutes} minute(s) or ask an administrator.")
    actor = Actor(row.username, Role(row.role), workstation, row.id, row.provider_id)
    if not _verify(row.password_hash, password):
        return _record_failure(row, actor, now)
    row.failed_logins, row.locked_until = 0, None
    # Only these: the row was read before the slow password check, and saving all of it
    # would put back what an administrator changed meanwhile (a reset password).
    row.save(only=[UserRow.failed_logins, UserRow.locked_until])
    audit.record(actor, now, "login.ok", "user", row.id)
    return actor


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash, password or ""))
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(user_id: int, now: dt.datetime) -> bool:
    """Add one failure in a single statement and lock at MAX_FAILURES; True if this one locked.

    The count is taken from the row as the UPDATE finds it, never from an earlier read: on
    PostgreSQL twelve wrong passwords sent at once all read 0 and all wrote 1."""
    failures = UserRow.failed_logins + 1
    locks = failures >= MAX_FAILURES
    counted = UserRow.update(
        failed_logins=Case(None, [(locks, 0)], failures),
        locked_until=Case(None, [(locks, to_db(now + LOCKOUT))], UserRow.locked_until),
    ).where(UserRow.id == user_id).returning(UserRow.failed_logins)
    return bool(counted.tuples().execute()[0][0] == 0)


def _record_failure(row: UserRow, actor: Actor, now: dt.datetime) -> str:
    locked = _count_failure(row.id, now)
    audit.record(actor, now, "login.lock" if locked else "login.fail", "user", row.id)
    if locked:
        return (f"Wrong password. The account is now locked for "
                f"{int(LOCKOUT.total_seconds() // 60)} minutes.")
    return "Wrong user name or password."


def verify_password(actor: Actor, password: str) -> bool:
    """For unlocking an idle window: the signed-in user's own password."""
    if actor.user_id is None:
        return False
    row = UserRow.get_or_none(UserRow.id == actor.user_id)
    return row is not None and bool(row.active) and _verify(row.password_hash, password)


@transactional
def unlock(actor: Actor, password: str, now: dt.datetime) -> bool:
    """Check the password that unlocks an idle window, and audit the attempt either way.
    Failed unlocks do not lock the account: the user is already signed in."""
    ok = verify_password(actor, password)
    audit.record(actor, now, "unlock.ok" if ok else "unlock.fail", "user", actor.user_id)
    return ok


@audit.denials_audited
@transactional
def reset_password(actor: Actor, user_id: int, password: str, now: dt.datetime) -> User:
    require(actor, Permission.MANAGE_USERS)
    check_password(password)
    row = UserRow.get_or_none(UserRow.id == user_id)
    if row is None:
        raise NotFound(f"There is no user with id {user_id}.")
    row.password_hash, row.failed_logins, row.locked_until = _hasher().hash(password), 0, None
    row.save()
    audit.record(actor, now, "user.reset_password", "user", user_id, None,
                 {"username": row.username, "unlocked": True})
    return records.user(row)


def list_users(actor: Actor) -> list[User]:
    require(actor, Permission.MANAGE_USERS)
    return [records.user(row) for row in UserRow.select().order_by(UserRow.username)]
