"""Render the share review screen on a demo journal to a PNG (offscreen), for the README.

    QT_QPA_PLATFORM=offscreen python -m ui.tour.share_screenshot resources/screenshots/share-review.png
    QT_QPA_PLATFORM=offscreen python -m ui.tour.share_screenshot /tmp/share-dark.png --dark

The demo journal is made in a temporary folder and removed afterwards. One extra entry
written like a real diary is added, so the screen shows several kinds of detail.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.demo import populate
from app.journal.journal import Journal
from app.models import Entry, EntryFilter
from app.usecases import FAST_TEST_PROFILE

EXTRA = (
    "Jo drove me to St James's Hospital in Leeds for the 10:30 clinic. Dr Priya Shah "
    "thinks the flare started after the 14 May dose. I'm 34 and had hoped to be back at "
    "Hargreaves & Co by now. Call back on 0113 496 0000 if the bloods are off. "
    "Maybe try the support group Marguerite mentioned?"
)


def _wait(app: QApplication, ready, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if ready() else None)
    timer.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    dark = "--dark" in argv
    app = QApplication.instance() or QApplication([])
    from ui.icons import register_search_paths, stylesheet
    from ui.session import Session
    from ui.share.dialog import ShareDialog
    from ui.task_runner import TaskRunner
    from ui.tour.screenshots import dark_palette

    register_search_paths()
    if dark:
        app.setPalette(dark_palette())
    app.setStyleSheet(stylesheet(app.palette()))
    folder = Path(tempfile.mkdtemp(prefix="fettle-share-shot-"))
    try:
        journal = Journal.create(
            folder / "demo.fettle", "demo passphrase", profile=FAST_TEST_PROFILE
        )
        end = dt.date(2026, 6, 30)
        populate(journal, days=120, end=end)
        rows = journal.entries.page(EntryFilter(kinds=("treatment",)), limit=50).rows
        started = next(r.id for r in rows if r.title == "Started methotrexate")
        extra = journal.entries.add(Entry("note", end - dt.timedelta(days=60), "Clinic day", EXTRA))
        runner = TaskRunner()
        session = Session(runner)
        session.open(journal)
        dialog = ShareDialog(session, [started, extra], today=end, clear_after_s=60)
        dialog.resize(1240, 760)  # the README's picture: three columns, whatever the screen
        dialog.show()
        _wait(app, lambda: dialog.draft is not None and runner.is_idle())
        dialog.preview.set_format("mastodon")  # after the remembered site is put in place
        draft = dialog.draft
        # A town and a date kept as written, to show that mark and the warning it raises.
        for words in ("Leeds", "14 May"):
            keep = [i for i, s in enumerate(draft.spans) if s.text == words]
            if keep:
                dialog.view.span_clicked.emit(keep[0])
        dialog.view.setFocus()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(out))
        print(f"wrote {out}")
        dialog.close()
        runner.wait_for_done()
        journal.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
