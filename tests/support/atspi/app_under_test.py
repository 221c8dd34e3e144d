"""Shows Fettle's windows with data, for the AT-SPI walk (run by test_atspi.py).

``checkin`` (the default): the daily check-in. ``journal``: the main window with a real
journal open and a symptom entry in the editor, and over it the share review, the
appointment summary and Preferences, all at once so one walk sees them all.
``trends``: the main window showing Trends and Insights. ``--with-unnamed-button``
plants one unnamed button, which the walk must report."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from app.checkin import CheckInData, DueDose  # noqa: E402
from app.models import Factor, Symptom  # noqa: E402
from ui.main import make_application  # noqa: E402

PLANT = "--with-unnamed-button" in sys.argv


def _plant(layout) -> None:
    if PLANT:  # the walk's control: it must be reported
        from PySide6.QtWidgets import QPushButton

        layout.addWidget(QPushButton(""))


def show_checkin(app) -> object:
    from ui.checkin.checkin_dialog import CheckInDialog

    dialog = CheckInDialog(dt.date(2026, 3, 14))
    dialog.set_data(
        CheckInData(
            dt.date(2026, 3, 14),
            [Symptom(1, "Joint pain"), Symptom(2, "Fatigue")],
            [Factor(1, "Sleep", "number", "hours"), Factor(2, "Alcohol", "yesno")],
            previous_symptoms={1: 6},
            doses=[DueDose(1, "Naproxen", dt.time(8))],
        )
    )
    _plant(dialog.layout())
    dialog.show()
    print("READY", flush=True)
    return dialog


def show_journal(app, mode: str) -> object:
    from PySide6.QtCore import QSettings, QTimer

    from app.journal import kdf
    from tests.support.shell import PASSPHRASE, make_journal
    from ui.main import build_window

    folder = Path(tempfile.mkdtemp(prefix="fettle-atspi-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window, ctx = build_window(settings=settings, kdf_profile=kdf.FAST_TEST_PROFILE)
    ctx.set_journal_path(make_journal(folder / "j.fettle"))
    window.resize(1280, 740)
    window.show()
    window.start()
    steps = iter(_journal_steps(window, mode, PASSPHRASE))
    timer = QTimer(window)

    def tick() -> None:
        try:
            while next(steps):
                pass
        except StopIteration:
            timer.stop()
            print("READY", flush=True)

    timer.timeout.connect(tick)
    timer.start(50)
    window._atspi_keep = (ctx, timer, steps)
    return window


def _journal_steps(window, mode: str, passphrase: str):
    """A generator the timer drives: yields False to wait, True to go on at once."""
    while window.unlock.is_busy() or window.unlock.is_checking():
        yield False
    window.unlock.passphrase.setText(passphrase)
    window.unlock.unlock_button.click()
    page = window.page
    while not window.is_open() or page.entry_model.rowCount() < 3:
        yield False
    page.entry_view.setCurrentIndex(page.entry_model.index(2))  # the symptom entry
    while not page.editor.symptom_picker.rows():
        yield False
    _plant(page.layout())
    if mode == "trends":
        window.tools.show_trends()
        while window.tools.trends.symptom.count() == 0:
            yield False
        return
    tools = window.tools
    tools.open_share(page.selected_entry_ids())
    while tools.share_dialog is None or not tools.share_dialog.copy_button.isEnabled():
        yield False
    tools.open_summary()
    while tools.summary_dialog is None or not tools.summary_dialog.preview_button.isEnabled():
        yield False
    window.settings_flow.open()
    while window.settings_flow.dialog is None or not window.settings_flow.dialog.isVisible():
        yield False


def main() -> int:
    app = make_application()
    mode = next((a for a in sys.argv[1:] if not a.startswith("--")), "checkin")
    keep = show_checkin(app) if mode == "checkin" else show_journal(app, mode)  # noqa: F841
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
