"""Package the PyInstaller one-folder build as a Debian package IT can install with dpkg/apt.

    /opt/reservations-app/                 the bundle, as `make package` built it
    /usr/bin/reservations-app              -> /opt/reservations-app/reservations-app
    /usr/share/applications/org.reservations.app.desktop
    /usr/share/icons/hicolor/*/apps/reservations-app.{png,svg}
    /usr/share/metainfo/org.reservations.app.metainfo.xml
    /usr/share/man/man1/reservations-app.1.gz   (from the CLI's argparse parser)
    /usr/share/doc/reservations-app/       copyright, changelog, an example config.toml

Depends is worked out from the bundle: the libraries its programs need that it does not carry
(glibc, the graphics stack), each mapped to the Debian package that provides it on the build
machine. Built with `dpkg-deb --root-owner-group`, so no fakeroot is needed.

usage: python packaging/build_deb.py [--bundle DIR] [--version VERSION] [--out DIR]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging" / "deb"
sys.path.insert(0, str(ROOT))

from reservations_app import __version__  # noqa: E402

PACKAGE = "reservations-app"
APP_ID = "org.reservations.app"
ICON_NAME = "reservations-app"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
OPT = Path("opt") / PACKAGE
ELF_MAGIC = b"\x7fELF"


def build(bundle: Path, version: str, out_dir: Path, compression: str = "xz") -> Path:
    if not (bundle / "_internal").is_dir():
        raise SystemExit(f"error: {bundle} is not a PyInstaller one-folder build "
                         "(run `make package` first)")
    _check_metainfo_release()
    arch = _run("dpkg", "--print-architecture").strip()
    root = ROOT / "build" / "deb" / f"{PACKAGE}_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    _copy_bundle(bundle, root / OPT)
    _clean_binaries(root / OPT)
    (root / "usr" / "bin").mkdir(parents=True)
    # across top-level folders Debian policy wants an absolute link
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / OPT / PACKAGE)
    _install_desktop_files(root)
    _install_docs(root, version)
    _install_control(root, version, arch, _depends(root / OPT))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    # xz: the smallest that Debian's tools (lintian, older dpkg) accept; gzip is for throw-away
    # builds (CI's upgrade test), where speed matters more than size.
    _run("dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(target))
    return target


def _check_metainfo_release() -> None:
    text = (ROOT / "resources" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    newest = re.search(r'<release version="([^"]+)"', text)
    if not newest or newest.group(1) != __version__:
        raise SystemExit(f"error: resources/{APP_ID}.metainfo.xml has no <release> for "
                         f"{__version__} as its newest: add one")


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            # Only the program is executed; libraries are mapped, which needs no exec bit.
            path.chmod(0o755 if path == target / PACKAGE else 0o644)


def _clean_binaries(opt: Path) -> None:
    """Strip debugging symbols from the libraries, and drop a library search path that names
    the build machine (a pyenv Python's RUNPATH /root/.pyenv/...): a workstation must never
    load libraries from there. $ORIGIN paths (Qt's, within the bundle) stay. The program itself
    is left alone: PyInstaller appends its archive to it."""
    for path in sorted(opt.rglob("*")):
        if path.is_symlink() or not path.is_file() or path == opt / PACKAGE or not _is_elf(path):
            continue
        _run("strip", "--strip-unneeded", "--remove-section=.comment", str(path))
        search_path = _run("patchelf", "--print-rpath", str(path)).strip()
        if search_path and "$ORIGIN" not in search_path:
            _run("patchelf", "--remove-rpath", str(path))


def _install_desktop_files(root: Path) -> None:
    share = root / "usr" / "share"
    _install(ROOT / "resources" / "reservations.desktop",
             share / "applications" / f"{APP_ID}.desktop")
    _install(ROOT / "resources" / f"{APP_ID}.metainfo.xml",
             share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = share / "icons" / "hicolor"
    _install(ROOT / "resources" / "icons" / "app.svg",
             icons / "scalable" / "apps" / f"{ICON_NAME}.svg")
    for size, png in _render_icons(ICON_SIZES).items():
        path = icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)
        path.chmod(0o644)


def _render_icons(sizes: tuple[int, ...]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "packaging"))
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer
    from render_icons import png_bytes, render  # type: ignore[import-not-found]

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts, image I/O
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    return {size: png_bytes(render(renderer, size)) for size in sizes}


def _install_docs(root: Path, version: str) -> None:
    doc = root / "usr" / "share" / "doc" / PACKAGE
    _install(PACKAGING / "copyright", doc / "copyright")
    _install(PACKAGING / "config.toml.example", doc / "examples" / "config.toml")
    changelog = (PACKAGING / "changelog").read_text(encoding="utf-8")
    if not changelog.startswith(f"{PACKAGE} ({version})"):
        # a build whose version the changelog does not name yet (e.g. CI's upgrade test)
        changelog = _changelog_entry(version) + changelog
    _gzip(changelog.encode(), doc / "changelog.gz")
    _install(PACKAGING / "lintian-overrides",
             root / "usr" / "share" / "lintian" / "overrides" / PACKAGE)
    man = root / "usr" / "share" / "man" / "man1" / f"{PACKAGE}.1.gz"
    page = root / "build-manpage.1"
    _run(sys.executable, str(ROOT / "packaging" / "manpage.py"), str(page))
    _gzip(page.read_bytes(), man)
    page.unlink()


def _changelog_entry(version: str) -> str:
    date = _run("date", "-R", "-u", f"--date=@{os.environ.get('SOURCE_DATE_EPOCH', '0')}")
    return (f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
            f"  * Build {version} of the workstation package.\n\n"
            f" -- {_maintainer()}  {date.strip()}\n\n")


def _maintainer() -> str:
    control = (PACKAGING / "control").read_text(encoding="utf-8")
    found = re.search(r"^Maintainer: (.+)$", control, re.MULTILINE)
    assert found, "packaging/deb/control has no Maintainer"
    return found.group(1)


def _install_control(root: Path, version: str, arch: str, depends: list[str]) -> None:
    debian = root / "DEBIAN"
    debian.mkdir()
    size_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
    control = (PACKAGING / "control").read_text(encoding="utf-8").format(
        version=version, arch=arch, installed_size=size_kb, depends=", ".join(depends))
    (debian / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        _install(PACKAGING / script, debian / script, mode=0o755)
    sums = [f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(root).as_posix()}"
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and debian not in p.parents]
    (debian / "md5sums").write_text("\n".join(sums) + "\n", encoding="utf-8")
    (debian / "md5sums").chmod(0o644)


def _depends(bundle: Path) -> list[str]:
    """The Debian packages providing what the bundle's programs link to but do not carry."""
    carried = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            dump = _run("objdump", "-p", str(path))
            needed.update(re.findall(r"^\s+NEEDED\s+(\S+)", dump, re.MULTILINE))
    system = _system_libraries()
    packages: set[str] = set()
    for soname in sorted(needed - carried):
        if soname not in system:
            print(f"warning: {soname} is needed but not installed here; no dependency added",
                  file=sys.stderr)
            continue
        packages.add(_package_of(system[soname]))
    glibc = _run("dpkg-query", "-W", "-f=${Version}", "libc6").split("-")[0]
    return sorted(f"libc6 (>= {glibc})" if name == "libc6" else name for name in packages)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def _system_libraries() -> dict[str, str]:
    """soname -> path, for this machine's own architecture (not a multilib's)."""
    multiarch = f"/{sysconfig.get_config_var('MULTIARCH') or ''}/"
    found: dict[str, str] = {}
    for line in _run("ldconfig", "-p").splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(.*?\) => (\S+)", line)
        if match and multiarch in match.group(2):
            found.setdefault(match.group(1), match.group(2))
    return found


def _package_of(path: str) -> str:
    for candidate in (path, os.path.realpath(path)):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                              check=False)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"error: no Debian package provides {path}")


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _gzip(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                                   mtime=0, compresslevel=9) as zipped:
        zipped.write(data)
    target.chmod(0o644)


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the workstation .deb.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--version", default=__version__)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--compression", choices=("xz", "gzip"), default="xz")
    args = parser.parse_args(argv)
    print(build(args.bundle, args.version, args.out, args.compression))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
