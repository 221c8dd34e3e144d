"""The high-contrast theme (issue 11, item 5): white on black with a yellow focus ring
and selection, every text at least 7:1 (WCAG AAA) by the palette and by the pixels
actually drawn, charts and the severity scale readable without colour; "System"
picks it when the desktop asks for more contrast."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.appearance.palettes import (
    HC_ACCENT,
    TEXT_PAIRS,
    contrast_ratio,
    high_contrast_palette,
    luminance,
    weakest_pair,
)
from ui.appearance.prefs import Appearance
from ui.appearance.theme import ThemeManager, is_high_contrast
from ui.editor.severity import SeverityControl

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def theme(qtbot, tmp_path):
    """The app themed as Preferences would theme it; the normal look put back after."""
    from ui.main import make_application

    make_application()
    holder = QWidget()
    qtbot.addWidget(holder)
    manager = ThemeManager(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), holder)
    yield manager
    manager.apply(Appearance("light"))


def colours(image: QImage) -> dict[int, int]:
    """Pixel value → count."""
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            counts[pixel] = counts.get(pixel, 0) + 1
    return counts


def background_and_strongest(widget: QWidget) -> tuple[QColor, float]:
    """The commonest colour of the widget as drawn, and the highest contrast any pixel
    has against it (the cores of glyphs and lines)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts = colours(image)
    back = QColor.fromRgb(max(counts, key=counts.get))
    return back, max(contrast_ratio(QColor.fromRgb(p), back) for p in counts)


def test_every_text_role_is_7_to_1_in_the_palette() -> None:
    ratio, pair = weakest_pair(high_contrast_palette())
    assert ratio >= 7, pair
    for group in (QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Inactive):
        palette = high_contrast_palette()
        for text, back in TEXT_PAIRS[:4]:
            assert contrast_ratio(palette.color(group, text), palette.color(group, back)) >= 7


def test_the_app_palette_in_force_is_the_high_contrast_one(theme) -> None:
    theme.apply(Appearance("light"))
    light_ratio, _ = weakest_pair(QApplication.palette())
    assert light_ratio < 7  # the control: Fusion's light placeholder text is ~4:1
    theme.apply(Appearance("high_contrast"))
    palette = QApplication.palette()
    assert weakest_pair(palette)[0] >= 7
    assert palette.color(QPalette.ColorRole.Window) == QColor("black")
    assert palette.color(QPalette.ColorRole.Highlight) == QColor(HC_ACCENT)
    assert is_high_contrast()


def test_rendered_widgets_are_white_on_black_at_7_to_1(qtbot, theme) -> None:
    theme.apply(Appearance("high_contrast"))
    box = QWidget()
    qtbot.addWidget(box)
    button, edit = QPushButton("Save entry"), QLineEdit()
    edit.setPlaceholderText("Search your journal")
    tick, disabled = QCheckBox("Remember on this device"), QPushButton("Back up now")
    disabled.setEnabled(False)
    layout = QVBoxLayout(box)
    for w in (button, edit, tick, disabled):
        layout.addWidget(w)
    box.show()
    qtbot.waitExposed(box)
    for w in (box, button, edit, tick, disabled):
        back, strongest = background_and_strongest(w)
        assert luminance(back) < 0.01, (w, back.name())  # black
        assert strongest >= 7, (w, strongest)
    # the focus ring is yellow
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    image = edit.grab().toImage()
    ring = QColor(image.pixel(image.width() // 2, 1))
    assert ring == QColor(HC_ACCENT), ring.name()


def test_markdown_preview_is_white_on_black(qtbot, theme) -> None:
    from ui.editor.preview import MarkdownPreview

    theme.apply(Appearance("high_contrast"))
    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    preview.resize(400, 240)
    preview.schedule(
        "# Bad day\n\n*Slept* badly, see [the plan](https://example.org).\n\n> quoted\n\n`code`"
    )
    preview.render_now()
    preview.show()
    qtbot.waitExposed(preview)
    back, strongest = background_and_strongest(preview)
    assert luminance(back) < 0.01 and strongest >= 7, back.name()
    link = QApplication.palette().color(QPalette.ColorRole.Link)
    assert contrast_ratio(link, back) >= 7


def test_severity_scale_reads_without_colour(qtbot, theme) -> None:
    theme.apply(Appearance("high_contrast"))
    scale = SeverityControl()
    qtbot.addWidget(scale)
    scale.resize(420, scale.sizeHint().height())
    scale.setValue(6)
    scale.show()
    qtbot.waitExposed(scale)
    image = scale.grab().toImage()
    rect = scale._cells_rect()
    cell = rect.width() / 10
    middle = int(rect.center().y())
    filled = [
        luminance(QColor(image.pixel(int(rect.left() + cell * (i + 0.5)), middle)))
        for i in range(10)
    ]
    assert all(v > 0.9 for v in filled[:6]), filled  # white: filled
    assert all(v < 0.01 for v in filled[6:]), filled  # black: empty
    assert background_and_strongest(scale)[1] >= 7


def test_trend_chart_is_light_on_black(qtbot, theme) -> None:
    from app.report.summary import SymptomTrend
    from app.report.trends import DailyStat, Rolling
    from app.report.trends_data import TrendsData
    from ui.trends.widgets import TrendChart

    start = dt.date(2026, 1, 1)
    daily = tuple(
        DailyStat(start + dt.timedelta(days=i), 3 + i % 4, 3 + i % 4, 3 + i % 4, 1, 1)
        for i in range(0, 60, 2)
    )
    moving = tuple(Rolling(s.day, 6 - i * 0.1, 3, 6) for i, s in enumerate(daily))
    trend = SymptomTrend(1, "Headache", daily, moving)
    data = TrendsData(
        start,
        start + dt.timedelta(days=59),
        ((1, "Headache"),),
        1,
        trend,
        (),
        (),
        {},
        frozenset(),
        (),
    )
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(700, 280)
    chart.set_data(data)
    theme.apply(Appearance("high_contrast"))
    chart.show()
    qtbot.waitExposed(chart)
    back, strongest = background_and_strongest(chart)
    assert luminance(back) < 0.01 and strongest >= 7, back.name()


@pytest.mark.parametrize(
    "preference", [Qt.ContrastPreference.HighContrast, Qt.ContrastPreference.NoPreference]
)
def test_system_follows_the_desktops_contrast_preference(theme, monkeypatch, preference) -> None:
    hints = QApplication.styleHints().accessibility()
    monkeypatch.setattr(type(hints), "contrastPreference", lambda _self: preference)
    theme.apply(Appearance("system"))
    assert is_high_contrast() == (preference == Qt.ContrastPreference.HighContrast)


def test_system_with_a_dark_desktop_is_dark_and_follows_a_change(theme, monkeypatch) -> None:
    hints = QApplication.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    applied = []
    theme.theme_applied.connect(applied.append)
    theme.apply(Appearance("system"))
    assert applied == ["dark"]
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Light)
    theme._on_hints_color_scheme_changed(Qt.ColorScheme.Light)  # as the desktop signals
    assert applied[-1] == "system"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
