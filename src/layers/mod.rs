//! Layer blobs: each read, decompressed, verified and walked (layer); what one tar entry is
//! (entry); the entries kept of each layer (entry_table).

pub mod entry;
pub mod entry_table;
pub mod layer;
#[cfg(test)]
pub mod testutil;
