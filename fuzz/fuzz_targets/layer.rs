//! A layer blob as the layer reader takes it: sniffed, decompressed (gzip, zstd) under the
//! bounds, walked entry by entry, every file hashed.
#![no_main]

#[path = "common.rs"]
mod common;

use layerhound::layer::{self, NoSink};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = common::limits();
    let read = layer::read("layer", data, &limits, &NoSink);
    let _ = layerhound::layer::visit_entries(data, &[0u32, 3].into_iter().collect(), &limits, &mut |_, content| {
        std::io::copy(content, &mut std::io::sink()).map(|_| ())
    });
    let _ = read.entries.len();
});
