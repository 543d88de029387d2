#!/usr/bin/env bash
# layerhound's YARA stage against `yr scan` (the yara-x CLI) with the same rules: the built-in
# pack, and a big community pack (Neo23x0's signature-base) if given. layerhound reads the
# tarball (every layer inflated and hashed, every file version and nested archive scanned);
# yr scans only the final tree, unpacked beforehand by umoci. Secrets and indicator lists are
# off in these layerhound runs so the YARA stage is what differs. layerhound runs a rule only on
# the files of the class its condition requires (PE, ELF, Mach-O: `uint16(0) == 0x5a4d and ...`);
# `layerhound rules` says how the pack splits. The last lines are the ratios to `yr -p 2`.
#
#   bash bench/yara.sh                       # needs bench/run.sh's inputs (run it once first)
#   SIGBASE=/path/to/signature-base/yara bash bench/yara.sh
#   LAYERHOUND_BASE=/path/to/older/layerhound bash bench/yara.sh   # that build too, same runs
#
# Environment: BENCH_DIR (as bench/run.sh, default /tmp/layerhound-bench), LAYERHOUND (binary;
# default: cargo build --release), LAYERHOUND_BASE (a second binary to compare, optional),
# BENCH_REPS (default 3; the median is printed).
# Needs: yr (cargo install yara-x-cli), umoci, python3, jq.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
IN=${BENCH_DIR:-/tmp/layerhound-bench}/full/inputs
W=$(mktemp -d /tmp/layerhound-yara-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
REPS=${BENCH_REPS:-3}
for tool in yr umoci python3 jq; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 1; }
done
[ -f "$IN/large.docker.tar" ] && [ -d "$IN/large-layout" ] \
    || { echo "$0: no $IN/large.docker.tar and large-layout: run bench/run.sh first" >&2; exit 1; }
if [ -n "${LAYERHOUND:-}" ]; then
    LH=$LAYERHOUND
else
    (cd "$REPO" && cargo build --release --quiet)
    LH="$W/layerhound"
    cp "$REPO/target/release/layerhound" "$LH"
fi

umoci unpack --rootless --image "$IN/large-layout:large" "$W/tree" >/dev/null
files=$(find "$W/tree/rootfs" -type f | wc -l)
echo "final tree: $files files, $(du -sm "$W/tree/rootfs" | cut -f1) MB; tarball $(( $(stat -c %s "$IN/large.docker.tar") / 1000000 )) MB"

# The externals the packs test (LOKI/THOR conventions), empty for yr: it has no per-file values.
DEFINES=(-d 'filepath=""' -d 'filename=""' -d 'extension=""' -d 'filetype=""' -d 'owner=""')

# median CASE CMD...: REPS timed runs, the median wall and CPU seconds (kept in $W/CASE.median)
median() {
    local case=$1; shift
    local lines=()
    for rep in $(seq "$REPS"); do
        lines+=("$(python3 "$HERE/measure.py" "$case" "$W/$case.$rep" 900 -- "$@")")
    done
    printf '%s\n' "${lines[@]}" | jq -cs 'def med: sort | .[length/2|floor]; {wall: (map(.wall_s) | med), cpu: (map(.user_s + .sys_s) | med), exit: .[0].exit}' \
        >"$W/$case.median"
    jq -r --arg case "$case" '"\($case)\twall \(.wall)s\tcpu \(.cpu)s\texit \(.exit)"' "$W/$case.median"
}

# ratio A B: A's median wall and CPU over B's
ratio() {
    jq -rs --arg a "$1" --arg b "$2" '"\($a) / \($b)\twall \(.[0].wall / .[1].wall * 100 | round / 100)x\tcpu \(.[0].cpu / .[1].cpu * 100 | round / 100)x"' \
        "$W/$1.median" "$W/$2.median"
}

BUILTIN=("$REPO"/signatures/yara/*.yar)
"$LH" rules >/dev/null 2>"$W/rules-builtin.err" && tail -1 "$W/rules-builtin.err"
median layerhound-builtin "$LH" scan "$IN/large.docker.tar" --no-secrets -o "$W/lh.json"
[ -z "${LAYERHOUND_BASE:-}" ] || median base-builtin "$LAYERHOUND_BASE" scan "$IN/large.docker.tar" --no-secrets -o "$W/base.json"
median yr-builtin-p2 yr scan -r -p 2 "${DEFINES[@]}" "${BUILTIN[@]}" "$W/tree/rootfs"
median yr-builtin-p1 yr scan -r -p 1 "${DEFINES[@]}" "${BUILTIN[@]}" "$W/tree/rootfs"
if [ -n "${SIGBASE:-}" ]; then
    SB_ARGS=(--no-builtin --skip-broken-rules --rules "$SIGBASE")
    "$LH" rules "${SB_ARGS[@]}" >/dev/null 2>"$W/rules-sigbase.err" && tail -1 "$W/rules-sigbase.err"
    median layerhound-sigbase "$LH" scan "$IN/large.docker.tar" --no-secrets "${SB_ARGS[@]}" -o "$W/lh-sigbase.json"
    [ -z "${LAYERHOUND_BASE:-}" ] \
        || median base-sigbase "$LAYERHOUND_BASE" scan "$IN/large.docker.tar" --no-secrets "${SB_ARGS[@]}" -o "$W/base-sigbase.json"
    median yr-sigbase-p2 yr scan -r -p 2 --ignore-invalid-rules "${DEFINES[@]}" "$SIGBASE" "$W/tree/rootfs"
fi
ratio layerhound-builtin yr-builtin-p2
[ -z "${LAYERHOUND_BASE:-}" ] || ratio base-builtin yr-builtin-p2
if [ -n "${SIGBASE:-}" ]; then
    ratio layerhound-sigbase yr-sigbase-p2
    [ -z "${LAYERHOUND_BASE:-}" ] || { ratio base-sigbase yr-sigbase-p2; ratio layerhound-sigbase base-sigbase; }
fi
