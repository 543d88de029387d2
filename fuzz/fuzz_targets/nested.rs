//! Archives inside a file, as the scanner opens them: zip, tar, gzip, zstd, xz, bzip2, nested,
//! under the depth, byte and member bounds.
#![no_main]

#[path = "common.rs"]
mod common;

use std::ops::ControlFlow;

use layerhound::scan::nested::{self, Gap, Visitor};
use libfuzzer_sys::fuzz_target;

struct Count(usize);

impl Visitor for Count {
    fn blob(&mut self, chain: &[String], bytes: &[u8]) -> ControlFlow<()> {
        self.0 += chain.len() + bytes.len().min(1);
        ControlFlow::Continue(())
    }

    fn gap(&mut self, gap: Gap) {
        self.0 += gap.reason.len().min(1);
    }
}

fuzz_target!(|data: &[u8]| {
    let limits = common::limits();
    let mut count = Count(0);
    nested::walk(data, "file", &limits, &mut count);
});
