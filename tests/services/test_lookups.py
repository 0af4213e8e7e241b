"""The shared look-ups every use case starts from: the row, or a NotFound the desk can read;
a reservation for change only in a diary the actor may book in (both backends)."""

from __future__ import annotations

import pytest

from reservations_app.domain.access import Actor
from reservations_app.domain.errors import NotFound, PermissionDenied, SlotUnavailable
from reservations_app.domain.model import Role
from reservations_app.services import lookups, visit_types
from reservations_app.store.models import database
from tests.services.conftest import Clinic


def test_known_rows_are_found(clinic: Clinic) -> None:
    assert lookups.provider_row(clinic.provider_a).name == "Dr. A"
    assert lookups.provider_record(clinic.provider_a).name == "Dr. A"
    assert lookups.client_row(clinic.client).name == "Ann Client"
    assert lookups.reservation(clinic.held_a).provider_id == clinic.provider_a


def test_unknown_rows_are_said_so(clinic: Clinic) -> None:
    with pytest.raises(NotFound, match="no provider with id 999"):
        lookups.provider_row(999)
    with pytest.raises(NotFound, match="no provider with id 999"):
        lookups.provider_record(999)
    with pytest.raises(NotFound, match="no client with id 999"):
        lookups.client_row(999)
    with database.atomic():
        with pytest.raises(NotFound, match="no client with id 999"):
            lookups.lock_client(999)
        lookups.lock_client(clinic.client)  # locks where the backend can; no error
    with pytest.raises(NotFound, match="no reservation with id 999"):
        lookups.reservation(999)


def test_a_reservation_for_change_needs_the_right_to_book_in_its_diary(clinic: Clinic,
                                                                       admin: Actor) -> None:
    assert lookups.reservation_for_change(admin, clinic.held_a).id == clinic.held_a
    other = Actor("pat", Role.PROVIDER, "desk", provider_id=clinic.provider_b)
    with pytest.raises(PermissionDenied):
        lookups.reservation_for_change(other, clinic.held_a)


def test_a_visit_type_must_be_offered_by_the_provider(clinic: Clinic, admin: Actor,
                                                      now) -> None:  # type: ignore[no-untyped-def]
    provider = lookups.provider_record(clinic.provider_a)
    assert lookups.visit_type_offered_by(None, provider) is None
    only_b = visit_types.add_type(admin, "Physio", 30, now, provider_ids=[clinic.provider_b])
    with pytest.raises(SlotUnavailable, match="Dr. A does not offer Physio"):
        lookups.visit_type_offered_by(only_b.id, provider)
    offered = lookups.visit_type_offered_by(
        only_b.id, lookups.provider_record(clinic.provider_b))
    assert offered is not None and offered.id == only_b.id
