"""A filter naming a provider or client that does not exist is a mistyped id. Before, `slots
--provider 999`, `reservation list --client 999`, `audit list --client 999`, `report ...
--provider 999` and `waitlist list --client 999` printed an empty list with exit 0, which a
script reads as "nothing booked"; `availability list --provider 999` already said why."""

from __future__ import annotations

import datetime as dt

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
@pytest.mark.parametrize("words", UNKNOWN_PROVIDER)
def test_an_unknown_provider_is_said_not_listed_as_nothing(cli: Cli,
                                                           words: tuple[str, ...]) -> None:
    _clinic(cli)
    done = cli(*words)
    assert (done.code, done.out) == (1, "")
    assert done.err == "error: There is no provider with id 999.\n"


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("words", UNKNOWN_CLIENT)
def test_an_unknown_client_is_said_not_listed_as_nothing(cli: Cli,
                                                         words: tuple[str, ...]) -> None:
    _clinic(cli)
    done = cli(*words)
    assert (done.code, done.out) == (1, "")
    assert done.err == "error: There is no client with id 999.\n"


@pytest.mark.backends("sqlite")
def test_known_ids_with_nothing_to_show_are_still_an_empty_list(cli: Cli) -> None:
    _clinic(cli)
    assert cli.ok("reservation", "list", "--provider", "1", "--client", "1") == []
    assert cli.ok("audit", "list", "--client", "1", "--action", "reservation") == []
    assert cli.ok("waitlist", "list", "--client", "1") == []
    rows = cli.ok("report", "utilisation", "--from", DAY, "--until", DAY, "--provider", "1")
    assert {row["provider_id"] for row in rows} <= {1}
