"""Fonts, pens and words shared by the printed summary and the Trends view.

Everything is laid out in typographic points: ``Canvas`` scales the painter so one
logical unit is 1/72 inch on any device (PDF writer, printer, screen), and fonts
are sized with ``setPixelSize`` so that one font pixel is one point too.

Greyscale first: series differ by lightness, line style and marker shape, so a
black-and-white print keeps every distinction; colour only adds a tint.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

INK = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")
GRID = QColor("#d4d4d4")
SHADE = QColor("#eef1f4")  # section boxes
BAND = QColor("#c9d3de")  # high/low band (light)
DOTS = QColor("#6b7785")  # daily averages (mid)
LINE = QColor("#1d3550")  # moving average (dark)

PREFERRED_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans")


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def family() -> str:
    """A TrueType sans family that the PDF writer embeds (the first one installed)."""
    installed = set(QFontDatabase.families())
    for name in PREFERRED_FAMILIES:
        if name in installed:
            return name
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def font(points: int, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(family())
    f.setPixelSize(points)  # one logical unit is one point (see Canvas)
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(True)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No "ff"/"fi" ligatures: copied or searched text (and screen readers) get plain letters.
    f.setFeature(QFont.Tag("liga"), 0)
    return f


def day_text(day: dt.date | None, fmt: str = "d MMM yyyy") -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def short_day(day: dt.date, fmt: str = "d MMM yyyy") -> str:
    """The journal's date format without the year (for axis labels and lists)."""
    short = fmt.replace("yyyy", "").replace("yy", "").strip(" /-.,")
    if not short or short == fmt:
        short = "d MMM"
    return QLocale().toString(QDate(day.year, day.month, day.day), short)


def period_text(start: dt.date, end: dt.date, fmt: str) -> str:
    days = (end - start).days + 1
    return tr("{start} – {end} ({days} days)").format(
        start=day_text(start, fmt), end=day_text(end, fmt), days=days
    )


def number(value: float | None) -> str:
    """One decimal, in the interface's locale ("3.5", "3,5")."""
    return "–" if value is None else QLocale().toString(float(value), "f", 1)


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"−{-value}")


# -- markers for treatment changes: one shape and dash pattern per kind ---------

MARKER_DASH = {
    "started": Qt.PenStyle.SolidLine,
    "stopped": Qt.PenStyle.DashLine,
    "dose": Qt.PenStyle.DotLine,
}


def marker_label(kind: str) -> str:
    return {"started": tr("started"), "stopped": tr("stopped"), "dose": tr("dose changed")}[kind]


def marker_path(kind: str, centre: QPointF, size: float) -> QPainterPath:
    """▲ started, ▼ stopped, ◆ dose changed."""
    x, y, h = centre.x(), centre.y(), size / 2
    if kind == "started":
        pts = [QPointF(x, y - h), QPointF(x + h, y + h), QPointF(x - h, y + h)]
    elif kind == "stopped":
        pts = [QPointF(x - h, y - h), QPointF(x + h, y - h), QPointF(x, y + h)]
    else:
        pts = [QPointF(x, y - h), QPointF(x + h, y), QPointF(x, y + h), QPointF(x - h, y)]
    path = QPainterPath()
    path.addPolygon(QPolygonF(pts))
    path.closeSubpath()
    return path


def draw_marker(p: QPainter, kind: str, centre: QPointF, size: float) -> None:
    p.save()
    p.setPen(QPen(INK, 0.6))
    p.setBrush(QBrush(INK if kind != "stopped" else QColor("white")))
    p.drawPath(marker_path(kind, centre, size))
    p.restore()


class Canvas:
    """Text and boxes in points on a painter (or only measured when ``painter`` is
    None, so a layout can be tried before it is drawn)."""

    def __init__(self, painter: QPainter | None) -> None:
        self.p = painter

    def text(
        self,
        rect: QRectF,
        text: str,
        f: QFont,
        *,
        color: QColor = INK,
        flags: int = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        ),
    ) -> float:
        """Draw ``text`` wrapped in ``rect``'s width; returns the height it takes."""
        bound = QFontMetricsF(f).boundingRect(
            QRectF(rect.x(), rect.y(), rect.width(), 1e6), flags, text
        )
        if self.p is not None and text:
            self.p.save()
            self.p.setFont(f)
            self.p.setPen(color)
            self.p.drawText(
                QRectF(rect.x(), rect.y(), rect.width(), max(rect.height(), bound.height())),
                flags,
                text,
            )
            self.p.restore()
        return bound.height()

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: QColor = RULE, width: float = 0.5
    ) -> None:
        if self.p is not None:
            self.p.save()
            self.p.setPen(QPen(color, width))
            self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            self.p.restore()

    def box(self, rect: QRectF, fill: QColor = SHADE, border: QColor | None = None) -> None:
        if self.p is not None:
            self.p.save()
            self.p.setPen(QPen(border, 0.5) if border else Qt.PenStyle.NoPen)
            self.p.setBrush(fill)
            self.p.drawRect(rect)
            self.p.restore()


def elide_lines(text: str, f: QFont, width: float, max_lines: int) -> str:
    """``text`` cut to at most ``max_lines`` wrapped lines, ending with … if cut."""
    fm = QFontMetricsF(f)
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            last = fm.elidedText(
                lines[-1] + " " + " ".join(words[i:]), Qt.TextElideMode.ElideRight, width
            )
            return " ".join(lines[:-1] + [last])
    return text
