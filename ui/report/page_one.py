"""Page one of the summary: everything a clinician needs in a minute, on one page.

Top to bottom: who and when; the main concern beside the questions; a trend chart
per symptom; treatments now and changes (numbered as on the charts) beside notable
events and lessons; symptom days per month against the previous period; ratings
before and after each change; and a line on where the data comes from and its gaps.

The layout is tried without drawing first (``Canvas(None)``): charts take the room
that is left, and if they would get too small, lists get shorter, until it fits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from app.report.summary import Summary
from ui.locale_text import month_text
from ui.report.chart import draw_legend, draw_trend
from ui.report.insights_block import InsightsBlock, change_text, heading
from ui.report.style import (
    INK,
    MUTED,
    RULE,
    SHADE,
    Canvas,
    day_text,
    elide_lines,
    font,
    period_text,
    signed,
    tr,
)

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
GAP = 9.0  # between sections
MAX_QUESTIONS = 8  # on page one; all of them follow it when there are more
COLUMN_GAP = 16.0


@dataclass(frozen=True)
class Limits:
    """How much of each list page one shows; shrunk until the page fits."""

    events: int = 6
    lessons: int = 4
    changes: int = 6
    comparisons: int = 4
    compare_symptoms: int = 3
    charts: int = 8
    min_chart: float = 62.0


_LISTS_SHORT = {"events": 2, "lessons": 1, "changes": 3, "comparisons": 1, "compare_symptoms": 2}
STEPS = (
    Limits(min_chart=70.0),
    Limits(events=4, lessons=3, changes=5, comparisons=3, min_chart=62.0),
    Limits(events=3, lessons=2, changes=4, comparisons=2, compare_symptoms=2, min_chart=56.0),
    Limits(**_LISTS_SHORT, min_chart=52.0),  # every chosen symptom still charted
    Limits(**_LISTS_SHORT, charts=6, min_chart=50.0),
    Limits(**_LISTS_SHORT, charts=4, min_chart=48.0),
    Limits(
        events=1, lessons=1, changes=2, comparisons=1, compare_symptoms=1, charts=2, min_chart=40.0
    ),
)


class PageOne:
    def __init__(self, summary: Summary, width: float, height: float) -> None:
        self.s = summary
        self.w = width
        self.h = height
        self.numbers = {c: i + 1 for i, c in enumerate(summary.changes)}
        self.agenda_cut = self._agenda_cut()  # then the full text follows page one
        self.limits, self.chart_h = self._fit()

    # -- fitting ----------------------------------------------------------------

    def _columns(self, charts: int) -> int:
        return 1 if charts <= 2 else 2

    def _fit(self) -> tuple[Limits, float]:
        for limits in STEPS:
            charts = min(len(self.s.trends), limits.charts)
            rest = self._layout(Canvas(None), limits, chart_h=0.0)
            rows = math.ceil(charts / self._columns(charts)) if charts else 0
            if not rows:
                return limits, 0.0
            room = (self.h - rest) / rows
            tallest = 150.0 if charts == 1 else (115.0 if charts == 2 else 105.0)
            if room >= limits.min_chart:
                return limits, min(room, tallest)
        return STEPS[-1], STEPS[-1].min_chart

    def paint(self, p: QPainter) -> None:
        self._layout(Canvas(p), self.limits, self.chart_h)

    # -- layout -------------------------------------------------------------------

    def _layout(self, c: Canvas, limits: Limits, chart_h: float) -> float:
        """Lay out (and draw, if ``c`` paints) the page; returns the height used."""
        y = self._header(c, 0.0)
        y = self._agenda(c, y + GAP)
        y = self._charts(c, y + GAP, limits, chart_h)
        y = self._current(c, y + GAP)
        half = (self.w - COLUMN_GAP) / 2
        left = self._changes(c, 0.0, y + GAP, half, limits)
        right = self._notes(c, half + COLUMN_GAP, y + GAP, half, limits)
        y = max(left, right)
        y = self._symptom_days(c, y + GAP)
        block = InsightsBlock(self.s, self.w, self.numbers)
        y = block.before_after(c, y + GAP, limits.comparisons, limits.compare_symptoms)
        y = block.insights(c, y + GAP, limits.comparisons) or y
        footer = self._footer(Canvas(None), 0.0)
        self._footer(c, self.h - footer)
        return y + GAP + footer

    def _heading(self, c: Canvas, x: float, y: float, w: float, text: str) -> float:
        return heading(c, x, y, w, text)

    def _header(self, c: Canvas, y: float) -> float:
        s = self.s
        h = c.text(QRectF(0, y, self.w * 0.6, 20), tr("Health summary"), font(16, bold=True))
        left = y + h
        if s.patient_name:
            left += c.text(QRectF(0, left, self.w * 0.6, 14), s.patient_name, font(11))
        if s.conditions:
            left += 1 + c.text(
                QRectF(0, left + 1, self.w * 0.6, 12),
                tr("Conditions: {names}").format(names=", ".join(s.conditions)),
                font(8),
                color=MUTED,
            )
        right = (
            y
            + 2
            + c.text(
                QRectF(self.w * 0.4, y + 2, self.w * 0.6, 14),
                period_text(s.start, s.end, s.date_format),
                font(10, bold=True),
                flags=RIGHT,
            )
        )
        right += 2 + c.text(
            QRectF(self.w * 0.4, right + 2, self.w * 0.6, 12),
            tr("Generated {day}").format(day=day_text(s.generated, s.date_format)),
            font(8),
            color=MUTED,
            flags=RIGHT,
        )
        bottom = max(left, right) + 4
        c.line(0, bottom, self.w, bottom, INK, 1.2)
        return bottom

    def _agenda(self, c: Canvas, y: float) -> float:
        """Main concern beside the questions, in a shaded box (measured, then drawn)."""
        if not (self.s.main_concern or self.s.questions):
            return y - GAP
        bottom = self._agenda_text(Canvas(None), y)
        if c.p is not None:
            c.box(QRectF(0, y, self.w, bottom - y), SHADE)
            self._agenda_text(c, y)
        return bottom

    def _agenda_columns(self) -> tuple[float, float, float, float]:
        """Padding, main concern width, questions' left edge and width."""
        s = self.s
        pad = 6.0
        both = bool(s.main_concern) and bool(s.questions)
        concern_w = (self.w - 2 * pad - COLUMN_GAP) * 0.45 if both else self.w - 2 * pad
        questions_x = pad + (concern_w + COLUMN_GAP if both else 0.0)
        return pad, concern_w, questions_x, self.w - questions_x - pad

    def _agenda_cut(self) -> bool:
        """Whether the box has to shorten the main concern or the questions."""
        s = self.s
        _, concern_w, _, questions_w = self._agenda_columns()
        qf = font(9)
        num_w = QFontMetricsF(qf).horizontalAdvance("8.") + 4
        return (
            len(s.questions) > MAX_QUESTIONS
            or elide_lines(s.main_concern, font(10, bold=True), concern_w, 5) != s.main_concern
            or any(
                elide_lines(q, qf, questions_w - num_w, 3) != q for q in s.questions[:MAX_QUESTIONS]
            )
        )

    def _agenda_text(self, c: Canvas, y: float) -> float:
        s = self.s
        pad, concern_w, questions_x, questions_w = self._agenda_columns()
        label = font(7, bold=True)
        left = right = y + pad
        if s.main_concern:
            left += (
                c.text(QRectF(pad, left, concern_w, 10), tr("MAIN CONCERN"), label, color=MUTED) + 2
            )
            # Once anything is cut, all of it is on page 2: keep the box short.
            text = elide_lines(
                s.main_concern, font(10, bold=True), concern_w, 3 if self.agenda_cut else 5
            )
            left += c.text(QRectF(pad, left, concern_w, 14), text, font(10, bold=True))
        if s.questions:
            right += (
                c.text(
                    QRectF(questions_x, right, questions_w, 10),
                    tr("QUESTIONS FOR THIS APPOINTMENT"),
                    label,
                    color=MUTED,
                )
                + 2
            )
            qf = font(9)
            num_w = QFontMetricsF(qf).horizontalAdvance("8.") + 4
            most, lines = (6, 1) if self.agenda_cut else (MAX_QUESTIONS, 3)
            for i, q in enumerate(s.questions[:most], 1):
                c.text(QRectF(questions_x, right, num_w, 12), f"{i}.", qf)
                right += 1.5 + c.text(
                    QRectF(questions_x + num_w, right, questions_w - num_w, 12),
                    elide_lines(q, qf, questions_w - num_w, lines),
                    qf,
                )
            if len(s.questions) > most:
                right += c.text(
                    QRectF(questions_x, right, questions_w, 10),
                    tr("… and {n} more").format(n=len(s.questions) - most),
                    font(8),
                    color=MUTED,
                )
        bottom = max(left, right)
        if self.agenda_cut:
            bottom += 2 + c.text(
                QRectF(pad, bottom + 2, self.w - 2 * pad, 10),
                tr("Shortened here to keep this page to one page: the full text is on page 2."),
                font(7, italic=True),
                color=MUTED,
            )
        return bottom + pad

    def _charts(self, c: Canvas, y: float, limits: Limits, chart_h: float) -> float:
        s = self.s
        trends = s.trends[: limits.charts]
        if not trends:
            y = self._heading(c, 0, y, self.w, tr("Symptoms"))
            return y + c.text(
                QRectF(0, y, self.w, 12),
                tr("No symptoms rated in this period."),
                font(8),
                color=MUTED,
            )
        y = self._heading(c, 0, y, self.w, tr("Symptom severity, self-rated 0–10"))
        if c.p is not None:
            kinds = [
                k for k in ("started", "dose", "stopped") if any(ch.kind == k for ch in s.changes)
            ]
            draw_legend(c.p, 0, y, s.moving_days, kinds=kinds)
        y += 12
        cols = self._columns(len(trends))
        width = (self.w - (cols - 1) * COLUMN_GAP) / cols
        for i, trend in enumerate(trends):
            row, col = divmod(i, cols)
            rect = QRectF(col * (width + COLUMN_GAP), y + row * chart_h, width, chart_h - 4)
            if c.p is not None:
                draw_trend(
                    c.p,
                    rect,
                    trend,
                    s.start,
                    s.end,
                    s.changes,
                    self.numbers,
                    fmt=s.date_format,
                    window=s.moving_days,
                )
        y += math.ceil(len(trends) / cols) * chart_h
        if len(s.trends) > len(trends):
            y += c.text(
                QRectF(0, y, self.w, 10),
                tr("Not charted here: {names}.").format(
                    names=", ".join(t.name for t in s.trends[len(trends) :])
                ),
                font(7),
                color=MUTED,
            )
        return y

    def _dated_list(
        self,
        c: Canvas,
        x: float,
        y: float,
        w: float,
        items: list[tuple[str, str, str]],
        *,
        size: int = 8,
    ) -> float:
        """Rows of (marker, date, text) with the dates in one column."""
        f, bold = font(size), font(size, bold=True)
        fm = QFontMetricsF(f)
        mark_w = max((fm.horizontalAdvance(m) for m, _, _ in items), default=0)
        mark_w = mark_w + 4 if mark_w else 0
        date_w = max((fm.horizontalAdvance(d) for _, d, _ in items), default=0) + 6
        for mark, day, text in items:
            if mark:
                c.text(QRectF(x, y, mark_w, 10), mark, bold)
            c.text(QRectF(x + mark_w, y, date_w, 10), day, f, color=MUTED)
            y += 1.5 + c.text(QRectF(x + mark_w + date_w, y, w - mark_w - date_w, 10), text, f)
        return y

    def _current(self, c: Canvas, y: float) -> float:
        """Treatments now, one line each: name, dose, since when."""
        s = self.s
        fmt = s.date_format
        y = self._heading(c, 0, y, self.w, tr("Treatments now"))
        if not s.current:
            return y + c.text(QRectF(0, y, self.w, 10), tr("None recorded."), font(8), color=MUTED)
        f, bold = font(8), font(8, bold=True)
        name_w = max(QFontMetricsF(bold).horizontalAdvance(t.name) for t in s.current) + 10
        dose_w = min(
            max(QFontMetricsF(f).horizontalAdvance(t.dose) for t in s.current) + 14, self.w * 0.4
        )
        for t in s.current:
            since = tr("since {day}").format(day=day_text(t.since, fmt)) if t.since else ""
            if t.dose_since:
                since += ("; " if since else "") + tr("this dose since {day}").format(
                    day=day_text(t.dose_since, fmt)
                )
            c.text(QRectF(0, y, name_w, 10), t.name, bold)
            h = c.text(QRectF(name_w, y, dose_w - 6, 10), t.dose, f)
            h = max(
                h,
                c.text(
                    QRectF(name_w + dose_w, y, self.w - name_w - dose_w, 10), since, f, color=MUTED
                ),
            )
            y += h + 1.5
        return y

    def _changes(self, c: Canvas, x: float, y: float, w: float, limits: Limits) -> float:
        s = self.s
        y = self._heading(c, x, y, w, tr("Treatment changes in this period"))
        if not s.changes:
            return y + c.text(
                QRectF(x, y, w, 10),
                tr("No treatment changes in this period."),
                font(8),
                color=MUTED,
            )
        shown = s.changes[-limits.changes :]
        y = self._dated_list(
            c,
            x,
            y,
            w,
            [
                (str(self.numbers[ch]), day_text(ch.day, s.date_format), change_text(ch))
                for ch in shown
            ],
        )
        if len(shown) < len(s.changes):
            y += c.text(
                QRectF(x, y, w, 10),
                tr("{n} earlier changes not listed.").format(n=len(s.changes) - len(shown)),
                font(7),
                color=MUTED,
            )
        return y

    def _notes(self, c: Canvas, x: float, y: float, w: float, limits: Limits) -> float:
        s = self.s
        fmt = s.date_format
        y = self._heading(c, x, y, w, tr("Notable events"))
        events = s.events[-limits.events :]
        if not events:
            y += c.text(QRectF(x, y, w, 10), tr("None noted."), font(8), color=MUTED)
        y = self._dated_list(c, x, y, w, [("", day_text(e.day, fmt), e.text) for e in events])
        if len(events) < len(s.events):
            y += c.text(
                QRectF(x, y, w, 10),
                tr("{n} earlier events not listed.").format(n=len(s.events) - len(events)),
                font(7),
                color=MUTED,
            )
        y = self._heading(c, x, y + 4, w, tr("Lessons learned"))
        lessons = s.lessons[-limits.lessons :]
        if not lessons:
            return y + c.text(
                QRectF(x, y, w, 10), tr("None written in this period."), font(8), color=MUTED
            )
        return self._dated_list(c, x, y, w, [("", day_text(n.day, fmt), n.text) for n in lessons])

    def _symptom_days(self, c: Canvas, y: float) -> float:
        s = self.s
        if not s.symptom_days:
            return y - GAP
        y = self._heading(c, 0, y, self.w, tr("Days with each symptom (rated above 0)"))
        months = s.symptom_days[0].months
        f, bold, small = font(8), font(8, bold=True), font(7)
        fm = QFontMetricsF(f)
        name_w = max(QFontMetricsF(bold).horizontalAdvance(d.name) for d in s.symptom_days) + 8
        tail = [tr("This period"), tr("Previous {n} days").format(n=s.days), tr("Change")]
        tail_w = [max(fm.horizontalAdvance(t) + 10, 44) for t in tail]
        month_w = (self.w - name_w - sum(tail_w)) / max(len(months), 1)
        row = 11.0
        x = name_w
        for m in months:
            c.text(
                QRectF(x, y, month_w, row),
                month_text(m.month),
                small if month_w < 30 else f,
                color=MUTED,
                flags=CENTRE,
            )
            sub = (
                tr("{n} d").format(n=m.of_days)
                if m.of_days < 28
                else (str(m.month.year) if m.month.month == 1 and len(months) > 2 else "")
            )
            c.text(
                QRectF(x - 4, y + row - 1, month_w + 8, row),
                sub,
                font(6),
                color=MUTED,
                flags=CENTRE,
            )
            x += month_w
        for text, tw in zip(tail, tail_w):
            c.text(QRectF(x, y, tw, row), text, f, color=MUTED, flags=RIGHT)
            x += tw
        y += 2 * row
        c.line(0, y - 1, self.w, y - 1, RULE, 0.4)
        for d in s.symptom_days:
            c.text(QRectF(0, y, name_w, row), d.name, bold)
            x = name_w
            for m in d.months:
                c.text(QRectF(x, y, month_w, row), str(m.days), f, flags=CENTRE)
                x += month_w
            values = [tr("{n} of {d}").format(n=d.total, d=s.days)]
            values += [str(d.previous), signed(d.change)] if s.previous_entry_days else ["–", "–"]
            for text, tw in zip(values, tail_w):
                c.text(QRectF(x, y, tw, row), text, bold if tw is tail_w[0] else f, flags=RIGHT)
                x += tw
            y += row
        notes = []
        if any(m.of_days < 28 for m in months):
            notes.append(
                tr("Months cut by the period show how many of their days it covers (“d”).")
            )
        if not s.previous_entry_days:
            notes.append(
                tr("No entries in the previous {n} days to compare with.").format(n=s.days)
            )
        elif s.previous_entry_days < s.previous_days * 0.8:
            notes.append(
                tr("The previous {n} days have entries on {k} days only.").format(
                    n=s.days, k=s.previous_entry_days
                )
            )
        if notes:
            y += c.text(QRectF(0, y + 1, self.w, 10), " ".join(notes), font(6), color=MUTED) + 1
        return y

    def _footer(self, c: Canvas, y: float) -> float:
        s = self.s
        fmt = s.date_format
        text = tr(
            "All figures are self-reported in a personal health journal, not clinical "
            "measurements. Entries on {have} of {days} days."
        ).format(have=s.days_with_entries, days=s.days)
        if s.gaps:
            runs = [
                day_text(a, fmt) if a == b else f"{day_text(a, fmt)} – {day_text(b, fmt)}"
                for a, b in s.gaps
            ]
            listed = ", ".join(runs[:8]) + (
                tr(" and {n} more").format(n=len(runs) - 8) if len(runs) > 8 else ""
            )
            text += " " + tr("No entries on: {days}.").format(days=listed)
        c.line(0, y, self.w, y, RULE, 0.5)
        return 3 + c.text(QRectF(0, y + 3, self.w, 10), text, font(7), color=MUTED)
