"""The Trends view's before/after table: one row per treatment change, numbered as
the chart's markers, with the shown symptom's average before and after (wash-in left
out), the days each rests on, and the difference with its 95% interval."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from app.report.trends_data import TrendsData
from ui.report.page_one import change_text
from ui.report.style import day_text, number, tr

GLYPHS = {"started": "▲", "dose": "◆", "stopped": "▽"}


class BeforeAfterModel(QAbstractTableModel):
    """Rows are ``TrendsData.changes``; a change with too few rated days on a side
    says so instead of a figure."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Report", "Marker"),
        QT_TRANSLATE_NOOP("Report", "Date"),
        QT_TRANSLATE_NOOP("Report", "Change"),
        QT_TRANSLATE_NOOP("Report", "Before: average (days)"),
        QT_TRANSLATE_NOOP("Report", "After: average (days)"),
        QT_TRANSLATE_NOOP("Report", "Difference (95% interval)"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._data: TrendsData | None = None
        self._rows: list = []

    def set_data(self, data: TrendsData | None) -> None:
        self.beginResetModel()
        self._data = data
        effects = {e.change: e for e in data.effects} if data else {}
        self._rows = [(c, effects.get(c)) for c in data.changes] if data else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or self._data is None:
            return None
        change, effect = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return f"{self._data.number(change)} {GLYPHS.get(change.kind, '')}"
            if col == 1:
                return day_text(change.day, self._data.date_format)
            if col == 2:
                return change_text(change)
            if effect is None:
                return tr("too few rated days") if col == 5 else "–"
            e = effect.mean
            if col == 3:
                return f"{number(e.mean_without)} ({e.n_without})"
            if col == 4:
                return f"{number(e.mean_with)} ({e.n_with})"
            if col == 5:
                text = f"{e.diff:+.1f} ({e.low:+.1f} to {e.high:+.1f})"
                return text if e.significant() else text + " " + tr("could be chance")
        if role == Qt.ItemDataRole.ToolTipRole and effect is not None:
            return tr(
                "Before: {a} to {b}. After: {c} to {d} (the first {w} days after the "
                "change are left out). {m} days in these windows were not recorded."
            ).format(
                a=day_text(effect.before[0], self._data.date_format),
                b=day_text(effect.before[1], self._data.date_format),
                c=day_text(effect.after[0], self._data.date_format),
                d=day_text(effect.after[1], self._data.date_format),
                w=effect.washin,
                m=effect.mean.missing,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
