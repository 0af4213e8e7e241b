"""Changing staff accounts: another role, deactivated or active again. One use case, one
transaction, audited; the last active administrator is kept whatever the screen does."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reservations_app.domain.access import Actor, Permission, require
from reservations_app.domain.errors import InvalidInput, NotFound
from reservations_app.domain.model import Role, User
from reservations_app.domain.staff import check_an_admin_remains
from reservations_app.services import audit
from reservations_app.services.lookups import provider_row
from reservations_app.store import records
from reservations_app.store.models import UserRow
from reservations_app.store.transactions import for_update, transactional


def _locked_users() -> list[User]:
    """Every account, locked where the backend has row locks: two administrators demoting
    each other at once must not both pass the last-administrator check."""
    return [records.user(row) for row in for_update(UserRow.select().order_by(UserRow.id))]


def _find(users: list[User], user_id: int) -> User:
    found = next((user for user in users if user.id == user_id), None)
    if found is None:
        raise NotFound(f"There is no user with id {user_id}.")
    return found


def _save(actor: Actor, now: dt.datetime, action: str, before: User, after: User) -> User:
    UserRow.update(role=after.role.value, provider=after.provider_id,
                   active=after.active).where(UserRow.id == after.id).execute()
    audit.record(actor, now, action, "user", after.id, before, after)
    return after


@audit.denials_audited
@transactional
def set_role(actor: Actor, user_id: int, role: Role, now: dt.datetime,
             provider_id: int | None = None) -> User:
    """Give an account another role; a provider account names its provider."""
    require(actor, Permission.MANAGE_USERS)
    users = _locked_users()
    before = _find(users, user_id)
    if role is Role.PROVIDER:
        if provider_id is None:
            raise InvalidInput("A provider account must name its provider.")
        provider_row(provider_id)
    check_an_admin_remains(users, user_id, role, before.active)
    after = replace(before, role=role,
                    provider_id=provider_id if role is Role.PROVIDER else None)
    return _save(actor, now, "user.role", before, after)


@audit.denials_audited
@transactional
def set_active(actor: Actor, user_id: int, active: bool, now: dt.datetime) -> User:
    """Deactivate an account (it can no longer sign in; its history stays) or reactivate it."""
    require(actor, Permission.MANAGE_USERS)
    users = _locked_users()
    before = _find(users, user_id)
    check_an_admin_remains(users, user_id, before.role, active)
    return _save(actor, now, "user.activate" if active else "user.deactivate", before,
                 replace(before, active=active))
