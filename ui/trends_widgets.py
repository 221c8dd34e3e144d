"""The Trends view's pictures: severity over time with treatment periods shaded,
a calendar heatmap of symptom days, and the before/after table model."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.report_trends import TrendsData

from .report_chart import ChartGeometry, draw_legend, draw_trend, plot_rect
from .report_page_one import change_text
from .report_style import GRID, INK, MUTED, day_text, font, number, tr

LANE_H = 13
# Lanes differ by hatch as well as by tint, so they stay apart in greyscale.
LANE_BRUSHES = (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.FDiagPattern,
                Qt.BrushStyle.Dense6Pattern, Qt.BrushStyle.CrossPattern,
                Qt.BrushStyle.HorPattern, Qt.BrushStyle.DiagCrossPattern)
LANE_TINTS = ("#dfe7f0", "#efe6d8", "#e2eedf", "#eadff0", "#f0e0e0", "#e6e6e6")


class TrendChart(QWidget):
    """Severity of one symptom over the period, with a lane per treatment below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: TrendsData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(220)

    def set_data(self, data: TrendsData | None) -> None:
        self._data = data
        lanes = len(data.periods) if data else 0
        self.setMinimumHeight(220 + lanes * LANE_H)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(700, 260 + (len(self._data.periods) if self._data else 0) * LANE_H)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        d = self._data
        if d is None or d.trend is None:
            p.setPen(MUTED)
            p.setFont(font(12))
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                       tr("Loading…") if d is None else tr("No symptoms rated yet."))
            p.end()
            return
        lanes = len(d.periods) * LANE_H
        draw_legend(p, 8, 6, d.window, size=10,
                    kinds=[k for k in ("started", "dose", "stopped")
                           if any(c.kind == k for c in d.changes)])
        rect = QRectF(8, 24, self.width() - 16, self.height() - 30 - lanes)
        numbers = {c: i + 1 for i, c in enumerate(d.changes)}
        g = ChartGeometry(plot_rect(rect, d.start, d.end, d.changes, 12), d.start, d.end)
        spans = []
        for i, period in enumerate(d.periods):
            left = g.x(period.start) if period.start > d.start else g.plot.left()
            right = g.x(period.stop) if period.stop and period.stop < d.end \
                else g.plot.right()
            spans.append((left, max(right - left, 1.5)))
            shade = QColor(LANE_TINTS[i % len(LANE_TINTS)])
            shade.setAlpha(90)
            p.fillRect(QRectF(left, g.plot.top(), spans[-1][1], g.plot.height()), shade)
        draw_trend(p, rect, d.trend, d.start, d.end, d.changes, numbers,
                   fmt=d.date_format, window=d.window, title_size=12)
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
            p.drawText(QRectF(bar.left() + 3, top - 1, max(bar.width(), 160), LANE_H),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       period.name)
        p.end()


class CalendarHeatmap(QWidget):
    """One row of weeks per year, darker for a higher rating; days without any entry
    are left white with a dotted outline, so a gap never reads as a good day."""

    CELL = 11

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: TrendsData | None = None

    def set_data(self, data: TrendsData | None) -> None:
        self._data = data
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def _years(self) -> list[int]:
        d = self._data
        return list(range(d.end.year, d.start.year - 1, -1)) if d else []

    def sizeHint(self) -> QSize:
        return QSize(54 * self.CELL + 50, 30 + len(self._years()) * (8 * self.CELL + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @staticmethod
    def shade(severity: int) -> QColor:
        level = 235 - int(severity * 20)  # light to dark: reads in greyscale
        return QColor(max(level - 20, 0), max(level - 8, 0), min(level + 12, 255))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        d = self._data
        if d is None:
            p.end()
            return
        c = self.CELL
        p.setFont(font(10))
        x0 = 44
        # legend
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
        p.drawText(QPointF(lx + c + 3, 14), tr("no entry"))
        y = 30.0
        for year in self._years():
            p.setPen(INK)
            p.drawText(QRectF(0, y, x0 - 6, c * 7), int(Qt.AlignmentFlag.AlignRight
                                                        | Qt.AlignmentFlag.AlignVCenter),
                       str(year))
            first = dt.date(year, 1, 1)
            offset = first.weekday()
            day = max(first, d.start)
            last = min(dt.date(year, 12, 31), d.end)
            while day <= last:
                index = (day - first).days + offset
                cell = QRectF(x0 + (index // 7) * c, y + (index % 7) * c, c - 1, c - 1)
                peak = d.peaks.get(day)
                if peak is not None:
                    p.fillRect(cell, self.shade(peak))
                elif day in d.entry_days:
                    p.fillRect(cell, QColor("#f4f4f4"))
                else:
                    p.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
                    p.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5))
                day += dt.timedelta(days=1)
            y += 7 * c + 8
        p.end()


class BeforeAfterModel(QAbstractTableModel):
    """Average rating of the shown symptom before and after each treatment change."""

    HEADERS = ("Date", "Change", "Before: average (n)", "After: average (n)", "Difference")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._fmt = "d MMM yyyy"

    def set_data(self, data: TrendsData | None) -> None:
        self.beginResetModel()
        self._rows = list(data.comparisons) if data else []
        self._fmt = data.date_format if data else self._fmt
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change, r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return day_text(change.day, self._fmt)
            if col == 1:
                return change_text(change)
            if col == 2:
                return f"{number(r.before.mean)} (n={r.before.n})"
            if col == 3:
                return f"{number(r.after.mean)} (n={r.after.n})"
            if col == 4:
                return "–" if r.change is None else f"{r.change:+.1f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
