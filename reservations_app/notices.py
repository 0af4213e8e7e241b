"""The third-party parts a build ships and the licence each is used under, for the About dialog.

The licences were read from each distribution's own metadata (License-Expression, License, or
its licence file); tests/test_notices.py re-reads them so an upgrade that changes one is noticed.
"""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from importlib import metadata


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # an SPDX identifier, or "Public domain"
    url: str
    distribution: str | None = None  # the Python distribution whose version is shown

    def version(self) -> str:
        if self.name == "Python":
            return platform.python_version()
        if self.name == "SQLite":
            return sqlite3.sqlite_version
        if self.distribution is None:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""


BUNDLED = (
    Component("Python", "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component("Qt 6", "LGPL-3.0-only", "https://www.qt.io/download-open-source",
              "PySide6-Essentials"),
    Component("PySide6", "LGPL-3.0-only", "https://pyside.org", "PySide6-Essentials"),
    Component("Shiboken6", "LGPL-3.0-only", "https://pyside.org", "shiboken6"),
    Component("peewee", "MIT", "https://github.com/coleifer/peewee", "peewee"),
    Component("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs", "platformdirs"),
    Component("tzdata", "Apache-2.0", "https://github.com/python/tzdata", "tzdata"),
    Component("argon2-cffi", "MIT", "https://github.com/hynek/argon2-cffi", "argon2-cffi"),
    Component("argon2-cffi-bindings", "MIT", "https://github.com/hynek/argon2-cffi-bindings",
              "argon2-cffi-bindings"),
    Component("cffi", "MIT-0", "https://github.com/python-cffi/cffi", "cffi"),
    Component("psycopg", "LGPL-3.0-only", "https://psycopg.org", "psycopg"),
    Component("psycopg-binary (with libpq)", "LGPL-3.0-only", "https://psycopg.org",
              "psycopg-binary"),
    Component("phonenumbers", "Apache-2.0", "https://github.com/daviddrysdale/python-phonenumbers",
              "phonenumbers"),
    Component("email-validator", "Unlicense", "https://github.com/JoshData/python-email-validator",
              "email-validator"),
    Component("dnspython", "ISC", "https://www.dnspython.org", "dnspython"),
    Component("idna", "BSD-3-Clause", "https://github.com/kjd/idna", "idna"),
    Component("SQLite", "Public domain", "https://sqlite.org/copyright.html"),
    # keyring (the PostgreSQL password in the OS's secret store) and what it loads
    Component("keyring", "MIT", "https://github.com/jaraco/keyring", "keyring"),
    Component("jaraco.classes", "MIT", "https://github.com/jaraco/jaraco.classes",
              "jaraco.classes"),
    Component("jaraco.context", "MIT", "https://github.com/jaraco/jaraco.context",
              "jaraco.context"),
    Component("jaraco.functools", "MIT", "https://github.com/jaraco/jaraco.functools",
              "jaraco.functools"),
    Component("more-itertools", "MIT", "https://github.com/more-itertools/more-itertools",
              "more-itertools"),
    Component("importlib_metadata", "Apache-2.0",
              "https://github.com/python/importlib_metadata", "importlib_metadata"),
    Component("SecretStorage", "BSD-3-Clause", "https://github.com/mitya57/secretstorage",
              "SecretStorage"),
    Component("jeepney", "MIT", "https://gitlab.com/takluyver/jeepney", "jeepney"),
    Component("cryptography", "Apache-2.0", "https://cryptography.io", "cryptography"),
    Component("icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar",
              "icalendar"),
    Component("caldav", "Apache-2.0", "https://github.com/python-caldav/caldav", "caldav"),
    Component("lxml", "BSD-3-Clause", "https://lxml.de", "lxml"),
    Component("niquests", "Apache-2.0", "https://github.com/jawah/niquests", "niquests"),
    Component("recurring-ical-events", "LGPL-3.0-or-later",
              "https://github.com/niccokunzmann/python-recurring-ical-events",
              "recurring-ical-events"),
)

# The distributions whose metadata (version and licence files) a frozen build must carry.
DISTRIBUTIONS = tuple(sorted({c.distribution for c in BUNDLED if c.distribution}))
