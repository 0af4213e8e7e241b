"""Where the database is: --db, $RESERVATIONS_DB, user config, system config, default; the
same answer for the desktop app and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from reservations_app import cli, config
from reservations_app.paths import AppPaths, app_paths


def _paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", tmp_path / "log", tmp_path / "config",
                    tmp_path / "etc" / "config.toml")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_the_order_is_db_env_user_system_default(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    choose = config.choose_database
    assert choose(None, paths, {}) == config.DatabaseChoice(paths.default_url, "default")
    _write(paths.system_config, '[database]\nurl = "sqlite:///system.db"\n')
    assert choose(None, paths, {}) == config.DatabaseChoice("sqlite:///system.db",
                                                            str(paths.system_config))
    config.save_user_database(paths, "sqlite:///user.db")
    assert choose(None, paths, {}).url == "sqlite:///user.db"
    env = {"RESERVATIONS_DB": "sqlite:///env.db"}
    assert choose(None, paths, env) == config.DatabaseChoice("sqlite:///env.db",
                                                             "RESERVATIONS_DB")
    assert choose("sqlite:///arg.db", paths, env) == config.DatabaseChoice("sqlite:///arg.db",
                                                                           "--db")


def test_the_user_file_is_private_and_holds_no_password(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    saved = config.save_user_database(
        paths, "postgresql://desk:s3cret%40x@db.clinic:5432/res?sslmode=verify-full")
    assert saved == paths.user_config
    assert "s3cret" not in saved.read_text()
    assert saved.stat().st_mode & 0o777 == 0o600
    assert saved.parent.stat().st_mode & 0o777 == 0o700
    assert config.read_database_url(saved) == \
        "postgresql://desk@db.clinic:5432/res?sslmode=verify-full"


def test_tls_settings_in_the_file_are_added_unless_the_url_has_its_own(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    _write(path, '[database]\nurl = "postgresql://desk@db/res"\nsslmode = "verify-full"\n'
                 'sslrootcert = "/etc/reservations-app/ca.crt"\n')
    assert config.read_database_url(path) == (
        "postgresql://desk@db/res?sslmode=verify-full&sslrootcert=/etc/reservations-app/ca.crt")
    _write(path, '[database]\nurl = "postgresql://desk@db/res?sslmode=require"\n'
                 'sslmode = "verify-full"\n')
    assert config.read_database_url(path) == "postgresql://desk@db/res?sslmode=require"


@pytest.mark.parametrize(("text", "expected"), [
    ('[database\nurl = "x"', "is not valid TOML"),
    ('[database]\nurl = 5\n', "url must be a text"),
    ('[database]\nurl = "postgresql://desk:pw@db/res"\n', "holds a database password"),
    ('[database]\nurl = "postgresql://desk@db/res?password=pw"\n', "holds a database password"),
    ('[database]\nurl = "postgresql://desk@db/res"\nsslmode = "verify"\n', "sslmode must be"),
    ('database = "x"\n', "must be a [database] table"),
])
def test_a_bad_file_is_refused_by_name(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "config.toml"
    _write(path, text)
    with pytest.raises(config.ConfigInvalid) as refused:
        config.read_database_url(path)
    assert expected in refused.value.message and str(path) in refused.value.message


def test_the_cli_uses_the_database_the_gui_saved(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = app_paths()  # the tests' private HOME
    chosen = tmp_path / "chosen.sqlite3"
    config.save_user_database(paths, f"sqlite:///{chosen}")
    assert cli.main(["provider", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert chosen.is_file() and not paths.database_file.exists()


def test_the_cli_reports_a_broken_system_file_in_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    paths = app_paths()
    _write(paths.system_config, "[database]\nurl = \n")
    assert cli.main(["provider", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {paths.system_config} is not valid TOML")
    assert len(err.strip().splitlines()) == 1


def test_logs_are_private(tmp_path: Path) -> None:
    from reservations_app.logs import configure_logging

    path = configure_logging(tmp_path / "log")
    assert path is not None
    import logging

    logging.getLogger("test").warning("a line")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
