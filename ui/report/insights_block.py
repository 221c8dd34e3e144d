"""Page one's answer to "did the change help?": ratings before and after each
treatment change, then the insights that pass their thresholds.

Kept apart from the rest of page one because it is the part that reads numbers and
words from the statistics (``Summary.comparisons`` and ``Summary.insights``); the page
decides only how many rows it can afford (``comparisons``, ``symptoms``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from app.report.summary import Summary, TreatmentChange
from ui.locale_text import local_decimals
from ui.report.style import INK, MUTED, RULE, SHADE, Canvas, day_text, font, number, tr

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


def change_text(c: TreatmentChange) -> str:
    """One treatment change in words ("Methotrexate dose changed: 15 mg → 20 mg")."""
    if c.kind == "started":
        return (
            tr("{name} started, {dose}").format(name=c.treatment, dose=c.dose)
            if c.dose
            else tr("{name} started").format(name=c.treatment)
        )
    if c.kind == "stopped":
        return tr("{name} stopped").format(name=c.treatment)
    return tr("{name} dose changed: {old} → {new}").format(
        name=c.treatment, old=c.previous_dose or "?", new=c.dose or "?"
    )


def heading(c: Canvas, x: float, y: float, w: float, text: str) -> float:
    """A bold section title with a thin rule under it; returns where the section starts."""
    h = c.text(QRectF(x, y, w, 12), text, font(9, bold=True))
    c.line(x, y + h + 1, x + w, y + h + 1, RULE, 0.5)
    return y + h + 4


class InsightsBlock:
    """The before/after table and the insights lines, as wide as the page."""

    def __init__(self, summary: Summary, width: float, numbers: dict[TreatmentChange, int]) -> None:
        self.s = summary
        self.w = width
        self.numbers = numbers  # the changes' numbers on the charts

    def before_after(self, c: Canvas, y: float, comparisons: int, symptoms: int) -> float:
        """The latest ``comparisons`` changes by ``symptoms`` symptoms, each with its n."""
        s = self.s
        fmt = s.date_format
        y = heading(
            c,
            0,
            y,
            self.w,
            tr("Average severity {w} weeks before and after each change").format(w=s.weeks),
        )
        if not s.comparisons:
            return y + c.text(
                QRectF(0, y, self.w, 10),
                tr("No treatment started, stopped or changed dose in this period."),
                font(8),
                color=MUTED,
            )
        y += (
            c.text(
                QRectF(0, y, self.w, 10),
                tr(
                    "Before: the {w} weeks up to the day before; after: up to {w} weeks from the day "
                    "(within this period). n = number of ratings behind each figure. These describe "
                    "what was recorded around each date; they do not show that a change caused a "
                    "difference."
                ).format(w=s.weeks),
                font(7, italic=True),
                color=MUTED,
            )
            + 2
        )
        f, bold = font(8), font(8, bold=True)
        names = [name for name, _ in s.comparisons[0].results][:symptoms]
        first_w = self.w * (0.40 if len(names) <= 2 else 0.34)
        col_w = (self.w - first_w) / max(len(names), 1)
        c.text(
            QRectF(0, y, first_w, 10),
            tr("Change (numbered as on the charts)"),
            font(7),
            color=MUTED,
        )
        # Name above "before → after", each within its column: side by side, long
        # names ran into each other.
        head = font(7, bold=True)
        for i, name in enumerate(names):
            x = first_w + i * col_w + 4
            c.text(
                QRectF(x, y, col_w - 4, 10),
                QFontMetricsF(head).elidedText(name, Qt.TextElideMode.ElideRight, col_w - 4),
                head,
                color=INK,
                flags=RIGHT,
            )
            c.text(
                QRectF(x, y + 9, col_w - 4, 10),
                tr("before → after"),
                font(7),
                color=MUTED,
                flags=RIGHT,
            )
        y += 20
        c.line(0, y - 1, self.w, y - 1, RULE, 0.4)
        shown = s.comparisons[-comparisons:]
        for comp in shown:
            label = "; ".join(f"{self.numbers[ch]}. " + change_text(ch) for ch in comp.changes)
            date_w = QFontMetricsF(bold).horizontalAdvance(day_text(comp.day, fmt)) + 5
            c.text(QRectF(0, y, date_w, 10), day_text(comp.day, fmt), bold)
            h = c.text(QRectF(date_w, y, first_w - date_w - 6, 10), label, f)
            for i, (_, r) in enumerate(comp.results[:symptoms]):
                c.text(
                    QRectF(first_w + i * col_w, y, col_w, 10),
                    f"{number(r.before.mean)} (n={r.before.n})  →  "
                    f"{number(r.after.mean)} (n={r.after.n})",
                    f,
                    flags=RIGHT,
                )
            y += max(h, 10) + 2.5
            c.line(0, y - 1.2, self.w, y - 1.2, SHADE, 0.5)
        if len(shown) < len(s.comparisons):
            y += c.text(
                QRectF(0, y, self.w, 10),
                tr("{n} earlier changes not shown.").format(n=len(s.comparisons) - len(shown)),
                font(7),
                color=MUTED,
            )
        return y

    def insights(self, c: Canvas, y: float, most: int) -> float | None:
        """Only results that pass the thresholds, at most ``most`` lines; ``None`` (and
        nothing drawn) when there are none, so the page leaves no gap for it."""
        lines = self.s.insights[:most]
        if not lines:
            return None
        y = heading(
            c,
            0,
            y,
            self.w,
            tr("Insights (95% AR(1)-corrected intervals; only results unlikely to be chance)"),
        )
        for line in lines:
            y += c.text(QRectF(0, y, self.w, 10), local_decimals(line), font(8)) + 1
        return y
