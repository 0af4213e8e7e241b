"""A filter naming a provider or client that does not exist is a mistyped id. Before, `slots
--provider 999`, `reservation list --client 999`, `audit list --client 999`, `report ...
--provider 999` and `waitlist list --client 999` printed an empty list with exit 0, which a
script reads as "nothing booked"; `availability list --provider 999` already said why.
Reservation export was missed: it wrote an empty CSV and said "0"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

DAY = (dt.date.today() + dt.timedelta(days=9)).isoformat()
UNKNOWN_PROVIDER = [
    ("slots", "--date", DAY, "--provider", "999"),
    ("reservation", "list", "--provider", "999"),
    ("report", "utilisation", "--from", DAY, "--until", DAY, "--provider", "999"),
    ("report", "types", "--from", DAY, "--until", DAY, "--provider", "999"),
]
UNKNOWN_CLIENT = [
    ("slots", "--date", DAY, "--provider", "1", "--client", "999"),
    ("reservation", "list", "--client", "999"),
    ("audit", "list", "--client", "999"),
    ("waitlist", "list", "--client", "999"),
]


def _clinic(cli: Cli) -> None:
    cli.ok("provider", "add", "--name", "Dr Ada", "--email", "ada@clinic.example",
           "--timezone", "UTC")
    cli.ok("client", "add", "--name", "Ann Lee")


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(("words", "kind"), [(words, "provider") for words in UNKNOWN_PROVIDER]
                         + [(words, "client") for words in UNKNOWN_CLIENT])
def test_an_unknown_id_is_said_not_listed_as_nothing(cli: Cli, words: tuple[str, ...],
                                                     kind: str) -> None:
    _clinic(cli)
    done = cli(*words)
    assert (done.code, done.out) == (1, "")
    assert done.err == f"error: There is no {kind} with id 999.\n"


@pytest.mark.backends("sqlite")
def test_known_ids_with_nothing_to_show_are_still_an_empty_list(cli: Cli) -> None:
    _clinic(cli)
    assert cli.ok("reservation", "list", "--provider", "1", "--client", "1") == []
    assert cli.ok("audit", "list", "--client", "1", "--action", "reservation") == []
    assert cli.ok("waitlist", "list", "--client", "1") == []
    rows = cli.ok("report", "utilisation", "--from", DAY, "--until", DAY, "--provider", "1")
    assert {row["provider_id"] for row in rows} <= {1}


@pytest.mark.backends("sqlite")
def test_an_export_of_an_unknown_provider_writes_no_empty_file(cli: Cli, tmp_path: Path) -> None:
    """`reservation export --provider 999` wrote a CSV of no bookings and said "0"."""
    _clinic(cli)
    out = tmp_path / "bookings.csv"
    done = cli("reservation", "export", str(out), "--from", DAY, "--until", DAY,
               "--provider", "999")
    assert (done.code, done.out) == (1, "")
    assert done.err == "error: There is no provider with id 999.\n"
    assert not out.exists()


@pytest.mark.backends("sqlite")
def test_a_role_that_may_not_read_the_audit_trail_hears_so_for_any_client(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A front desk's `audit list --client 999` was told the client does not exist, as if
    the command would answer for a right id; the refusal comes first, whatever the id."""
    _clinic(cli)
    cli("user", "add", "--username", "boss", "--role", "admin", "--password-stdin",
        stdin="boss password 1\n")
    monkeypatch.setenv("RESERVATIONS_USER", "boss")
    monkeypatch.setenv("RESERVATIONS_PASSWORD", "boss password 1")
    added = cli("user", "add", "--username", "desk", "--role", "front_desk",
                "--password-stdin", stdin="desk password 1\n")
    assert added.code == 0, added.err
    monkeypatch.setenv("RESERVATIONS_PASSWORD", "desk password 1")
    monkeypatch.setenv("RESERVATIONS_USER", "desk")
    for client in ("1", "999"):
        done = cli("audit", "list", "--client", client)
        assert done.code == 1 and "may not read the audit trail" in done.err, done.err
