"""Client import from CSV files in several encodings and dialects, with messy rows."""

from __future__ import annotations

import codecs

import pytest

from reservations_app.domain.errors import InvalidInput, PermissionDenied
from reservations_app.services import audit, client_import, people
from reservations_app.services.client_import import ADDED, DUPLICATE, INVALID
from reservations_app.store.models import ClientRow

UTF8_WITH_BOM = codecs.BOM_UTF8 + (
    'Full Name,E-mail,Mobile,Notes\r\n'
    '"Lee, Ann",ann@mail.example,555 010 9000,"likes mornings\r\nand tea"\r\n'
    '\r\n'
    'Zoë Ærø,zoe@mail.example,,\r\n'
    'Existing Email,OLD@mail.example,,\r\n'
    'Same Phone,,(555) 010-2222,\r\n'
    'Twice In File,zoe@mail.example,,\r\n'
    ',nobody@mail.example,,\r\n'
    'Bad Email,not-an-email,,\r\n'
    'Too Many,a@mail.example,,,surplus\r\n').encode()

WINDOWS_1252_SEMICOLONS = (
    'Nom;Courriel;Téléphone;Né le\r\n'
    'Éloïse Dupré;eloise@mail.example;555 010 3000;1980-04-30\r\n'
    'François Çelik;;555 010 4000;30/04/1980\r\n').encode("cp1252")

UTF16_TABS = 'first name\tlast name\temail\nBo\tNilsson\tbo@mail.example\n'.encode("utf-16")


@pytest.fixture
def existing(db, admin, now):  # type: ignore[no-untyped-def]
    old = people.add_client(admin, "Old Client", now, "old@mail.example")
    phone = people.add_client(admin, "Phone Owner", now, None, "555 010 2222")
    return old, phone


def _by_line(report) -> dict[int, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {row.line: (row.status, row.reason) for row in report.rows}


def test_dry_run_reports_row_by_row_and_changes_nothing(existing, admin, now):
    old, phone = existing
    report = client_import.import_clients(admin, UTF8_WITH_BOM, now, dry_run=True)
    assert report.layout.encoding == "utf-8-sig" and report.layout.delimiter == ","
    assert report.layout.mapping == {0: "name", 1: "email", 2: "phone", 3: "note"}
    statuses = [(row.name, row.status, row.existing_id) for row in report.rows]
    assert statuses == [
        ("Lee, Ann", ADDED, None), ("Zoë Ærø", ADDED, None),
        ("Existing Email", DUPLICATE, old.id), ("Same Phone", DUPLICATE, phone.id),
        ("Twice In File", DUPLICATE, None), ("", INVALID, None), ("Bad Email", INVALID, None),
        ("Too Many", INVALID, None)]
    twice = report.rows[4]
    assert twice.reason == "duplicates line 5 (Zoë Ærø) of this file"
    assert report.rows[7].reason == "has 5 cells but the header has 4"
    assert ClientRow.select().count() == 2
    assert audit.list_entries(admin, action="client.import") == []


def test_import_adds_the_accepted_rows_in_one_audited_transaction(existing, admin, now):
    report = client_import.import_clients(admin, UTF8_WITH_BOM, now, source="list.csv")
    assert report.added == 2 and len(report.of(DUPLICATE)) == 3 and len(report.of(INVALID)) == 3
    names = {c.name for c in people.search_clients(admin, "")}
    assert {"Lee, Ann", "Zoë Ærø"} <= names and len(names) == 4
    (entry,) = audit.list_entries(admin, action="client.import")
    assert '"added": 2' in (entry.after or "") and '"rows": 8' in (entry.after or "")
    again = client_import.import_clients(admin, UTF8_WITH_BOM, now)
    assert again.added == 0  # the same file twice adds nobody twice


def test_windows_1252_with_semicolons_and_a_column_map(db, admin, now):
    with pytest.raises(InvalidInput, match="No column holds the client's name"):
        client_import.import_clients(admin, WINDOWS_1252_SEMICOLONS, now, dry_run=True)
    report = client_import.import_clients(
        admin, WINDOWS_1252_SEMICOLONS, now,
        overrides=["Nom=name", "courriel=email", "3=phone", "Né le=birth_date"])
    assert report.layout.encoding == "cp1252" and report.layout.delimiter == ";"
    assert _by_line(report) == {
        2: (ADDED, None),
        3: (INVALID, "birth date '30/04/1980' is not a date like 1980-04-30")}
    (client,) = people.search_clients(admin, "Éloïse")
    assert client.email == "eloise@mail.example"


def test_utf16_tabs_with_first_and_last_names(db, admin, now):
    report = client_import.import_clients(admin, UTF16_TABS, now)
    assert report.layout.delimiter == "\t" and report.added == 1
    assert [c.name for c in people.search_clients(admin, "nilsson")] == ["Bo Nilsson"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"name\n\x81\x8d\x8f\x90\x9d\xff\xfe", "neither UTF-8 nor Windows-1252"),
    (b"name,email\nAnn,a@b.example\n", None),
])
def test_files_that_cannot_be_read_say_why(db, admin, now, data, message):
    if message is None:
        assert client_import.import_clients(admin, data, now, dry_run=True).added == 1
        return
    with pytest.raises(InvalidInput, match=message):
        client_import.import_clients(admin, data, now, dry_run=True)


def test_bad_maps_and_roles_are_refused(db, admin, desk, now):
    with pytest.raises(InvalidInput, match="no column 'Phone'"):
        client_import.import_clients(admin, b"name\nAnn\n", now, overrides=["Phone=phone"])
    with pytest.raises(InvalidInput, match="not column=field"):
        client_import.import_clients(admin, b"name\nAnn\n", now, overrides=["name=height"])
    provider = type(desk)("doc", type(desk.role)("provider"), "desk", provider_id=1)
    with pytest.raises(PermissionDenied):
        client_import.import_clients(provider, b"name\nAnn\n", now)
