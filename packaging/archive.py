"""Pack the one-folder build into dist/reservations-app-<version>-<platform>.tar.gz.

The archive holds one folder, reservations-app-<version>/, so versions can sit side by side on a
workstation and a rollback is a matter of pointing the launcher back. Members are sorted and
owned by root, and the gzip header has no time stamp, so packing the same build twice gives the
same bytes; with SOURCE_DATE_EPOCH set, file times are clamped to it as well.

usage: python packaging/archive.py [BUILD_DIR [OUT_DIR]]
       python packaging/archive.py --print-tag     (this machine's platform tag)
"""

from __future__ import annotations

import gzip
import os
import platform
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reservations_app import __version__  # noqa: E402

SYSTEMS = {"win32": "windows", "darwin": "macos"}
MACHINES = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}


def platform_tag() -> str:
    """linux-x86_64, windows-x86_64, macos-arm64, ..."""
    system = SYSTEMS.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    return f"{system}-{MACHINES.get(machine, machine)}"


def archive_name(version: str = __version__, tag: str | None = None) -> str:
    return f"reservations-app-{version}-{tag or platform_tag()}.tar.gz"


def pack(build_dir: Path, out_dir: Path, version: str = __version__,
         tag: str | None = None) -> Path:
    if not (build_dir / "_internal").is_dir():
        raise FileNotFoundError(f"{build_dir} is not a PyInstaller one-folder build")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / archive_name(version, tag)
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    top = f"reservations-app-{version}"
    with open(target, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=stamp) as zipped, \
            tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(build_dir, arcname=top, recursive=False, filter=_normalised(stamp))
        for path in sorted(build_dir.rglob("*")):
            tar.add(path, arcname=f"{top}/{path.relative_to(build_dir).as_posix()}",
                    recursive=False, filter=_normalised(stamp))
    return target


def _normalised(stamp: int) -> Callable[[tarfile.TarInfo], tarfile.TarInfo]:
    def clean(member: tarfile.TarInfo) -> tarfile.TarInfo:
        member.uid = member.gid = 0
        member.uname = member.gname = "root"
        member.mtime = min(member.mtime, stamp) if stamp else member.mtime
        return member

    return clean


def main(argv: list[str]) -> int:
    if argv == ["--print-tag"]:
        print(platform_tag())
        return 0
    build_dir = Path(argv[0]) if argv else ROOT / "dist" / "reservations-app"
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "dist"
    try:
        target = pack(build_dir, out_dir)
    except (FileNotFoundError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
