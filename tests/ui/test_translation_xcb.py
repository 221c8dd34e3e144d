"""``fettle --lang de`` under a real X server (Xvfb, xcb): the whole German tour.

The child process is the real launcher with ``--lang de --demo --screenshot DIR``; the
tour is patched only to read each screen's visible texts as it saves the picture
(``_visible_texts`` of test_translation.py). The parent checks the pictures were
written, the window really is German, and no screen shows English.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.xcb import auto_display

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import json, sys
from tests.ui.test_translation import _visible_texts
import ui.tour.screenshots as tour

seen = {}
save, save_over = tour.ScreenshotTour._save, tour.ScreenshotTour._save_over_window

def reading_save(self, widget, name):
    seen.setdefault(name, []).extend(_visible_texts(widget))
    return save(self, widget, name)

def reading_save_over(self, dialog, name):
    seen.setdefault(name, []).extend(_visible_texts(dialog))
    return save_over(self, dialog, name)

tour.ScreenshotTour._save = reading_save
tour.ScreenshotTour._save_over_window = reading_save_over
from ui.launch import main
code = main(["--lang", "de", "--demo", "--screenshot", sys.argv[1]])
from PySide6.QtWidgets import QApplication
assert QApplication.platformName() == "xcb", QApplication.platformName()
json.dump(seen, open(sys.argv[2], "w", encoding="utf-8"))
sys.exit(code)
"""


@pytest.mark.needs("xvfb-run")
def test_the_german_tour_under_x_shows_no_english(tmp_path) -> None:
    from tests.ui.test_translation import _demo_texts, _english_map, _english_sentence, _norm

    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: bash packaging/dev.sh setup installs it"
    out, texts = tmp_path / "shots", tmp_path / "texts.json"
    out.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LANG", "LC_ALL")
    }
    env.update(
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(ROOT),
        PYTHONFAULTHANDLER="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    proc = subprocess.run(
        [
            xvfb_run,
            *auto_display(),
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-c",
            _CHILD,
            str(out),
            str(texts),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-500:] + proc.stderr[-3000:]
    assert {
        "unlock.png",
        "main-window.png",
        "summary-dialog.png",
        "print-preview.png",
        "preferences.png",
        "welcome-wizard.png",
    } <= {p.name for p in out.glob("*.png")}
    seen = json.loads(texts.read_text(encoding="utf-8"))
    main_window = {text for _where, text in seen["main-window.png"]}
    assert {"&Datei", "&Ansicht", "S&perren", "Alle Einträge"} <= main_window
    english = _english_map()
    demo = _demo_texts()
    left = sorted(
        {
            f"{screen}: {where}: {text!r}"
            for screen, found in seen.items()
            for where, text in found
            if _norm(text) in english or _english_sentence(text, demo)
        }
    )
    assert not left, "English left in the German tour:\n" + "\n".join(left)
