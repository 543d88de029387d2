#!/bin/sh
# Coverage-guided fuzzing of every parser that reads evidence bytes (libFuzzer, stable Rust).
#
#   bench/fuzz.sh [SECONDS] [TARGET...]        (FUZZ_PARALLEL=1: all targets at once)
#
# Builds fuzz/ (its own crate, never part of the main build or CI), seeds each target from
# fuzz/corpus/<target> (kept in the repository, minimised), samples/, the shared fixtures and
# the hostile inputs fuzz/seeds.py builds, runs each target SECONDS (default 1800) under
# `nice -n 19`, then merges what it found back into fuzz/corpus/<target> (only inputs that add
# coverage). A crash is left in fuzz/artifacts/<target>/ and stops nothing else: turn it into a
# regression test (tests/hostile.rs) and fix it. One line per target goes to stdout and to
# fuzz/results.tsv: target, seconds, executions, executions per second, edges covered (cov),
# features (ft), corpus size, crashes.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-1800}
[ $# -gt 0 ] && shift
targets=${*:-tarstream layer archive image_json nested}

(cd fuzz && RUSTC_WRAPPER="$root/fuzz/instrument.sh" nice -n 19 cargo build --release --bins)

seeds=fuzz/corpus-work/seeds
rm -rf "$seeds"
python3 fuzz/seeds.py "$seeds" samples "$root/../shared/fixtures"

run_target() {
    target=$1
    work=fuzz/corpus-work/$target
    kept=fuzz/corpus/$target
    mkdir -p "$work" "$kept" "$seeds/$target" "fuzz/artifacts/$target"
    log=fuzz/corpus-work/$target.log
    # Layers and tarballs need room for a few entries; JSON and nested archives less.
    case $target in
    tarstream | layer | archive) max_len=65536 ;;
    *) max_len=16384 ;;
    esac
    nice -n 19 "fuzz/target/release/$target" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=1536 \
        -timeout=20 -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target/" \
        "$work" "$kept" "$seeds/$target" >"$log" 2>&1 || true
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    crashes=$(find "fuzz/artifacts/$target" -type f | wc -l)
    # Keep only what adds coverage, in the repository's corpus.
    merged=fuzz/corpus-work/$target.merged
    rm -rf "$merged" && mkdir -p "$merged"
    nice -n 19 "fuzz/target/release/$target" -merge=1 -max_len="$max_len" -rss_limit_mb=1536 -timeout=20 \
        "$merged" "$kept" "$work" >"fuzz/corpus-work/$target.merge.log" 2>&1 || true
    if [ -n "$(ls "$merged")" ]; then
        rm -rf "$kept" && mv "$merged" "$kept"
    fi
    size=$(ls "$kept" | wc -l)
    line="$target	$seconds	${execs:-?}	${rate:-?}	${cov:-?}	${ft:-?}	$size	$crashes"
    echo "$line"
    echo "$line" >>fuzz/results.tsv
}

# FUZZ_PARALLEL=1 runs the targets side by side (each still SECONDS of wall time, sharing the
# cores); otherwise one after another.
for target in $targets; do
    if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
        run_target "$target" &
    else
        run_target "$target"
    fi
done
wait
