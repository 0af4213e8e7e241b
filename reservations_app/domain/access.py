"""Who may do what. Services call `require` before they touch anything."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reservations_app.domain.errors import PermissionDenied
from reservations_app.domain.model import Role


class Permission(Enum):
    READ = "read the schedule and bookings"
    MANAGE_CLIENTS = "add or change clients"
    MANAGE_PROVIDERS = "add or change providers"
    EDIT_AVAILABILITY = "change availability"
    BOOK = "make or change bookings"
    MANAGE_SETTINGS = "change clinic settings"
    MANAGE_USERS = "manage staff accounts"
    BACKUP = "back up or restore the database"
    VIEW_AUDIT = "read the audit trail"
    MAINTAIN = "run maintenance"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.FRONT_DESK: frozenset({Permission.READ, Permission.MANAGE_CLIENTS, Permission.BOOK,
                                Permission.MAINTAIN}),
    Role.PROVIDER: frozenset({Permission.READ, Permission.EDIT_AVAILABILITY, Permission.BOOK,
                              Permission.MAINTAIN}),
}

# A provider acts on their own schedule only; these permissions are checked per provider.
_OWN_PROVIDER_ONLY = frozenset({Permission.EDIT_AVAILABILITY, Permission.BOOK})


@dataclass(frozen=True)
class Actor:
    """The person (or script) a service call acts for, as the audit trail names them."""

    username: str
    role: Role
    workstation: str = "unknown"
    user_id: int | None = None
    provider_id: int | None = None

    @classmethod
    def cli(cls, os_user: str, workstation: str) -> Actor:
        return cls(f"cli:{os_user}", Role.ADMIN, workstation)

    @classmethod
    def system(cls, workstation: str) -> Actor:
        """The app itself, for start-up sweeps and automatic backups."""
        return cls("system", Role.ADMIN, workstation)


def allowed(actor: Actor, permission: Permission, provider_id: int | None = None) -> bool:
    if permission not in _GRANTS[actor.role]:
        return False
    if actor.role is Role.PROVIDER and permission in _OWN_PROVIDER_ONLY:
        return provider_id is not None and provider_id == actor.provider_id
    return True


def require(actor: Actor, permission: Permission, provider_id: int | None = None) -> None:
    if not allowed(actor, permission, provider_id):
        role = actor.role.value.replace("_", " ")
        scope = " for another provider" if actor.role is Role.PROVIDER and \
            permission in _GRANTS[actor.role] else ""
        raise PermissionDenied(f"Your role ({role}) may not {permission.value}{scope}. "
                               "Ask an administrator.")
