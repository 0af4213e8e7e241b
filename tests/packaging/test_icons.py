"""The committed icon renders match their SVG, the .ico holds every size, and the desktop entry
starts the installed command with the installed icon."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Qt's rasteriser rounds anti-aliased edges differently on different CPUs (its SIMD paths):
# the same SVG renders up to one step apart per channel. A stale icon differs far more.
ROUNDING = 2


def _render_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons",
                                                  REPO / "packaging" / "render_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_pngs_are_fresh_renders_of_the_svg(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    render = _render_script().render
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    assert renderer.isValid()
    for name, size in (("app.png", 256), ("app-16.png", 16), ("app-32.png", 32),
                       ("app-48.png", 48)):
        committed = QImage(str(ICONS / name)).convertToFormat(QImage.Format.Format_ARGB32)
        assert committed.width() == committed.height() == size, name
        worst = _largest_channel_difference(committed, render(renderer, size))
        assert worst <= ROUNDING, f"{name} is stale: run `make icons`"


def _largest_channel_difference(first: QImage, second: QImage) -> int:
    """The largest difference of one colour channel between two images of one size."""
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixel(x, y), second.pixel(x, y)
            if a != b:
                worst = max(worst, *(abs((a >> s & 255) - (b >> s & 255)) for s in (0, 8, 16, 24)))
    return worst


def test_the_ico_holds_every_size_as_png() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data,
                                                                     6 + 16 * index)
        assert bits == 32
        assert data[offset:offset + 8] == PNG_SIGNATURE
        assert offset + length <= len(data)
        sizes.append(side or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


@pytest.fixture
def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(REPO / "resources" / "reservations.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_runs_the_installed_command(
        desktop_entry: configparser.SectionProxy) -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert desktop_entry["Type"] == "Application"
    assert desktop_entry["Exec"].split()[0] in scripts
    assert desktop_entry["TryExec"] == desktop_entry["Exec"].split()[0]
    assert desktop_entry["Terminal"] == "false"
    assert desktop_entry["Categories"].endswith(";")
    assert desktop_entry["Name"] == "Reservations"


def test_the_desktop_entry_names_an_icon_the_build_ships(
        desktop_entry: configparser.SectionProxy) -> None:
    # Installed as <icon theme>/<size>/apps/<Icon>.png (see README, Installing on workstations).
    assert desktop_entry["Icon"] == "reservations-app"
    assert (ICONS / "app.png").read_bytes()[:8] == PNG_SIGNATURE
