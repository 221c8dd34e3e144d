"""The draft post with every detected span marked, for the share review screen.

Each redacted span gets a fill in its type's colour *and* an underline style of its own
(names solid, places dashed, dates dotted, contact details dash-dot, anything else
dash-dot-dot), so the types read apart in greyscale too. Spans kept as written have no
fill, only the underline; uncertain detections get a wavy underline. Text that is no
span has no mark at all, however often the draft is shown again.

Clicking a span (or Space or Enter on it) asks to toggle it. Selecting text only
selects it, snapped to whole words; the dialog's "Redact selection" (Ctrl+R) redacts
it. Showing a new rendering keeps the caret, the selection and the scroll position
where the user left them (or puts the caret on the span that just changed).

Sentences withheld for a private topic (``Rendered.withheld``) are shown struck out
and greyed, with their reason on hover; clicking one (or Space on it) asks to bring it
back for this post, or to withhold it again.

The view knows only output offsets; ``ShareDialog`` maps them to the draft.

Signals:
    span_clicked(int): index of the span under a click (``ShareDraft.spans``).
    topic_clicked(int): index of the withheld sentence under a click
        (``ShareDraft.topic_hits``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QToolTip, QWidget

from app.redact import Decision, Source, Span, SpanType
from app.share import Rendered
from ui.share.markup import Readable, readable, snap_to_words

UL = QTextCharFormat.UnderlineStyle


def without_leading_lines(shown: Readable) -> Readable:
    """``shown`` without the line breaks it starts with (offsets still map back)."""
    cut = len(shown.text) - len(shown.text.lstrip("\n"))
    if not cut:
        return shown

    def move(ranges):
        return tuple((max(0, a - cut), max(0, b - cut)) for a, b in ranges)

    return Readable(
        shown.text[cut:], move(shown.bold), move(shown.italic), shown._kept[cut:], shown._length
    )


# type group: (light fill, dark fill, strong colour light, strong colour dark, underline)
_GROUPS: dict[str, tuple[str, str, str, str, QTextCharFormat.UnderlineStyle]] = {
    "name": ("#d3e2ff", "#27426f", "#1f57c3", "#8fb4ff", UL.SingleUnderline),
    "place": ("#cdeccf", "#1f4d2a", "#217a35", "#7fd692", UL.DashUnderline),
    "date": ("#ffe2ad", "#5a4000", "#9a5b00", "#ffc766", UL.DotLine),
    "contact": ("#ead8f7", "#47295f", "#7b3fb0", "#d2a6f5", UL.DashDotLine),
    "other": ("#dde3e6", "#3a4548", "#4d5d63", "#b5c4ca", UL.DashDotDotLine),
}
GROUP_OF = {
    SpanType.NAME: "name",
    SpanType.PLACE: "place",
    SpanType.ADDRESS: "place",
    SpanType.DATE: "date",
    SpanType.AGE: "date",
    SpanType.PHONE: "contact",
    SpanType.EMAIL: "contact",
    SpanType.URL: "contact",
    SpanType.HANDLE: "contact",
    SpanType.ID: "contact",
    SpanType.EMPLOYER: "other",
    SpanType.OTHER: "other",
}
TYPE_WORDS = {
    SpanType.NAME: "Name",
    SpanType.PLACE: "Place",
    SpanType.ADDRESS: "Address",
    SpanType.DATE: "Date",
    SpanType.AGE: "Age",
    SpanType.PHONE: "Phone number",
    SpanType.EMAIL: "Email address",
    SpanType.URL: "Link",
    SpanType.HANDLE: "Social handle",
    SpanType.ID: "ID number",
    SpanType.EMPLOYER: "Employer",
    SpanType.OTHER: "Private term",
}
SOURCE_WORDS = {
    Source.PROFILE: "from your privacy profile",
    Source.PATTERN: "found by its pattern",
    Source.CONTEXT: "found from the words around it",
    Source.LEXICON: "a known name or place",
    Source.UNKNOWN_WORD: "a word Fettle did not recognise",
    Source.USER: "you selected it",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def span_format(
    span_type: SpanType, *, redacted: bool, uncertain: bool, dark: bool
) -> QTextCharFormat:
    light_fill, dark_fill, light_ink, dark_ink, style = _GROUPS[GROUP_OF[span_type]]
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(UL.WaveUnderline if uncertain and redacted else style)
    fmt.setUnderlineColor(QColor(dark_ink if dark else light_ink))
    if redacted:
        fmt.setBackground(QColor(dark_fill if dark else light_fill))
    return fmt


def describe(span: Span, decision: Decision) -> str:
    how = SOURCE_WORDS.get(span.source, "")
    state = (
        "Kept as written. Click to redact it."
        if decision is Decision.KEEP
        else "Redacted. Click to keep it as written."
    )
    unsure = " Fettle was not sure about this one; check it." if span.uncertain else ""
    return f"{TYPE_WORDS[span.type]} ({how}): “{span.text}”. {state}{unsure}"


class ShareDraftView(QTextEdit):
    span_clicked = Signal(int)
    topic_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.document().setDocumentMargin(12)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self._rendered: Rendered | None = None
        self._shown: Readable = readable("")
        self._spans: list[Span] = []
        self._decisions: list[Decision] = []
        self._ranges: list[tuple[int, int, int]] = []  # out_start, out_end, span index
        self._withheld: list[tuple[int, int, int]] = []  # shown start, end, topic hit
        self._reasons: list[str] = []

    # -- showing ------------------------------------------------------------------

    def show_rendered(
        self,
        rendered: Rendered,
        spans: list[Span],
        decisions: list[Decision],
        *,
        caret: int | None = None,
        reasons: list[str] | None = None,
    ) -> None:
        """Show a new rendering. ``caret`` is a source offset to put the caret at (the
        span that just changed); without it the caret and selection stay where they
        were, mapped through the source."""
        scroll = self.verticalScrollBar().value()
        kept = self._source_cursor() if caret is None else (caret, caret)
        self._rendered, self._spans, self._decisions = rendered, spans, decisions
        shown = readable(rendered.text)  # "**15 mg**" shows as bold "15 mg"
        if not rendered.title:  # a reply has no title: no blank lines where it would be
            shown = without_leading_lines(shown)
        self._shown = shown
        # Not QTextEdit.setPlainText: that gives the whole text the format under the
        # caret (a span's highlight, after a click), and sends the caret to the top.
        document = self.document()
        document.setUndoRedoEnabled(False)
        document.setPlainText(shown.text)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        dark = is_dark(self.palette())
        ranges = [(c.out_start, c.out_end, c.span_index) for c in rendered.changes]
        for i in rendered.kept:
            ranges.append((rendered.to_output(spans[i].start), rendered.to_output(spans[i].end), i))
        self._ranges = sorted((shown.to_shown(a), shown.to_shown(b), i) for a, b, i in ranges)
        title = QTextCharFormat()
        title.setFontWeight(700)
        title.setFontPointSize(self.font().pointSizeF() * 1.15)
        self._merge(cursor, 0, shown.to_shown(len(rendered.title)), title)
        bold, italic = QTextCharFormat(), QTextCharFormat()
        bold.setFontWeight(700)
        italic.setFontItalic(True)
        for start, end in shown.bold:
            self._merge(cursor, start, end, bold)
        for start, end in shown.italic:
            self._merge(cursor, start, end, italic)
        for start, end, index in self._ranges:
            span = spans[index]
            if start == end:  # a removed word: mark the gap it left
                end = min(start + 1, len(shown.text))
            self._merge(
                cursor,
                start,
                end,
                span_format(
                    span.type,
                    redacted=decisions[index] is Decision.REDACT,
                    uncertain=span.uncertain,
                    dark=dark,
                ),
            )
        self._reasons = list(reasons or [])
        self._withheld = [
            (shown.to_shown(a), shown.to_shown(b), i) for a, b, i in rendered.withheld
        ]
        struck = QTextCharFormat()
        struck.setFontStrikeOut(True)
        struck.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for start, end, _i in self._withheld:
            self._merge(cursor, start, end, struck)
        if kept is not None:
            self._set_source_cursor(*kept)
        self.setCurrentCharFormat(QTextCharFormat())
        self.verticalScrollBar().setValue(scroll)

    def _source_cursor(self) -> tuple[int, int] | None:
        """The caret and the selection's anchor, as source offsets."""
        if self._rendered is None:
            return None
        cursor = self.textCursor()
        to_source = self._rendered.to_source
        return (
            to_source(self._shown.to_original(cursor.anchor())),
            to_source(self._shown.to_original(cursor.position())),
        )

    def _set_source_cursor(self, anchor: int, position: int) -> None:
        assert self._rendered is not None
        length = len(self._shown.text)

        def shown(offset: int) -> int:
            return min(length, self._shown.to_shown(self._rendered.to_output(offset)))

        cursor = QTextCursor(self.document())
        cursor.setPosition(shown(anchor))
        cursor.setPosition(shown(position), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    @staticmethod
    def _merge(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def span_at_output(self, offset: int) -> int | None:
        """The span under an offset of the shown text (the pane's own positions)."""
        for start, end, index in self._ranges:
            if start <= offset < max(end, start + 1):
                return index
        return None

    def topic_at_output(self, offset: int) -> int | None:
        """The withheld sentence under an offset of the shown text, if no span is."""
        for start, end, index in self._withheld:
            if start <= offset < end:
                return index
        return None

    def withheld_text(self) -> list[str]:
        """The struck-out sentences as shown (for tests and screen readers)."""
        text = self._shown.text
        return [text[a:b] for a, b, _i in self._withheld]

    def selection_in_source(self) -> tuple[int, int] | None:
        """The selected words (snapped to whole words) as source offsets, or None."""
        cursor = self.textCursor()
        if self._rendered is None or not cursor.hasSelection():
            return None
        shown = self._shown
        a, b = snap_to_words(shown.text, cursor.selectionStart(), cursor.selectionEnd())
        if a >= b:
            return None
        start = self._rendered.to_source(shown.to_original(a))
        end = self._rendered.to_source(shown.to_original(b), end=True)
        return (start, end) if start < end else None

    def snap_selection(self) -> None:
        """Grow what the user selected to whole words, on screen too."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        a, b = snap_to_words(self._shown.text, cursor.selectionStart(), cursor.selectionEnd())
        if a >= b:
            return
        forward = cursor.position() >= cursor.anchor()
        cursor.setPosition(a if forward else b)
        cursor.setPosition(b if forward else a, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- input ------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            self.snap_selection()  # a selection stays a selection until Ctrl+R
            return
        at = self.cursorForPosition(event.position().toPoint()).position()
        index = self.span_at_output(at)
        if index is not None:
            self.span_clicked.emit(index)
        elif (topic := self.topic_at_output(at)) is not None:
            self.topic_clicked.emit(topic)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.textCursor().hasSelection()
        ):
            index = self.span_at_output(self.textCursor().position())
            if index is not None:
                self.span_clicked.emit(index)
                return
            topic = self.topic_at_output(self.textCursor().position())
            if topic is not None:
                self.topic_clicked.emit(topic)
                return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._rendered is not None:
            pos = event.pos()  # type: ignore[attr-defined]
            at = self.cursorForPosition(pos).position()
            index = self.span_at_output(at)
            topic = self.topic_at_output(at) if index is None else None
            if topic is not None and topic < len(self._reasons):
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    self.tr("Left out: it {reason}. Click to bring it back for this post.").format(
                        reason=self._reasons[topic]
                    ),
                    self,
                )
            elif index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    describe(self._spans[index], self._decisions[index]),
                    self,
                )
            return True
        return super().viewportEvent(event)


class ShareLegend(QTextEdit):
    """One line that explains the marks, drawn with the very same formats."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document().setDocumentMargin(2)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        self.viewport().setAutoFillBackground(False)
        dark = is_dark(self.palette())
        cursor = QTextCursor(self.document())
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        items = [
            (self.tr("Name"), SpanType.NAME, True, False),
            (self.tr("Place"), SpanType.PLACE, True, False),
            (self.tr("Date or age"), SpanType.DATE, True, False),
            (self.tr("Contact or ID"), SpanType.PHONE, True, False),
            (self.tr("Other"), SpanType.OTHER, True, False),
            (self.tr("Not sure"), SpanType.NAME, True, True),
            (self.tr("Kept as written"), SpanType.NAME, False, False),
        ]
        for i, (label, span_type, redacted, uncertain) in enumerate(items):
            if i:
                cursor.insertText("   ", plain)
            cursor.insertText(
                f" {label} ",
                span_format(span_type, redacted=redacted, uncertain=uncertain, dark=dark),
            )
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the marks need at this width: they wrap on a narrow screen."""
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 4
        self.setFixedHeight(max(height, self.fontMetrics().height() + 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
