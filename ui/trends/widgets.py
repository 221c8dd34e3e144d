"""The Trends view's pictures: severity over time with treatment periods shaded,
a calendar heatmap of symptom days, and the before/after table model. Both pictures
are drawn once per size and data into a pixmap; a repaint only copies it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QBrush,
    QColor,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.report.trends_data import TrendsData
from ui.appearance.theme import is_high_contrast
from ui.locale_text import month_text
from ui.report.chart import ChartGeometry, draw_legend, draw_trend, plot_rect
from ui.report.page_one import change_text
from ui.report.style import GRID, INK, MUTED, day_text, font, number, tr

LANE_H = 13
MARKER_SIZE = 9.0  # the change markers, big enough to find and to match the table
# Lanes differ by hatch as well as by tint, so they stay apart in greyscale.
LANE_BRUSHES = (
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
)
LANE_TINTS = ("#dfe7f0", "#efe6d8", "#e2eedf", "#eadff0", "#f0e0e0", "#e6e6e6")


class CachedPicture(QWidget):
    """A widget drawn once into a pixmap (per size and data), then only copied on
    paint: scrolling, exposing or repainting costs no Python work per point. Call
    ``invalidate()`` when what ``draw`` shows has changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: QPixmap | None = None
        self._cache_canvas = QSize()

    def invalidate(self) -> None:
        self._cache = None
        self.update()

    def draw(self, p: QPainter) -> None:
        raise NotImplementedError

    def canvas_size(self) -> QSize:
        """How much of the widget ``draw`` covers (the rest is left white)."""
        return self.size()

    def picture(self) -> QPixmap:
        """The cached drawing at the widget's current size (drawn if missing)."""
        ratio = self.devicePixelRatioF()
        canvas = self.canvas_size()
        size = QSize(max(1, round(canvas.width() * ratio)), max(1, round(canvas.height() * ratio)))
        if self._cache is None or self._cache.size() != size:
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("white"))
            p = QPainter(pixmap)
            self.draw(p)
            p.end()
            if is_high_contrast():  # white on black (ui/appearance/chart_ink.py)
                from ui.appearance.chart_ink import high_contrast_picture

                pixmap = high_contrast_picture(pixmap)
            self._cache = pixmap
            self._cache_canvas = canvas
        return self._cache

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.invalidate()  # the theme changed: draw again in its colours
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.canvas_size() != self._cache_canvas:
            self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        picture = self.picture()
        if self.canvas_size() != self.size():
            p.fillRect(self.rect(), QColor("black" if is_high_contrast() else "white"))
        p.drawPixmap(0, 0, picture)
        p.end()


POINT_NAMES = {
    1: QT_TRANSLATE_NOOP("Report", "daily average"),
    7: QT_TRANSLATE_NOOP("Report", "weekly average"),
}


