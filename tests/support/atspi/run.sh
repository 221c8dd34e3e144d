#!/bin/bash
# Run inside dbus-run-session: the accessibility bus, the app under Xvfb (xcb), then
# the AT-SPI walk with the system python3. Arguments go to the app.
set -u
cd "$(dirname "$0")/../../.."
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
BUS=$!
OUT="$(mktemp)"
# in a session of its own, so the app under Xvfb goes with it (killing xvfb-run alone
# left the app and its X server running after every walk)
setsid xvfb-run -a -n "${FETTLE_XVFB_FIRST:-99}" -s "-screen 0 1366x768x24" "${FETTLE_PYTHON:-.venv/bin/python}" \
    tests/support/atspi/app_under_test.py "$@" >"$OUT" 2>&1 &
APP=$!
# a poll on the condition, up to 90 s (a busy machine); a walk of a half-built app would
# report missing windows, so an app that never got ready is said to be so instead
for _ in $(seq 900); do grep -q READY "$OUT" && break; sleep 0.1; done
if grep -q READY "$OUT"; then
    /usr/bin/python3 tests/support/atspi/walk.py Fettle
    STATUS=$?
else
    echo "NOTREADY: the app under test did not get ready in 90 s"
    tail -n 40 "$OUT"
    STATUS=3
fi
kill -- -"$APP" 2>/dev/null
kill "$BUS" 2>/dev/null
rm -f "$OUT"
exit "$STATUS"
