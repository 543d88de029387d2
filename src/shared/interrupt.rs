//! The Ctrl-C flag every stage checks, so it sits below them all.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by a Ctrl-C handler: every read of decompressed bytes then fails, the scan unwinds
/// normally (temp files dropped) and the report says it was interrupted.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}
