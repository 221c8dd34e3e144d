"""``fettle``: the desktop app with no command, the core's command line with one.

    fettle                            open the app
    fettle --demo [--screenshot DIR]  open it on a made-up journal (deleted on quit)
    fettle --lang de                  open it in German (en: English; default: the
                                      choice in Preferences, else the system's)
    fettle COMMAND ...                run a command (``app.cli``), with the commands
                                      that need Qt added here (``report``)

The GUI owns the launcher so that the core never imports it: ``app`` knows nothing
of ``ui``. Nothing here imports Qt until the window is wanted, and ``fettle --version``
imports nothing but the version string (issue 19: it answers in the time Python starts).
"""

from __future__ import annotations

import sys

from app import print_version_only

EPILOG = (
    "Run without a command to open the desktop app (--demo: on a made-up journal; "
    "--lang de: in German)."
)


def gui_commands() -> dict:
    """The core's commands plus those that need Qt."""
    from app.cli.main import COMMANDS, Command

    return {**COMMANDS, "report": Command("ui.report.cli", "appointment summary as a PDF")}


def _app_options(argv: list[str]):
    """``--demo`` / ``--screenshot DIR`` / ``--lang LANG`` and nothing else: the
    window's own options."""
    if not argv:  # plain `fettle`, the usual start: building the parser (and looking up
        # its translations) took 4 ms before the window (issue 19)
        from types import SimpleNamespace

        return SimpleNamespace(demo=False, screenshot=None, lang=None)
    if not argv[0].startswith("--"):
        return None  # a command: no need to build this parser
    import argparse

    parser = argparse.ArgumentParser(prog="fettle", add_help=False, allow_abbrev=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--screenshot", metavar="DIR")
    parser.add_argument("--lang", metavar="LANG")
    try:
        options, rest = parser.parse_known_args(argv)
    except SystemExit:  # --screenshot without a folder: the command line says why
        return None
    return options if not rest else None


def main(argv: list[str] | None = None) -> int:
    own_process = argv is None  # `fettle ...`, not a call from a test or a program
    argv = list(sys.argv[1:] if argv is None else argv)
    if print_version_only(argv):
        return 0
    options = _app_options(argv)
    if options is not None:
        import gc

        # No cyclic garbage collection until the window is painted: some fifty passes
        # over the objects the start makes (PySide's enums, mostly) cost it 7 ms
        # (issue 19). run_app turns it on once the window is painted.
        gc.disable()
        try:
            from .main import run_app  # hardens the process first thing

            return run_app(
                demo=options.demo, screenshot_dir=options.screenshot, language=options.lang
            )
        finally:
            gc.enable()
    if own_process:
        import gc

        gc.disable()  # while the command line loads: run_command decides (issue 19)
    from app.cli.main import main as run_command

    return run_command(argv, commands=gui_commands(), epilog=EPILOG, quick_exit=own_process)


if __name__ == "__main__":
    sys.exit(main())
