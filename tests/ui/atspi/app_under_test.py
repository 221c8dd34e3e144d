"""Shows the daily check-in with data, for the AT-SPI walk (run by test_atspi.py)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from app.checkin import CheckInData, DueDose  # noqa: E402
from app.models import Factor, Symptom  # noqa: E402
from ui.main import make_application  # noqa: E402


def main() -> int:
    app = make_application()
    from ui.checkin.checkin_dialog import CheckInDialog

    dialog = CheckInDialog(dt.date(2026, 3, 14))
    dialog.set_data(CheckInData(
        dt.date(2026, 3, 14), [Symptom(1, "Joint pain"), Symptom(2, "Fatigue")],
        [Factor(1, "Sleep", "number", "hours"), Factor(2, "Alcohol", "yesno")],
        previous_symptoms={1: 6}, doses=[DueDose(1, "Naproxen", dt.time(8))]))
    if "--with-unnamed-button" in sys.argv:  # the walk's control: it must be reported
        from PySide6.QtWidgets import QPushButton

        dialog.layout().addWidget(QPushButton(""))
    dialog.show()
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
