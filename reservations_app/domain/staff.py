"""Rules for staff accounts that hold whatever screen or script changes them."""

from __future__ import annotations

from collections.abc import Iterable

from reservations_app.domain.errors import InvalidInput
from reservations_app.domain.model import Role, User

# A new account starts with the fewest powers a general staff member has: the front desk
# cannot change settings, accounts or backups. (A provider account is not a lesser rank but a
# different kind of account: it belongs to one provider, who must be named.)
DEFAULT_ROLE = Role.FRONT_DESK


def is_active_admin(user: User) -> bool:
    return user.active and user.role is Role.ADMIN


def check_an_admin_remains(users: Iterable[User], user_id: int, role: Role,
                           active: bool) -> None:
    """Refuse a change that would leave no active administrator: nobody could then manage
    accounts, settings or backups, and the clinic would be locked out of its own app."""
    remaining = [user for user in users if is_active_admin(user) and user.id != user_id]
    if remaining or (active and role is Role.ADMIN):
        return
    raise InvalidInput("This is the last active administrator. Give another account the "
                       "administrator role first, then change this one.")