class TrendChart(CachedPicture):
    """Severity of one symptom over the period, with a lane per treatment below.
    Long periods come as weekly points (``TrendsData.bucket``)."""

    accessible_role = QAccessible.Role.Chart  # ui/accessibility.py

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: TrendsData | None = None
        self._geometry: ChartGeometry | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(240)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Severity over time"))

    def set_data(self, data: TrendsData | None) -> None:
        self._data = data
        self._geometry = None
        lanes = len(data.periods) if data else 0
        self.setMinimumHeight(240 + lanes * LANE_H)
        self.setAccessibleName(self.title())
        self.setAccessibleDescription(self.describe())
        self.invalidate()

    def title(self) -> str:
        """The chart's accessible name: what and over which days."""
        d = self._data
        if d is None or d.trend is None:
            return tr("Severity over time")
        return tr("{name} severity, last {n} days").format(
            name=d.trend.name, n=(d.end - d.start).days + 1
        )

    def describe(self) -> str:
        """The chart in words, for screen readers: the average, which way it went, the
        last value and each numbered change."""
        d = self._data
        if d is None or d.trend is None or not d.trend.daily:
            return tr("No ratings in this period.")
        t = d.trend
        days = sum(s.days for s in t.daily)
        mean = sum(s.mean * s.days for s in t.daily) / days
        parts = [
            tr("{name}: average {avg} on {d} rated days of {all}; lower is better.").format(
                name=t.name, avg=number(mean), d=days, all=(d.end - d.start).days + 1
            )
        ]
        if len(t.moving) >= 2:
            parts.append(direction_text(t.moving[0].mean, t.moving[-1].mean))
        if t.moving:
            last = t.moving[-1]
            parts.append(
                tr("Latest {n}-day average {v} on {day}.").format(
                    n=d.window, v=number(last.mean), day=day_text(last.day, d.date_format)
                )
            )
        for change in d.changes:
            parts.append(
                tr("Marker {n}: {text} on {day}.").format(
                    n=d.number(change),
                    text=change_text(change),
                    day=day_text(change.day, d.date_format),
                )
            )
        return " ".join(parts)

    def tip_at(self, pos: QPointF) -> str:
        """What is under the pointer: a change marker, else that day's value or "not
        recorded"."""
        d, g = self._data, self._geometry
        if d is None or d.trend is None or g is None:
            return ""
        day = g.day_at(pos.x())
        near = [c for c in d.changes if abs(g.x(c.day) - pos.x()) <= MARKER_SIZE]
        if near and pos.y() < g.plot.top() + 4:
            return "\n".join(
                f"{d.number(c)}. {day_text(c.day, d.date_format)}: {change_text(c)}" for c in near
            )
        if not g.plot.contains(pos):
            return ""
        bucket = max(d.bucket, 1)
        index = (day - d.start).days // bucket
        for s in d.trend.daily:
            if (s.day - d.start).days // bucket == index:
                if bucket == 1:
                    return tr("{day}: {name} {v} (lowest {lo}, highest {hi}, {n} ratings)").format(
                        day=day_text(s.day, d.date_format),
                        name=d.trend.name,
                        v=number(s.mean),
                        lo=s.low,
                        hi=s.high,
                        n=s.n,
                    )
                return tr("Around {day}: {name} {v} on average ({d} rated days)").format(
                    day=day_text(s.day, d.date_format),
                    name=d.trend.name,
                    v=number(s.mean),
                    d=s.days,
                )
        return tr("{day}: not recorded").format(day=day_text(day, d.date_format))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tip_at(QPointF(event.pos())) if isinstance(event, QHelpEvent) else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:
        return QSize(700, 260 + (len(self._data.periods) if self._data else 0) * LANE_H)

    def draw(self, p: QPainter) -> None:
        d = self._data
        if d is None or d.trend is None:
            p.setPen(MUTED)
            p.setFont(font(12))
            p.drawText(
                self.rect(),
                int(Qt.AlignmentFlag.AlignCenter),
                tr("Loading…") if d is None else tr("No symptoms rated yet."),
            )
            return
        lanes = len(d.periods) * LANE_H
        points = (
            tr(POINT_NAMES.get(d.bucket, ""))
            if d.bucket in POINT_NAMES
            else tr("average of each {n} days").format(n=d.bucket)
        )
        draw_legend(
            p,
            8,
            6,
            d.window,
            size=10,
            points=points,
            kinds=[
                k for k in ("started", "dose", "stopped") if any(c.kind == k for c in d.changes)
            ],
        )
        rect = QRectF(8, 24, self.width() - 16, self.height() - 30 - lanes)
        numbers = {c: d.number(c) for c in d.changes}
        g = ChartGeometry(plot_rect(rect, d.start, d.end, d.changes, 12), d.start, d.end)
        spans = []
        for i, period in enumerate(d.periods):
            left = g.x(period.start) if period.start > d.start else g.plot.left()
            right = g.x(period.stop) if period.stop and period.stop < d.end else g.plot.right()
            spans.append((left, max(right - left, 1.5)))
            shade = QColor(LANE_TINTS[i % len(LANE_TINTS)])
            shade.setAlpha(90)
            p.fillRect(QRectF(left, g.plot.top(), spans[-1][1], g.plot.height()), shade)
        self._geometry = draw_trend(
            p,
            rect,
            d.trend,
            d.start,
            d.end,
            d.changes,
            numbers,
            fmt=d.date_format,
            window=d.window,
            title_size=12,
            marker_size=MARKER_SIZE,
            bucket=d.bucket,
        )
        p.setFont(font(10))
        for i, period in enumerate(d.periods):
            top = rect.bottom() + 4 + i * LANE_H
            left, width = spans[i]
            bar = QRectF(left, top, width, LANE_H - 3)
            p.fillRect(bar, QColor(LANE_TINTS[i % len(LANE_TINTS)]))
            p.fillRect(bar, QBrush(QColor(0, 0, 0, 70), LANE_BRUSHES[i % len(LANE_BRUSHES)]))
            p.setPen(QPen(QColor("#777777"), 0.6))
            p.drawRect(bar)
            p.setPen(INK)
            p.drawText(
                QRectF(bar.left() + 3, top - 1, max(bar.width(), 160), LANE_H),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                period.name,
            )


def direction_text(first: float, last: float) -> str:
    """Which way the moving average went over the period, in words (half a point
    either way counts as steady: ratings move that much from day to day)."""
    if last <= first - 0.5:
        return tr("Trend falling, from {a} to {b}.").format(a=number(first), b=number(last))
    if last >= first + 0.5:
        return tr("Trend rising, from {a} to {b}.").format(a=number(first), b=number(last))
    return tr("Trend steady, around {b}.").format(b=number(last))


