"""Clients as the desk knows them: E.164 phones, checked emails, birth dates, notes,
households, and the duplicate rules on add and on edit."""

from __future__ import annotations

import datetime as dt

import pytest

from reservations_app.domain.errors import Duplicate, InvalidInput
from reservations_app.services import people, settings

BORN = dt.date(1980, 5, 17)


def test_phone_is_stored_in_e164_and_impossible_numbers_are_refused(db, admin, now) -> None:
    ann = people.add_client(admin, "Ann Lee", now, phone="(555) 010-2030")
    assert ann.phone == "+15550102030"
    for impossible in ("12", "555-0101", "555 010 2030 4444 5555", "call me"):
        with pytest.raises(InvalidInput, match="phone"):
            people.add_client(admin, "Bo", now, phone=impossible)


def test_phone_region_setting_reads_national_numbers(db, admin, now) -> None:
    settings.set_value(admin, "phone_region", "de", now)
    assert settings.get_policy().phone_region == "DE"
    hans = people.add_client(admin, "Hans", now, phone="030 1234567")
    assert hans.phone == "+49301234567"
    with pytest.raises(InvalidInput, match="phone region"):
        settings.set_value(admin, "phone_region", "Narnia", now)


def test_full_width_digits_do_not_dodge_the_duplicate_check(db, admin, now) -> None:
    people.add_client(admin, "Ann", now, phone="555 010 2030")
    with pytest.raises(Duplicate, match="Ann"):
        people.add_client(admin, "Ann Again", now, phone="５５５ ０１０ ２０３０")


def test_control_and_bidi_characters_are_refused_in_names_and_emails(db, admin, now) -> None:
    for name in ("Ann\u202eeL", "Ann\x1b[31mLee", "Ann\u2066Lee", "Ann\x7fLee"):
        with pytest.raises(InvalidInput, match="control character"):
            people.add_client(admin, name, now)
    with pytest.raises(InvalidInput, match="control character"):
        people.add_client(admin, "Ann", now, email="ann\u202e@mail.example")
    assert people.count_clients(admin) == 0
    assert people.add_client(admin, "  Zoë\tO'Brien  ", now).name == "Zoë O'Brien"


def test_email_syntax_is_checked_without_the_network(db, admin, now) -> None:
    with pytest.raises(InvalidInput, match="email"):
        people.add_client(admin, "Ann", now, email="ann@localhost")
    with pytest.raises(InvalidInput, match="email"):
        people.add_client(admin, "Ann", now, email="ann..lee@mail.example")
    assert people.add_client(admin, "Ann", now, email=" Ann@Mail.Example").email == \
        "ann@mail.example"


def test_search_takes_like_wildcards_literally(db, admin, now) -> None:
    people.add_client(admin, "Ann Lee", now)
    under = people.add_client(admin, "Bob_Stone", now)
    assert people.search_clients(admin, "%") == []
    assert [c.id for c in people.search_clients(admin, "_")] == [under.id]
    assert people.count_clients(admin, "%") == 0
    assert people.count_clients(admin, "_") == 1


def test_birth_date_and_note_are_kept_and_checked(db, admin, now) -> None:
    ann = people.add_client(admin, "Ann", now, birth_date=BORN, note="Needs an interpreter")
    assert (ann.birth_date, ann.note) == (BORN, "Needs an interpreter")
    assert people.get_client(admin, ann.id) == ann
    with pytest.raises(InvalidInput, match="future"):
        people.add_client(admin, "Baby", now, birth_date=dt.date(2030, 1, 1))
    with pytest.raises(InvalidInput, match="longer"):
        people.add_client(admin, "Long", now, note="x" * 3000)


def test_same_name_and_birth_date_is_a_warning_not_a_refusal(db, admin, now) -> None:
    first = people.add_client(admin, "Ava Novak", now, birth_date=BORN)
    saved = people.new_client(admin, "ava  NOVAK", now, birth_date=BORN)
    assert [c.id for c in saved.likely_duplicates] == [first.id]
    other_day = people.new_client(admin, "Ava Novak", now, birth_date=dt.date(1990, 1, 1))
    assert other_day.likely_duplicates == ()


