"""Build and run the desktop app (``fettle`` with no command: see ``ui/launch.py``).

Builds every long-lived object once and hands them to the window; there are no
module-level singletons.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

from app import APP_ID, APP_NAME, __version__
from app.hardening import harden_process


def make_application(argv: list[str] | None = None, language: str | None = None):
    """The QApplication with Fettle's one app id, names, icon, stylesheet and language
    (``language``, from ``--lang``, else Preferences, ``LANGUAGE``, the system's)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators
    from .icons import app_icon, register_search_paths, stylesheet

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setOrganizationDomain("fettle.org")
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    register_search_paths()
    install_translators(app, language)
    app.setWindowIcon(app_icon())
    if not app.styleSheet():  # a theme's (ui/appearance) stays: no repolish of every widget
        app.setStyleSheet(stylesheet())
    return app


def build_window(
    *,
    demo: bool = False,
    settings=None,
    kdf_profile=None,
    clock=None,
    keystore_status=True,
    check_interval_ms: int = 15_000,
    style_after_paint: bool = False,
):
    """The main window and its context (also used by tests and the benchmark).

    ``style_after_paint`` (the app's start): the target style, where it changes nothing
    the unlock screen shows, comes once that screen is painted (``ThemeManager.apply``),
    or before a journal opens if that comes first."""
    import time

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app import usecases
    from ui.shell.lock_manager import LockManager
    from ui.shell.main_window import MainWindow

    from .app_context import AppContext, Demo
    from .app_context import keystore_status as real_status
    from .appearance.theme import ThemeManager
    from .clipboard_guard import ClipboardGuard
    from .first_paint import after_first_paint
    from .task_runner import TaskRunner

    settings = settings if settings is not None else QSettings()
    # The theme (style, palette, style sheet) before the window, so each widget is
    # polished once, in its final look: applied after, it repolished the whole window
    # three times (issue 19).
    theme = ThemeManager(settings)  # theme and target size (ui/appearance)
    theme.apply(style_later=style_after_paint)
    runner = TaskRunner()
    lock_manager = LockManager(clock, check_interval_ms)
    clipboard = ClipboardGuard()
    demo_info = None
    if demo:
        folder = Path(tempfile.mkdtemp(prefix="fettle-demo-"))
        demo_info = Demo(folder, folder / "demo.fettle", "")
    ctx = AppContext(
        runner=runner,
        clipboard=clipboard,
        lock_manager=lock_manager,
        settings=settings,
        kdf_profile=kdf_profile or usecases.DEFAULT_PROFILE,
        demo=demo_info,
        keystore_status=real_status if keystore_status is True else keystore_status or None,
        clock=clock or time.time,
    )
    window = MainWindow(ctx)
    runner.setParent(window)
    lock_manager.setParent(window)
    clipboard.setParent(window)
    # Activity for the idle lock, app-wide, once the window is up: a Python filter on
    # every event made PySide build some 120 of its types during the first paint.
    app = QApplication.instance()
    if theme.style_pending():
        after_first_paint(window, theme.finish_style)
        ctx.session.opening.connect(theme.finish_style)  # the journal's page in its style
    after_first_paint(window, lambda: _after_first_paint(app, runner, lock_manager))
    clipboard.watch_application()
    theme.setParent(window)  # the tour and Preferences find it there
    window.appearance_changed.connect(theme.apply)
    return window, ctx


def _after_first_paint(app, runner, lock_manager) -> None:
    """What the unlock screen does not need, once it can be seen (issue 19): the idle
    lock's app-wide activity filter, charts' accessibility (charts come with a journal)
    and, on the journal's worker, the SQLCipher driver the first unlock needs."""
    from app.usecases import prepare_to_open

    from .accessibility import install_chart_accessibility

    app.installEventFilter(lock_manager)
    install_chart_accessibility()  # charts reach screen readers as charts
    runner.submit(prepare_to_open)


def run_app(
    demo: bool = False, screenshot_dir: str | None = None, language: str | None = None
) -> int:
    harden_process()
    _quiet_exceptions()
    if screenshot_dir is not None:
        # offscreen unless a platform is named (xcb under Xvfb: real sizes and painting)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        demo = True
    if screenshot_dir is not None:
        _quiet_offscreen_noise()
    _import_core_first()
    app = make_application(language=language)
    window, ctx = build_window(demo=demo, style_after_paint=True)
    _quit_on_terminate(app)
    exit_code = 0
    tour = None
    try:
        if screenshot_dir is not None:
            from ui.tour.screenshots import ScreenshotTour

            tour = ScreenshotTour(window, Path(screenshot_dir))
            tour.start()  # shows the window
        else:
            window.show()
            window.start()
        if window.wizard is not None:  # the first run's wizard, painted in the target style
            from .appearance.theme import ThemeManager

            window.findChild(ThemeManager).finish_style()
        from .first_paint import after_first_paint

        # The desktop session's D-Bus (screen lock, suspend) once the first screen is up:
        # there is nothing to lock before, and connecting held that screen back.
        after_first_paint(window, ctx.lock_manager.watch_session)
        if not gc.isenabled():  # ui.launch starts without it: it comes with the window
            after_first_paint(window, gc.enable)
        exit_code = app.exec()
        if tour is not None:
            exit_code = exit_code or tour.exit_code
    finally:
        if window.isVisible() or window.is_open():
            window.close()
        done = ctx.runner.wait_for_done(10_000)
        if ctx.demo is not None:
            from .session_jobs import remove_demo

            # The sample journal's folder goes once the worker has let go of it, or after
            # 70 s in all if it never does: on a busy machine the quit's save and lock
            # can outlast 10 s, and a folder removed under a worker still writing in it
            # came back.
            if not done:
                ctx.runner.wait_for_done(60_000)
            remove_demo(ctx.demo)
    if ctx.runner.keystore.is_busy():
        _end_process(exit_code, ctx.settings)
    return exit_code


def _import_core_first() -> None:
    """Import the core the window needs before Qt (issue 19).

    Once PySide6 is loaded it reads the source of every module imported after it,
    looking for ``from __feature__ import ...`` (shibokensupport's ``feature_imported``):
    about 0.2 ms a module, 20 ms for the core's 100-odd modules and their standard
    library. Imported first, they are not read."""
    import app.memory  # noqa: F401
    import app.paths  # noqa: F401
    import app.usecases  # noqa: F401  (the journal file's check; SQLCipher waits for the paint)


def _end_process(exit_code: int, settings) -> None:
    """End the process now, without Python's finalisation, because a thread is still
    stuck in a call (a keystore waiting on an unlock prompt nobody answers).

    The journal is closed and the demo removed by now. Finalising the interpreter with
    such a thread alive is unsafe: if the call returns meanwhile, the thread is ended by
    glibc's forced unwinding, and through C/C++ frames that aborts the process ("FATAL:
    exception not rethrown"), a crash report after a clean quit. Nothing is left that
    finalisation would do for the user: settings, logs and output are flushed here."""
    import logging

    settings.sync()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed, or no stream at all
            pass
    os._exit(exit_code)


def _quiet_exceptions() -> None:
    """Print only the type of an unexpected error, never its message or traceback.

    The app's stderr often ends up in the system journal or ~/.xsession-errors; an
    error message can quote entry text (a KeyError of a name, a library's complaint
    about a value). FETTLE_DEBUG=1 keeps Python's full reports for development."""
    if os.environ.get("FETTLE_DEBUG") == "1":
        return
    import threading

    def report(exc_type, _exc, _tb) -> None:
        print(
            f"fettle: unexpected error ({exc_type.__name__}); set FETTLE_DEBUG=1 for details",
            file=sys.stderr,
        )

    sys.excepthook = report
    threading.excepthook = lambda args: report(args.exc_type, args.exc_value, None)


def _quit_on_terminate(app) -> None:
    """SIGTERM or Ctrl+C (logout, ``kill``) quits like the Quit menu item: the journal
    is saved, backed up and locked, and a demo journal is deleted.

    Python runs signal handlers only between bytecodes, so a slow timer lets the
    interpreter look while Qt's event loop waits."""
    import signal

    from PySide6.QtCore import QTimer

    # Python runs the handler between any two bytecodes, perhaps inside a slot that is
    # building widgets; quitting right there closed the window under it (a segfault in
    # the sidebar's set_counts). The quit waits for the event loop instead.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app, app.quit))
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(250)


def _quiet_offscreen_noise() -> None:
    """The offscreen platform warns about every top-level window; keep other messages."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
