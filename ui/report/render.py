"""Draw a ``Summary`` onto paper: PDF bytes, a PDF file, or a printer.

    data = render_pdf(summary, paper="letter")      # bytes, built in memory
    write_pdf(summary, path)                          # straight to the target path
    paint_summary(summary, printer)                   # QPrintPreviewDialog / Print

Charts and text are vectors; fonts are TrueType and embedded by Qt's PDF engine.
The document's metadata carries nothing from the journal: the title is always
"Health summary", the creator "Fettle", and there is no author. Nothing is written
to a temporary file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.journal.private_file import write_private
from app.report.summary import Summary
from ui.report.appendix import Appendix
from ui.report.overflow import AgendaOverflow
from ui.report.page_one import PageOne
from ui.report.style import MUTED, Canvas, font, tr

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_PT = 36.0
RESOLUTION = 1200
DOCUMENT_TITLE = "Health summary"
CREATOR = "Fettle"


class RenderError(RuntimeError):
    """The paint device could not be drawn on (e.g. a printer that went away)."""


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAPERS[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT),
        QPageLayout.Unit.Point,
    )


def paint_summary(summary: Summary, device: QPagedPaintDevice) -> int:
    """Paint page one, then the main concern and questions in full if page one had to
    shorten them, then the appendix (if chosen); returns the number of pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("cannot paint on this device")
    try:
        scale = device.logicalDpiX() / 72.0
        area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        width, height = area.width(), area.height()
        painter.scale(scale, scale)
        page_one = PageOne(summary, width, height)
        overflow = AgendaOverflow(summary, width, height, needed=page_one.agenda_cut)
        appendix = Appendix(summary, width, height) if summary.appendix is not None else None
        total = 1 + overflow.page_count + (appendix.page_count if appendix else 0)
        page_one.paint(painter)
        if total > 1:
            Canvas(painter).text(
                _footer_rect(width, height),
                tr("Page 1 of {total}").format(total=total),
                font(7),
                color=MUTED,
                flags=0x0002 | 0x0020,
            )
        overflow.paint(painter, device.newPage, first_page=2, total=total)
        if appendix is not None:
            appendix.paint(painter, device.newPage, first_page=2 + overflow.page_count, total=total)
        return total
    finally:
        painter.end()


def _footer_rect(width: float, height: float) -> QRectF:
    return QRectF(0, height + 6, width, 9)


def render_pdf(summary: Summary, paper: str = "a4") -> bytes:
    """The summary as PDF bytes (A4 or Letter), built in memory."""
    return _render(summary, paper)[0]


def _render(summary: Summary, paper: str) -> tuple[bytes, int]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(paper))
    writer.setResolution(RESOLUTION)
    writer.setTitle(DOCUMENT_TITLE)
    writer.setCreator(CREATOR)
    writer.setAuthor("")
    pages = paint_summary(summary, writer)
    del writer  # flushes the document into the buffer
    buffer.close()
    return bytes(buffer.data()), pages


def write_pdf(summary: Summary, path: str | os.PathLike[str], paper: str = "a4") -> int:
    """Render in memory, then write the bytes to ``path``; returns the page count."""
    data, pages = _render(summary, paper)
    write_private(path, data, replace_existing=True)  # the caller asked before replacing
    return pages


def write_pdf_standalone(summary: Summary, path: str | os.PathLike[str], paper: str = "a4") -> int:
    """``write_pdf`` from a program without a Qt application (the CLI): makes a
    ``QGuiApplication`` first if there is none (fonts need one)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["fettle"])
    try:
        return write_pdf(summary, path, paper)
    finally:
        del app


def configure_printer(printer, paper: str = "a4") -> None:
    """Page size, margins and neutral metadata for a ``QPrinter`` (also when the user
    prints to a PDF file from the print dialog)."""
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(DOCUMENT_TITLE)
    printer.setCreator(CREATOR)
