#!/bin/sh
# RUSTC_WRAPPER for the fuzz build: libFuzzer's coverage instrumentation (what cargo-fuzz passes)
# for the crates that parse evidence bytes only. yara-x, wasmtime and cranelift are linked but
# not instrumented: they never see fuzz input here, and instrumenting them triples the build.
rustc="$1"
shift
case " $* " in
*" --crate-name layerhound "* | *" --crate-name tar "* | *" --crate-name serde_json "* | *" --crate-name flate2 "* | \
    *" --crate-name zlib_rs "* | *" --crate-name zip "* | *" --crate-name lzma_rust2 "* | *" --crate-name bzip2 "* | \
    *" --crate-name libbz2_rs_sys "* | *" --crate-name zstd "* | *" --crate-name tarstream "* | *" --crate-name layer "* | \
    *" --crate-name archive "* | *" --crate-name image_json "* | *" --crate-name nested "*)
    exec "$rustc" "$@" -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
        -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
        -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing
    ;;
esac
exec "$rustc" "$@"
