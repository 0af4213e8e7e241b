"""Staff accounts: another role, deactivate, reactivate; the last active administrator stays,
whatever screen or script asks (issue 13, "Records the desk edits")."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import InvalidInput, PermissionDenied
from reservations_app.domain.model import Role, User
from reservations_app.domain.staff import DEFAULT_ROLE, check_an_admin_remains
from reservations_app.services import audit, auth, people, staff
from reservations_app.store.db import Target

PASSWORD = "correct horse battery"


@pytest.fixture
def ada(db: Target, now: dt.datetime, fast_hashing: None) -> User:
    return auth.create_user(None, "ada", PASSWORD, Role.ADMIN, now)


def test_the_default_role_is_the_front_desk() -> None:
    assert DEFAULT_ROLE is Role.FRONT_DESK


def test_the_rule_keeps_one_active_administrator() -> None:
    ada, bea = User(1, "ada", Role.ADMIN), User(2, "bea", Role.FRONT_DESK)
    with pytest.raises(InvalidInput, match="last active administrator"):
        check_an_admin_remains([ada, bea], 1, Role.FRONT_DESK, True)
    with pytest.raises(InvalidInput):
        check_an_admin_remains([ada, bea], 1, Role.ADMIN, False)
    check_an_admin_remains([ada, bea], 2, Role.ADMIN, True)  # promoting is always fine
    inactive_admin = User(3, "cal", Role.ADMIN, active=False)
    with pytest.raises(InvalidInput):  # an inactive administrator does not count
        check_an_admin_remains([ada, inactive_admin], 1, Role.PROVIDER, True)
    check_an_admin_remains([ada, User(4, "dee", Role.ADMIN)], 1, Role.FRONT_DESK, True)


def test_the_last_administrator_cannot_be_demoted_or_deactivated(
        ada: User, admin: Actor, now: dt.datetime) -> None:
    with pytest.raises(InvalidInput, match="last active administrator"):
        staff.set_role(admin, ada.id, Role.FRONT_DESK, now)
    with pytest.raises(InvalidInput, match="last active administrator"):
        staff.set_active(admin, ada.id, False, now)
    assert auth.list_users(admin) == [ada]  # nothing half-written


def test_with_a_second_administrator_one_may_step_down(
        ada: User, admin: Actor, now: dt.datetime) -> None:
    bea = auth.create_user(admin, "bea", PASSWORD, Role.FRONT_DESK, now)
    promoted = staff.set_role(admin, bea.id, Role.ADMIN, now)
    assert promoted.role is Role.ADMIN
    demoted = staff.set_role(admin, ada.id, Role.FRONT_DESK, now)
    assert demoted.role is Role.FRONT_DESK
    with pytest.raises(InvalidInput):
        staff.set_active(admin, bea.id, False, now)
    entries = audit.list_entries(admin, action="user.role")
    assert {entry.entity_id for entry in entries} == {ada.id, bea.id}


def test_a_deactivated_account_cannot_sign_in_until_reactivated(
        ada: User, admin: Actor, now: dt.datetime) -> None:
    bea = auth.create_user(admin, "bea", PASSWORD, Role.FRONT_DESK, now)
    assert not staff.set_active(admin, bea.id, False, now).active
    with pytest.raises(Exception, match="Wrong user name or password"):
        auth.authenticate("bea", PASSWORD, "desk", now)
    assert staff.set_active(admin, bea.id, True, now).active
    assert auth.authenticate("bea", PASSWORD, "desk", now).username == "bea"
    assert [e.action for e in audit.list_entries(admin, action="user.")][:2] == [
        "user.activate", "user.deactivate"]


def test_a_provider_role_names_its_provider(ada: User, admin: Actor, now: dt.datetime) -> None:
    bea = auth.create_user(admin, "bea", PASSWORD, Role.FRONT_DESK, now)
    with pytest.raises(InvalidInput, match="name its provider"):
        staff.set_role(admin, bea.id, Role.PROVIDER, now)
    provider = people.add_provider(admin, "Dr. P", "p@clinic.example", "UTC", now)
    changed = staff.set_role(admin, bea.id, Role.PROVIDER, now, provider.id)
    assert (changed.role, changed.provider_id) == (Role.PROVIDER, provider.id)
    back = staff.set_role(admin, bea.id, Role.FRONT_DESK, now, provider.id)
    assert back.provider_id is None


def test_only_administrators_change_accounts(ada: User, desk: Actor, now: dt.datetime) -> None:
    with pytest.raises(PermissionDenied):
        staff.set_role(desk, ada.id, Role.FRONT_DESK, now)
    with pytest.raises(PermissionDenied):
        staff.set_active(desk, ada.id, False, now)
