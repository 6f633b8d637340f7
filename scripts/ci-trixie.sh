#!/usr/bin/env bash
# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Hindsight and runs its tests on Debian 13 (trixie: Qt 6.8 and KDE Frameworks 6, so
# KSyntaxHighlighting), in a system made with debootstrap under the build folder. Debian 12,
# which the machines run, has no KF6; this is the second platform of .ci/run.
#
#   scripts/ci-trixie.sh test           make or reuse the system, build with
#                                       HINDSIGHT_SYNTAX_HIGHLIGHTING=ON, run every test
#   scripts/ci-trixie.sh prepare        only make or update the system
#   scripts/ci-trixie.sh run CMD ...    run CMD inside, in the source tree (screenshots, debugging):
#                                       scripts/ci-trixie.sh run xvfb-run -a build/trixie/app/hindsight
#
# Needs root (debootstrap, chroot, mount) and the Debian mirror this machine's apt already uses,
# read at run time: the project names no mirror. The system is kept in build/trixie-root and
# the build in build/trixie, so reruns skip the download and build incrementally.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
platform="Debian 13 (Qt 6.8, KF6)"
suite=trixie
root=${HINDSIGHT_TRIXIE_ROOT:-$here/build/trixie-root}
build=$here/build/trixie

mode=${1:-}
command=()
case "$mode" in
    test | prepare) ;;
    run)
        command=("${@:2}")
        [ "${#command[@]}" -gt 0 ] || mode=
        ;;
    *) mode= ;;
esac
if [ -z "$mode" ]; then
    echo "usage: scripts/ci-trixie.sh test|prepare|run CMD..." >&2
    exit 2
fi

log() { echo "ci-trixie: $*"; }
fail() {
    echo "ci-trixie: FAILED on $platform: $*" >&2
    exit 1
}

# What the build and the tests need there, as scripts/setup.sh installs on Debian 12, plus
# KSyntaxHighlighting. Names as trixie has them: qt6-base-dev brings the OpenGL development
# files (libqt6opengl6-dev is only a name it provides), and the SVG image plug-in that renders
# the icons is in qt6-svg-plugins, apart from libqt6svg6. No dpkg-dev or debootstrap: the
# package test runs natively only.
packages=(
    g++ cmake make pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6svg6 qt6-svg-plugins
    qt6-image-formats-plugins
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    libkf6syntaxhighlighting-dev
    fonts-dejavu-core fonts-symbola
    xvfb xauth poppler-utils sqlite3
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    desktop-file-utils appstream
)

retry() {
    local attempt
    for attempt in 1 2 3; do
        if "$@"; then
            return 0
        fi
        echo "ci-trixie: attempt $attempt failed: $*" >&2
        [ "$attempt" -lt 3 ] && sleep $((attempt * 10))
    done
    return 1
}

[ "$(id -u)" -eq 0 ] || fail "must run as root: debootstrap, chroot and mount need it (try: sudo $0 $mode)"
command -v debootstrap >/dev/null || fail "debootstrap is not installed (scripts/setup.sh test installs it)"

# Mounts made by this run, undone in reverse order on any exit.
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        if mountpoint -q "${mounts[i]}"; then
            umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || echo "ci-trixie: could not unmount ${mounts[i]}" >&2
        fi
    done
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP # through the EXIT trap, so that an interrupted run unmounts too

mount_into() { # mount_into TARGET MOUNT-ARGS...
    local target=$1
    shift
    mkdir -p "$target"
    if ! mountpoint -q "$target"; then
        mount "$@" "$target"
        mounts+=("$target")
    fi
}

no_mounts_below() {
    ! grep -q " $1/" /proc/self/mounts
}

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

started=$SECONDS

