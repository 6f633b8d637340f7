#!/usr/bin/env bash
# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian 12 (or newer) machine for Hindsight and then either runs the app on the
# bundled sample review or runs every test.
#
#   scripts/setup.sh run     install what is missing, build, open the sample review
#   scripts/setup.sh test    install what is missing, build, run every test
#   scripts/setup.sh asan    the same with AddressSanitizer and UndefinedBehaviorSanitizer (asan
#                            preset, clang 14), every test but the package test
#   scripts/setup.sh fuzz    install clang 14 and libFuzzer, build the fuzz targets and run each
#                            for HINDSIGHT_FUZZ_SECONDS (default 60), two at a time on two cores;
#                            after asan, only the targets themselves are compiled
set -euo pipefail

# How long the first build of `run` takes from an empty build folder on 2 cores (see
# "Try it" in the README).
run_build_minutes=5

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

mode=${1:-}
case "$mode" in
    run | test | asan | fuzz) ;;
    *)
        echo "usage: scripts/setup.sh run|test|asan|fuzz" >&2
        exit 2
        ;;
esac

# What a minimal Debian 12 system lacks to build and run Hindsight (see docs/BUILDING.md).
build_packages=(
    g++ cmake make pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6
    qt6-image-formats-plugins
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    fonts-dejavu-core fonts-symbola
)
# What the tests use besides: a real X server for window tests, PDF tools, and for the package
# test dpkg-shlibdeps (dpkg-dev), a clean Debian system to install it on (debootstrap) and the
# desktop file and metainfo validators.
test_packages=(
    xvfb xauth poppler-utils sqlite3
    dpkg-dev debootstrap desktop-file-utils appstream
)

# What the sanitizer build of the tests and the fuzz targets is made with (clang, its sanitizer
# and libFuzzer runtimes: the runtimes are only recommended by clang) and what one of the fuzz
# targets reads (the Europe/Berlin zone).
fuzz_packages=(
    clang-14 libclang-rt-14-dev libfuzzer-14-dev tzdata
)

packages=("${build_packages[@]}")
steps=4
case "$mode" in
    test)
        packages+=("${test_packages[@]}")
        steps=3
        ;;
    asan)
        packages+=("${test_packages[@]}" "${fuzz_packages[@]}")
        steps=3
        ;;
    fuzz)
        packages+=("${fuzz_packages[@]}")
        steps=2
        ;;
esac
step=0
announce() {
    step=$((step + 1))
    echo
    echo "[$step/$steps] $*"
}

announce "Checking the packages Hindsight needs…"

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    retry() {
        local attempt
        for attempt in 1 2 3; do
            if "$@"; then
                return 0
            fi
            echo "Attempt $attempt failed: $*; trying again." >&2
            sleep $((attempt * 5))
        done
        return 1
    }
    retry "${sudo[@]}" apt-get update -q
    retry "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)

if [ "$mode" = test ]; then
    announce "Building Hindsight, its tests and benchmarks…"
    cmake --preset dev
    cmake --build --preset dev --parallel "$jobs"
    announce "Running every test…"
    ctest --preset dev --parallel "$jobs"
    exit $?
fi

if [ "$mode" = asan ]; then
    # Only the tests and the program they start (the build preset's hindsight_tests target); the
    # fuzz targets, built in the same folder by the fuzz mode, reuse its libraries.
    announce "Building Hindsight and its tests with the sanitizers…"
    cmake --preset asan
    cmake --build --preset asan --parallel "$jobs"
    # The package test builds the .deb and installs it on a clean Debian system: it tests the
    # packaging, which the test mode does, and a package of instrumented binaries is not one
    # that users get.
    announce "Running every test but packaging_deb with the sanitizers…"
    ctest --preset asan --parallel "$jobs" --exclude-regex '^packaging_deb$'
    exit $?
fi

if [ "$mode" = fuzz ]; then
    announce "Building the fuzz targets and running each for ${HINDSIGHT_FUZZ_SECONDS:-60} s…"
    HINDSIGHT_FUZZ_JOBS=$jobs exec bash "$here/scripts/fuzz.sh" all "${HINDSIGHT_FUZZ_SECONDS:-60}"
fi

# Only the program and the libraries it links: the tests and benchmarks would take as long again.
announce "Building Hindsight (about $run_build_minutes min on 2 cores the first time)…"
cmake --preset release
cmake --build --preset release --target hindsight --parallel "$jobs"
sample="$here/build/release/samples/checkout-outage.hindsight"
announce "Preparing the sample review…"
if [ ! -f "$sample" ]; then
    mkdir -p "$(dirname "$sample")"
    "$here/build/release/app/hindsight" import "$here/resources/samples/checkout-outage.json" -o "$sample"
fi
echo "$sample"
announce "Opening the sample review…"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: run 'xvfb-run -a $here/build/release/app/hindsight $sample' or start a desktop session." >&2
    exit 1
fi
exec "$here/build/release/app/hindsight" "$sample"
