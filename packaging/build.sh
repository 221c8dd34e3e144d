#!/usr/bin/env bash
# Fettle release builds, from a checkout.
#
#   bash packaging/build.sh translations   compile resources/translations/*.ts to .qm
#   bash packaging/build.sh bundle         PyInstaller one-folder bundle: dist/fettle/
#   bash packaging/build.sh deb            Debian package from the bundle: dist/fettle_VERSION_ARCH.deb
#   bash packaging/build.sh all            all of the above
#
# `deb` reuses dist/fettle/ when it is newer than every source file, else builds it.
# Set FETTLE_BUNDLE_REUSE=1 to reuse an existing bundle whatever its age.
# Windows and macOS builds: see "Install" in README.md (the spec covers both).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
DIST="$ROOT/dist"
BUNDLE="$DIST/fettle"
APP_ID="org.fettle.Fettle"

say() { printf 'build.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

version() {
    "$PY" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' \
        "$ROOT/pyproject.toml"
}

ensure_venv() {
    [ -x "$PY" ] || bash "$ROOT/packaging/dev.sh" setup
    if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
        say "installing the build tools into .venv (pip install -e .[build])"
        "$PY" -m pip install --disable-pip-version-check -q -e "$ROOT[build]" </dev/null >&2 \
            || die "could not install PyInstaller (pip install -e '.[build]')"
    fi
}

translations() {
    ensure_venv
    local ts
    for ts in "$ROOT"/resources/translations/*.ts; do
        [ -e "$ts" ] || continue
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm" \
            || die "pyside6-lrelease failed on $ts"
    done
}

bundle() {
    ensure_venv
    # fettle.spec rebuilds Qt's ICU data for English and the shipped translations (31 -> 4 MiB)
    local tool
    for tool in icupkg gcc strip readelf; do
        command -v "$tool" >/dev/null \
            || die "$tool is missing (Debian packages icu-devtools, gcc, binutils)"
    done
    translations
    # the redaction lexicon, built once here so the bundle carries it in app/redact/data/
    # (a fresh install then never builds it at first use, nor writes it to the home folder)
    "$PY" -m app.redact.prebuild >/dev/null
    local start=$SECONDS
    say "building the bundle (PyInstaller; log: build/pyinstaller.log)"
    mkdir -p "$ROOT/build"
    if ! "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
            --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
            "$ROOT/packaging/fettle.spec" </dev/null >"$ROOT/build/pyinstaller.log" 2>&1; then
        tail -n 40 "$ROOT/build/pyinstaller.log" >&2
        die "PyInstaller failed; the full log is in build/pyinstaller.log"
    fi
    say "bundle ready: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), $((SECONDS - start)) s)"
}

bundle_is_fresh() {
    [ -x "$BUNDLE/fettle" ] || return 1
    [ "${FETTLE_BUNDLE_REUSE:-0}" = 1 ] && return 0
    local newer
    newer="$(find "$ROOT/app" "$ROOT/ui" "$ROOT/resources" "$ROOT/packaging/fettle.spec" \
        "$ROOT/pyproject.toml" -newer "$BUNDLE/fettle" -type f \
        ! -name '*.pyc' ! -path '*/screenshots/*' -print -quit)"
    [ -z "$newer" ]
}

deb_arch() { dpkg --print-architecture; }

# Shared libraries the bundle loads from the system, as Debian package names.
# Found with dpkg-shlibdeps when every library is installed; a library that is
# missing here is mapped by name (the plugins for xcb need these on a bare machine).
depends() {
    local tmp
    tmp="$(mktemp -d)"
    mkdir -p "$tmp/debian"
    printf 'Source: fettle\n\nPackage: fettle\nArchitecture: any\n' >"$tmp/debian/control"
    local libdirs=()
    while IFS= read -r d; do libdirs+=("-l$d"); done < <(
        find "$BUNDLE" -name '*.so*' -type f -printf '%h\n' | sort -u)
    local objs
    mapfile -t objs < <(find "$BUNDLE" -type f \( -name '*.so*' -o -name fettle \) \
        -exec sh -c 'file -b "$1" | grep -q "^ELF"' _ {} \; -print)
    local out
    if ! out="$(cd "$tmp" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 \
            "${libdirs[@]}" "${objs[@]}" 2>"$tmp/errors")"; then
        grep -v 'warning:' "$tmp/errors" >&2 || true
    fi
    printf '%s\n' "$out" | sed -n 's/^shlibs:Depends=//p'
    rm -rf "$tmp"
}

deb() {
    command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (Debian package dpkg)"
    command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps is missing (Debian package dpkg-dev)"
    if bundle_is_fresh; then
        say "reusing the bundle in $BUNDLE"
    else
        bundle
    fi
    local start=$SECONDS ver arch stage out
    ver="$(version)"
    arch="$(deb_arch)"
    stage="$ROOT/build/deb/fettle_${ver}_${arch}"
    out="$DIST/fettle_${ver}_${arch}.deb"
    rm -rf "$stage"
    mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" \
        "$stage/usr/share/applications" "$stage/usr/share/metainfo" \
        "$stage/usr/share/doc/fettle" "$stage/usr/share/lintian/overrides"
    cp -a "$BUNDLE" "$stage/opt/fettle"
    ln -s /opt/fettle/fettle "$stage/usr/bin/fettle"
    install -m 0644 "$ROOT/packaging/$APP_ID.desktop" "$stage/usr/share/applications/"
    install -m 0644 "$ROOT/packaging/$APP_ID.metainfo.xml" "$stage/usr/share/metainfo/"
    local size
    for size in 16 24 32 48 64 128 256 512; do
        install -m 0644 -D "$ROOT/packaging/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
            "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    install -m 0644 -D "$ROOT/resources/icons/$APP_ID.svg" \
        "$stage/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    install -m 0644 "$ROOT/packaging/debian/copyright" "$stage/usr/share/doc/fettle/copyright"
    gzip -9n <"$ROOT/packaging/debian/changelog" >"$stage/usr/share/doc/fettle/changelog.Debian.gz"
    chmod 0644 "$stage/usr/share/doc/fettle/changelog.Debian.gz"
    install -m 0644 "$ROOT/packaging/debian/lintian-overrides" \
        "$stage/usr/share/lintian/overrides/fettle"
    # Files readable by all, programs and folders executable: never group-writable;
    # libraries not executable, no compiled-Python caches.
    find "$stage" -type d -exec chmod 0755 {} +
    find "$stage/opt" -type f -exec chmod go-w {} +
    find "$stage/opt" -type d -name __pycache__ -prune -exec rm -rf {} +
    find "$stage/opt" -type f -name '*.so*' -exec chmod 0644 {} +
    # Not stripped: stripping the wheels' prebuilt libraries broke the bundle (the
    # Trends window's numerical code stopped loading); lintian is told why.
    local deps installed_kb
    deps="$(depends)"
    [ -n "$deps" ] || die "could not work out the bundle's system libraries (dpkg-shlibdeps)"
    installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
    sed -e "s/@VERSION@/$ver/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$deps/" \
        -e "s/@SIZE@/$installed_kb/" "$ROOT/packaging/debian/control.in" >"$stage/DEBIAN/control"
    mkdir -p "$DIST"
    rm -f "$DIST"/fettle_*.deb
    dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$out" >/dev/null
    say "package ready: $out ($(du -h "$out" | cut -f1), $((SECONDS - start)) s)"
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
    translations) translations ;;
    bundle) bundle ;;
    deb) deb ;;
    all) bundle; FETTLE_BUNDLE_REUSE=1 deb ;;
    -h|--help|help|"") sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
    *) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
