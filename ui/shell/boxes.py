"""The main window's two message boxes: asking before a link leaves Fettle, and About.

Both are built when asked for (never at start-up) and shown with ``open()``; the
link box only returns the user's answer, and the window opens the link.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.markdown_render import link_needs_confirmation, safe_link_target
from ui.icons import app_icon


class LinkBox(QMessageBox):
    """Asks "Open link?" for ``target``; Open is never the default button.

    ``LinkBox.for_url`` returns None for a link Fettle will not open at all
    (``javascript:``, ``file:``, …). ``open_if_confirmed(result)`` opens it in the
    browser only when the user chose Open.
    """

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            self.tr("Open link?"),
            self.tr("Open this link in your web browser?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            parent,
        )
        self.target = target
        self.setObjectName("linkBox")
        informative = self.tr("The website will see that it was visited from this computer.")
        if link_needs_confirmation(target):
            informative = (
                self.tr("Check the address carefully: it may not go where it seems. ") + informative
            )
        self.setInformativeText(informative)
        self.setDetailedText(target)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def for_url(cls, url: str, parent: QWidget | None = None) -> LinkBox | None:
        target = safe_link_target(url)
        return None if target is None else cls(target, parent)

    def open_if_confirmed(self, result: int) -> bool:
        if result != QMessageBox.StandardButton.Open:
            return False
        return QDesktopServices.openUrl(QUrl(self.target))


def about_box(parent: QWidget) -> QMessageBox:
    """About Fettle, with the version (Help ▸ About)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(box.tr("About Fettle"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(
        box.tr(
            "<h3>Fettle %1</h3><p>A private, encrypted health journal.</p>"
            "<p>Your journal stays on this computer, encrypted with your "
            "passphrase. Fettle makes no network connections.</p>"
        ).replace("%1", __version__)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
