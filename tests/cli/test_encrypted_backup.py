"""Issue 12, item 10: `backup --encrypt` writes AES-GCM ciphertext keyed by Argon2id from a
passphrase; `restore` decrypts it and refuses a wrong passphrase or a tampered file, changing
nothing. On the code before, --encrypt was a usage error and every backup was plain SQLite."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

APP = Path(sys.executable).with_name("reservations-app")
PASSPHRASE = "correct horse battery"


def run(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESERVATIONS_")}
    return subprocess.run([str(APP), "--db", str(db), "--json", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def names(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        found = [row[0] for row in connection.execute("SELECT name FROM client ORDER BY id")]
    connection.close()
    return found


def test_an_encrypted_backup_restores_only_with_its_passphrase(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run(db, "client", "add", "--name", "Ann Secret").returncode == 0
    made = run(db, "backup", "--encrypt", str(tmp_path / "usb") + "/", stdin=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    sealed = Path(json.loads(made.stdout)["backup"])
    assert b"Ann Secret" not in sealed.read_bytes() and b"SQLite format" not in \
        sealed.read_bytes()
    assert run(db, "client", "add", "--name", "Bob Later").returncode == 0

    wrong = run(db, "restore", str(sealed), stdin="not the passphrase\n")
    assert wrong.returncode == 1 and "passphrase is wrong" in wrong.stderr
    tampered = tmp_path / "tampered.sealed"
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    altered = run(db, "restore", str(tampered), stdin=PASSPHRASE + "\n")
    assert altered.returncode == 1 and "altered" in altered.stderr
    assert names(db) == ["Ann Secret", "Bob Later"]  # nothing changed
    assert not (tmp_path / "backups").exists()

    restored = run(db, "restore", str(sealed), stdin=PASSPHRASE + "\n")
    assert restored.returncode == 0, restored.stderr
    assert names(db) == ["Ann Secret"]


def test_a_short_passphrase_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    db = tmp_path / "clinic.sqlite3"
    assert run(db, "client", "add", "--name", "Ann").returncode == 0
    done = run(db, "backup", "--encrypt", str(tmp_path / "copy.sealed"), stdin="short\n")
    assert done.returncode == 1 and "at least 10 characters" in done.stderr
    assert not (tmp_path / "copy.sealed").exists()
