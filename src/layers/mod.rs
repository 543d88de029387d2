//! Layer blobs: each read, decompressed, verified and walked (layer); the entries kept of
//! each (entry_table).

pub mod entry_table;
pub mod layer;
#[cfg(test)]
pub mod testutil;
