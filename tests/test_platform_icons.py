"""The Windows .ico and macOS .icns the spec names hold the app icon at every size
those systems ask for (packaging/make_icons.py writes them from the SVG).

They cannot be tried on Windows or macOS here; Qt's own ICO and ICNS readers stand in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons"


def _images(path: Path) -> list:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    images = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index), (path, index)
        image = reader.read()
        assert not image.isNull(), (path, index, reader.errorString())
        images.append(image)
    return images


def _covered(image) -> float:
    """Share of the square that is drawn (not transparent)."""
    side = image.width()
    step = max(1, side // 32)
    points = [(x, y) for x in range(0, side, step) for y in range(0, side, step)]
    return sum(image.pixelColor(x, y).alpha() > 200 for x, y in points) / len(points)


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("fettle.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("fettle.icns", [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512]),
    ],
)
def test_icon_file_holds_every_size(name: str, sizes: list[int], qapp: object) -> None:
    images = _images(ICONS / name)
    assert [image.width() for image in images] == sizes
    assert all(image.width() == image.height() for image in images)
    for image in images:
        assert _covered(image) > 0.5, (name, image.width())


def test_spec_names_the_icon_files() -> None:
    spec = (ROOT / "packaging" / "fettle.spec").read_text(encoding="utf-8")
    for name in ("fettle.ico", "fettle.icns"):
        assert f'ICONS / "{name}"' in spec
        assert (ICONS / name).is_file()
