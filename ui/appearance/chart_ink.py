"""Charts in the high-contrast theme: white ink on black, every series bright.

The Trends pictures are drawn by the same code as the printed summary (``ui.report``:
dark ink on white paper, series told apart by lightness, line style and marker
shape). For high contrast the finished picture is turned round in lightness and
stretched: paper becomes black; ink, series, markers and text anything darker than
a mid grey becomes white or near it (at least 7:1 on black); faint helpers (grid,
the high/low band, "not recorded" shading) stay dim greys. Order by lightness is
kept, so darker-is-worse in the calendar reads as brighter-is-worse, as its legend
(drawn the same way) then says.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage, QPixmap

BRIGHT_AT = 0.35  # relative luminance (after turning round) that becomes full white


def _linear(channel: np.ndarray) -> np.ndarray:
    c = channel / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _srgb(linear: np.ndarray) -> np.ndarray:
    c = np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)
    return np.clip(np.rint(c * 255), 0, 255).astype(np.uint8)


def high_contrast_picture(pixmap: QPixmap) -> QPixmap:
    """``pixmap`` (dark on light) as light on black, in greys."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    row = image.bytesPerLine() // 4
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(height, row, 4)[:, :width]
    blue, green, red = (255 - pixels[..., i].astype(np.float64) for i in range(3))
    luminance = 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)
    grey = _srgb(np.clip(luminance / BRIGHT_AT, 0.0, 1.0))
    out = np.empty((height, width, 4), np.uint8)
    out[..., 0] = out[..., 1] = out[..., 2] = grey
    out[..., 3] = 255
    result = QImage(out.data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
    turned = QPixmap.fromImage(result)
    turned.setDevicePixelRatio(pixmap.devicePixelRatio())
    return turned
