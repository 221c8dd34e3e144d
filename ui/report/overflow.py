"""The main concern and questions in full, on the page(s) after page one, when page
one had to cut them: page one stays one page, and nothing the patient wrote is lost.

    overflow = AgendaOverflow(summary, width, height)
    overflow.page_count                       # 0 when page one showed everything
    overflow.paint(painter, device.newPage, first_page=2, total=n)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

from app.report.summary import Summary
from ui.report.appendix import BODY_SIZE, FOOTER_H, HEADER_H, _lines
from ui.report.style import MUTED, RULE, Canvas, font, period_text, tr

NUMBER_W = 16.0


class AgendaOverflow:
    def __init__(self, summary: Summary, width: float, height: float, *, needed: bool) -> None:
        self.s = summary
        self.w = width
        self.h = height
        self.needed = needed
        self.page_count = (
            self._run(Canvas(None), lambda: None, first_page=2, total=0) if needed else 0
        )

    def paint(
        self, p: QPainter, new_page: Callable[[], object], *, first_page: int, total: int
    ) -> None:
        if self.needed:
            self._run(Canvas(p), new_page, first_page=first_page, total=total)

    def _run(
        self, c: Canvas, new_page: Callable[[], object], *, first_page: int, total: int
    ) -> int:
        s = self.s
        bottom = self.h - FOOTER_H
        page = 0

        def start_page() -> float:
            nonlocal page
            new_page()
            page += 1
            head = tr(
                "Main concern and questions, in full (continued from page 1) · {period}"
            ).format(period=period_text(s.start, s.end, s.date_format))
            if s.patient_name:
                head += f" · {s.patient_name}"
            c.text(QRectF(0, 0, self.w, 10), head, font(7), color=MUTED)
            c.line(0, 12, self.w, 12, RULE, 0.5)
            if total:
                c.text(
                    QRectF(0, self.h - 9, self.w, 9),
                    tr("Page {n} of {total}").format(n=first_page + page - 1, total=total),
                    font(7),
                    color=MUTED,
                    flags=0x0002 | 0x0020,
                )  # right, top
            return HEADER_H

        y = start_page()

        def block(label: str, text: str, indent: float) -> None:
            nonlocal y
            first = True
            for layout, index in _lines(text, self.w - indent):
                line_h = layout.lineAt(index).height() if layout is not None else index
                if y + line_h > bottom:
                    y = start_page()
                if first and label:
                    c.text(QRectF(0, y, indent, 10), label, font(BODY_SIZE))
                first = False
                if layout is not None and c.p is not None:
                    line = layout.lineAt(index)
                    c.p.setPen(0)
                    line.draw(c.p, QPointF(indent, y - line.y()))
                y += line_h

        if s.main_concern:
            y += (
                c.text(
                    QRectF(0, y, self.w, 10), tr("MAIN CONCERN"), font(7, bold=True), color=MUTED
                )
                + 2
            )
            block("", s.main_concern, 0.0)
            y += 10
        if s.questions:
            if y + 30 > bottom:
                y = start_page()
            y += (
                c.text(
                    QRectF(0, y, self.w, 10),
                    tr("QUESTIONS FOR THIS APPOINTMENT"),
                    font(7, bold=True),
                    color=MUTED,
                )
                + 2
            )
            for i, question in enumerate(s.questions, 1):
                block(f"{i}.", question, NUMBER_W)
                y += 4
        return page
