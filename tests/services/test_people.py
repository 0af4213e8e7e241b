import pytest

from reservations_app.domain.errors import Duplicate, InvalidInput, NotFound
from reservations_app.services import people


def test_provider_email_is_unique_trimmed_and_case_insensitive(db, admin, now) -> None:
    first = people.add_provider(admin, "Dr Ann", "ann@clinic.example", "Europe/Berlin", now)
    with pytest.raises(Duplicate, match="Dr Ann") as caught:
        people.add_provider(admin, "Dr Ann Two", "  ANN@Clinic.Example ", "Europe/Berlin", now)
    assert caught.value.existing_id == first.id


def test_provider_needs_a_real_zone_and_email(db, admin, now) -> None:
    with pytest.raises(InvalidInput, match="time zone"):
        people.add_provider(admin, "Dr X", "x@clinic.example", "Mars/Olympus", now)
    with pytest.raises(InvalidInput, match="email"):
        people.add_provider(admin, "Dr X", "not-an-email", "UTC", now)
    with pytest.raises(InvalidInput, match="empty"):
        people.add_provider(admin, "   ", "x@clinic.example", "UTC", now)


def test_client_phone_compared_by_digits(db, admin, now) -> None:
    people.add_client(admin, "Bo Lee", now, phone="+1 (555) 010-2030")
    with pytest.raises(Duplicate, match="Bo Lee"):
        people.add_client(admin, "Robert Lee", now, phone="15550102030")


def test_client_email_compared_trimmed_and_case_insensitive(db, admin, now) -> None:
    people.add_client(admin, "Eve Park", now, email="eve@mail.example")
    with pytest.raises(Duplicate, match="Eve Park"):
        people.add_client(admin, "Eve P.", now, email=" EVE@mail.example")


def test_clients_without_email_or_phone_do_not_collide(db, admin, now) -> None:
    people.add_client(admin, "Walk In", now)
    people.add_client(admin, "Walk In Two", now)
    assert people.count_clients(admin) == 2


def test_counting_clients_can_stop_early(db, admin, now) -> None:
    for number in range(5):
        people.add_client(admin, f"Ann Number{number}", now)
    people.add_client(admin, "Bob Stone", now)
    assert people.count_clients(admin, "ann") == 5
    assert people.count_clients(admin, "ann", at_most=3) == 3
    assert people.count_clients(admin, "ann", at_most=10) == 5
    assert people.count_clients(admin, at_most=4) == 4
    assert people.count_clients(admin, "zed", at_most=3) == 0


def test_search_by_name_email_or_phone_digits(db, admin, now) -> None:
    ann = people.add_client(admin, "Ann Müller", now, "ann@mail.example", "555-123-4567")
    people.add_client(admin, "Bob Stone", now, "bob@mail.example", "555 999 0000")
    assert [c.id for c in people.search_clients(admin, "müll")] == [ann.id]
    assert [c.id for c in people.search_clients(admin, "ANN@")] == [ann.id]
    assert [c.id for c in people.search_clients(admin, "1234567")] == [ann.id]
    assert [c.id for c in people.search_clients(admin, "(555) 123-45")] == [ann.id]
    assert len(people.search_clients(admin, "")) == 2
    assert people.search_clients(admin, "'; DROP TABLE client; --") == []
    assert len(people.search_clients(admin, "", limit=1, offset=1)) == 1


def test_likely_duplicates_warns_before_saving(db, admin, now) -> None:
    ann = people.add_client(admin, "Ann Lee", now, "ann@mail.example", "555 123 4567")
    assert [c.id for c in people.likely_duplicates(admin, "ann lee")] == [ann.id]
    assert [c.id for c in people.likely_duplicates(admin, "Someone", phone="5551234567")] == \
        [ann.id]
    assert people.likely_duplicates(admin, "Nobody Here") == []


def test_update_client_keeps_uniqueness(db, admin, now) -> None:
    people.add_client(admin, "Ann", now, "ann@mail.example")
    bob = people.add_client(admin, "Bob", now, "bob@mail.example")
    with pytest.raises(Duplicate):
        people.update_client(admin, bob.id, now, email="ann@mail.example")
    changed = people.update_client(admin, bob.id, now, phone="555 000 1111", email="")
    assert changed.email is None and changed.phone == "+15550001111"  # stored in E.164
    with pytest.raises(NotFound):
        people.update_client(admin, 999, now, name="Nobody")


def test_update_provider_zone_and_deactivate(db, admin, now) -> None:
    doc = people.add_provider(admin, "Dr A", "a@clinic.example", "UTC", now)
    people.update_provider(admin, doc.id, now, timezone="Asia/Tokyo", active=False)
    assert people.list_providers(admin) == []
    assert people.list_providers(admin, include_inactive=True)[0].timezone == "Asia/Tokyo"
