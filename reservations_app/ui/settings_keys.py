"""Names for settings kept per database without writing its location into the settings file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCryptographicHash

# Where versions before the config file kept the database URL, password included (see
# dialogs/database.py `move_legacy_setting`).
LEGACY_SETTINGS_KEY = "database/url"


def sha256_hex(text: str) -> str:
    """hashlib.sha256(text.encode()).hexdigest(), from Qt's own SHA-256: importing hashlib
    loads OpenSSL, ~4 MB of a start's memory that a desk on SQLite needs for nothing else."""
    digest = QCryptographicHash.hash(QByteArray(text.encode()),
                                      QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")
