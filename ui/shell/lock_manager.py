"""Decide when to lock: idle time, screen lock, suspend.

Idle time is measured on a clock that keeps running while the machine sleeps
(``CLOCK_BOOTTIME`` on Linux, the wall clock elsewhere), not with a Qt timer
counting down: a timer does not run during suspend, so a laptop closed for an hour
would wake up unlocked. A periodic check compares the clock with the time of the
last keyboard or mouse activity instead, so a suspend counts as idle; and unlike
the wall clock, setting the time back cannot postpone the lock. Tests pass their
own clock.

On Linux the session's screen saver (``org.freedesktop.ScreenSaver.ActiveChanged``,
and GNOME's ``org.gnome.ScreenSaver.ActiveChanged``)
and logind (``org.freedesktop.login1.Manager.PrepareForSleep``) are watched over
D-Bus where a bus exists; without one this quietly does nothing.

Signals:
    lock_requested(str): "idle", "screensaver" or "sleep".
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

Clock = Callable[[], float]

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.Shortcut,
}


def idle_clock() -> float:
    """Seconds on a clock that counts suspend but never jumps when the user or NTP
    sets the time (CLOCK_BOOTTIME on Linux); the wall clock elsewhere."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()


class LockManager(QObject):
    lock_requested = Signal(str)

    def __init__(
        self,
        clock: Clock | None = None,
        check_interval_ms: int = 15_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock or idle_clock
        self._minutes = 5
        self._armed = False
        self._last_activity = self._clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check_idle)
        self._buses: list[object] = []

    # -- configuration -----------------------------------------------------

    def set_idle_minutes(self, minutes: int) -> None:
        self._minutes = max(1, int(minutes))

    def idle_minutes(self) -> int:
        return self._minutes

    def arm(self) -> None:
        """Start watching (the journal is open)."""
        self._armed = True
        self._last_activity = self._clock()
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def is_armed(self) -> bool:
        return self._armed

    # -- activity ----------------------------------------------------------

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            # A check first: after a suspend the first key press must not count as
            # activity that "happened" before the idle limit was noticed.
            if self._armed:
                self.check_idle()
            self._last_activity = self._clock()
        return False

    @Slot()
    def check_idle(self) -> None:
        if self._armed and self._clock() - self._last_activity >= self._minutes * 60:
            self._request("idle")

    def _request(self, reason: str) -> None:
        if self._armed:
            self.disarm()
            self.lock_requested.emit(reason)

    # -- the desktop session -------------------------------------------------

    def watch_session(self) -> bool:
        """Subscribe to screen-lock and suspend announcements; False if none are available."""
        if not sys.platform.startswith("linux"):
            return False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        watched = False
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in (
                (
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                ),
                ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
                # GNOME Shell announces its lock screen under its own name
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                watched |= session.connect(
                    service,
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    "1_on_screensaver_active_changed(bool)",
                )
            self._buses.append(session)
        system = QDBusConnection.systemBus()
        if system.isConnected():
            watched |= system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                "1_on_login1_prepare_for_sleep(bool)",
            )
            self._buses.append(system)
        return watched

    @Slot(bool)
    def _on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self._request("screensaver")

    @Slot(bool)
    def _on_login1_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self._request("sleep")