# 1. The system, made once. A marker says that debootstrap finished; anything else is a
# leftover of an interrupted run and is made again.
if [ ! -f "$root/.hindsight-bootstrapped" ]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
        # The first "deb" line, skipping any [option=value ...] block.
        mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) { if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; continue } print $i; exit } }' /etc/apt/sources.list)
    fi
    [ -n "$mirror" ] || fail "found no Debian mirror in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
    if [ -e "$root" ]; then
        no_mounts_below "$root" || fail "$root is incomplete and still has mounts; unmount them and run again"
        rm -rf --one-file-system "$root"
    fi
    mkdir -p "$(dirname "$root")"
    log "making a $suite system in $root from $mirror"
    bootstrap() {
        if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1; then
            tail -20 "$root.debootstrap.log" >&2
            no_mounts_below "$root" && rm -rf --one-file-system "$root"
            return 1
        fi
    }
    retry bootstrap || fail "debootstrap $suite from $mirror (log: $root.debootstrap.log)"
    chmod 755 "$root" # apt downloads as the _apt user, who must be able to enter /
    # The same proxy and mirror-date leniency as this machine's apt, and no pseudo-terminal for
    # dpkg: the chroot has no /dev/pts.
    {
        apt-config dump | grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' || true
        echo 'Dpkg::Use-Pty "0";'
    } >"$root/etc/apt/apt.conf.d/90hindsight"
    touch "$root/.hindsight-bootstrapped"
    log "bootstrapped after $((SECONDS - started)) s"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount_into "$root/proc" -t proc proc
# Shared memory for Xvfb and Qt; minbase leaves /dev/shm an empty folder.
mount_into "$root/dev/shm" -t tmpfs -o mode=1777,nosuid,nodev tmpfs

# 2. The packages, installed when some are missing (first run, or a list that grew).
missing=()
for package in "${packages[@]}"; do
    if ! in_root dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${#missing[@]} packages: ${missing[*]}"
    retry in_root apt-get update -q || fail "apt-get update"
    retry in_root apt-get install -y -q --no-install-recommends "${missing[@]}" >"$root.apt.log" 2>&1 ||
        { tail -30 "$root.apt.log" >&2; fail "apt-get install (log: $root.apt.log)"; }
    in_root apt-get clean
    log "packages ready after $((SECONDS - started)) s"
fi

# 3. The source tree at the same paths inside as outside, so that compiler messages and test
# paths name the real files. Read-only, but for the build folder: nothing inside can change the
# sources, and a careless "rm -rf build" outside while this runs cannot reach them through the
# mount.
bind_into() { # bind_into SOURCE TARGET ro|rw
    mount_into "$2" --bind "$1"
    if [ "$3" = ro ]; then
        mount -o remount,bind,ro "$2"
    fi
}
mkdir -p "$build"
bind_into "$here" "$root$here" ro
bind_into "$build" "$root$build" rw

if [ "$mode" = prepare ]; then
    log "the $suite system is ready in $root"
    exit 0
fi
if [ "$mode" = run ]; then
    status=0
    # In the source tree, as outside, so that relative paths mean the same.
    in_root sh -c 'cd "$0" && exec "$@"' "$here" "${command[@]}" || status=$?
    exit "$status"
fi

# 4. Configure, build and test, with the dev preset's settings (Debug, warnings as errors) and
# KSyntaxHighlighting required. Hindsight is written for Qt 6.4 (QT_DISABLE_DEPRECATED_UP_TO),
# so what Qt 6.5 to 6.8 deprecated since has no replacement it can use yet: only deprecations up
# to 6.4 warn, as on Debian 12, and warnings stay errors.
jobs=$(nproc 2>/dev/null || echo 2)
log "Qt $(in_root qtpaths6 --qt-query QT_VERSION 2>/dev/null || echo '?'), building in $build"
in_root sh -c 'cd "$1" && cmake --preset dev -B "$2" -DHINDSIGHT_SYNTAX_HIGHLIGHTING=ON -DCMAKE_CXX_FLAGS=-DQT_WARN_DEPRECATED_UP_TO=0x060400' sh "$here" "$build" ||
    fail "cmake configure"
in_root cmake --build "$build" --parallel "$jobs" || fail "build"
log "built after $((SECONDS - started)) s"
# packaging_deb makes a Debian 12 system with debootstrap and installs the package there: it
# runs natively, where the package is built for.
status=0
in_root ctest --test-dir "$build" --output-on-failure --parallel "$jobs" -E '^packaging_deb$' || status=$?
log "tests ran after $((SECONDS - started)) s"
if [ "$status" -ne 0 ]; then
    fail "tests (ctest exit status $status)"
fi
log "PASSED on $platform"
