"""A 0–10 severity control that reads in colour, in greyscale and by screen reader.

It is a ``QAbstractSlider`` so it inherits the arrow, Page and Home/End keys and
the accessible value that screen readers announce; only the painting, the
mouse and the digit keys are its own. The value is shown three ways at once:
how many of the ten cells are filled (works without colour), the number, and a
word. The fill colour goes from green to red and also from light to dark, so
it stays ordered when printed or seen in greyscale. In the high-contrast theme filled
cells are white and empty ones black, each with a white edge: the count reads without
any colour. It is never lower than the app's target size (``ui.appearance``).

Digit keys set the value directly; "1" then "0" typed quickly makes 10.

Signals: ``valueChanged(int)`` (from ``QAbstractSlider``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractSlider, QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from ui.appearance.target_style import target_size
from ui.appearance.theme import is_high_contrast

MAX_SEVERITY = 10
_TEN_WINDOW_MS = 800  # "1" then "0" within this long is 10

# Hue from green to red, and lightness falling as severity rises, so the order
# survives greyscale; both ends keep enough contrast with white and black text.
_COLOURS = (
    "#e8f3ea",  # 0 (never painted as a fill: zero fills nothing)
    "#c0f0a8", "#b9ea85", "#c0e56a", "#d0e050", "#dcd037",
    "#d2a525", "#bb7721", "#a54f1d", "#8f2f19", "#791515",
)  # fmt: skip


def severity_colour(value: int) -> QColor:
    """The fill colour for a severity (0–10)."""
    return QColor(_COLOURS[max(0, min(MAX_SEVERITY, value))])


def severity_word(value: int) -> str:
    """A short word for a severity, for people who do not read numbers as meaning."""
    tr = QCoreApplication.translate
    if value <= 0:
        return tr("Severity", "none")
    if value <= 3:
        return tr("Severity", "mild")
    if value <= 6:
        return tr("Severity", "moderate")
    if value <= 9:
        return tr("Severity", "severe")
    return tr("Severity", "worst")


class SeverityControl(QAbstractSlider):
    """Ten cells and a number; keys 0–9 (and 1,0 for 10), arrows, Home/End, or a click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOrientation(Qt.Orientation.Horizontal)
        self.setRange(0, MAX_SEVERITY)
        self.setSingleStep(1)
        self.setPageStep(3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._last_one = QElapsedTimer()
        self.valueChanged.connect(self._on_value_changed)
        self._on_value_changed(self.value())

    # -- size ---------------------------------------------------------------

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        cell = fm.height()
        label = fm.horizontalAdvance("10 · moderate") + fm.averageCharWidth()
        return QSize(
            cell * MAX_SEVERITY + label + 8, max(cell + fm.height() // 2 + 4, target_size())
        )

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(
            fm.averageCharWidth() * MAX_SEVERITY * 2 + fm.horizontalAdvance("10"),
            max(fm.height() + 4, target_size()),
        )

    # -- geometry -----------------------------------------------------------

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        wanted = fm.horizontalAdvance("10 · moderate") + fm.averageCharWidth()
        # When squeezed, keep at least the number.
        return min(wanted, max(fm.horizontalAdvance("10") + 4, self.width() // 3))

    def _cells_rect(self) -> QRectF:
        return QRectF(2, 2, max(1, self.width() - self._label_width() - 6), self.height() - 4)

    def _value_at(self, x: float) -> int:
        rect = self._cells_rect()
        if x < rect.left():
            return 0
        cell = rect.width() / MAX_SEVERITY
        # Clicking a cell's left third means "the one before it": lets the user click to 0.
        index = int((x - rect.left()) // cell)
        within = (x - rect.left()) - index * cell
        value = index + (0 if within < cell / 3 and index == 0 else 1)
        return max(0, min(MAX_SEVERITY, value))

    # -- painting -----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = self._cells_rect()
        cell = rect.width() / MAX_SEVERITY
        gap = max(1.0, cell / 10)
        outline = QPen(palette.color(palette.ColorRole.Text), 1)
        outline_colour = palette.color(palette.ColorRole.Text)
        stark = is_high_contrast()
        outline_colour.setAlphaF(1.0 if stark else 0.45)
        outline.setColor(outline_colour)
        outline.setWidthF(1.5 if stark else 1.0)
        value = self.value()
        for i in range(MAX_SEVERITY):
            box = QRectF(rect.left() + i * cell + gap / 2, rect.top(), cell - gap, rect.height())
            painter.setPen(outline)
            if i < value:
                painter.setBrush(
                    palette.color(palette.ColorRole.Text) if stark else severity_colour(value)
                )
            else:
                painter.setBrush(palette.color(palette.ColorRole.Base))
            painter.drawRoundedRect(box, 2, 2)
        # The number and word, in the palette's own text colour: legible light or dark.
        text_rect = QRectF(rect.right() + 6, 0, self.width() - rect.right() - 6, self.height())
        painter.setPen(palette.color(palette.ColorRole.Text))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        fm = painter.fontMetrics()
        number = str(value)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), number
        )
        font.setBold(False)
        painter.setFont(font)
        rest = text_rect.adjusted(fm.horizontalAdvance(number), 0, 0, 0)
        word = painter.fontMetrics().elidedText(
            " · " + severity_word(value), Qt.TextElideMode.ElideRight, int(rest.width())
        )
        painter.drawText(
            rest, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), word
        )
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect()
            option.backgroundColor = palette.color(palette.ColorRole.Window)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
            # Some styles draw nothing for a custom widget: add a visible line of our own.
            painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()

    # -- input --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            digit = int(text)
            if (
                digit == 0
                and self.value() == 1
                and self._last_one.isValid()
                and not self._last_one.hasExpired(_TEN_WINDOW_MS)
            ):
                self.setValue(MAX_SEVERITY)
            else:
                self.setValue(digit)
            if digit == 1:
                self._last_one.start()
            else:
                self._last_one.invalidate()
            event.accept()
            return
        if text in ("+", "="):
            self.setValue(self.value() + 1)
            event.accept()
            return
        if text == "-":
            self.setValue(self.value() - 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setValue(self._value_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.setValue(self._value_at(QPointF(event.position()).x()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    # -- state --------------------------------------------------------------

    def _on_value_changed(self, value: int) -> None:
        tr = QCoreApplication.translate
        self.setAccessibleDescription(
            tr("Severity", "%1 of 10, %2")
            .replace("%1", str(value))
            .replace("%2", severity_word(value))
        )
        self.setToolTip(
            tr("Severity", "Severity %1 of 10 (%2). Type 0–9, or 1 then 0 for 10; arrow keys step.")
            .replace("%1", str(value))
            .replace("%2", severity_word(value))
        )
        self.update()
