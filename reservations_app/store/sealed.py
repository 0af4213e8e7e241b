"""Encrypted backups for removable media: AES-256-GCM with a key from the passphrase through
Argon2id (memory-hard, so guessing passphrases on stolen media is slow).

File layout: MAGIC, the KDF's time cost, memory cost (KiB) and parallelism, salt, nonce, then
the ciphertext of the whole SQLite file with GCM's tag. Everything before the ciphertext is
authenticated too, so a changed byte anywhere makes decryption fail and nothing is written.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from reservations_app.domain.errors import DatabaseUnusable, InvalidInput

MAGIC = b"RSVSEAL1"
HEADER = struct.Struct(">8sIIB16s12s")
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 64 * 1024, 2
MIN_PASSPHRASE = 10


def is_sealed(path: Path) -> bool:
    """Whether `path` is an encrypted backup; False for anything but a regular file, which is
    never opened (reading a pipe nobody writes to would wait for ever)."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise InvalidInput(f"A backup passphrase needs at least {MIN_PASSPHRASE} characters.")


def _key(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=time_cost,
                           memory_cost=memory_kib, parallelism=lanes, hash_len=32,
                           type=Type.ID)


def seal(plain: Path, sealed: Path, passphrase: str) -> None:
    """Write `plain` encrypted to `sealed` (a new owner-only file)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = HEADER.pack(MAGIC, TIME_COST, MEMORY_KIB, PARALLELISM, salt, nonce)
    key = _key(passphrase, salt, TIME_COST, MEMORY_KIB, PARALLELISM)
    body = AESGCM(key).encrypt(nonce, plain.read_bytes(), header)
    fd = os.open(sealed, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(header + body)
        handle.flush()
        os.fsync(handle.fileno())


def unseal(sealed: Path, plain: Path, passphrase: str) -> None:
    """Decrypt `sealed` into the new file `plain`; a wrong passphrase or any altered byte is
    refused before `plain` gets a byte."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = sealed.read_bytes()
    if len(data) < HEADER.size + 16:
        raise DatabaseUnusable(f"{sealed} is cut short; nothing was replaced.")
    magic, time_cost, memory_kib, lanes, salt, nonce = HEADER.unpack_from(data)
    if magic != MAGIC or not (1 <= time_cost <= 20 and 8 <= memory_kib <= 1 << 21
                              and 1 <= lanes <= 16):
        raise DatabaseUnusable(f"{sealed} is not an encrypted Reservations backup, or it was "
                               "altered; nothing was replaced.")
    key = _key(passphrase, salt, time_cost, memory_kib, lanes)
    try:
        clear = AESGCM(key).decrypt(nonce, data[HEADER.size:], data[:HEADER.size])
    except InvalidTag:
        raise DatabaseUnusable("The passphrase is wrong, or the backup file was altered; "
                               "nothing was replaced.") from None
    fd = os.open(plain, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(clear)
