"""The frozen program's entry point: the same as ``fettle`` and ``python -m ui``.

PyInstaller needs a script, not a ``package:function`` entry point. The Flatpak runs
this file with the runtime's Python too.

``FETTLE_BENCH_UNLOCK_SCREEN=1`` is the start-up benchmark's hook
(tests/benchmarks/bench_bundle.py): once the unlock screen is ready for a passphrase,
the moment bench_ui.py measures, it prints the wall-clock time of that moment and
quits (after the start-up work in the background). The same file runs from the venv
and from the bundle, so both are timed the same way. It prints no journal content and
asks nothing of the journal.
"""

import os
import sys

from ui.launch import main


def _quit_at_unlock_screen() -> None:
    """Quit and print the time once the unlock screen waits for a passphrase."""
    import time

    import ui.main

    build_window = ui.main.build_window

    def build_and_watch(*args, **kwargs):
        window, ctx = build_window(*args, **kwargs)
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        timer = QTimer(window)
        shown: list[float] = []

        def check() -> None:
            if not shown:
                if window.unlock.passphrase.isVisible() and not window.unlock.is_busy():
                    shown.append(time.time())
                    print(f"FETTLE-UNLOCK-SCREEN {shown[0]:.6f}", flush=True)
                return
            # Quit once the start-up work in the background is over too: a thread
            # still inside the keystore at exit can abort the interpreter.
            if ctx.runner.is_idle() and ctx.runner.keystore.is_idle():
                timer.stop()
                QApplication.instance().quit()

        timer.timeout.connect(check)
        timer.start(1)
        return window, ctx

    ui.main.build_window = build_and_watch


if __name__ == "__main__":
    if os.environ.get("FETTLE_BENCH_UNLOCK_SCREEN") == "1":
        _quit_at_unlock_screen()
    sys.exit(main())
