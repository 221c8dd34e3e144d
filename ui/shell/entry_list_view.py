"""The entry list's look: two-line rows with date, kind icon, title and severity chips.

Rows have one height (``uniformItemSizes``), so the view never measures 100,000
rows. Colours come from the palette, so light and dark themes both read well;
chips pick black or white text by the chip colour's luminance.

Several rows can be selected (Shift/Ctrl+click, Shift+arrows) so they can be shared
together; the current row is the one the editor shows. The window puts its entry
actions (Share…, Delete) on the view, and they show as its context menu.

Signals:
    delete_requested(int): the user pressed Delete on an entry.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.icons import kind_icon
from ui.shell.entry_list_model import IdRole, RowRole, SnippetRole

PAD = 6
CHIP_GAP = 4


def severity_colour(severity: int) -> QColor:
    """Green (0) through amber to red (10); same hue steps in both themes."""
    severity = max(0, min(10, severity))
    hue = int(120 - severity * 12)  # 120° green … 0° red
    return QColor.fromHsv(hue, 170, 205)


def text_on(colour: QColor) -> QColor:
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor(Qt.GlobalColor.black) if luminance > 0.5 else QColor(Qt.GlobalColor.white)


class EntryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.lineSpacing() * 2 + PAD * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = kind_icon("none")  # drawn by us below
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        muted = QColor(text_colour)
        muted.setAlphaF(0.72)

        painter.save()
        fm = QFontMetrics(opt.font)
        line = fm.lineSpacing()
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        icon_size = min(line, 20)
        icon_rect = QRect(rect.left(), rect.top() + (line - icon_size) // 2, icon_size, icon_size)
        kind_icon(row.kind).paint(painter, icon_rect)

        date_text = (
            index.model().date_format(row.day)
            if hasattr(index.model(), "date_format")
            else row.day.isoformat()
        )
        if row.time is not None:
            date_text += " " + row.time.strftime("%H:%M")
        x = icon_rect.right() + PAD
        painter.setFont(opt.font)
        painter.setPen(muted)
        date_w = fm.horizontalAdvance(date_text)
        painter.drawText(
            QRect(x, rect.top(), date_w, line), Qt.AlignmentFlag.AlignVCenter, date_text
        )
        x += date_w + PAD * 2
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = row.title or QApplication.translate("EntryDelegate", "(untitled)")
        title_rect = QRect(x, rect.top(), rect.right() - x, line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        second = QRect(
            icon_rect.right() + PAD,
            rect.top() + line + PAD,
            rect.right() - icon_rect.right() - PAD,
            line,
        )
        snippet = index.data(SnippetRole)
        painter.setFont(opt.font)
        if snippet:
            self._paint_snippet(painter, second, snippet, opt.font, muted)
        elif row.severities:
            self._paint_chips(painter, second, row.severities, opt.font)
        elif row.tags:
            painter.setPen(muted)
            tags = "  ".join("#" + t for t in row.tags)
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(tags, Qt.TextElideMode.ElideRight, second.width()),
            )
        painter.restore()

    def _paint_chips(self, painter: QPainter, rect: QRect, severities, font: QFont) -> None:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        fm = QFontMetrics(small)
        painter.setFont(small)
        x = rect.left()
        height = min(rect.height(), fm.height() + 4)
        top = rect.top() + (rect.height() - height) // 2
        for name, severity in severities:
            text = f"{name} {severity}"
            width = fm.horizontalAdvance(text) + 12
            if x + width > rect.right():
                more = f"+{len(severities)}"
                painter.setPen(QColor(painter.pen().color()))
                painter.drawText(
                    QRect(x, top, rect.right() - x, height),
                    Qt.AlignmentFlag.AlignVCenter,
                    "…" if x < rect.right() else more,
                )
                break
            chip = QRectF(x, top, width, height)
            colour = severity_colour(severity)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(text_on(colour))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += width + CHIP_GAP

    def _paint_snippet(
        self, painter: QPainter, rect: QRect, snippet: str, font: QFont, colour: QColor
    ) -> None:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(option)
        doc.setHtml(snippet)
        painter.save()
        painter.setClipRect(rect)
        offset = (rect.height() - doc.size().height()) / 2
        painter.translate(QPointF(rect.left(), rect.top() + max(0.0, offset)))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        doc.documentLayout().draw(painter, context)
        painter.restore()


class EntryListView(QListView):
    delete_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Entries"))
        self.setMinimumWidth(280)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows, top to bottom (the current row if none is selected)."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        ids = [index.data(IdRole) for index in rows]
        ids = [entry_id for entry_id in ids if entry_id is not None]
        if not ids and self.current_id() is not None:
            ids = [self.current_id()]
        return ids

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by keyboard, there is always a row to act on, and it shows.

        Qt picks a first row on focus only if no row was ever made current, and then
        only as current, not selected: with this delegate, which draws selection but no
        focus rectangle, the list looked as if nothing was chosen."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or self.model() is None:
            return
        current = self.currentIndex()
        if not current.isValid():
            if not self.model().rowCount():
                return
            current = self.model().index(0, 0)
        if not self.selectionModel().isSelected(current):
            self.selectionModel().setCurrentIndex(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.current_id() is not None:
            self.delete_requested.emit(self.current_id())
            return
        super().keyPressEvent(event)
