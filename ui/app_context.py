"""The long-lived objects one app session shares, built once by ``ui.main`` and passed in:
among them the ``Session`` (``ui.session``), which alone holds the open journal.

No globals: tests build their own context with a temporary QSettings file, the
fast KDF profile and a controllable clock.

QSettings holds the window geometry and the journal's path, nothing else:
everything that could say anything about the user's health lives inside the
encrypted journal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.usecases import DEFAULT_PROFILE, KdfProfile
from ui.shell.lock_manager import LockManager

from .clipboard_guard import ClipboardGuard
from .session import Session
from .task_runner import TaskRunner

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PATH_KEY = "journal/path"


class Demo:
    """The made-up journal of ``fettle --demo``: its folder, its file and its passphrase
    (filled in once the journal is made). Plain classes, not dataclasses, here: the
    ``dataclasses`` module and each class's generated methods cost about 4 ms before
    the unlock screen's first paint (issue 19)."""

    def __init__(self, folder: Path, path: Path, passphrase: str) -> None:
        self.folder = folder
        self.path = path
        self.passphrase = passphrase


class AppContext:
    """What the window and its parts share; ``session`` is made here."""

    def __init__(
        self,
        runner: TaskRunner,
        clipboard: ClipboardGuard,
        lock_manager: LockManager,
        settings: QSettings,
        kdf_profile: KdfProfile = DEFAULT_PROFILE,
        demo: Demo | None = None,
        keystore_status: Callable[[], tuple[bool, str]] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.runner = runner
        self.clipboard = clipboard
        self.lock_manager = lock_manager
        self.settings = settings
        self.kdf_profile = kdf_profile
        self.demo = demo
        self.keystore_status = keystore_status
        self.clock = clock
        self.session = Session(runner)  # the one holder of the open journal
        self._default_path: Path | None = None

    @property
    def default_path(self) -> Path:
        """Where a new journal goes unless the user says otherwise: the platform's data
        folder, worked out when first needed (a start with a remembered journal never
        needs it, and its module held the unlock screen back: issue 19)."""
        if self._default_path is None:
            from app.paths import default_journal_path

            self._default_path = default_journal_path()
        return self._default_path

    @default_path.setter
    def default_path(self, path: Path) -> None:
        self._default_path = Path(path)

    # -- the two things QSettings may hold ---------------------------------

    def journal_path(self) -> Path | None:
        if self.demo is not None:
            return self.demo.path
        value = self.settings.value(PATH_KEY)
        return Path(str(value)) if value else None

    def set_journal_path(self, path: Path) -> None:
        if self.demo is None:  # the demo's temporary file is never remembered
            self.settings.setValue(PATH_KEY, str(path))
            self.settings.sync()

    def geometry(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.settings.value(GEOMETRY_KEY), self.settings.value(STATE_KEY)

    def save_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue(GEOMETRY_KEY, geometry)
        self.settings.setValue(STATE_KEY, state)
        self.settings.sync()


def keystore_status() -> tuple[bool, str]:
    from app.usecases import keystore_status as status

    return status()
