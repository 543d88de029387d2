#!/usr/bin/env bash
# Builds layerhound as one static binary (x86_64-unknown-linux-musl; the rule packs, detectors
# and lists are compiled in) and checks it scans samples/ inside an empty root: no libc, no
# dynamic loader, no /etc, /proc or /dev, nothing but the binary and the tarballs. What an
# air-gapped lab machine with nothing installed needs is a subset of that.
#
#   bash tests/static/check-static.sh
#
# Needs: rustup target add x86_64-unknown-linux-musl; musl-tools (musl-gcc, for the C parts of
# zstd and bzip2); root for chroot. Not part of `cargo test` (a second full release build).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TARGET=x86_64-unknown-linux-musl
(cd "$REPO" && cargo build --release --locked --target "$TARGET")
BIN=${CARGO_TARGET_DIR:-$REPO/target}/$TARGET/release/layerhound

# ldd lists "lib => path" lines only for a dynamically linked program.
if ldd "$BIN" 2>&1 | grep -q '=>'; then
    echo "$0: $BIN is dynamically linked: $(ldd "$BIN" | tr '\n' ' ')" >&2
    exit 1
fi
ROOT=$(mktemp -d /tmp/layerhound-static-root.XXXXXX)
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/bin" "$ROOT/samples" "$ROOT/tmp"
cp "$BIN" "$ROOT/bin/layerhound"
cp "$REPO"/samples/*.tar* "$ROOT/samples/"
echo "root: $(find "$ROOT" -type f | wc -l) files ($(du -sh "$ROOT/bin/layerhound" | cut -f1) binary)"

status=0
chroot "$ROOT" /bin/layerhound scan /samples --tmpdir /tmp --format json -o /report.json -q || status=$?
# 1: scanned completely, with findings (the samples hold planted ones).
if [ "$status" -ne 1 ]; then
    echo "$0: exit status $status inside the empty root (expected 1)" >&2
    exit 1
fi
python3 - "$ROOT/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
summary = report["summary"]
assert report["complete"], report["errors"]
assert summary["inputs"] >= 3 and summary["findings"] > 0, summary
print(f"static binary in an empty root: {summary['inputs']} inputs, {summary['images']} images, "
      f"{summary['findings']} findings, complete")
PY
