"""Screen lock and suspend announcements on D-Bus lock the journal (Linux)."""

from __future__ import annotations

import os
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux")


def _session_bus_or_skip():
    from PySide6.QtDBus import QDBusConnection

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("no D-Bus session bus (run through packaging/dev.sh test)")
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "fake-screensaver")
    if not bus.isConnected():
        pytest.skip("cannot reach the D-Bus session bus")
    return bus


@pytest.mark.parametrize(
    "service,path",
    [
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),  # GNOME Shell's own name
    ],
)
def test_screensaver_activation_requests_a_lock(qtbot, service, path):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from ui.shell.lock_manager import LockManager

    fake = _session_bus_or_skip()
    try:
        assert fake.registerService(service)
        manager = LockManager()
        assert manager.watch_session()
        manager.arm()
        signal = QDBusMessage.createSignal(path, service, "ActiveChanged")
        signal.setArguments([False])
        fake.send(signal)  # deactivation: nothing happens
        signal = QDBusMessage.createSignal(path, service, "ActiveChanged")
        signal.setArguments([True])
        with qtbot.waitSignal(manager.lock_requested, timeout=20_000) as locked:
            fake.send(signal)
        assert locked.args == ["screensaver"]
    finally:
        fake.unregisterService(service)
        QDBusConnection.disconnectFromBus("fake-screensaver")


def test_without_a_bus_watching_fails_quietly(qtbot, monkeypatch):
    from ui.shell.lock_manager import LockManager

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    manager = LockManager()
    manager.watch_session()  # must not raise or print a Qt warning
    manager.arm()
    assert manager.is_armed()
