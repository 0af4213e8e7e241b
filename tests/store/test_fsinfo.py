"""SQLite on a network file system is refused, with advice to use PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from reservations_app.domain.errors import DatabaseUnusable
from reservations_app.store import connect as store_connect
from reservations_app.store import fsinfo

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
server:/export/clinic /mnt/clinic nfs4 rw,relatime,vers=4.2 0 0
//nas/front\\040desk /mnt/front\\040desk cifs rw,relatime 0 0
/dev/sdb1 /mnt/clinic/local ext4 rw,relatime 0 0
broken-line
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS)
    return path


@pytest.mark.parametrize(("path", "remote"), [
    ("/home/desk/reservations.sqlite3", False),
    ("/mnt/clinic/reservations.sqlite3", True),
    ("/mnt/clinic", True),
    ("/mnt/front desk/reservations.sqlite3", True),
    ("/mnt/clinic/local/reservations.sqlite3", False),  # the deepest mount point decides
    ("/mnt/clinical/reservations.sqlite3", False),  # a prefix of the name is not inside
])
def test_mount_type_decides(mounts: Path, path: str, remote: bool) -> None:
    assert fsinfo.network_filesystem(Path(path), mounts) is remote


def test_no_mounts_file_means_local(tmp_path: Path) -> None:
    assert fsinfo.network_filesystem(tmp_path / "x.sqlite3", tmp_path / "missing") is False


def _pretend_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    (tmp_path / "share").mkdir()  # a mount point exists even when nothing is below it yet
    fake = tmp_path / "mounts"
    fake.write_text(f"/dev/sda1 / ext4 rw 0 0\nnas:/share {tmp_path / 'share'} nfs rw 0 0\n")
    monkeypatch.setattr(store_connect, "network_filesystem",
                        lambda path: fsinfo.network_filesystem(path, fake))
    return tmp_path / "share" / "clinic" / "reservations.sqlite3"


def test_open_refuses_a_network_share_and_creates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _pretend_network(monkeypatch, tmp_path)
    with pytest.raises(DatabaseUnusable, match="network drive.*PostgreSQL server"):
        store_connect.open_database(f"sqlite:///{target}")
    assert not target.parent.exists()  # not even the folder was made


def test_probe_refuses_a_network_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _pretend_network(monkeypatch, tmp_path)
    with pytest.raises(DatabaseUnusable, match="network drive"):
        store_connect.probe(str(target))
