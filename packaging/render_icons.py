"""Render resources/icons/app.svg into the bitmaps the builds need, and commit the results:

- app.png (256 px) and app-16/32/48.png for the window icon and the Linux desktop entry,
- app.ico for Windows (several sizes, each stored as PNG, as Windows Vista and later accept),
- app.icns for macOS.

Run `make icons` after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: a 6-byte header, one 16-byte directory entry per size, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # the format stores 256 as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def write_icns(renderer: QSvgRenderer, path: Path) -> None:
    writer = QImageWriter(str(path), QByteArray(b"icns"))
    if not writer.canWrite() or not writer.write(render(renderer, 256)):
        raise RuntimeError(f"Qt could not write {path}: {writer.errorString()}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    if not renderer.isValid():
        print(f"error: {ICONS / 'app.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: png_bytes(render(renderer, size)) for size in ICO_SIZES}
    (ICONS / "app.png").write_bytes(pngs[256])
    for size in PNG_SIZES:
        (ICONS / f"app-{size}.png").write_bytes(pngs[size])
    (ICONS / "app.ico").write_bytes(ico_bytes(pngs))
    write_icns(renderer, ICONS / "app.icns")
    del app
    print(f"rendered icons into {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