def test_household_members_may_share_contact_details(db, admin, now) -> None:
    mum = people.add_client(admin, "Mum Lee", now, "lee@mail.example", "555 010 2030")
    with pytest.raises(Duplicate, match=r"Mum Lee \(id") as refused:
        people.add_client(admin, "Kid Lee", now, "lee@mail.example")
    assert refused.value.existing_id == mum.id
    kid = people.add_client(admin, "Kid Lee", now, "lee@mail.example", "555 010 2030",
                            household_id=mum.id)
    assert kid.household_id == mum.id
    # linking to a member joins the member's household, not a household of the member
    baby = people.add_client(admin, "Baby Lee", now, phone="555 010 2030", household_id=kid.id)
    assert baby.household_id == mum.id


def test_leaving_a_household_checks_the_duplicate_rule_again(db, admin, now) -> None:
    mum = people.add_client(admin, "Mum", now, phone="555 010 2030")
    kid = people.add_client(admin, "Kid", now, phone="555 010 2030", household_id=mum.id)
    with pytest.raises(Duplicate, match="Mum"):
        people.update_client(admin, kid.id, now, household_id=None)
    assert people.get_client(admin, kid.id).household_id == mum.id  # nothing half-done
    left = people.update_client(admin, kid.id, now, phone="555 010 9999", household_id=None)
    assert left.household_id is None and left.phone == "+15550109999"


def test_a_household_head_who_leaves_hands_the_household_on(db, admin, now) -> None:
    mum = people.add_client(admin, "Mum", now, email="mum@mail.example")
    kid = people.add_client(admin, "Kid", now, email="kid@mail.example", household_id=mum.id)
    baby = people.add_client(admin, "Baby", now, email="kid@mail.example", household_id=mum.id)
    people.update_client(admin, mum.id, now, household_id=None)
    assert people.get_client(admin, kid.id).household_id is None
    assert people.get_client(admin, baby.id).household_id == kid.id


def test_edit_rechecks_duplicates_and_keeps_what_was_not_given(db, admin, now) -> None:
    people.add_client(admin, "Ann", now, "ann@mail.example", "555 010 2030")
    bob = people.add_client(admin, "Bob", now, "bob@mail.example", birth_date=BORN,
                            note="VIP")
    with pytest.raises(Duplicate, match="Ann"):
        people.update_client(admin, bob.id, now, phone="+1 555 010 2030")
    renamed = people.update_client(admin, bob.id, now, name="Robert")
    assert (renamed.email, renamed.birth_date, renamed.note) == ("bob@mail.example", BORN,
                                                                 "VIP")
    cleared = people.update_client(admin, bob.id, now, birth_date=None, note="")
    assert (cleared.birth_date, cleared.note) == (None, "")


def test_check_new_client_gives_the_verdict_without_writing(db, admin, now) -> None:
    ann = people.add_client(admin, "Ann", now, "ann@mail.example")
    refused = people.check_new_client(admin, "Other", now, " ANN@mail.example")
    assert not refused.ok and refused.duplicate_of == ann.id and "Ann" in refused.problem
    bad = people.check_new_client(admin, "Other", now, phone="12")
    assert not bad.ok and bad.duplicate_of is None and "phone" in bad.problem
    fine = people.check_new_client(admin, "Zed", now, phone="555 010 2030")
    assert fine.ok and fine.draft is not None and fine.draft.phone == "+15550102030"
    assert people.count_clients(admin) == 1


def test_format_phone_reads_nationally_for_the_clinic_region() -> None:
    from reservations_app.domain.people import format_phone

    assert format_phone("+15550102030", "US") == "(555) 010-2030"
    assert format_phone("+49301234567", "US") == "+49 30 1234567"
    assert format_phone("+49301234567", "DE") == "030 1234567"
    assert format_phone("555 0101 x", "US") == "555 0101 x"  # kept as typed at the upgrade


def test_two_desks_adding_the_same_email_at_once_make_one_client(db, admin, now) -> None:
    """No unique index states the household rule, so the service serialises client writes
    (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite); the second desk then sees
    the first one's client and is refused."""
    import threading

    from reservations_app.store.models import database

    start = threading.Barrier(4)
    outcomes: list[str] = []

    def desk(number: int) -> None:
        start.wait(timeout=20)
        try:
            people.add_client(admin, f"Desk {number}", now, "same@mail.example")
            outcomes.append("added")
        except Duplicate:
            outcomes.append("duplicate")
        finally:
            database.close()

    desks = [threading.Thread(target=desk, args=(n,)) for n in range(4)]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["added", "duplicate", "duplicate", "duplicate"]
    assert people.count_clients(admin) == 1
