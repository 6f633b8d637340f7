#!/usr/bin/env bash
# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets (the fuzz preset: the asan build in build/asan, clang 14 with
# AddressSanitizer and UndefinedBehaviorSanitizer, whose libraries the tests of the asan preset
# share) and runs one target, or all of them, for a time each.
#
#   scripts/fuzz.sh TARGET [SECONDS]    TARGET: markdown json csv grafana prometheus reviewfile
#                                       redaction html, or all; SECONDS per target, default 60
#
# HINDSIGHT_FUZZ_JOBS (default 1) targets run at the same time. Each target prints a line
# "fuzz TARGET: N executions in S s, C crashes"; the last line is CTest's summary with one test
# per target. The exit status is non-zero when a target crashed, hung, leaked or broke one of
# its properties; the input that did it is kept in build/fuzz/artifacts/TARGET/. Seeds are
# copied from tests/data (and made from it by fuzz_seeds) at every run; what the fuzzer finds
# besides is kept in build/fuzz/corpus/TARGET/ for the next run. See docs/FUZZING.md.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

targets_all=(markdown json csv grafana prometheus reviewfile redaction html)
target=${1:-}
seconds=${2:-60}
jobs=${HINDSIGHT_FUZZ_JOBS:-1}

usage() {
    local IFS='|'
    echo "usage: scripts/fuzz.sh all|${targets_all[*]} [SECONDS]" >&2
    exit 2
}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ && "$jobs" =~ ^[1-9][0-9]*$ ]]; then
    usage
fi
targets=()
if [ "$target" = all ]; then
    targets=("${targets_all[@]}")
else
    for known in "${targets_all[@]}"; do
        [ "$known" = "$target" ] && targets=("$target")
    done
fi
[ "${#targets[@]}" -gt 0 ] || usage

build=build/asan
# Seeds, corpora, findings and logs, apart from the build.
out=build/fuzz
echo "fuzz: building the targets (preset fuzz, $build)…"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset fuzz || exit 1
fi
cmake --build --preset fuzz --parallel "$(nproc 2>/dev/null || echo 2)" || exit 1

# Seeds: copies of the test data, and the review files and JSON that fuzz_seeds makes from it.
seeds=$out/seeds
rm -rf "$seeds"
mkdir -p "$seeds/made" "$seeds/markdown" "$seeds/csv" "$seeds/grafana" "$seeds/prometheus" "$seeds/redaction" "$seeds/html"
QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 "$build/fuzz/fuzz_seeds" "$here" "$seeds/made" || exit 1
cp tests/data/markdown/*.md "$seeds/markdown/"
cp tests/data/metrics/*.csv "$seeds/csv/"
cp tests/data/metrics/grafana-panel-export.csv "$seeds/grafana/"
cp tests/data/metrics/prometheus-query-range.json "$seeds/prometheus/"
# The redaction and html targets read their review from the bytes: any text will do as a start.
cp tests/data/markdown/*.md "$seeds/redaction/"
cp tests/data/markdown/*.md "$seeds/html/"
ln -s made/json "$seeds/json"
ln -s made/reviewfile "$seeds/reviewfile"

# Stop at the first finding, with a stack trace; leaks are judged with the tests' suppressions
# for third-party libraries (tests/sanitizers/lsan.supp).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

results=$out/results
rm -rf "$results"
mkdir -p "$results"

# run_target NAME: runs fuzz_NAME for $seconds and writes "EXECUTIONS SECONDS CRASHES STATUS" to
# $results/NAME; libFuzzer's output goes to $results/NAME.log.
run_target() {
    local name=$1
    local corpus=$out/corpus/$name artifacts=$out/artifacts/$name log=$results/$name.log
    mkdir -p "$corpus" "$artifacts"
    local options=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    case $name in
        markdown | redaction | html) options+=(-dict=fuzz/markdown.dict -max_len=16384) ;;
        json) options+=(-dict=fuzz/json.dict -max_len=32768) ;;
        csv | grafana) options+=(-dict=fuzz/csv.dict -max_len=16384) ;;
        prometheus) options+=(-dict=fuzz/prometheus.dict -max_len=16384) ;;
        reviewfile)
            # A review file is a few dozen pages: let the fuzzer keep it whole.
            local largest
            largest=$(stat -c %s "$seeds"/reviewfile/* | sort -n | tail -1)
            options+=(-max_len=$((largest + 4096)))
            ;;
    esac
    local before begin status
    before=$(find "$artifacts" -type f | wc -l)
    begin=$(date +%s.%N)
    "$build/fuzz/fuzz_$name" "${options[@]}" "$corpus" "$seeds/$name/" >"$log" 2>&1
    status=$?
    local elapsed executions crashes
    elapsed=$(awk -v b="$begin" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - b }')
    executions=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
    crashes=$(($(find "$artifacts" -type f | wc -l) - before))
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        # It stopped without saving an input: it could not start, or libFuzzer itself failed.
        crashes=1
    fi
    echo "${executions:-0} $elapsed $crashes $status" >"$results/$name"
}

report() {
    local name=$1 executions elapsed crashes status
    if [ ! -f "$results/$name" ]; then
        echo "0 0 1 -1" >"$results/$name"
    fi
    read -r executions elapsed crashes status <"$results/$name"
    echo "fuzz $name: $executions executions in $elapsed s, $crashes crashes"
    if [ "$crashes" -ne 0 ]; then
        # What libFuzzer and the sanitizers said about it, and how to run the input again.
        grep -E -A25 '^(==[0-9]+==ERROR|Property violated|.*runtime error|INFO: libFuzzer.*|==[0-9]+== ERROR: libFuzzer)' \
            "$results/$name.log" | head -60 | sed 's/^/    /'
        for artifact in $(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$results/$name.log"); do
            echo "    again: $build/fuzz/fuzz_$name $artifact"
        done
        echo "    log: $results/$name.log (exit status $status)"
    fi
}

echo "fuzz: ${#targets[@]} target(s), $seconds s each, $jobs at a time"
started=$(date +%s)
pids=()
for name in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n
    done
    echo "fuzz $name: running…"
    run_target "$name" &
    pids+=($!)
done
# Each one by its id: a bare "wait" has been seen to return while targets were still running.
for pid in "${pids[@]}"; do
    wait "$pid"
done

failed=0
for name in "${targets[@]}"; do
    report "$name"
    read -r _ _ crashes _ <"$results/$name"
    [ "$crashes" -eq 0 ] || failed=$((failed + 1))
done
total=${#targets[@]}
echo
echo "$(((total - failed) * 100 / total))% tests passed, $failed tests failed out of $total"
echo
echo "Total Test time (real) = $(($(date +%s) - started)).00 sec"
[ "$failed" -eq 0 ]
