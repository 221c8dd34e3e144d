"""Render the app icon (resources/icons/org.fettle.Fettle.svg) for every system:

- PNGs at the freedesktop sizes into packaging/icons/hicolor/NxN/apps/ (the .deb, Flatpak);
- packaging/icons/fettle.ico for the Windows programs (16-256 px, PNG entries);
- packaging/icons/fettle.icns for the macOS .app (16-1024 px, PNG entries).

Run after changing the SVG:

    .venv/bin/python packaging/make_icons.py

The results are committed, so no build needs a renderer. The .ico and .icns
containers are written here by hand (both are a short header and a table of PNGs), so
they come out the same on any machine.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "org.fettle.Fettle.svg"
ICONS = ROOT / "packaging" / "icons"
OUT = ICONS / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG icon types: (type, pixels). The @2x types are the doubled sizes.
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding ``pngs`` (size -> PNG data), PNG entries (Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    table, data = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    return header + table + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding a PNG of each size Apple names (``pngs``: size -> PNG)."""
    body = b"".join(
        struct.pack(">4sI", kind.encode("ascii"), 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        return image

    def png(size: int) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    for size in SIZES:
        path = OUT / f"{size}x{size}" / "apps" / "org.fettle.Fettle.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        render(size).save(str(path))
    pngs = {size: png(size) for size in {*ICO_SIZES, *(s for _, s in ICNS_TYPES)}}
    (ICONS / "fettle.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "fettle.icns").write_bytes(icns_bytes(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
