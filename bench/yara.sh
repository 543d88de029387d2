#!/usr/bin/env bash
# layerhound's YARA stage against `yr scan` (the yara-x CLI) with the same rules: the built-in
# pack, and a big community pack (Neo23x0's signature-base) if given. layerhound reads the
# tarball (every layer inflated and hashed, every file version and nested archive scanned);
# yr scans only the final tree, unpacked beforehand by umoci. Secrets and indicator lists are
# off in these layerhound runs so the YARA stage is what differs.
#
#   bash bench/yara.sh                       # needs bench/run.sh's inputs (run it once first)
#   SIGBASE=/path/to/signature-base/yara bash bench/yara.sh
#
# Environment: BENCH_DIR (as bench/run.sh, default /tmp/layerhound-bench), LAYERHOUND (binary;
# default: cargo build --release), BENCH_REPS (default 3; the median is printed).
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

# median CASE CMD...: REPS timed runs, the median wall and CPU seconds
median() {
    local case=$1; shift
    local lines=()
    for rep in $(seq "$REPS"); do
        lines+=("$(python3 "$HERE/measure.py" "$case" "$W/$case.$rep" 600 -- "$@")")
    done
    printf '%s\n' "${lines[@]}" | jq -rs --arg case "$case" \
        'def med: sort | .[length/2|floor]; "\($case)\twall \(map(.wall_s) | med)s\tcpu \(map(.user_s + .sys_s) | med)s\texit \(.[0].exit)"'
}

BUILTIN=("$REPO"/signatures/yara/*.yar)
median layerhound-builtin "$LH" scan "$IN/large.docker.tar" --no-secrets -o "$W/lh.json"
median yr-builtin-p2 yr scan -r -p 2 "${DEFINES[@]}" "${BUILTIN[@]}" "$W/tree/rootfs"
median yr-builtin-p1 yr scan -r -p 1 "${DEFINES[@]}" "${BUILTIN[@]}" "$W/tree/rootfs"
if [ -n "${SIGBASE:-}" ]; then
    median layerhound-sigbase "$LH" scan "$IN/large.docker.tar" --no-builtin --no-secrets --skip-broken-rules \
        --rules "$SIGBASE" -o "$W/lh-sigbase.json"
    median yr-sigbase-p2 yr scan -r -p 2 --ignore-invalid-rules "${DEFINES[@]}" "$SIGBASE" "$W/tree/rootfs"
fi
