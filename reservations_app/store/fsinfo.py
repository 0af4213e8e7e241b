"""Is a path on a network file system? SQLite's locking is not safe there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_TYPES = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs",
                 "fuse.sshfs", "sshfs", "ncpfs", "coda", "ceph", "glusterfs", "davfs",
                 "fuse.davfs2", "lustre", "gpfs"}


def network_filesystem(path: Path, mounts_file: Path = Path("/proc/mounts")) -> bool:
    if sys.platform == "win32":
        return _windows_remote(path)
    if not mounts_file.exists():
        return False
    return _mount_type(path.resolve(), mounts_file) in NETWORK_TYPES


def _mount_type(path: Path, mounts_file: Path) -> str:
    best, best_type = "", ""
    for line in mounts_file.read_text(errors="replace").splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2].lower()
    return best_type


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]


REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_media(path: Path) -> bool:
    """Whether `path` is on a USB stick, card or similar (mount point conventions on Linux and
    macOS, the drive type on Windows): where a lost backup is someone else's patient list."""
    if sys.platform == "win32":
        import ctypes

        drive = path.absolute().drive + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 2)  # DRIVE_REMOVABLE
    return str(path.absolute()).startswith(REMOVABLE_ROOTS)
