"""One symptom's severity over time, drawn with QPainter paths (vector on PDF).

Used by the printed summary and by the Trends view. The chart shows the daily
average (dots), the lowest-to-highest rating over the moving window (a light
band), the moving average (a dark line), and a vertical line with a numbered
marker where a treatment started (▲, solid), stopped (▽, dashed) or changed dose
(◆, dotted). Each is told apart by shape, lightness and dash, never by colour alone.
Days (or plotted bins) without any rating are shaded light grey with a hatch: "not
recorded" must never look like a day rated 0, which is a dot on the 0 line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from app.report.summary import SymptomTrend, TreatmentChange
from ui.locale_text import month_text
from ui.report.style import (
    BAND,
    DOTS,
    GRID,
    INK,
    LINE,
    MARKER_DASH,
    MUTED,
    draw_marker,
    font,
    marker_label,
    number,
    short_day,
    tr,
)


@dataclass
class ChartGeometry:
    """Maps days and severities to points inside ``plot``."""

    plot: QRectF
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def x(self, day: dt.date) -> float:
        return self.plot.left() + ((day - self.start).days + 0.5) / self.days * self.plot.width()

    def y(self, severity: float) -> float:
        return self.plot.bottom() - severity / 10.0 * self.plot.height()

    def day_at(self, x: float) -> dt.date:
        offset = int((x - self.plot.left()) / max(self.plot.width(), 1) * self.days)
        return self.start + dt.timedelta(days=min(max(offset, 0), self.days - 1))


def axis_ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    """Month starts (or weeks for short ranges, years for long ones) inside the range."""
    days = (end - start).days + 1
    if days <= 45:
        first = start + dt.timedelta(days=(7 - start.weekday()) % 7)  # Mondays
        return [first + dt.timedelta(days=7 * i) for i in range((end - first).days // 7 + 1)]
    if days > 3 * 366:
        return [
            dt.date(y, 1, 1)
            for y in range(start.year + (start > dt.date(start.year, 1, 1)), end.year + 1)
        ]
    step = 1 if days <= 400 else (3 if days <= 800 else 6)
    out = []
    month = (
        (start.replace(day=1) + dt.timedelta(days=31)).replace(day=1) if start.day != 1 else start
    )
    while month <= end:
        if (month.month - 1) % step == 0:
            out.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return out


def tick_label(day: dt.date, start: dt.date, end: dt.date, fmt: str) -> str:
    days = (end - start).days + 1
    if days <= 45:
        return short_day(day, fmt)
    if days > 3 * 366:
        return str(day.year)
    label = month_text(day)
    return f"{label} {day:%y}" if day.month == 1 or days > 400 else label


def draw_axes(p: QPainter, g: ChartGeometry, fmt: str, *, label_size: int = 6) -> None:
    p.save()
    p.setFont(font(label_size))
    for level in (0, 5, 10):
        y = g.y(level)
        p.setPen(QPen(GRID, 0.5 if level else 0.8))
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y))
        p.setPen(MUTED)
        p.drawText(
            QRectF(g.plot.left() - 14, y - 5, 11, 10),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(level),
        )
    p.setPen(QPen(GRID, 0.5, Qt.PenStyle.DotLine))
    ticks = axis_ticks(g.start, g.end)
    spacing = g.plot.width() / max(len(ticks), 1)
    every = 1 if spacing >= 22 else (2 if spacing >= 11 else 4)
    for i, tick in enumerate(ticks):
        x = g.plot.left() + (tick - g.start).days / g.days * g.plot.width()
        p.setPen(QPen(GRID, 0.5, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()))
        if i % every == 0:
            p.setPen(MUTED)
            p.drawText(
                QRectF(x - 20, g.plot.bottom() + 1.5, 40, label_size + 3),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                tick_label(tick, g.start, g.end, fmt),
            )
    p.restore()


def _segments(days: Sequence[dt.date], max_gap: int) -> list[tuple[int, int]]:
    """Index runs [i, j) without a gap longer than ``max_gap`` days."""
    runs, first = [], 0
    for i in range(1, len(days) + 1):
        if i == len(days) or (days[i] - days[i - 1]).days > max_gap:
            runs.append((first, i))
            first = i
    return [r for r in runs if r[1] > r[0]]


def draw_series(p: QPainter, g: ChartGeometry, trend: SymptomTrend, window: int) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setClipRect(g.plot.adjusted(-2, -2, 2, 2))
    moving = trend.moving
    days = [m.day for m in moving]
    for a, b in _segments(days, window):
        band = QPainterPath()
        band.moveTo(g.x(moving[a].day), g.y(moving[a].high))
        for m in moving[a + 1 : b]:
            band.lineTo(g.x(m.day), g.y(m.high))
        for m in reversed(moving[a:b]):
            band.lineTo(g.x(m.day), g.y(m.low))
        band.closeSubpath()
        p.fillPath(band, BAND)
    radius = min(max(g.plot.width() / max(len(trend.daily), g.days // 31, 1) * 0.4, 0.9), 1.4)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(DOTS)
    dots = QPainterPath()
    for s in trend.daily:
        dots.addEllipse(QPointF(g.x(s.day), g.y(s.mean)), radius, radius)
    p.drawPath(dots)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(
        QPen(LINE, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    for a, b in _segments(days, window):
        path = QPainterPath(QPointF(g.x(moving[a].day), g.y(moving[a].mean)))
        for m in moving[a + 1 : b]:
            path.lineTo(g.x(m.day), g.y(m.mean))
        if b - a == 1:
            p.drawPoint(path.currentPosition())
        p.drawPath(path)
    p.restore()


UNRECORDED = QColor("#e4e4e4")


def unrecorded_runs(
    trend: SymptomTrend, start: dt.date, end: dt.date, bucket: int = 1
) -> list[tuple[dt.date, dt.date]]:
    """Runs of days (or of ``bucket``-day bins counted from ``start``) without a rating,
    as inclusive (first, last) pairs."""
    rated: set[int] = set()
    for s in trend.daily:
        rated.add((s.day - start).days // bucket)
    bins = ((end - start).days) // bucket + 1
    runs: list[tuple[dt.date, dt.date]] = []
    first: int | None = None
    for b in range(bins + 1):
        if b < bins and b not in rated:
            first = b if first is None else first
        elif first is not None:
            runs.append(
                (
                    start + dt.timedelta(days=first * bucket),
                    min(start + dt.timedelta(days=b * bucket - 1), end),
                )
            )
            first = None
    return runs


def draw_unrecorded(p: QPainter, g: ChartGeometry, runs: Sequence[tuple[dt.date, dt.date]]) -> None:
    """A light hatched column over each run of days without a rating."""
    if not runs:
        return
    p.save()
    step = g.plot.width() / g.days
    for first, last in runs:
        left = g.plot.left() + (first - g.start).days * step
        rect = QRectF(
            left, g.plot.top(), max(((last - first).days + 1) * step, 0.6), g.plot.height()
        )
        p.fillRect(rect, UNRECORDED)
        p.fillRect(rect, QBrush(QColor(0, 0, 0, 28), Qt.BrushStyle.BDiagPattern))
    p.restore()


MARKER_LANE = 13.0  # room above the plot for two rows of numbered markers


def draw_markers(
    p: QPainter,
    g: ChartGeometry,
    changes: Sequence[TreatmentChange],
    numbers: dict[TreatmentChange, int],
    *,
    size: float = 4.5,
) -> None:
    """Vertical lines at treatment changes; above the plot, each day's shapes and the
    changes' numbers (as listed beside the chart), moved up a row when they would
    collide with the previous day's."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    f = font(max(6, round(6 * size / 4.5)), bold=True)
    p.setFont(f)
    fm = p.fontMetrics()
    days: dict[dt.date, list[TreatmentChange]] = {}
    for change in changes:
        if g.start <= change.day <= g.end:
            days.setdefault(change.day, []).append(change)
    row_right = [-1e9, -1e9]
    for day, group in sorted(days.items()):
        x = g.x(day)
        p.setPen(QPen(INK, 0.7, MARKER_DASH[group[0].kind]))
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()))
        label = ",".join(str(numbers[c]) for c in group if c in numbers)
        width = len(group) * (size + 1) + fm.horizontalAdvance(label) + 1
        left = x - size / 2
        row = 0 if left > row_right[0] + 1.5 else (1 if left > row_right[1] + 1.5 else 0)
        row_right[row] = left + width
        cy = g.plot.top() - size / 2 - 1.5 - row * (size + 2.5)
        if row:
            p.setPen(QPen(MUTED, 0.4))
            p.drawLine(QPointF(x, g.plot.top()), QPointF(x, cy + size / 2))
        for i, change in enumerate(group):
            draw_marker(p, change.kind, QPointF(x + i * (size + 1), cy), size)
        p.setPen(INK)
        p.drawText(
            QRectF(x + (len(group) - 0.5) * (size + 1), cy - size, 6 * size, 2 * size),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
    p.restore()


def plot_rect(
    rect: QRectF,
    start: dt.date,
    end: dt.date,
    changes: Sequence[TreatmentChange],
    title_size: int = 7,
) -> QRectF:
    """Where ``draw_trend`` puts the plot inside ``rect`` (for drawing under it first)."""
    lane = MARKER_LANE if any(start <= c.day <= end for c in changes) else 3.0
    title_h = title_size + 3
    return QRectF(
        rect.left() + 16,
        rect.top() + title_h + lane,
        rect.width() - 18,
        rect.height() - title_h - lane - 9,
    )


def draw_trend(
    p: QPainter,
    rect: QRectF,
    trend: SymptomTrend,
    start: dt.date,
    end: dt.date,
    changes: Sequence[TreatmentChange],
    numbers: dict[TreatmentChange, int],
    *,
    fmt: str,
    window: int,
    title_size: int = 8,
    marker_size: float = 4.5,
    bucket: int = 1,
) -> ChartGeometry:
    """Title, axes, series and markers inside ``rect``; returns the plot geometry.
    ``bucket``: days per plotted point (for shading bins that were not recorded)."""
    p.save()
    p.setFont(font(title_size, bold=True))
    p.setPen(INK)
    title_h = title_size + 3
    p.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        trend.name,
    )
    name_w = p.fontMetrics().horizontalAdvance(trend.name)
    p.setFont(font(title_size - 1))
    p.setPen(MUTED)
    days = sum(s.days for s in trend.daily)  # a point may stand for a week of days
    detail = (
        tr("average {avg} · {n} ratings on {d} days").format(
            avg=number(sum(s.mean * s.days for s in trend.daily) / days), n=trend.n, d=days
        )
        if days
        else tr("no ratings in this period")
    )
    p.drawText(
        QRectF(rect.left() + name_w + 6, rect.top(), rect.width() - name_w - 6, title_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        detail,
    )
    p.restore()
    lane = 7 if marker_size <= 4.5 else 2 * marker_size + 6
    plot = QRectF(
        rect.left() + 16,
        rect.top() + title_h + lane,
        rect.width() - 18,
        rect.height() - title_h - lane - 10,
    )
    g = ChartGeometry(plot, start, end)
    draw_unrecorded(p, g, unrecorded_runs(trend, start, end, bucket))
    draw_axes(p, g, fmt)
    draw_series(p, g, trend, window)
    draw_markers(p, g, changes, numbers, size=marker_size)
    return g


def draw_legend(
    p: QPainter,
    x: float,
    y: float,
    window: int,
    *,
    size: int = 7,
    kinds: Sequence[str] = ("started", "dose", "stopped"),
    points: str = "",
    unrecorded: bool = True,
) -> float:
    """One line explaining the chart's marks; returns its width. ``points`` names the
    dots ("daily average" unless given)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font(size))
    fm = p.fontMetrics()
    mid = y + size / 2 + 1
    cursor = x

    def label(text: str) -> None:
        nonlocal cursor
        p.setPen(MUTED)
        p.drawText(QPointF(cursor, y + size), text)
        cursor += fm.horizontalAdvance(text) + 9

    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(DOTS)
    p.drawEllipse(QPointF(cursor + 2, mid), 1.3, 1.3)
    cursor += 6
    label(points or tr("daily average"))
    p.fillRect(QRectF(cursor, mid - 3, 12, 6), BAND)
    cursor += 15
    label(tr("lowest–highest over {n} days").format(n=window))
    p.setPen(QPen(LINE, 1.5))
    p.drawLine(QPointF(cursor, mid), QPointF(cursor + 12, mid))
    cursor += 15
    label(tr("{n}-day average").format(n=window))
    for kind in kinds:
        p.setPen(QPen(INK, 0.7, MARKER_DASH[kind]))
        p.drawLine(QPointF(cursor + 3, mid - 4), QPointF(cursor + 3, mid + 4))
        draw_marker(p, kind, QPointF(cursor + 3, mid - 4), 4)
        cursor += 8
        label(marker_label(kind))
    if unrecorded:
        swatch = QRectF(cursor, mid - 4, 10, 8)
        p.fillRect(swatch, UNRECORDED)
        p.fillRect(swatch, QBrush(QColor(0, 0, 0, 60), Qt.BrushStyle.BDiagPattern))
        cursor += 13
        label(tr("not recorded"))
    p.restore()
    return cursor - x


def fill_hatched(p: QPainter, rect: QRectF, color: QColor, style: Qt.BrushStyle) -> None:
    """A light fill with a hatch on top, so shaded areas differ in greyscale too."""
    p.fillRect(rect, color)
    p.fillRect(rect, QBrush(QColor(0, 0, 0, 60), style))