WEEKDAY_HINTS = (
    (0, QT_TRANSLATE_NOOP("Report", "Mon")),
    (2, QT_TRANSLATE_NOOP("Report", "Wed")),
    (4, QT_TRANSLATE_NOOP("Report", "Fri")),
    (6, QT_TRANSLATE_NOOP("Report", "Sun")),
)


class CalendarHeatmap(CachedPicture):
    """One block of weeks per year (columns are weeks, rows Monday to Sunday, month
    names above; the oldest year first, so months run in order down the page), darker for
    a higher rating; days without a rating of this symptom are left white with a
    dotted outline, so a gap never reads as a good day (a 0 is a pale filled cell)."""

    accessible_role = QAccessible.Role.Chart  # ui/accessibility.py

    CELL = 11
    LEFT = 40  # weekday names
    TOP = 26  # legend
    MONTHS_H = 14  # month names above each year

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: TrendsData | None = None

    def set_data(self, data: TrendsData | None) -> None:
        self._data = data
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.invalidate()

    def canvas_size(self) -> QSize:
        return self.sizeHint()  # the weeks do not stretch: a wider widget draws nothing new

    def _years(self) -> list[int]:
        d = self._data
        return list(range(d.start.year, d.end.year + 1)) if d else []

    def _year_h(self) -> int:
        return self.MONTHS_H + 7 * self.CELL + 8

    def sizeHint(self) -> QSize:
        return QSize(54 * self.CELL + self.LEFT + 8, self.TOP + len(self._years()) * self._year_h())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @staticmethod
    def shade(severity: int) -> QColor:
        level = 235 - int(severity * 20)  # light to dark: reads in greyscale
        return QColor(max(level - 20, 0), max(level - 8, 0), min(level + 12, 255))

    def _legend(self, p: QPainter) -> None:
        c, x0 = self.CELL, self.LEFT
        p.setPen(MUTED)
        p.drawText(QPointF(x0, 14), tr("Highest rating that day:"))
        lx = x0 + p.fontMetrics().horizontalAdvance(tr("Highest rating that day:")) + 8
        for sev in (0, 2, 4, 6, 8, 10):
            p.fillRect(QRectF(lx, 5, c - 1, c - 1), self.shade(sev))
            p.setPen(MUTED)
            p.drawText(QPointF(lx + c + 2, 14), str(sev))
            lx += c + 22
        p.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
        p.drawRect(QRectF(lx, 5, c - 1, c - 1))
        p.setPen(MUTED)
        p.drawText(QPointF(lx + c + 3, 14), tr("not recorded"))

    def draw(self, p: QPainter) -> None:
        d = self._data
        if d is None:
            return
        c, x0 = self.CELL, self.LEFT
        p.setFont(font(10))
        self._legend(p)
        small = font(9)
        # Cells are gathered per fill and drawn in one call each.
        fills: dict[int, list[QRectF]] = {}
        gaps: list[QRectF] = []
        peaks = d.peaks
        y = float(self.TOP)
        one = dt.timedelta(days=1)
        for year in self._years():
            top = y + self.MONTHS_H
            p.setFont(font(10, bold=True))
            p.setPen(INK)
            p.drawText(
                QRectF(0, y, x0 - 5, self.MONTHS_H - 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                str(year),
            )
            first = dt.date(year, 1, 1)
            offset = first.weekday()
            p.setFont(small)
            p.setPen(MUTED)
            for row, name in WEEKDAY_HINTS:
                p.drawText(
                    QRectF(0, top + row * c - 1, x0 - 5, c + 1),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    tr(name),
                )
            right_of_last = float(x0 - 10)
            for month in range(1, 13):
                begin = max(dt.date(year, month, 1), d.start)
                finish = dt.date(year + (month == 12), month % 12 + 1, 1) - one
                if finish < d.start or begin > d.end:
                    continue
                x = x0 + ((begin - first).days + offset) // 7 * c
                label = month_text(dt.date(year, month, 1))
                if x >= right_of_last + 2:
                    p.drawText(QPointF(x, top - 3), label)
                    right_of_last = x + p.fontMetrics().horizontalAdvance(label)
            day = max(first, d.start)
            last = min(dt.date(year, 12, 31), d.end)
            index = (day - first).days + offset
            while day <= last:
                cell = QRectF(x0 + (index // 7) * c, top + (index % 7) * c, c - 1, c - 1)
                peak = peaks.get(day)
                if peak is not None:
                    fills.setdefault(peak, []).append(cell)
                else:
                    gaps.append(cell.adjusted(0.5, 0.5, -0.5, -0.5))
                day += one
                index += 1
            y += self._year_h()
        p.setPen(Qt.PenStyle.NoPen)
        for peak, cells in fills.items():
            p.setBrush(self.shade(peak))
            p.drawRects(cells)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
        p.drawRects(gaps)
