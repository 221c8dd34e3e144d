"""Icons and stylesheets from ``resources/`` by path (no compiled .qrc)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
APP_ICON = "org.fettle.Fettle.svg"
KIND_ICONS = {
    "symptom": "symptom.svg",
    "treatment": "treatment.svg",
    "lesson": "lesson.svg",
    "note": "note.svg",
}


def register_search_paths() -> None:
    """``icons:name.svg`` and ``styles:name.qss`` then resolve inside resources/."""
    QDir.setSearchPaths("icons", [str(RESOURCES / "icons")])
    QDir.setSearchPaths("styles", [str(RESOURCES / "styles")])


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(RESOURCES / "icons" / name))


def app_icon() -> QIcon:
    return icon(APP_ICON)


def kind_icon(kind: str) -> QIcon:
    return icon(KIND_ICONS.get(kind, "note.svg"))


def themed(name: str, fallback: str | None = None) -> QIcon:
    """A freedesktop theme icon where the desktop has one, else ours (or none)."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return icon(fallback) if fallback else QIcon()


def stylesheet(palette: QPalette | None = None) -> str:
    """The app stylesheet with colours chosen for the palette's lightness."""
    path = RESOURCES / "styles" / "fettle.qss"
    if not path.exists():
        return ""
    palette = palette or QGuiApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    colours = {
        "banner_bg": "#5c4a00" if dark else "#fff3c4",
        "banner_fg": "#fff3c4" if dark else "#3d3000",
        "error": "#ff8a80" if dark else "#b3261e",
        "warning": "#ffb74d" if dark else "#b26a00",
        "warning_bg": "#3d2e10" if dark else "#fff6e0",
        "muted": _mix(text, palette.color(QPalette.ColorRole.Window), 0.7),
        "border": _mix(text, palette.color(QPalette.ColorRole.Window), 0.25),
        "card": base.name(),
        "focus": "#99c1f1" if dark else "#1a5fb4",  # the focus ring, 3:1 or more on both
    }
    css = path.read_text(encoding="utf-8")
    for key, value in colours.items():
        css = css.replace("{" + key + "}", value)
    return css


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``amount`` of colour a over b, as #rrggbb."""
    mixed = QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )
    return mixed.name()
