#!/usr/bin/env bash
# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Proves that the .deb works on a clean system: builds it with CPack, installs it with apt on a
# fresh minimal Debian made by debootstrap (so that its declared dependencies, and nothing
# that happens to be on the build machine, are what it gets), then runs the headless commands
# with no display and checks the desktop integration files.
#
#   packaging/tests/test-deb.sh BUILD_DIR SAMPLE.json [CPACK]
#
# Needs root (debootstrap, chroot, mount) and the Debian mirror this machine's apt uses.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR SAMPLE.json [CPACK]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
sample=$2
cpack=${3:-cpack}

fail() {
    echo "test-deb: FAILED: $*" >&2
    exit 1
}

if [ "$(id -u)" -ne 0 ]; then
    fail "must run as root: debootstrap, chroot and mount need it (CI runs as root; run 'sudo ctest -R packaging_deb' by hand)"
fi
command -v debootstrap >/dev/null || fail "debootstrap is not installed (scripts/setup.sh test installs it)"
[ -f "$sample" ] || fail "no sample review at $sample"

retry() {
    local attempt
    for attempt in 1 2 3; do
        if "$@"; then
            return 0
        fi
        echo "test-deb: attempt $attempt failed: $*" >&2
        sleep $((attempt * 5))
    done
    return 1
}

started=$SECONDS
work="$build/packaging/test-deb"
mkdir -p "$work"

# 1. The package, from the current build.
rm -rf "$work/out"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out"; then
    # CPack first brings the build up to date; its compiler errors are only in this log.
    tail -n 30 "$work"/out/_CPack_Packages/*/DEB/PreinstallOutput.log >&2 2>/dev/null || true
    fail "cpack -G DEB"
fi
debs=("$work"/out/hindsight_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no hindsight_*.deb"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "test-deb: built $(basename "$deb") after $((SECONDS - started)) s"
# Markdown is read by cmark-gfm at run time: the package must pull its library in.
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libcmark-gfm" <<<"$depends" || fail "Depends does not name libcmark-gfm: $depends"
echo "test-deb: Depends: $depends"

# 2. A clean system of the release the package was built on, from the mirror this machine's apt
# already uses (read at run time: the project names no mirror).
# shellcheck source=/dev/null
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    # The first "deb" line, skipping any [option=value ...] block.
    mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) { if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; continue } print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || fail "found no Debian mirror in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"

# The downloaded base packages are kept in the build folder, so reruns need the network only
# for the package's own dependencies.
tarball="$work/debootstrap-$suite-$(dpkg --print-architecture).tgz"
if [ ! -f "$tarball" ]; then
    download=$(mktemp -d "$work/download.XXXXXX")
    retry debootstrap --variant=minbase --make-tarball="$tarball.part" "$suite" "$download" "$mirror" ||
        { rm -rf "$download" "$tarball.part"; fail "debootstrap could not download $suite from $mirror"; }
    rm -rf "$download"
    mv "$tarball.part" "$tarball"
fi

root=$(mktemp -d "$work/root.XXXXXX")
chmod 755 "$root" # apt downloads as the _apt user, who must be able to enter /
cleanup() {
    if mountpoint -q "$root/proc"; then
        umount "$root/proc" || umount -l "$root/proc"
    fi
    # Never delete through a mount that is still there.
    if grep -q " $root/" /proc/self/mounts; then
        echo "test-deb: $root still has mounts; left in place" >&2
        return
    fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
trap 'exit 1' INT TERM # through the EXIT trap, so that an interrupted run cleans up too

debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap from $tarball (delete it if it is stale)"; }
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The same proxy and mirror-date leniency as this machine's apt, for mirrors that need them,
# and no pseudo-terminal for dpkg: the chroot has no /dev/pts.
{
    apt-config dump | grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' || true
    echo 'Dpkg::Use-Pty "0";'
} >"$root/etc/apt/apt.conf.d/90test"
cp "$deb" "$root/"
cp "$sample" "$root/sample.json"

# A clean environment: no QT_QPA_PLATFORM, no DISPLAY, no WAYLAND_DISPLAY.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

retry in_root apt-get update -q || fail "apt-get update in the clean system"
retry in_root sh -c "cd / && apt-get install -y -q --no-install-recommends ./$(basename "$deb")" ||
    fail "apt-get install of the package in the clean system"
echo "test-deb: installed on a clean $suite after $((SECONDS - started)) s"

# 3. The program runs headless with only what the package brought in.
printed=$(in_root hindsight --version) || fail "hindsight --version"
grep -qF "$version" <<<"$printed" || fail "hindsight --version printed '$printed', not $version"
echo "test-deb: hindsight --version printed: $printed"
in_root hindsight import /sample.json -o /tmp/r.hindsight || fail "hindsight import"
in_root hindsight export /tmp/r.hindsight --format json --audience internal -o /tmp/out.json || fail "hindsight export"
[ -s "$root/tmp/out.json" ] || fail "hindsight export wrote no JSON"
# The report draws the sample's chart (Qt Charts, offscreen) and needs fonts: both come with the
# package's dependencies or the export fails here.
in_root hindsight export /tmp/r.hindsight --format pdf --audience customer -o /tmp/out.pdf || fail "hindsight export to PDF"
[ "$(head -c 5 "$root/tmp/out.pdf")" = "%PDF-" ] || fail "hindsight export wrote no PDF"
in_root hindsight export /tmp/r.hindsight --format md -o /tmp/out.md || fail "hindsight export to Markdown"
[ -s "$root/tmp/out.assets/figure-1.png" ] || fail "the Markdown export wrote no chart beside it"
echo "test-deb: exported JSON, a PDF of $(stat -c %s "$root/tmp/out.pdf") bytes and Markdown with its figures"

# 4. Desktop integration files where desktops look for them.
share=/usr/share
for file in applications/org.hindsight.Hindsight.desktop metainfo/org.hindsight.Hindsight.metainfo.xml \
    mime/packages/org.hindsight.Hindsight.xml icons/hicolor/scalable/apps/org.hindsight.Hindsight.svg; do
    [ -f "$root$share/$file" ] || fail "not installed: $share/$file"
done
for size in 16 32 48 64 128 256; do
    [ -f "$root$share/icons/hicolor/${size}x${size}/apps/org.hindsight.Hindsight.png" ] ||
        fail "not installed: the ${size}x${size} icon"
done

# 5. The MIME type: by name after update-mime-database, and by content (gio sniffs the file),
# so that a review without its extension is still recognised.
retry in_root apt-get install -y -q --no-install-recommends shared-mime-info libglib2.0-bin ||
    fail "apt-get install shared-mime-info libglib2.0-bin"
in_root update-mime-database $share/mime || fail "update-mime-database"
grep -qx 'application/x-hindsight-review:\*\.hindsight' <(cut -d: -f2- "$root$share/mime/globs2") ||
    fail "the MIME database does not map *.hindsight to application/x-hindsight-review"
cp "$root/tmp/r.hindsight" "$root/tmp/renamed-review"
for file in /tmp/r.hindsight /tmp/renamed-review; do
    type=$(in_root gio info -a standard::content-type "$file" | awk '/standard::content-type/ {print $2}')
    [ "$type" = application/x-hindsight-review ] || fail "$file is seen as '$type'"
done

echo "test-deb: all checks passed in $((SECONDS - started)) s"
