"""The palettes of Fettle's own themes, and WCAG contrast arithmetic to check them.

High contrast is black and white with yellow for focus and selection (the colours of
Windows' "High Contrast Black" and GNOME's high-contrast theme): every text role is
at least 7:1 on its background (WCAG AAA), and nothing relies on hue alone.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

HC_BACKGROUND = "#000000"
HC_TEXT = "#ffffff"
HC_ACCENT = "#ffff00"  # focus ring and selection: 19.6:1 on black
HC_LINK = "#00ffff"
HC_DISABLED = "#a6a6a6"  # 8.6:1 on black: greyed out, still readable
HC_PLACEHOLDER = "#d0d0d0"

# Text roles and the background each is read on (the pairs the contrast test checks).
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.BrightText, Role.Button),
)


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    p = QPalette()
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        p.setColor(Group.Disabled, role, QColor(colour))
    return p


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection; bevels white so every edge shows."""
    black, white = HC_BACKGROUND, HC_TEXT
    return _palette(
        {
            Role.Window: black,
            Role.WindowText: white,
            Role.Base: black,
            Role.AlternateBase: "#1a1a1a",
            Role.Text: white,
            Role.Button: black,
            Role.ButtonText: white,
            Role.BrightText: HC_ACCENT,
            Role.Highlight: HC_ACCENT,
            Role.HighlightedText: black,
            Role.ToolTipBase: black,
            Role.ToolTipText: white,
            Role.PlaceholderText: HC_PLACEHOLDER,
            Role.Link: HC_LINK,
            Role.LinkVisited: "#ff80ff",
            Role.Light: white,
            Role.Midlight: white,
            Role.Mid: white,
            Role.Dark: white,
            Role.Shadow: white,
            Role.Accent: HC_ACCENT,
        },
        {
            Role.WindowText: HC_DISABLED,
            Role.Text: HC_DISABLED,
            Role.ButtonText: HC_DISABLED,
            Role.Highlight: "#808000",
            Role.HighlightedText: black,
            Role.Base: black,
            Role.Button: black,
            Role.Window: black,
        },
    )


def dark_palette() -> QPalette:
    """A calm dark grey (the tour's ``main-window-dark.png``)."""
    return _palette(
        {
            Role.Window: "#2b2d30",
            Role.WindowText: "#e6e6e6",
            Role.Base: "#1f2023",
            Role.AlternateBase: "#2a2b2e",
            Role.Text: "#e6e6e6",
            Role.Button: "#35373b",
            Role.ButtonText: "#e6e6e6",
            Role.Highlight: "#3d6fb4",
            Role.HighlightedText: "#ffffff",
            Role.ToolTipBase: "#35373b",
            Role.ToolTipText: "#e6e6e6",
            Role.PlaceholderText: "#9a9a9a",
            Role.Link: "#8ab4f8",
            Role.Mid: "#4a4c50",
            Role.BrightText: "#ffffff",
        },
        {Role.Text: "#808080", Role.WindowText: "#808080", Role.ButtonText: "#808080"},
    )


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque sRGB colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def weakest_pair(palette: QPalette) -> tuple[float, str]:
    """The lowest contrast of any text role on its background (active group)."""
    ratios = [
        (contrast_ratio(palette.color(text), palette.color(back)), f"{text.name} on {back.name}")
        for text, back in TEXT_PAIRS
    ]
    return min(ratios)
