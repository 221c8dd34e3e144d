"""The optional diary appendix: the chosen entries, oldest first, over as many pages
as they need. Long entries break between lines, never inside one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QPainter, QTextLayout, QTextOption

from app.report.summary import DiaryEntry, Summary
from ui.report.style import MUTED, RULE, Canvas, day_text, font, period_text, tr

KIND_NAMES = {
    "symptom": QT_TRANSLATE_NOOP("Report", "Symptom"),
    "treatment": QT_TRANSLATE_NOOP("Report", "Treatment"),
    "lesson": QT_TRANSLATE_NOOP("Report", "Lesson"),
    "note": QT_TRANSLATE_NOOP("Report", "Note"),
}
HEADER_H = 22.0
FOOTER_H = 14.0
BODY_SIZE = 9


def _lines(text: str, width: float) -> list[tuple[QTextLayout, float]]:
    """Wrapped lines of ``text`` as (layout, line index) pairs with their heights."""
    out = []
    f = font(BODY_SIZE)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            out.append((None, BODY_SIZE * 0.5))
            continue
        layout = QTextLayout(paragraph, f)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            out.append((layout, line.lineNumber()))
        layout.endLayout()
    return out


class Appendix:
    def __init__(self, summary: Summary, width: float, height: float) -> None:
        self.s = summary
        self.w = width
        self.h = height
        self.page_count = self._run(Canvas(None), lambda: None, first_page=2, total=0)

    def paint(
        self, p: QPainter, new_page: Callable[[], object], *, first_page: int, total: int
    ) -> None:
        self._run(Canvas(p), new_page, first_page=first_page, total=total)

    def _run(
        self, c: Canvas, new_page: Callable[[], object], *, first_page: int, total: int
    ) -> int:
        s = self.s
        entries = s.appendix or ()
        bottom = self.h - FOOTER_H
        page = 0
        y = 0.0

        def start_page() -> float:
            nonlocal page
            new_page()
            page += 1
            number = first_page + page - 1
            head = tr("Diary appendix · {period}").format(
                period=period_text(s.start, s.end, s.date_format)
            )
            if s.patient_name:
                head += f" · {s.patient_name}"
            c.text(QRectF(0, 0, self.w, 10), head, font(7), color=MUTED)
            c.line(0, 12, self.w, 12, RULE, 0.5)
            if total:
                c.text(
                    QRectF(0, self.h - 9, self.w, 9),
                    tr("Page {n} of {total}").format(n=number, total=total),
                    font(7),
                    color=MUTED,
                    flags=0x0002 | 0x0020,
                )  # right, top
            return HEADER_H

        y = start_page()
        if not entries:
            c.text(QRectF(0, y, self.w, 10), tr("No entries in this period."), font(9))
        for entry in entries:
            head_h = self._entry_head(Canvas(None), 0, entry)
            if y + head_h + 2 * BODY_SIZE > bottom:
                y = start_page()
            y += self._entry_head(c, y, entry)
            for layout, index in _lines(entry.body, self.w - 10):
                line_h = layout.lineAt(index).height() if layout is not None else index
                if y + line_h > bottom:
                    y = start_page()
                if layout is not None and c.p is not None:
                    line = layout.lineAt(index)
                    c.p.setPen(0)
                    line.draw(c.p, QPointF(10, y - line.y()))
                y += line_h
            if entry.tags:
                y += c.text(
                    QRectF(10, y, self.w - 10, 9),
                    " ".join("#" + t for t in entry.tags),
                    font(7),
                    color=MUTED,
                )
            y += 8
        return page

    def _entry_head(self, c: Canvas, y: float, e: DiaryEntry) -> float:
        fmt = self.s.date_format
        when = day_text(e.day, "ddd " + fmt) + (f"  {e.time:%H:%M}" if e.time else "")
        kind = tr(KIND_NAMES.get(e.kind, e.kind.title()))
        head = f"{when}  ·  {kind}"
        if e.ratings:
            head += "  ·  " + ", ".join(f"{n} {v}/10" for n, v in e.ratings)
        h = c.text(QRectF(0, y, self.w, 10), head, font(8, bold=True))
        c.line(0, y + h + 0.5, self.w, y + h + 0.5, RULE, 0.3)
        h += 2
        body_start = e.body.lstrip()[: len(e.title)]
        if e.title and body_start != e.title.rstrip("…"):
            h += c.text(QRectF(10, y + h, self.w - 10, 10), e.title, font(9, bold=True))
        return h + 1
