"""Where the app keeps its files. The only module that asks platformdirs; no side effects."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Reservations"
APP_AUTHOR = "Reservations"
DB_ENV = "RESERVATIONS_DB"
CONFIG_FILE = "config.toml"
SYSTEM_CONFIG_ENV = "RESERVATIONS_SYSTEM_CONFIG"


def system_config_file() -> Path:
    """The workstation's configuration, set by IT: /etc/reservations-app/config.toml, or the
    machine-wide configuration folder on Windows and macOS. $RESERVATIONS_SYSTEM_CONFIG names
    another file (to try one out before installing it, and for the tests)."""
    if os.environ.get(SYSTEM_CONFIG_ENV):
        return Path(os.environ[SYSTEM_CONFIG_ENV])
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return Path("/etc/reservations-app") / CONFIG_FILE
    return Path(PlatformDirs(APP_NAME, APP_AUTHOR).site_config_dir) / CONFIG_FILE


@dataclass(frozen=True)
class AppPaths:
    """Where this user's data, logs and configuration live, and the machine-wide file."""

    data_dir: Path
    log_dir: Path
    config_dir: Path
    system_config: Path = field(default_factory=system_config_file)

    @property
    def user_config(self) -> Path:
        return self.config_dir / CONFIG_FILE

    @property
    def database_file(self) -> Path:
        return self.data_dir / "reservations.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def default_url(self) -> str:
        return f"sqlite:///{self.database_file}"


def app_paths() -> AppPaths:
    dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(Path(dirs.user_data_dir), Path(dirs.user_log_dir),
                    Path(dirs.user_config_dir))


def cache_dir() -> Path:
    """Files the app can rebuild at any time (e.g. the expected schema of each version)."""
    return Path(PlatformDirs(APP_NAME, APP_AUTHOR).user_cache_dir)

