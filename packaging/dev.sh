#!/usr/bin/env bash
# Fettle developer script: set up, run and test from a checkout.
#
#   bash packaging/dev.sh setup            create .venv and install Fettle with its test tools
#   bash packaging/dev.sh run [ARGS]       set up if needed, then start `fettle ARGS`
#   bash packaging/dev.sh test [PYTEST]    set up if needed, then run the whole test suite
#                                          (on every CPU; FETTLE_TEST_WORKERS=0: in one process)
#
# As root on Debian/Ubuntu it installs the missing system packages with apt-get.
# Otherwise it prints the exact `sudo apt-get install ...` line and carries on.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.fettle-setup-stamp"

# Debian packages measured as needed on a fresh Debian 12 machine.
DEB_QT_OFFSCREEN="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3"
DEB_SECRET_SERVICE="gnome-keyring gcr dbus"
DEB_XVFB="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
DEB_TOOLS="poppler-utils desktop-file-utils appstream flatpak-builder icu-devtools gcc binutils lintian"
DEB_ACCESSIBILITY="at-spi2-core python3-pyatspi gir1.2-atspi-2.0"
DEB_ALL="$DEB_QT_OFFSCREEN $DEB_SECRET_SERVICE $DEB_XVFB $DEB_TOOLS $DEB_ACCESSIBILITY"

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

deb_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

APT_UPDATED=0
apt_install() {
    # apt_install PKG... : install as root (apt-get update at most once per run).
    if [ "$APT_UPDATED" -eq 0 ]; then
        say "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
        APT_UPDATED=1
    fi
    say "installing Debian packages: $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

find_python() {
    # Print the first python3 >= 3.11 on PATH that can create a venv with pip.
    local cand
    for cand in python3.14 python3.13 python3.12 python3.11 python3; do
        if command -v "$cand" >/dev/null 2>&1 \
            && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$cand"
            return 0
        fi
    done
    return 1
}

ensure_system_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian-like system: make sure the equivalents of these are installed:"
        say "  $DEB_ALL"
        return 0
    fi
    local missing=() pkg
    for pkg in $DEB_ALL; do
        deb_installed "$pkg" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if is_root && command -v apt-get >/dev/null 2>&1; then
        apt_install "${missing[@]}"
    else
        say "missing Debian packages; install them with:"
        printf '    sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
        say "continuing without them (some tests will fail)"
    fi
}

ensure_python() {
    local py
    if py="$(find_python)" && "$py" -c 'import venv, ensurepip' 2>/dev/null; then
        printf '%s\n' "$py"
        return 0
    fi
    if is_root && command -v apt-get >/dev/null 2>&1; then
        apt_install python3 python3-venv >&2
        py="$(find_python)" || die "no python3 >= 3.11 even after installing python3"
        printf '%s\n' "$py"
        return 0
    fi
    if [ -n "${py:-}" ]; then
        die "$py cannot create virtual environments; run: sudo apt-get install -y python3-venv"
    fi
    die "Fettle needs Python 3.11 or newer on PATH (python3.11, python3.12, ... or python3)"
}

pyproject_hash() {
    sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1
}

setup() {
    ensure_system_packages
    if [ ! -x "$VENV/bin/python" ] \
        || ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        local py
        py="$(ensure_python)"
        say "creating $VENV with $py ($("$py" --version 2>&1))"
        rm -rf "$VENV"
        "$py" -m venv "$VENV"
        rm -f "$STAMP"
    fi
    local want
    want="$(pyproject_hash)"
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/fettle" ]; then
        compile_bytecode
        build_lexicon
        return 0
    fi
    say "installing Fettle (editable) with its test tools into .venv (log: .venv/pip.log)"
    local log="$VENV/pip.log"
    if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip \
            && "$VENV/bin/python" -m pip install --disable-pip-version-check \
                --config-settings editable_mode=compat -e "$ROOT[test]"; \
         } </dev/null >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "pip install failed; the full log is in $log"
    fi
    compile_bytecode
    build_lexicon
    printf '%s\n' "$want" >"$STAMP"
}

build_lexicon() {
    # The redaction word lists, packed once into app/redact/data/lexicon.bin, so the
    # first share or detect does not build them (seconds) or write to the home folder.
    # Quick when the file is current; a bundle build carries it with app/redact/data.
    "$VENV/bin/python" -m app.redact.prebuild >/dev/null
}

compile_bytecode() {
    # As an installed package is compiled at install time: where Python is told not to
    # write bytecode (PYTHONDONTWRITEBYTECODE), every command would otherwise compile
    # Fettle's modules again (about 0.4 s each time). Quick when nothing changed.
    "$VENV/bin/python" -m compileall -q -j 0 "$ROOT/app" "$ROOT/ui" >/dev/null
}

run() {
    setup
    cd "$ROOT"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec "$VENV/bin/fettle" "$@"
    fi
    if command -v xvfb-run >/dev/null 2>&1; then
        say "no display found: running under a virtual X server (xvfb-run); nothing will be visible"
        exec xvfb-run -a "$VENV/bin/fettle" "$@"
    fi
    die "no display found (DISPLAY and WAYLAND_DISPLAY are unset) and xvfb-run is missing; run this from a desktop session or install xvfb"
}

run_tests() {
    setup
    cd "$ROOT"
    command -v dbus-run-session >/dev/null 2>&1 \
        || die "dbus-run-session is missing (Debian package dbus); the keyring tests need it"
    command -v gnome-keyring-daemon >/dev/null 2>&1 \
        || die "gnome-keyring-daemon is missing (Debian package gnome-keyring); the keyring tests need it"

    # A fresh, throwaway profile: no test may ever touch the real one.
    local sandbox code
    sandbox="$(mktemp -d "${TMPDIR:-/tmp}/fettle-test.XXXXXXXX")"
    mkdir -p "$sandbox/home" "$sandbox/config" "$sandbox/data" "$sandbox/cache" \
        "$sandbox/state" "$sandbox/runtime" "$sandbox/tmp"
    chmod 700 "$sandbox/runtime"
    trap 'rm -rf "$sandbox"' EXIT

    set +e
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$sandbox/home" \
        XDG_CONFIG_HOME="$sandbox/config" \
        XDG_DATA_HOME="$sandbox/data" \
        XDG_CACHE_HOME="$sandbox/cache" \
        XDG_STATE_HOME="$sandbox/state" \
        XDG_RUNTIME_DIR="$sandbox/runtime" \
        TMPDIR="$sandbox/tmp" \
        QT_QPA_PLATFORM=offscreen \
        FETTLE_TEST_SANDBOX="$sandbox" \
        FETTLE_REQUIRE_KEYRING=1 \
        FETTLE_REQUIRE_TOOLS=1 \
        FETTLE_TEST_KEYRING_PASSWORD=pw \
        PYTHONDONTWRITEBYTECODE=1 \
        dbus-run-session -- sh -c \
            'eval "$(printf %s "$FETTLE_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)"; exec "$0" -m pytest "$@"' \
            "$VENV/bin/python" -n "${FETTLE_TEST_WORKERS:-auto}" --dist loadfile "$@" </dev/null
    code=$?
    set -e

    if [ "$code" -eq 5 ]; then
        say "pytest collected no tests: that is a failure, not a pass"
    elif [ "$code" -ne 0 ]; then
        say "tests failed (pytest exit code $code)"
    fi
    exit "$code"
}

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
    setup) setup; say "ready: $VENV" ;;
    run) run "$@" ;;
    test) run_tests "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
esac
