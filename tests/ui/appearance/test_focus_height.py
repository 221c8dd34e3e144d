"""A text box is as tall focused as not, on every desktop style (issue 19 review).

The focus ring is a 2 px style-sheet border; a text box without one had the style's own
frame when not focused (3 px in Fusion, 2 px in Windows), so its height changed with
focus wherever the two differ, and a "+2 px when focused" rule fitted Fusion only (on
the Windows style every focused text box grew 2 px)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.offscreen import run_offscreen

HEIGHTS = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from ui.appearance.theme import ThemeManager
from ui.main import make_application

app = make_application()
settings = QSettings(str(Path(sys.argv[1]) / "s.ini"), QSettings.Format.IniFormat)
theme = ThemeManager(settings)
theme.apply(style_later=sys.argv[2] == "later")
window = QWidget()
layout = QVBoxLayout(window)
edit, other = QLineEdit(), QLineEdit()
layout.addWidget(edit)
layout.addWidget(other)
layout.addStretch()
window.resize(400, 300)
window.show()
window.activateWindow()
app.processEvents()

def settle():
    for _ in range(3):
        app.processEvents()
    layout.activate()
    app.processEvents()
    return edit.height()

seen = {"unfocused": settle()}
edit.setFocus()
seen["focused"] = settle()
theme.finish_style()
theme.apply(force=True)  # a repolish with focus (a theme change, the target style)
seen["focused_repolished"] = settle()
other.setFocus()
seen["unfocused_again"] = settle()
print(json.dumps(seen))
"""


@pytest.mark.parametrize("style", ["Fusion", "Windows"])
@pytest.mark.parametrize("when", ["now", "later"])
def test_a_text_box_is_as_tall_focused_as_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, style: str, when: str
) -> None:
    monkeypatch.setenv("QT_STYLE_OVERRIDE", style)
    proc = run_offscreen(HEIGHTS, tmp_path, str(tmp_path), when)
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert len(set(seen.values())) == 1, seen
    assert seen["focused"] >= 32  # the normal target
