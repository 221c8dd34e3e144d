"""The first unlock (issue 19): from the passphrase to the first page of entries, the list,
the sidebar's counts and the newest entry in the editor with its preview, nothing heavy is
loaded that could have come before.

Three things once held the first page back after the key was derived: the reminders asked
whether an experiment is kept through a module that loaded numpy (some 80 ms); the preview
named its Markdown extensions, which made ``markdown`` read every installed package's entry
points (``importlib.metadata``, 24 ms); and the preview's converter, with pygments, was
made for the first entry shown. The converter is now made while the passphrase is typed.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.offscreen import run_offscreen

PROBE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from app.journal import kdf
from ui.main import build_window, make_application

app = make_application()
tmp = Path(sys.argv[1])
window, ctx = build_window(settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                           kdf_profile=kdf.FAST_TEST_PROFILE, keystore_status=None)
ctx.set_journal_path(Path(sys.argv[2]))
window.resize(1100, 700)
window.show()
window.start()

def wait(cond):
    end = time.monotonic() + 60
    while not cond():
        app.processEvents()
        if time.monotonic() > end:
            raise SystemExit("timed out")

# the passphrase being typed: the journal page is built meanwhile (a timer of the window's),
# and whatever it queued behind it has run
wait(lambda: window._page is not None and window.unlock.passphrase.isVisible())
after = []
QTimer.singleShot(0, lambda: after.append(True))
wait(lambda: after and ctx.runner.is_idle())
before = set(sys.modules)
page = window.page
seen = set()
page.entry_model.first_page_loaded.connect(lambda: seen.add("page"))
page.counts_loaded.connect(lambda: seen.add("counts"))
window.unlock.passphrase.setText(sys.argv[3])
window.unlock.unlock_button.click()
preview = page.editor.body.preview
wait(lambda: {"page", "counts"} <= seen and "Short walks" in preview.toPlainText())
print(json.dumps(sorted(set(sys.modules) - before)))
window.close()
ctx.runner.wait_for_done(10_000)
"""
# numpy and the statistics; the entry-point scan; the preview's extensions and pygments
HEAVY = (
    "numpy",
    "app.report.insight_stats",
    "importlib.metadata",
    "markdown.extensions",
    "pygments",
)


def test_the_first_unlock_loads_nothing_heavy_on_the_way_to_the_first_page(tmp_path: Path) -> None:
    from tests.support.shell import PASSPHRASE, make_journal

    journal = make_journal(tmp_path / "j.fettle")
    proc = run_offscreen(PROBE, tmp_path, str(tmp_path), str(journal), PASSPHRASE)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert [m for m in loaded if m.startswith(HEAVY)] == []
