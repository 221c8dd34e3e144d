"""Render the app icon (resources/icons/org.fettle.Fettle.svg) as PNGs at the freedesktop
sizes, into packaging/icons/hicolor/NxN/apps/. Run after changing the SVG:

    .venv/bin/python packaging/make_icons.py

The PNGs are committed, so building the .deb needs no renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "org.fettle.Fettle.svg"
OUT = ROOT / "packaging" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        path = OUT / f"{size}x{size}" / "apps" / "org.fettle.Fettle.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
