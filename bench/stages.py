#!/usr/bin/env python3
"""Where a scan's CPU goes, by stage: `perf record` of one `layerhound scan`, its samples
bucketed by the function (and library) they fell in.

    python3 bench/stages.py BINARY IMAGE [--perf-data FILE] [-- SCAN_ARGS...]

Prints a markdown table (stage, CPU seconds, share) for bench/RESULTS.md, with the scan's wall
time and total CPU time. The buckets go by symbol name, so they hold whatever code path
calls them: `sha256` is the blob digests, the diff_ids and every file's digest together;
`keyword search` is Vectorscan (or Teddy) for the secret keywords and the indicator names;
`yara` includes the rules' compiled (JIT) code; `kernel` is page faults, reads and thread
switches. Needs perf (apt-get install linux-perf) and a release build with symbols
(Cargo.toml's release profile keeps `debug = 1`).
"""
import argparse
import re
import subprocess
import sys
import tempfile
import time

# First match wins: (stage, pattern over "dso symbol").
BUCKETS = [
    ("inflate (gzip)", r"zlib_rs|inflate|adler32|crc32fast|miniz_oxide|flate2|libz\.so"),
    ("inflate (zstd)", r"ZSTD_|zstd|HUF_|FSE_"),
    ("inflate (xz, bzip2)", r"lzma|xz|bzip2|BZ2_"),
    ("sha256 (blobs, diff_ids, files)", r"sha2::|sha256|Sha256|compress256"),
    ("keyword search (Vectorscan, Teddy)", r"libhs\.so|hs_scan|fdr|teddy|aho_corasick|noodle"),
    ("secret regexes", r"regex_automata|regex::|regex_syntax"),
    ("yara (yara-x, rules' JIT code)", r"yara_x|wasmtime|cranelift|\[JIT\]|perf-\d+\.map|//anon|\[anon"),
    ("tar walk and overlay", r"layerhound::(layer|tarstream|overlay|archive|pathbytes)|tar::"),
    ("nested archives (zip)", r"zip::|layerhound::scan::nested"),
    ("report and outputs (JSON)", r"serde_json|serde::|layerhound::(report|output)"),
    ("memory copies and allocation (libc)", r"libc[.-]|memcpy|memmove|memset|malloc|free|realloc|_int_"),
    ("kernel (page faults, reads, scheduling)", r"\[kernel"),
    ("other layerhound", r"layerhound"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("image")
    parser.add_argument("--perf-data")
    parser.add_argument("scan_args", nargs="*")
    args = parser.parse_args()
    data = args.perf_data or tempfile.mktemp(prefix="layerhound-perf-", suffix=".data")
    out = tempfile.mktemp(prefix="layerhound-report-", suffix=".json")
    started = time.time()
    record = subprocess.run(
        ["perf", "record", "-q", "-F", "997", "-o", data, "--", args.binary, "scan", args.image, "--format", "json", "-q", "-o", out,
         *args.scan_args],
        capture_output=True, text=True)
    wall = time.time() - started
    if record.returncode not in (0, 1):
        sys.exit(f"perf record failed ({record.returncode}): {record.stderr[-2000:]}")
    report = subprocess.run(
        ["perf", "report", "-i", data, "--stdio", "--no-children", "--sort", "dso,sym", "-F", "overhead,sample,dso,sym",
         "--percent-limit", "0"],
        capture_output=True, text=True, check=True)
    samples = {name: 0 for name, _ in BUCKETS}
    samples["other"] = 0
    total = 0
    for line in report.stdout.splitlines():
        m = re.match(r"\s*[\d.]+%\s+(\d+)\s+(.*)$", line)
        if not m:
            continue
        count, rest = int(m.group(1)), m.group(2)
        total += count
        for name, pattern in BUCKETS:
            if re.search(pattern, rest):
                samples[name] += count
                break
        else:
            samples["other"] += count
    if total == 0:
        sys.exit("no samples")
    # perf samples each CPU at -F Hz: samples / Hz is CPU seconds.
    cpu = total / 997
    print(f"`layerhound scan {args.image}` {' '.join(args.scan_args)}: {wall:.2f} s wall, {cpu:.2f} CPU-s sampled ({total} samples at 997 Hz)\n")
    print("| stage | CPU-s | share |")
    print("|---|---|---|")
    for name, count in sorted(samples.items(), key=lambda kv: -kv[1]):
        if count:
            print(f"| {name} | {count / 997:.2f} | {100 * count / total:.1f} % |")


if __name__ == "__main__":
    main()
