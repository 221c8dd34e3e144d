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
from dataclasses import dataclass, field
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


@dataclass
class Demo:
    folder: Path
    path: Path
    passphrase: str


@dataclass
class AppContext:
    runner: TaskRunner
    clipboard: ClipboardGuard
    lock_manager: LockManager
    settings: QSettings
    kdf_profile: KdfProfile = DEFAULT_PROFILE
    demo: Demo | None = None
    keystore_status: Callable[[], tuple[bool, str]] | None = None
    clock: Callable[[], float] = field(default=time.time)
    session: Session = field(init=False)
    _default_path: Path | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.session = Session(self.runner)  # the one holder of the open journal

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
