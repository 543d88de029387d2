//! Layer blobs: each read, decompressed, verified and walked (layer).

pub mod layer;
#[cfg(test)]
pub mod testutil;
