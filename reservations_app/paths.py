"""Where the app keeps its files. The only module that asks platformdirs; no side effects."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Reservations"
APP_AUTHOR = "Reservations"
DB_ENV = "RESERVATIONS_DB"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

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


def database_url(explicit: str | None, paths: AppPaths, saved: str | None = None) -> str:
    """--db beats $RESERVATIONS_DB beats the URL saved in the GUI's settings (`saved`) beats
    the default file in the user data folder."""
    return explicit or os.environ.get(DB_ENV) or saved or paths.default_url
